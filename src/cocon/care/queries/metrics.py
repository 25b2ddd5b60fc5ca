"""Care metrics: time to acknowledge and to first contact per priority, breaches, outcomes."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from cocon.care.models import CareCase, Priority


def percentile(values: list[float], q: float) -> float | None:
    """Return the q-th percentile (0–100) by nearest rank, or None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


@dataclass(frozen=True)
class PriorityRow:
    priority: str
    label: str
    cases: int
    ack_p50: float | None
    ack_p90: float | None
    contact_p50: float | None
    contact_p90: float | None
    breaches: int


def care_metrics(since: dt.datetime | None = None) -> dict[str, Any]:
    """Return the metrics of the cases opened since ``since`` (default: 90 days); times in minutes."""
    now = timezone.now()
    since = since or now - dt.timedelta(days=90)
    cases = list(CareCase.objects.filter(opened_at__gte=since))
    rows: list[PriorityRow] = []
    for priority, label in Priority.choices:
        group = [c for c in cases if c.priority == priority]
        ack = [
            (c.acknowledged_at - c.opened_at).total_seconds() / 60
            for c in group
            if c.acknowledged_at
        ]
        contact = [
            (c.first_contact_at - c.opened_at).total_seconds() / 60
            for c in group
            if c.first_contact_at
        ]
        breaches = sum(1 for c in group if (c.acknowledged_at or now) > c.deadline_at)
        rows.append(
            PriorityRow(
                priority,
                str(label),
                len(group),
                percentile(ack, 50),
                percentile(ack, 90),
                percentile(contact, 50),
                percentile(contact, 90),
                breaches,
            )
        )
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        if case.outcome:
            outcomes[case.country or "?"][case.outcome] += 1
    return {
        "since": since,
        "rows": rows,
        "outcomes": {k: dict(v) for k, v in sorted(outcomes.items())},
        "total": len(cases),
    }
