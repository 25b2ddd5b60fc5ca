"""The private mood journal: entries, mood over 7/30/90 days and top emotions, as SVG + tables."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.utils.translation import pgettext
from django.views import View

from cocon.community.charts import emotions_chart, mood_chart
from cocon.community.queries.feeds import get_feed_for_member, parse_cursor
from cocon.community.queries.journal import PERIODS, get_journal_stats
from cocon.community.views.common import member_of, render_page


class JournalView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        member = member_of(request)
        raw_days = request.GET.get("days", "30")
        days = int(raw_days) if raw_days.isdigit() and int(raw_days) in PERIODS else 30
        stats = get_journal_stats(member, days)
        try:
            cursor = parse_cursor(request.GET.get("cursor"))
        except Exception:
            cursor = None
        page = get_feed_for_member(member, "journal", cursor=cursor)
        return render_page(
            request,
            "journal",
            {
                "days": days,
                "periods": PERIODS,
                "stats": stats,
                "mood_rows": [d for d in stats.moods if d.count],
                "mood_svg": mood_chart(stats, pgettext("journal chart", "My mood, day by day")),
                "emotions_svg": emotions_chart(
                    stats, pgettext("journal chart", "My most frequent emotions")
                ),
                "page": page,
            },
        )
