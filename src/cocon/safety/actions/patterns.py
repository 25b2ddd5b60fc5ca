"""Detect harassment across messages: one author against one member, and pile-ons."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from cocon.safety.actions.queue import do_enqueue, severity_for
from cocon.safety.conf import conf
from cocon.safety.models import QueueItem, QueueKind, Report, ScreeningRecord

NEGATIVE = ("nudge", "hold", "block", "flag")


def _thread(target_type: str, target_id: str, since: dt.datetime) -> list[dict[str, Any]]:
    rows = ScreeningRecord.objects.filter(
        target_type=target_type, target_id=target_id, created_at__gte=since
    )
    return [
        {
            "author_id": r.author_id,
            "action": r.action,
            "rule": r.rule,
            "categories": r.categories,
            "at": r.created_at.isoformat(),
        }
        for r in rows.order_by("created_at", "id")[:100]
    ]


def check_targeted_harassment(
    author_id: int, target_member_id: int, *, now: dt.datetime | None = None
) -> QueueItem | None:
    """Queue a harassment item when one author reached the threshold against one member."""
    now = now or timezone.now()
    since = now - dt.timedelta(hours=conf("HARASSMENT_HOURS"))
    records = ScreeningRecord.objects.filter(
        author_id=author_id,
        target_member_id=target_member_id,
        created_at__gte=since,
        action__in=NEGATIVE,
    )
    reports = Report.objects.filter(
        reporter_id=target_member_id, target_member_id=author_id, created_at__gte=since
    )
    count = records.count() + reports.count()
    if count < conf("HARASSMENT_COUNT"):
        return None
    from cocon.accounts.models import Member

    thread = [
        {
            "author_id": r.author_id,
            "action": r.action,
            "rule": r.rule,
            "categories": r.categories,
            "target": f"{r.target_type}:{r.target_id}",
            "at": r.created_at.isoformat(),
        }
        for r in records.order_by("created_at", "id")[:100]
    ]
    with transaction.atomic():
        item, _created = do_enqueue(
            QueueKind.HARASSMENT,
            severity=severity_for("harassment"),
            target_type="accounts.member",
            target_id=author_id,
            member=Member.objects.filter(pk=author_id).first(),
            payload={
                "pattern": "targeted",
                "author_id": author_id,
                "target_member_id": target_member_id,
                "count": count,
                "thread": thread,
                "report_ids": list(reports.values_list("pk", flat=True)[:100]),
            },
        )
    return item


def check_pile_on(
    target_type: str, target_id: str, *, now: dt.datetime | None = None
) -> QueueItem | None:
    """Queue a pile-on item when several authors were negative on one post within the window."""
    if not target_type or not target_id:
        return None
    now = now or timezone.now()
    since = now - dt.timedelta(minutes=conf("PILEON_MINUTES"))
    authors = set(
        ScreeningRecord.objects.filter(
            target_type=target_type, target_id=target_id, created_at__gte=since, action__in=NEGATIVE
        ).values_list("author_id", flat=True)
    )
    if len(authors) < conf("PILEON_AUTHORS"):
        return None
    item, _created = do_enqueue(
        QueueKind.HARASSMENT,
        severity=severity_for("pileon"),
        target_type=target_type,
        target_id=target_id,
        payload={
            "pattern": "pile_on",
            "authors": sorted(authors),
            "thread": _thread(target_type, target_id, since),
        },
    )
    return item
