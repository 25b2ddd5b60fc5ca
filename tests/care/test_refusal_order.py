"""Refusals come first: the role before the state of the case, before anything changes.

A moderator who reaches for a care lead's step is refused and audited whatever the state of
the case; a care lead on a closed case gets the 409; a refused request leaves the case, its
messages and its steps as they were. The actions check by themselves, so the API and the
pages cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member, Role
from cocon.care.actions.cases import (
    do_acknowledge_case,
    do_close_case,
    do_open_case_by_hand,
    do_set_case_state,
)
from cocon.care.actions.contacts import do_set_contact
from cocon.care.actions.duty import do_set_on_duty, is_on_duty
from cocon.care.actions.escalations import do_record_escalation
from cocon.care.actions.messages import do_read_case, do_send_member_message, do_send_team_message
from cocon.care.actions.referrals import do_record_referral
from cocon.care.models import CareCase, CareEvent, CareMessage, Escalation, Referral
from cocon.resources.models import Partner
from cocon.safety.models import AuditEntry

PHONE = "07 11 22 33 44"
WORRY = "Je ne me sens pas bien ce soir, je ne sais pas à qui le dire."


def client_for(someone: Member) -> Client:
    client = Client()
    client.force_login(someone)
    return client


def actors(action: str) -> list[int | None]:
    return list(
        AuditEntry.objects.filter(action=action).order_by("id").values_list("actor_id", flat=True)
    )


def snapshot(case: CareCase) -> tuple[Any, ...]:
    """What a refused request must leave as it was."""
    case.refresh_from_db()
    return (
        case.state,
        case.acknowledged_at,
        case.closed_at,
        case.escalated_at,
        case.referred_at,
        CareEvent.objects.filter(case=case).count(),
        CareMessage.objects.filter(case=case).count(),
        Escalation.objects.filter(case=case).count(),
        Referral.objects.filter(case=case).count(),
    )


@pytest.fixture
def partner(db: Any) -> Partner:
    return Partner.objects.create(name="Point écoute jeunes 69", country="FR")


@pytest.fixture
def unread_case(case: CareCase, member: Member) -> CareCase:
    """A case whose member wrote to the team, unread, and gave a phone number."""
    do_send_member_message(member, WORRY)
    do_set_contact(member, phone=PHONE, other="")
    return case


@pytest.fixture
def closed_case(case: CareCase, moderator: Member) -> CareCase:
    do_close_case(moderator, case, outcome="safe", note="")
    case.refresh_from_db()
    return case


def unread(case: CareCase) -> list[str]:
    return list(
        CareMessage.objects.filter(case=case, from_team=False, read_at__isnull=True).values_list(
            "body", flat=True
        )
    )


# 1. The contact asked for on the case page: refused before the messages are read.


def test_a_moderator_refused_the_contact_leaves_the_members_messages_unread(
    unread_case: CareCase, moderator: Member
) -> None:
    page = client_for(moderator).get(f"/care/cases/{unread_case.pk}/?contact=1")

    assert page.status_code == 403
    assert PHONE not in page.content.decode()
    assert unread(unread_case) == [WORRY]
    assert actors("care.contact_refused") == [moderator.pk]
    assert actors("care.contact_viewed") == []


def test_the_read_action_refuses_before_it_marks_anything_read(
    unread_case: CareCase, moderator: Member
) -> None:
    with pytest.raises(CoconError) as refused:
        do_read_case(moderator, unread_case, with_contact=True)

    assert (refused.value.status, refused.value.code) == (403, "care.contact_lead_only")
    assert unread(unread_case) == [WORRY]
    assert actors("care.contact_refused") == [moderator.pk]


def test_the_same_page_without_the_contact_reads_the_messages_for_a_moderator(
    unread_case: CareCase, moderator: Member
) -> None:
    page = client_for(moderator).get(f"/care/cases/{unread_case.pk}/")

    assert page.status_code == 200
    assert unread(unread_case) == []
    assert actors("care.contact_refused") == []


def test_a_care_lead_gets_the_contact_and_the_messages_are_read(
    unread_case: CareCase, care_lead: Member
) -> None:
    page = client_for(care_lead).get(f"/care/cases/{unread_case.pk}/?contact=1")

    assert page.status_code == 200
    assert PHONE in page.content.decode()
    assert unread(unread_case) == []
    assert actors("care.contact_viewed") == [care_lead.pk]


def test_the_read_action_turns_away_a_member_and_reads_nothing(
    unread_case: CareCase, member_factory: Callable[..., Member]
) -> None:
    outsider = member_factory(pseudonym="curieuse")

    with pytest.raises(CoconError) as refused:
        do_read_case(outsider, unread_case)

    assert (refused.value.status, refused.value.code) == (403, "care.forbidden")
    assert unread(unread_case) == [WORRY]


# 2. A care lead's step on a closed case: the role first (403, audited), then the state (409).


def test_escalation_on_a_closed_case_refuses_a_moderator_for_the_role_and_audits_it(
    closed_case: CareCase,
    moderator: Member,
    care_lead: Member,
    api_for: Callable[[Member], Any],
) -> None:
    before = snapshot(closed_case)
    url = f"/api/v1/care/cases/{closed_case.pk}/escalations"

    by_api = api_for(moderator).post(url, {"service": "SAMU 15"})
    by_page = client_for(moderator).post(
        f"/care/cases/{closed_case.pk}/escalate/", {"service": "SAMU 15"}
    )
    with pytest.raises(CoconError) as by_action:
        do_record_escalation(moderator, closed_case, service="SAMU 15")

    assert (by_api.status_code, by_api.json()["error"]["code"]) == (
        403,
        "care.escalation_lead_only",
    )
    assert by_page.status_code == 403
    assert (by_action.value.status, by_action.value.code) == (403, "care.escalation_lead_only")
    assert actors("care.escalation_refused") == [moderator.pk] * 3
    assert snapshot(closed_case) == before


def test_escalation_on_a_closed_case_gives_a_care_lead_the_409_and_records_nothing(
    closed_case: CareCase, care_lead: Member, api_for: Callable[[Member], Any]
) -> None:
    before = snapshot(closed_case)

    by_api = api_for(care_lead).post(
        f"/api/v1/care/cases/{closed_case.pk}/escalations", {"service": "SAMU 15"}
    )
    by_page = client_for(care_lead).post(
        f"/care/cases/{closed_case.pk}/escalate/", {"service": "SAMU 15"}
    )
    with pytest.raises(CoconError) as by_action:
        do_record_escalation(care_lead, closed_case, service="SAMU 15")

    assert (by_api.status_code, by_api.json()["error"]["code"]) == (409, "care.case_closed")
    assert by_page.status_code == 409
    assert 'data-code="care.case_closed"' in by_page.content.decode()
    assert (by_action.value.status, by_action.value.code) == (409, "care.case_closed")
    assert actors("care.escalation_refused") + actors("care.escalation_recorded") == []
    assert snapshot(closed_case) == before


def test_referral_on_a_closed_case_refuses_a_moderator_for_the_role_and_audits_it(
    closed_case: CareCase, moderator: Member, partner: Partner, api_for: Callable[[Member], Any]
) -> None:
    before = snapshot(closed_case)
    form = {"partner": partner.pk, "consent": True}

    by_api = api_for(moderator).post(f"/api/v1/care/cases/{closed_case.pk}/referrals", form)
    by_page = client_for(moderator).post(
        f"/care/cases/{closed_case.pk}/refer/", {"partner": partner.pk, "consent": "on"}
    )
    with pytest.raises(CoconError) as by_action:
        do_record_referral(moderator, closed_case, partner=partner, consent=True)

    assert (by_api.status_code, by_api.json()["error"]["code"]) == (
        403,
        "care.referral_lead_only",
    )
    assert by_page.status_code == 403
    assert (by_action.value.status, by_action.value.code) == (403, "care.referral_lead_only")
    assert actors("care.referral_refused") == [moderator.pk] * 3
    assert snapshot(closed_case) == before


def test_referral_on_a_closed_case_gives_a_care_lead_the_409_and_records_nothing(
    closed_case: CareCase, care_lead: Member, partner: Partner, api_for: Callable[[Member], Any]
) -> None:
    before = snapshot(closed_case)

    by_api = api_for(care_lead).post(
        f"/api/v1/care/cases/{closed_case.pk}/referrals", {"partner": partner.pk, "consent": True}
    )
    by_page = client_for(care_lead).post(
        f"/care/cases/{closed_case.pk}/refer/", {"partner": partner.pk, "consent": "on"}
    )
    with pytest.raises(CoconError) as by_action:
        do_record_referral(care_lead, closed_case, partner=partner, consent=True)

    assert (by_api.status_code, by_api.json()["error"]["code"]) == (409, "care.case_closed")
    assert by_page.status_code == 409
    assert (by_action.value.status, by_action.value.code) == (409, "care.case_closed")
    assert actors("care.referral_refused") + actors("care.referral_recorded") == []
    assert snapshot(closed_case) == before


def test_a_moderator_with_an_empty_referral_form_is_refused_for_the_role_not_the_form(
    case: CareCase, moderator: Member, api_for: Callable[[Member], Any]
) -> None:
    by_api = api_for(moderator).post(f"/api/v1/care/cases/{case.pk}/referrals", {})
    by_page = client_for(moderator).post(f"/care/cases/{case.pk}/refer/", {})

    assert (by_api.status_code, by_api.json()["error"]["code"]) == (
        403,
        "care.referral_lead_only",
    )
    assert by_page.status_code == 403
    assert actors("care.referral_refused") == [moderator.pk, moderator.pk]


# The team's other steps: the team first (403, nothing changes), then an open case (409).


@pytest.mark.parametrize(
    "step",
    ["acknowledge", "message", "follow_up", "close", "open_by_hand", "duty"],
)
def test_each_team_action_turns_away_a_member_before_it_looks_at_the_case(
    closed_case: CareCase, member: Member, member_factory: Callable[..., Member], step: str
) -> None:
    outsider = member_factory(pseudonym="pair_curieux", roles=(Role.PEER_SUPPORTER,))
    before = snapshot(closed_case)
    audit_rows = AuditEntry.objects.count()
    attempts: dict[str, Callable[[], object]] = {
        "acknowledge": lambda: do_acknowledge_case(outsider, closed_case),
        "message": lambda: do_send_team_message(outsider, closed_case, "Bonjour"),
        "follow_up": lambda: do_set_case_state(outsider, closed_case, "follow_up"),
        "close": lambda: do_close_case(outsider, closed_case, outcome="safe"),
        "open_by_hand": lambda: do_open_case_by_hand(outsider, member, priority="high"),
        "duty": lambda: do_set_on_duty(outsider, True),
    }

    with pytest.raises(CoconError) as refused:
        attempts[step]()

    # 403 even on a closed case: the role is checked before the state.
    assert (refused.value.status, refused.value.code) == (403, "care.forbidden")
    assert snapshot(closed_case) == before
    assert CareCase.objects.filter(member=member).count() == 1
    assert not is_on_duty(outsider)
    assert AuditEntry.objects.count() == audit_rows


@pytest.mark.parametrize("step", ["acknowledge", "message", "follow_up", "close"])
def test_each_team_action_refuses_a_closed_case_with_a_409_and_changes_nothing(
    closed_case: CareCase, moderator: Member, step: str
) -> None:
    before = snapshot(closed_case)
    attempts: dict[str, Callable[[], object]] = {
        "acknowledge": lambda: do_acknowledge_case(moderator, closed_case),
        "message": lambda: do_send_team_message(moderator, closed_case, "Bonjour"),
        "follow_up": lambda: do_set_case_state(moderator, closed_case, "follow_up"),
        "close": lambda: do_close_case(moderator, closed_case, outcome="referred"),
    }

    with pytest.raises(CoconError) as refused:
        attempts[step]()

    assert (refused.value.status, refused.value.code) == (409, "care.case_closed")
    assert snapshot(closed_case) == before
    closed_case.refresh_from_db()
    assert closed_case.outcome == "safe"


def test_the_state_action_checks_the_transition_itself(case: CareCase, moderator: Member) -> None:
    before = snapshot(case)

    with pytest.raises(CoconError) as refused:
        do_set_case_state(moderator, case, "follow_up")  # an open case is not taken yet

    assert (refused.value.status, refused.value.code) == (409, "care.bad_transition")
    assert snapshot(case) == before


def test_a_deactivated_member_cannot_write_to_the_team(member: Member, moderator: Member) -> None:
    member.is_active = False
    member.save(update_fields=["is_active"])

    with pytest.raises(CoconError) as refused:
        do_send_member_message(member, WORRY)

    assert (refused.value.status, refused.value.code) == (401, "auth.required")
    assert CareMessage.objects.count() == 0
    assert CareCase.objects.filter(member=member).count() == 0
