"""Figures for the console: queue sizes, decision times, nudge outcomes, engine quality."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from statistics import median
from typing import Any

from django.db.models import Count
from django.utils import timezone

from cocon.safety.models import Decision, Exposure, NudgeOutcome, QueueItem, QueueStatus
from cocon.safety.reasons import reason_category

SHIFT_HOURS = 8


def queue_sizes() -> dict[str, int]:
    rows = (
        QueueItem.objects.exclude(status=QueueStatus.DECIDED).values("kind").annotate(n=Count("id"))
    )
    return {row["kind"]: row["n"] for row in rows}


def median_minutes_to_decision(*, days: int = 30) -> float | None:
    since = timezone.now() - dt.timedelta(days=days)
    rows = QueueItem.objects.filter(status=QueueStatus.DECIDED, decided_at__gte=since).values_list(
        "created_at", "decided_at"
    )
    durations = [(decided - created).total_seconds() / 60 for created, decided in rows if decided]
    return round(median(durations), 1) if durations else None


def nudge_outcomes(*, days: int = 30) -> dict[str, int]:
    since = timezone.now() - dt.timedelta(days=days)
    rows = (
        NudgeOutcome.objects.filter(created_at__gte=since).values("outcome").annotate(n=Count("id"))
    )
    return {row["outcome"]: row["n"] for row in rows}


def engine_quality() -> list[dict[str, Any]]:
    """Return precision and recall of the engine per category from moderators' decisions.

    A flagged item the moderator acted on is a true positive for each flagged category; a
    flagged item approved is a false positive; an item the engine let through (reported by
    members) and the moderator removed is a false negative for the category of the reason.
    """
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    rows = QueueItem.objects.filter(status=QueueStatus.DECIDED).exclude(engine_outcome="")
    for engine_action, categories, decision, reason in rows.values_list(
        "engine_action", "engine_categories", "decision", "reason"
    ):
        flagged = engine_action != "allow" or bool(categories)
        removed = decision != Decision.APPROVE
        if flagged:
            for category in categories or ["other"]:
                (tp if removed else fp)[category] += 1
        elif removed:
            fn[reason_category(reason) or "other"] += 1
    out = []
    for category in sorted(set(tp) | set(fp) | set(fn)):
        t, f, n = tp[category], fp[category], fn[category]
        out.append(
            {
                "category": category,
                "confirmed": t,
                "overturned": f,
                "missed": n,
                "precision": round(t / (t + f), 3) if t + f else None,
                "recall": round(t / (t + n), 3) if t + n else None,
            }
        )
    return out


def shift_exposure(moderator: Any, *, now: dt.datetime | None = None) -> dict[str, int]:
    """Return how many items this moderator revealed and decided in the current shift."""
    now = now or timezone.now()
    since = now - dt.timedelta(hours=SHIFT_HOURS)
    rows = (
        Exposure.objects.filter(moderator=moderator, created_at__gte=since)
        .values("kind")
        .annotate(n=Count("id"))
    )
    counts = {row["kind"]: row["n"] for row in rows}
    return {"revealed": counts.get("reveal", 0), "decided": counts.get("decide", 0)}
