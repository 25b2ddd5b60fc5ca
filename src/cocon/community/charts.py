"""Server-rendered SVG charts for the mood journal (no JavaScript, no inline style)."""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from cocon.community.queries.journal import JournalStats

WIDTH, HEIGHT, PAD = 600, 200, 30


def _n(value: float) -> str:
    return f"{value:.1f}"


def mood_chart(stats: JournalStats, title: str) -> SafeString:
    """Return an SVG line of the daily average mood (1 to 5), gaps where no check-in was shared."""
    n = max(len(stats.moods), 2)
    step = (WIDTH - 2 * PAD) / (n - 1)

    def y(value: float) -> float:
        return HEIGHT - PAD - (value - 1) / 4 * (HEIGHT - 2 * PAD)

    grid = format_html_join(
        "",
        '<line class="chart-grid" x1="{}" y1="{}" x2="{}" y2="{}"/><text class="chart-axis" x="4" y="{}">{}</text>',
        (
            (PAD, _n(y(v)), WIDTH - PAD, _n(y(v)), _n(y(v) + 4), face)
            for v, face in ((1, "😢"), (3, "😐"), (5, "😄"))
        ),
    )
    segments: list[list[tuple[float, float]]] = [[]]
    dots = []
    for i, day in enumerate(stats.moods):
        if day.average is None:
            if segments[-1]:
                segments.append([])
            continue
        point = (PAD + i * step, y(day.average))
        segments[-1].append(point)
        dots.append(point)
    lines = format_html_join(
        "",
        '<polyline class="chart-line" points="{}"/>',
        ((" ".join(f"{x:.1f},{yy:.1f}" for x, yy in seg),) for seg in segments if len(seg) > 1),
    )
    circles = format_html_join(
        "", '<circle class="chart-dot" cx="{}" cy="{}" r="4"/>', ((_n(a), _n(b)) for a, b in dots)
    )
    first = date_format(stats.moods[0].day, "j M") if stats.moods else ""
    last = date_format(stats.moods[-1].day, "j M") if stats.moods else ""
    labels = format_html(
        '<text class="chart-axis" x="{}" y="{}">{}</text><text class="chart-axis" x="{}" y="{}" text-anchor="end">{}</text>',
        PAD,
        HEIGHT - 6,
        first,
        WIDTH - PAD,
        HEIGHT - 6,
        last,
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="mood-chart-title" focusable="false">'
        '<title id="mood-chart-title">{}</title>{}{}{}{}</svg>',
        WIDTH,
        HEIGHT,
        title,
        grid,
        lines,
        circles,
        labels,
    )


def emotions_chart(stats: JournalStats, title: str) -> SafeString:
    """Return horizontal SVG bars of the most frequent emotions."""
    if not stats.emotions:
        return mark_safe("")  # noqa: S308 - constant empty string
    top = max(n for _code, _label, n in stats.emotions)
    bar_h, gap, label_w = 22, 8, 140
    height = len(stats.emotions) * (bar_h + gap) + gap
    bars = format_html_join(
        "",
        '<text class="chart-label" x="{}" y="{}" text-anchor="end">{}</text>'
        '<rect class="chart-bar" x="{}" y="{}" width="{}" height="{}" rx="4"/>'
        '<text class="chart-value" x="{}" y="{}">{}</text>',
        (
            (
                label_w - 8,
                gap + i * (bar_h + gap) + 16,
                label,
                label_w,
                gap + i * (bar_h + gap),
                _n(max(n / top * (WIDTH - label_w - 50), 2)),
                bar_h,
                _n(label_w + max(n / top * (WIDTH - label_w - 50), 2) + 6),
                gap + i * (bar_h + gap) + 16,
                n,
            )
            for i, (_code, label, n) in enumerate(stats.emotions)
        ),
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="emotions-chart-title" focusable="false">'
        '<title id="emotions-chart-title">{}</title>{}</svg>',
        WIDTH,
        height,
        title,
        bars,
    )
