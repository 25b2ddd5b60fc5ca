"""Open, join, acknowledge, move and close care cases: the one entry point for every signal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.actions.alerts import notify_care_leads, send_alert
from cocon.care.conf import deadline_for, follow_up_delay
from cocon.care.models import (
    PRIORITY_RANK,
    RISK_RANK,
    CareCase,
    CareEvent,
    CareSignal,
    DutyShift,
    Priority,
    Source,
    State,
)
from cocon.care.permissions import (
    check_care_staff_permission,
    check_case_open,
    check_case_transition,
)
from cocon.safety.actions.audit import do_audit

# Risk levels that open a case from a screened text; abuse disclosures open one at any risk.
CASE_RISKS = frozenset({"moderate", "high", "imminent"})
DISCLOSURE_CATEGORIES = frozenset({"abuse_disclosure"})


def priority_for(risk: str, reasons: Iterable[str] = ()) -> str:
    """Return the case priority for a risk level (a disclosure with no risk is moderate)."""
    if risk in PRIORITY_RANK:
        return risk
    if any(str(r).split(".")[0] in DISCLOSURE_CATEGORIES for r in reasons):
        return Priority.MODERATE
    return Priority.LOW


def record_event(
    case: CareCase,
    kind: str,
    *,
    actor: Any = None,
    from_state: str = "",
    to_state: str = "",
    **data: Any,
) -> CareEvent:
    """Timestamp one step of a case (call it inside the action's transaction)."""
    return CareEvent.objects.create(
        case=case,
        kind=kind,
        actor=actor if getattr(actor, "pk", None) else None,
        from_state=from_state,
        to_state=to_state,
        data=data,
    )


def anyone_on_duty() -> bool:
    return DutyShift.objects.filter(ended_at__isnull=True, moderator__is_active=True).exists()


def _deadlines(priority: str, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    deadline = deadline_for(priority)
    return now + deadline, now + deadline / 2


def do_open_or_join_case(
    member: Member,
    *,
    source: str,
    risk: str,
    reasons: Iterable[str] = (),
    content_type: str = "",
    content_id: str | int = "",
    actor: Any = None,
    note: str = "",
) -> tuple[CareCase, bool]:
    """Open the member's care case, or add this signal to the open one; return (case, opened).

    A signal more urgent than the case raises its priority and brings its deadlines closer.
    The console is alerted once the transaction commits; when nobody is on duty the care
    leads are alerted at once instead of at half the deadline.
    """
    reasons = tuple(sorted({str(r) for r in reasons}))
    priority = priority_for(risk, reasons)
    now = timezone.now()
    for _attempt in range(2):
        try:
            with transaction.atomic():
                return _open_or_join(
                    member,
                    source,
                    risk,
                    priority,
                    reasons,
                    str(content_type),
                    str(content_id),
                    actor,
                    note,
                    now,
                )
        except IntegrityError:
            # Two signals raced to open the member's first case: the second joins it.
            continue
    raise RuntimeError("could not open or join a care case")  # pragma: no cover


def _open_or_join(
    member: Member,
    source: str,
    risk: str,
    priority: str,
    reasons: tuple[str, ...],
    content_type: str,
    content_id: str,
    actor: Any,
    note: str,
    now: dt.datetime,
) -> tuple[CareCase, bool]:
    case = (
        CareCase.objects.select_for_update().filter(member=member, closed_at__isnull=True).first()
    )
    opened = case is None
    raised = False
    nobody_on_duty = not anyone_on_duty()
    if case is None:
        deadline_at, escalate_at = _deadlines(priority, now)
        case = CareCase.objects.create(
            member=member,
            priority=priority,
            source=source,
            country=member.country,
            province=member.province,
            opened_at=now,
            deadline_at=deadline_at,
            escalate_at=now if nobody_on_duty else escalate_at,
        )
        record_event(
            case, "opened", actor=actor, to_state=State.OPEN, priority=priority, source=source
        )
        do_audit(
            actor,
            "care.case_opened",
            target=case,
            after={"priority": priority, "source": source, "risk": risk, "reasons": list(reasons)},
        )
    elif PRIORITY_RANK[priority] < PRIORITY_RANK[case.priority]:
        raised = True
        before = {"priority": case.priority, "deadline_at": case.deadline_at.isoformat()}
        deadline_at, escalate_at = _deadlines(priority, now)
        case.priority = priority
        case.deadline_at = min(case.deadline_at, deadline_at)
        if case.acknowledged_at is None:
            case.escalate_at = now if nobody_on_duty else min(case.escalate_at, escalate_at)
        case.save(update_fields=["priority", "deadline_at", "escalate_at"])
        record_event(
            case, "priority_raised", actor=actor, before=before["priority"], after=priority
        )
        do_audit(
            actor,
            "care.priority_raised",
            target=case,
            before=before,
            after={"priority": priority, "deadline_at": case.deadline_at.isoformat()},
        )
    else:
        do_audit(
            actor,
            "care.signal_joined",
            target=case,
            after={"source": source, "risk": risk, "reasons": list(reasons)},
        )
    CareSignal.objects.create(
        case=case,
        source=source,
        risk=risk,
        reasons=list(reasons),
        content_type=content_type,
        content_id=content_id,
        note=note[:500],
        created_at=now,
    )
    case_id = case.pk
    event = "opened" if opened else ("raised" if raised else "joined")
    transaction.on_commit(lambda: send_alert(case_id, event))
    if (opened or raised) and nobody_on_duty and case.acknowledged_at is None:
        _mark_leads_alerted(case, now, "nobody_on_duty")
    return case, opened


def do_open_case_by_hand(
    actor: Member, member: Member, *, priority: str, note: str = ""
) -> tuple[CareCase, bool]:
    """A team member opens (or joins) a member's case by hand; return (case, opened)."""
    check_care_staff_permission(actor)
    return do_open_or_join_case(
        member, source=Source.MODERATOR, risk=priority, actor=actor, note=note
    )


def _mark_leads_alerted(case: CareCase, now: dt.datetime, reason: str) -> None:
    case.leads_alerted_at = now
    case.save(update_fields=["leads_alerted_at"])
    record_event(case, "leads_alerted", reason=reason)
    do_audit(
        None, "care.leads_alerted", target=case, reason=reason, after={"priority": case.priority}
    )
    case_id = case.pk
    transaction.on_commit(lambda: notify_care_leads(case_id, reason))


def do_alert_care_leads(case: CareCase, *, reason: str, now: dt.datetime | None = None) -> bool:
    """Alert the care leads about a case still not acknowledged; return False if already done."""
    now = now or timezone.now()
    with transaction.atomic():
        case = CareCase.objects.select_for_update().get(pk=case.pk)
        if (
            case.leads_alerted_at is not None
            or case.acknowledged_at is not None
            or case.closed_at is not None
        ):
            return False
        _mark_leads_alerted(case, now, reason)
    return True


def handle_screening(
    member: Member, screening: Any, *, content_type: str, content_id: str | int
) -> CareCase | None:
    """Open or join a case for a screened text when it shows a risk or discloses abuse.

    Community actions call this once the text is stored, with its reference; it returns the
    case, or None when the text needs none.
    """
    risk = str(getattr(screening, "risk", "none") or "none")
    reasons = tuple(getattr(screening, "reasons", ()) or ())
    categories = {str(r).split(".")[0] for r in reasons}
    if risk not in CASE_RISKS and not (categories & DISCLOSURE_CATEGORIES):
        return None
    case, _opened = do_open_or_join_case(
        member,
        source=Source.VERDICT,
        risk=risk,
        reasons=reasons,
        content_type=content_type,
        content_id=content_id,
    )
    return case


def _move(
    case: CareCase, actor: Member, to_state: str, kind: str, now: dt.datetime, **data: Any
) -> None:
    before = case.state
    case.state = to_state
    record_event(case, kind, actor=actor, from_state=before, to_state=to_state, **data)
    do_audit(
        actor,
        f"care.{kind}",
        target=case,
        before={"state": before},
        after={"state": to_state, **data},
    )


def _acknowledge(case: CareCase, actor: Member, now: dt.datetime) -> None:
    case.acknowledged_at = now
    case.acknowledged_by = actor
    _move(case, actor, State.ACKNOWLEDGED, "case_acknowledged", now, late=now > case.deadline_at)


def do_acknowledge_case(actor: Member, case: CareCase) -> bool:
    """Take the case: the deadline is met and the care leads are no longer waited for.

    The team only (403), then an open case only (409): the role before the state.
    """
    check_care_staff_permission(actor)
    now = timezone.now()
    with transaction.atomic():
        case = CareCase.objects.select_for_update().get(pk=case.pk)
        check_case_open(case)
        if case.acknowledged_at is not None:
            return False
        _acknowledge(case, actor, now)
        case.save()
    case_id = case.pk
    transaction.on_commit(lambda: send_alert(case_id, "acknowledged"))
    return True


def do_set_case_state(actor: Member, case: CareCase, to_state: str, *, note: str = "") -> bool:
    """Move a case to ``to_state`` by hand (e.g. follow-up); False when it is there already.

    The team only (403), then an open case (409) and a move the state machine allows (409),
    checked here on the locked row, whatever the caller checked before.
    """
    check_care_staff_permission(actor)
    now = timezone.now()
    with transaction.atomic():
        case = CareCase.objects.select_for_update().get(pk=case.pk)
        check_case_open(case)
        if case.state == to_state:
            return False
        check_case_transition(case, to_state)
        _move(case, actor, to_state, f"case_{to_state}", now, note=note[:500])
        case.save()
    return True


def do_close_case(actor: Member, case: CareCase, *, outcome: str, note: str = "") -> None:
    """Close the case with its outcome; high and imminent cases get a follow-up reminder.

    The team only (403), then an open case only (409, also to the second of two closings).
    """
    check_care_staff_permission(actor)
    now = timezone.now()
    with transaction.atomic():
        case = CareCase.objects.select_for_update().get(pk=case.pk)
        check_case_open(case)
        if case.acknowledged_at is None:
            _acknowledge(case, actor, now)
        case.closed_at = now
        case.closed_by = actor
        case.outcome = outcome
        case.outcome_note = note[:2000]
        if PRIORITY_RANK[case.priority] <= PRIORITY_RANK[Priority.HIGH]:
            case.follow_up_at = now + follow_up_delay()
        _move(
            case,
            actor,
            State.CLOSED,
            "case_closed",
            now,
            outcome=outcome,
            follow_up_at=case.follow_up_at.isoformat() if case.follow_up_at else None,
        )
        case.save()


def risk_rank(risk: str) -> int:
    return RISK_RANK.get(risk, 0)
