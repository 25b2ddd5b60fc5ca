"""Emergency escalation, recorded by a care lead.

Only care leads escalate (``check_escalation_permission``); the check lives here, so the API
and the case page cannot disagree, and a refused attempt by a team member is audited.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.actions.cases import _acknowledge, _move
from cocon.care.actions.lead_steps import check_lead_step
from cocon.care.models import CareCase, Escalation, State
from cocon.care.permissions import check_case_open, check_escalation_permission
from cocon.safety.actions.audit import do_audit


def check_may_escalate(actor: Member, case: CareCase) -> None:
    """Apply the care-lead rule; a team member refused here leaves ``care.escalation_refused``.

    ``do_record_escalation`` calls it; a caller may call it first too, so that a moderator is
    refused before their form is read and before the state of the case is looked at (no second
    audit row: the refusal stops them there). A moderator trying on a closed case is refused
    and audited like on an open one; a care lead there gets the 409.
    """
    check_lead_step(
        actor,
        check_escalation_permission,
        refused_action="care.escalation_refused",
        target_type="care.carecase",
        target_id=case.pk,
        after={"step": "escalate"},
    )


def do_record_escalation(
    actor: Member,
    case: CareCase,
    *,
    service: str,
    called_at: dt.datetime | None = None,
    reference: str = "",
    outcome: str = "",
) -> Escalation:
    """Record a call to emergency services and move the case to escalated (care leads only).

    The role first (403, audited), then the state: a closed case takes no escalation (409).
    """
    check_may_escalate(actor, case)
    now = timezone.now()
    with transaction.atomic():
        case = CareCase.objects.select_for_update().get(pk=case.pk)
        check_case_open(case)
        if case.acknowledged_at is None:
            _acknowledge(case, actor, now)
        escalation = Escalation.objects.create(
            case=case,
            service=service,
            called_at=called_at or now,
            reference=reference,
            by=actor,
            outcome=outcome,
        )
        if case.escalated_at is None:
            case.escalated_at = now
        if case.state != State.ESCALATED:
            _move(case, actor, State.ESCALATED, "case_escalated", now, service=service)
        case.save()
        do_audit(
            actor,
            "care.escalation_recorded",
            target=escalation,
            after={
                "case": case.pk,
                "service": service,
                "called_at": escalation.called_at.isoformat(),
                "reference": reference,
            },
        )
    return escalation
