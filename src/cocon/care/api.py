"""The care part of the v1 API: the member's conversation with the team, and the console."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import pgettext
from ninja import Router, Schema
from ninja import Status as HttpStatus

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.ratelimit import check_rate_limit
from cocon.api.auth import member_auth
from cocon.care.actions.answers import ANSWERS, do_record_member_answer
from cocon.care.actions.cases import (
    do_acknowledge_case,
    do_close_case,
    do_open_case_by_hand,
    do_set_case_state,
)
from cocon.care.actions.contacts import do_set_contact, do_view_contact
from cocon.care.actions.duty import do_set_on_duty, is_on_duty
from cocon.care.actions.escalations import check_may_escalate, do_record_escalation
from cocon.care.actions.messages import (
    do_read_case,
    do_read_team_messages,
    do_send_member_message,
    do_send_team_message,
)
from cocon.care.actions.referrals import (
    check_may_refer,
    do_record_referral,
    do_set_referral_outcome,
)
from cocon.care.models import State
from cocon.care.permissions import (
    access_case_by_id,
    access_referral_by_id,
    check_care_staff_permission,
    check_case_open,
    check_case_transition,
    check_member_permission,
)
from cocon.care.presenters import (
    case_detail_to_dict,
    case_to_dict,
    message_to_dict,
    referral_to_dict,
)
from cocon.care.queries.cases import (
    count_unread_for_member,
    get_member_conversation,
    get_open_care_cases,
)
from cocon.care.validation import (
    validate_bool,
    validate_called_at,
    validate_choice,
    validate_message,
    validate_note,
    validate_outcome,
    validate_partner,
    validate_phone,
    validate_priority,
    validate_short,
)

router = Router(tags=["care"], auth=member_auth)


class BodyIn(Schema):
    body: Any = None


class AnswerIn(Schema):
    answer: Any = None


class ContactIn(Schema):
    phone: Any = None
    other: Any = None


class DutyIn(Schema):
    on: Any = None


class OpenCaseIn(Schema):
    member: Any = None
    priority: Any = None
    note: Any = None


class CloseIn(Schema):
    outcome: Any = None
    note: Any = None


class EscalationIn(Schema):
    service: Any = None
    called_at: Any = None
    reference: Any = None
    outcome: Any = None


class ReferralIn(Schema):
    partner: Any = None
    consent: Any = None
    consent_note: Any = None
    outcome: Any = None


class ReferralOutcomeIn(Schema):
    outcome: Any = None


class StateIn(Schema):
    state: Any = None
    note: Any = None


def _actor(request: HttpRequest) -> Member:
    return request.user  # type: ignore[return-value]


# The member's side.


@router.get(
    "/messages", summary="My conversation with the Cocon team (marks the team's messages read)"
)
def my_messages(request: HttpRequest) -> dict[str, Any]:
    member = _actor(request)
    check_member_permission(member)
    unread = count_unread_for_member(member)
    messages = get_member_conversation(member)
    do_read_team_messages(member)
    return {"unread": unread, "messages": [message_to_dict(m, for_member=True) for m in messages]}


@router.post("/messages", response={201: dict}, summary="Write to the Cocon team")
def write_to_team(request: HttpRequest, payload: BodyIn) -> HttpStatus:  # type: ignore[type-arg]
    member = _actor(request)
    check_member_permission(member)
    body = validate_message(payload.body)
    check_rate_limit(request, "post", key=f"member:{member.pk}")
    message = do_send_member_message(member, body)
    return HttpStatus(201, message_to_dict(message, for_member=True))


@router.post("/answer", summary="Answer the offer of contact: safe | need_help")
def answer(request: HttpRequest, payload: AnswerIn) -> dict[str, Any]:
    member = _actor(request)
    check_member_permission(member)
    choice = validate_choice(payload.answer, "answer", ANSWERS)
    case = do_record_member_answer(member, choice)
    return {"answer": choice, "case_open": case is not None and case.closed_at is None}


@router.put("/contact", summary="Give (or, both empty, remove) how the team may reach me")
def set_contact(request: HttpRequest, payload: ContactIn) -> dict[str, Any]:
    member = _actor(request)
    check_member_permission(member)
    phone = validate_phone(payload.phone)
    other = validate_note(payload.other, "other")
    contact = do_set_contact(member, phone=phone, other=other)
    return {"saved": contact is not None}


# The team's side.


@router.post("/duty", summary="Go on or off duty")
def duty(request: HttpRequest, payload: DutyIn) -> dict[str, Any]:
    actor = _actor(request)
    check_care_staff_permission(actor)
    on = validate_bool(payload.on, "on")
    changed = do_set_on_duty(actor, on)
    return {"on_duty": is_on_duty(actor), "changed": changed}


@router.get("/cases", summary="Open cases, most urgent first")
def open_cases(request: HttpRequest) -> dict[str, Any]:
    check_care_staff_permission(_actor(request))
    return {"cases": [case_to_dict(c) for c in get_open_care_cases()]}


@router.post(
    "/cases", response={201: dict, 200: dict}, summary="Open (or join) a member's case by hand"
)
def open_case(request: HttpRequest, payload: OpenCaseIn) -> HttpStatus:  # type: ignore[type-arg]
    actor = _actor(request)
    check_care_staff_permission(actor)
    priority = validate_priority(payload.priority)
    note = validate_note(payload.note)
    try:
        member_pk = int(payload.member)
    except (TypeError, ValueError):
        member_pk = 0
    member = Member.objects.filter(pk=member_pk, is_active=True).first()
    if member is None:
        message = pgettext("care error", "This member does not exist.")
        raise CoconError("care.member_not_found", message, fields={"member": [message]}, status=404)
    case, opened = do_open_case_by_hand(actor, member, priority=priority, note=note)
    return HttpStatus(201 if opened else 200, case_to_dict(case))


@router.get("/cases/{case_id}", summary="A case with its signals, steps and conversation")
def case_detail(request: HttpRequest, case_id: str) -> dict[str, Any]:
    case = access_case_by_id(_actor(request), case_id)
    do_read_case(_actor(request), case)
    return case_detail_to_dict(case)


@router.post("/cases/{case_id}/acknowledge", summary="Take the case")
def acknowledge(request: HttpRequest, case_id: str) -> dict[str, Any]:
    actor = _actor(request)
    case = access_case_by_id(actor, case_id)
    check_case_open(case)
    changed = do_acknowledge_case(actor, case)
    case.refresh_from_db()
    return {**case_to_dict(case), "changed": changed}


@router.post(
    "/cases/{case_id}/messages", response={201: dict}, summary="Write to the member as Cocon"
)
def team_message(request: HttpRequest, case_id: str, payload: BodyIn) -> HttpStatus:  # type: ignore[type-arg]
    actor = _actor(request)
    case = access_case_by_id(actor, case_id)
    check_case_open(case)
    body = validate_message(payload.body)
    message = do_send_team_message(actor, case, body)
    return HttpStatus(201, message_to_dict(message, for_member=False))


@router.post("/cases/{case_id}/state", summary="Move the case (e.g. follow_up)")
def set_state(request: HttpRequest, case_id: str, payload: StateIn) -> dict[str, Any]:
    actor = _actor(request)
    case = access_case_by_id(actor, case_id)
    check_case_open(case)
    to_state = validate_choice(
        payload.state, "state", [State.ACKNOWLEDGED, State.IN_CONTACT, State.FOLLOW_UP]
    )
    check_case_transition(case, to_state)
    note = validate_note(payload.note)
    if to_state == State.ACKNOWLEDGED:
        do_acknowledge_case(actor, case)
    else:
        do_set_case_state(actor, case, to_state, note=note)
    case.refresh_from_db()
    return case_to_dict(case)


@router.post(
    "/cases/{case_id}/escalations",
    response={201: dict},
    summary="Record an emergency escalation (care leads)",
)
def escalate(request: HttpRequest, case_id: str, payload: EscalationIn) -> HttpStatus:  # type: ignore[type-arg]
    actor = _actor(request)
    case = access_case_by_id(actor, case_id)
    check_may_escalate(actor, case)  # the role before the state and the form, as on the page
    check_case_open(case)
    service = validate_short(payload.service, "service", required=True)
    called_at = validate_called_at(payload.called_at)
    reference = validate_short(payload.reference, "reference", required=False)
    outcome = validate_note(payload.outcome, "outcome")
    escalation = do_record_escalation(
        actor, case, service=service, called_at=called_at, reference=reference, outcome=outcome
    )
    return HttpStatus(
        201,
        {
            "id": escalation.pk,
            "case": case.pk,
            "service": service,
            "called_at": escalation.called_at.isoformat(),
            "reference": reference,
        },
    )


@router.post(
    "/cases/{case_id}/referrals", response={201: dict}, summary="Record a referral to a partner"
)
def refer(request: HttpRequest, case_id: str, payload: ReferralIn) -> HttpStatus:  # type: ignore[type-arg]
    actor = _actor(request)
    case = access_case_by_id(actor, case_id)
    check_may_refer(actor, case)  # the role before the state and the form, as on the page
    check_case_open(case)
    partner = validate_partner(payload.partner)
    consent = validate_bool(payload.consent, "consent")
    consent_note = validate_short(payload.consent_note, "consent_note", required=False)
    outcome = validate_note(payload.outcome, "outcome")
    referral = do_record_referral(
        actor, case, partner=partner, consent=consent, consent_note=consent_note, outcome=outcome
    )
    return HttpStatus(
        201, {"id": referral.pk, "case": case.pk, "partner": partner.pk, "consent": consent}
    )


@router.post(
    "/referrals/{referral_id}/outcome",
    summary="Record what came of a referral (sending the same text again changes nothing)",
)
def referral_outcome(
    request: HttpRequest, referral_id: str, payload: ReferralOutcomeIn
) -> dict[str, Any]:
    actor = _actor(request)
    referral = access_referral_by_id(actor, referral_id)
    changed = do_set_referral_outcome(actor, referral, payload.outcome)
    referral.refresh_from_db()
    return {**referral_to_dict(referral), "changed": changed}


@router.post("/cases/{case_id}/close", summary="Close the case with its outcome")
def close(request: HttpRequest, case_id: str, payload: CloseIn) -> dict[str, Any]:
    actor = _actor(request)
    case = access_case_by_id(actor, case_id)
    check_case_open(case)
    outcome = validate_outcome(payload.outcome)
    note = validate_note(payload.note)
    do_close_case(actor, case, outcome=outcome, note=note)
    case.refresh_from_db()
    return case_to_dict(case)


@router.get(
    "/cases/{case_id}/contact", summary="The member's contact details (care leads; audited)"
)
def contact(request: HttpRequest, case_id: str) -> dict[str, Any]:
    actor = _actor(request)
    case = access_case_by_id(actor, case_id)
    return {"contact": do_view_contact(actor, case.member, case_id=case.pk)}
