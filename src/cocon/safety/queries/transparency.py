"""Monthly transparency figures (counts only, never who or what) and the learning-loop export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.db.models import Count
from django.utils import timezone

from cocon.safety.models import AuditEntry, Decision, QueueItem, QueueStatus, Report, Sanction
from cocon.safety.reasons import reason_category

ABUSIVE = {"abuse", "hate", "threat", "sexual", "incitement", "harassment"}


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """Return the aware start and end of ``YYYY-MM`` in the site's time zone."""
    year, mon = (int(part) for part in month.split("-"))
    start = timezone.make_aware(dt.datetime(year, mon, 1))  # noqa: DTZ001 - made aware at once
    end = timezone.make_aware(dt.datetime(year + (mon == 12), mon % 12 + 1, 1))  # noqa: DTZ001
    return start, end


def transparency_report(month: str) -> dict[str, Any]:
    """Return counts per action and reason for ``YYYY-MM``."""
    start, end = month_bounds(month)

    def counts(rows: Any, *fields: str) -> list[dict[str, Any]]:
        grouped = rows.values(*fields).annotate(count=Count("id")).order_by(*fields)
        return [dict(row) for row in grouped]

    return {
        "month": month,
        "audit": counts(
            AuditEntry.objects.filter(created_at__gte=start, created_at__lt=end), "action", "reason"
        ),
        "decisions": counts(
            QueueItem.objects.filter(
                status=QueueStatus.DECIDED, decided_at__gte=start, decided_at__lt=end
            ),
            "kind",
            "decision",
            "reason",
        ),  # fmt: skip
        "reports": counts(
            Report.objects.filter(created_at__gte=start, created_at__lt=end), "reason"
        ),
        "sanctions": counts(
            Sanction.objects.filter(created_at__gte=start, created_at__lt=end), "kind", "reason"
        ),
    }


def confirmed_decisions() -> Iterator[dict[str, Any]]:
    """Yield moderator decisions on texts as records in the format of shared/data/eval."""
    rows = (
        QueueItem.objects.filter(status=QueueStatus.DECIDED)
        .exclude(engine_outcome="")
        .order_by("id")
    )
    for item in rows.iterator():
        text = str((item.payload or {}).get("text", ""))
        if not text:
            continue
        verdict = (item.payload or {}).get("verdict") or {}
        removed = item.decision != Decision.APPROVE
        category = reason_category(item.reason)
        yield {
            "id": f"cocon:{item.pk}",
            "text": text,
            "lang": verdict.get("lang", "fr") if verdict.get("lang") in ("fr", "en") else "fr",
            "labels": {
                "kind": item.kind,
                "decision": item.decision,
                "reason": item.reason,
                "engine_action": item.engine_action,
                "engine_outcome": item.engine_outcome,
            },
            "y": {
                "abusive": int(removed and category in ABUSIVE),
                "hate": int(removed and category == "hate"),
                "self_harm_risk": None,
            },
            "source": "cocon:moderation",
        }
