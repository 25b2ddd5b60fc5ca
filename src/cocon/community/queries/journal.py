"""Mood over time and the most frequent emotions, from all of a member's check-ins."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone

from cocon.accounts.models import Member
from cocon.community.models import Emotion, Post, Status

PERIODS = (7, 30, 90)


@dataclass(frozen=True)
class DayMood:
    day: dt.date
    average: float | None
    count: int


@dataclass(frozen=True)
class JournalStats:
    days: int
    moods: list[DayMood]
    emotions: list[tuple[str, str, int]]  # (code, label, count), most frequent first
    checkins: int


def get_journal_stats(member: Member, days: int, *, today: dt.date | None = None) -> JournalStats:
    """Return the average mood per day over ``days`` days and the top emotions."""
    today = today or timezone.localdate()
    start = today - dt.timedelta(days=days - 1)
    start_at = timezone.make_aware(dt.datetime.combine(start, dt.time.min))
    rows = (
        Post.objects.filter(author_id=member.pk, created_at__gte=start_at)
        .exclude(status__in=(Status.DELETED, Status.BLOCKED))
        .values_list("created_at", "mood", "emotions")
    )
    per_day: dict[dt.date, list[int]] = {}
    emotions: Counter[str] = Counter()
    total = 0
    for created_at, mood, post_emotions in rows:
        total += 1
        per_day.setdefault(timezone.localdate(created_at), []).append(mood)
        emotions.update(e for e in post_emotions or [] if e in Emotion.values)
    moods = []
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        values = per_day.get(day, [])
        moods.append(
            DayMood(
                day=day,
                average=round(sum(values) / len(values), 2) if values else None,
                count=len(values),
            )
        )
    labels = dict(Emotion.choices)
    top = [(code, str(labels[code]), n) for code, n in emotions.most_common(8)]
    return JournalStats(days=days, moods=moods, emotions=top, checkins=total)
