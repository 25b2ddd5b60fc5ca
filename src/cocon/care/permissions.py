"""Who may do what in the care flow; every check raises a CoconError the views turn into 4xx."""

from __future__ import annotations

from typing import Any

from django.utils.translation import pgettext

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Role
from cocon.care.models import CareCase, Referral, State

# state -> states a case may move to by hand (messages and records move it too).
TRANSITIONS: dict[str, frozenset[str]] = {
    State.OPEN: frozenset({State.ACKNOWLEDGED, State.CLOSED}),
    State.ACKNOWLEDGED: frozenset(
        {State.IN_CONTACT, State.REFERRED, State.ESCALATED, State.FOLLOW_UP, State.CLOSED}
    ),
    State.IN_CONTACT: frozenset({State.REFERRED, State.ESCALATED, State.FOLLOW_UP, State.CLOSED}),
    State.REFERRED: frozenset({State.ESCALATED, State.FOLLOW_UP, State.CLOSED}),
    State.ESCALATED: frozenset({State.REFERRED, State.FOLLOW_UP, State.CLOSED}),
    State.FOLLOW_UP: frozenset({State.IN_CONTACT, State.REFERRED, State.ESCALATED, State.CLOSED}),
    State.CLOSED: frozenset(),
}


def is_care_staff(actor: Any) -> bool:
    return bool(getattr(actor, "is_authenticated", False) and actor.is_active and actor.is_team)


def is_care_lead(actor: Any) -> bool:
    if not is_care_staff(actor):
        return False
    return bool(actor.has_role(Role.CARE_LEAD) or actor.has_role(Role.ADMINISTRATOR))


def check_care_staff_permission(actor: Any) -> None:
    """Refuse anyone who is not a moderator, care lead or administrator."""
    if not getattr(actor, "is_authenticated", False):
        raise CoconError("auth.required", pgettext("care error", "Please sign in."), status=401)
    if not is_care_staff(actor):
        raise CoconError(
            "care.forbidden", pgettext("care error", "This page is for the Cocon team."), status=403
        )


def _check_care_lead(actor: Any, code: str, message: str) -> None:
    """Refuse anyone outside the team (401/403), then any team member who is not a care lead."""
    check_care_staff_permission(actor)
    if not is_care_lead(actor):
        raise CoconError(code, message, status=403)


def check_escalation_permission(actor: Any) -> None:
    """Refuse anyone but a care lead: recording a call to emergency services.

    PRODUCT.md gives emergency escalations to the care leads: calling the emergency services
    about a young person is theirs to decide and to answer for.
    """
    _check_care_lead(
        actor,
        "care.escalation_lead_only",
        pgettext("care error", "Only care leads may record an emergency escalation."),
    )


def check_contact_permission(actor: Any) -> None:
    """Refuse anyone but a care lead: reading the contact details a member gave.

    PRODUCT.md: protected contact details are visible only to care leads.
    """
    _check_care_lead(
        actor,
        "care.contact_lead_only",
        pgettext("care error", "Only care leads may see a member's contact details."),
    )


def check_referral_permission(actor: Any) -> None:
    """Refuse anyone but a care lead: recording a referral or what came of it.

    PRODUCT.md gives referrals to the care leads (with escalations and contact details): a
    referral hands a young person's situation to an outside structure, on their consent.
    Moderators run the case (acknowledge, write, follow up, close) but do not refer.
    """
    _check_care_lead(
        actor,
        "care.referral_lead_only",
        pgettext("care error", "Only care leads may record a referral or what came of it."),
    )


def access_case_by_id(actor: Any, case_id: Any) -> CareCase:
    """Return the case for a team member, or refuse (403) / say it does not exist (404)."""
    check_care_staff_permission(actor)
    try:
        case_pk = int(case_id)
    except (TypeError, ValueError):
        case_pk = 0
    case = CareCase.objects.select_related("member").filter(pk=case_pk).first()
    if case is None:
        raise CoconError(
            "care.case_not_found", pgettext("care error", "This case does not exist."), status=404
        )
    return case


def access_referral_by_id(actor: Any, referral_id: Any) -> Referral:
    """Return the referral for a team member, or refuse (403) / say it does not exist (404)."""
    check_care_staff_permission(actor)
    try:
        referral_pk = int(referral_id)
    except (TypeError, ValueError):
        referral_pk = 0
    referral = Referral.objects.select_related("case", "partner").filter(pk=referral_pk).first()
    if referral is None:
        raise CoconError(
            "care.referral_not_found",
            pgettext("care error", "This referral does not exist."),
            status=404,
        )
    return referral


def check_case_transition(case: CareCase, to_state: str) -> None:
    """Refuse a move the state machine does not allow (409)."""
    if to_state not in TRANSITIONS.get(case.state, frozenset()):
        raise CoconError(
            "care.bad_transition",
            pgettext("care error", "This case cannot go from %(from)s to %(to)s.")
            % {"from": case.state, "to": to_state},
            status=409,
        )


def check_case_open(case: CareCase) -> None:
    if case.closed_at is not None:
        raise CoconError(
            "care.case_closed", pgettext("care error", "This case is closed."), status=409
        )


def check_member_permission(actor: Any) -> None:
    """The member side of the care flow: any signed-in member, even awaiting a parent."""
    if not getattr(actor, "is_authenticated", False) or not actor.is_active:
        raise CoconError("auth.required", pgettext("care error", "Please sign in."), status=401)
