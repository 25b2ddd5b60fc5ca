"""What runs every 30 seconds: alert care leads on due cases, send follow-up reminders.

Deadlines live in the database (``escalate_at``, ``follow_up_at``), so a restart loses none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from cocon.care.actions.alerts import send_alert
from cocon.care.actions.cases import do_alert_care_leads, record_event
from cocon.care.models import CareCase
from cocon.safety.actions.audit import do_audit


@dataclass(frozen=True)
class TickResult:
    leads_alerted: tuple[int, ...]
    follow_ups: tuple[int, ...]


def do_care_tick(now: dt.datetime | None = None) -> TickResult:
    """Alert care leads on cases unacknowledged at half their deadline; send due follow-ups."""
    now = now or timezone.now()
    alerted: list[int] = []
    due = CareCase.objects.filter(
        closed_at__isnull=True,
        acknowledged_at__isnull=True,
        leads_alerted_at__isnull=True,
        escalate_at__lte=now,
    ).order_by("escalate_at")
    for case in due:
        if do_alert_care_leads(case, reason="not_acknowledged_at_half_deadline", now=now):
            alerted.append(case.pk)
    follow_ups: list[int] = []
    for case in CareCase.objects.filter(
        follow_up_at__lte=now, follow_up_sent_at__isnull=True
    ).order_by("follow_up_at"):
        with transaction.atomic():
            locked = CareCase.objects.select_for_update().get(pk=case.pk)
            if locked.follow_up_sent_at is not None:
                continue
            locked.follow_up_sent_at = now
            locked.save(update_fields=["follow_up_sent_at"])
            record_event(locked, "follow_up_due")
            do_audit(
                None,
                "care.follow_up_due",
                target=locked,
                after={
                    "follow_up_at": locked.follow_up_at.isoformat() if locked.follow_up_at else None
                },
            )
            case_id = locked.pk
            transaction.on_commit(lambda case_id=case_id: send_alert(case_id, "follow_up"))  # type: ignore[misc]
        follow_ups.append(case.pk)
    return TickResult(tuple(alerted), tuple(follow_ups))
