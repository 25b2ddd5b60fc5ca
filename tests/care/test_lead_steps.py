"""Emergency escalation and contact details: care leads only, checked in the action itself,
so the API and the case page refuse alike, and every refused attempt by the team is audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member, Role
from cocon.care.actions.contacts import do_set_contact, do_view_contact
from cocon.care.actions.escalations import do_record_escalation
from cocon.care.models import CareCase, Escalation
from cocon.safety.models import AuditEntry

PHONE = "06 98 76 54 32"
ESCALATION_FR = (
    "Seul·es les responsables de l'accompagnement peuvent enregistrer un appel aux "
    "services d'urgence."
)
ESCALATION_EN = "Only care leads may record an emergency escalation."
CONTACT_FR = (
    "Seul·es les responsables de l'accompagnement peuvent voir les coordonnées d'un membre."
)
CONTACT_EN = "Only care leads may see a member's contact details."


def client_for(someone: Member) -> Client:
    client = Client()
    client.force_login(someone)
    return client


def rows(action: str) -> list[tuple[Any, ...]]:
    return list(
        AuditEntry.objects.filter(action=action)
        .order_by("id")
        .values_list("actor_id", "target_type", "target_id", "reason", "after")
    )


@pytest.fixture
def with_contact(case: CareCase, member: Member) -> CareCase:
    do_set_contact(member, phone=PHONE, other="")
    return case


@pytest.fixture
def moderators(member_factory: Callable[..., Member]) -> tuple[Member, Member]:
    """A French-speaking and an English-speaking moderator, neither a care lead."""
    return (
        member_factory(pseudonym="modo_fr", birth_year=1994, roles=(Role.MODERATOR,)),
        member_factory(
            pseudonym="modo_en", birth_year=1994, roles=(Role.MODERATOR,), language="en"
        ),
    )


# The actions themselves.


def test_escalation_action_refuses_a_moderator_changes_nothing_and_audits_it(
    case: CareCase, moderator: Member
) -> None:
    with pytest.raises(CoconError) as refused:
        do_record_escalation(moderator, case, service="SAMU 15", reference="A-1")

    assert (refused.value.status, refused.value.code) == (403, "care.escalation_lead_only")
    assert Escalation.objects.count() == 0
    case.refresh_from_db()
    assert (case.state, case.escalated_at, case.acknowledged_at) == ("open", None, None)
    assert rows("care.escalation_refused") == [
        (
            moderator.pk,
            "care.carecase",
            str(case.pk),
            "care.escalation_lead_only",
            {"step": "escalate"},
        )
    ]
    assert rows("care.escalation_recorded") == []


def test_contact_action_refuses_a_moderator_and_audits_the_attempt_not_a_view(
    with_contact: CareCase, member: Member, moderator: Member
) -> None:
    with pytest.raises(CoconError) as refused:
        do_view_contact(moderator, member, case_id=with_contact.pk)

    assert (refused.value.status, refused.value.code) == (403, "care.contact_lead_only")
    assert rows("care.contact_refused") == [
        (
            moderator.pk,
            "accounts.member",
            str(member.pk),
            "care.contact_lead_only",
            {"case": with_contact.pk},
        )
    ]
    assert rows("care.contact_viewed") == []


def test_the_actions_turn_away_a_member_without_an_audit_row(
    with_contact: CareCase, member: Member, member_factory: Callable[..., Member]
) -> None:
    other = member_factory(pseudonym="curieux")

    with pytest.raises(CoconError) as contact:
        do_view_contact(other, member, case_id=with_contact.pk)
    with pytest.raises(CoconError) as escalation:
        do_record_escalation(other, with_contact, service="SAMU 15")

    assert {contact.value.code, escalation.value.code} == {"care.forbidden"}
    assert rows("care.contact_refused") + rows("care.escalation_refused") == []
    assert Escalation.objects.count() == 0


@pytest.mark.parametrize("roles", [(Role.MODERATOR, Role.CARE_LEAD), (Role.ADMINISTRATOR,)])
def test_a_care_lead_or_an_administrator_escalates_and_reads_the_contact(
    with_contact: CareCase,
    member: Member,
    member_factory: Callable[..., Member],
    roles: tuple[str, ...],
) -> None:
    lead = member_factory(pseudonym="resp_alex", birth_year=1985, roles=roles)

    escalation = do_record_escalation(lead, with_contact, service="SAMU 15", reference="A-2")
    contact = do_view_contact(lead, member, case_id=with_contact.pk)

    assert (escalation.by_id, escalation.service) == (lead.pk, "SAMU 15")
    with_contact.refresh_from_db()
    assert with_contact.state == "escalated"
    assert contact == {"phone": PHONE, "other": ""}
    assert [r[0] for r in rows("care.contact_viewed")] == [lead.pk]
    assert rows("care.escalation_refused") + rows("care.contact_refused") == []


# The API: 403 in the member's language, before the form is read.


def test_api_refuses_moderators_in_their_language_and_audits_each_attempt(
    with_contact: CareCase,
    moderators: tuple[Member, Member],
    api_for: Callable[[Member], Any],
) -> None:
    fr, en = moderators
    escalate = f"/api/v1/care/cases/{with_contact.pk}/escalations"
    contact = f"/api/v1/care/cases/{with_contact.pk}/contact"

    escalation_fr = api_for(fr).post(escalate, {"service": "SAMU 15"})
    escalation_en = api_for(en).post(escalate, {"service": "SAMU 15"})
    # An empty form is refused for the role, not for the missing service.
    escalation_empty = api_for(fr).post(escalate, {})
    contact_fr = api_for(fr).get(contact)
    contact_en = api_for(en).get(contact)

    for response, code, message in (
        (escalation_fr, "care.escalation_lead_only", ESCALATION_FR),
        (escalation_en, "care.escalation_lead_only", ESCALATION_EN),
        (escalation_empty, "care.escalation_lead_only", ESCALATION_FR),
        (contact_fr, "care.contact_lead_only", CONTACT_FR),
        (contact_en, "care.contact_lead_only", CONTACT_EN),
    ):
        assert response.status_code == 403
        assert response.json()["error"] == {"code": code, "message": message, "fields": {}}
    assert PHONE not in contact_fr.content.decode() + contact_en.content.decode()
    assert Escalation.objects.count() == 0
    assert [r[0] for r in rows("care.escalation_refused")] == [fr.pk, en.pk, fr.pk]
    assert [r[0] for r in rows("care.contact_refused")] == [fr.pk, en.pk]
    assert rows("care.contact_viewed") == []


def test_api_lets_a_care_lead_escalate_and_read_the_contact(
    with_contact: CareCase, care_lead: Member, api_for: Callable[[Member], Any]
) -> None:
    lead = api_for(care_lead)

    escalation = lead.post(
        f"/api/v1/care/cases/{with_contact.pk}/escalations", {"service": "SAMU 15"}
    )
    contact = lead.get(f"/api/v1/care/cases/{with_contact.pk}/contact")

    assert escalation.status_code == 201
    assert contact.json() == {"contact": {"phone": PHONE, "other": ""}}
    assert rows("care.escalation_refused") + rows("care.contact_refused") == []


# The case page: the same refusals, as a 403 page.


def test_case_page_refuses_a_moderator_with_a_403_page_and_audits_it(
    with_contact: CareCase, moderators: tuple[Member, Member]
) -> None:
    fr, en = moderators

    escalation_fr = client_for(fr).post(
        f"/care/cases/{with_contact.pk}/escalate/", {"service": "SAMU 15"}
    )
    contact_fr = client_for(fr).get(f"/care/cases/{with_contact.pk}/?contact=1")
    contact_en = client_for(en).get(f"/care/cases/{with_contact.pk}/?contact=1")

    assert escalation_fr.status_code == 403
    assert ESCALATION_FR.replace("'", "&#x27;") in escalation_fr.content.decode()
    assert contact_fr.status_code == 403
    assert CONTACT_FR.replace("'", "&#x27;") in contact_fr.content.decode()
    assert contact_en.status_code == 403
    assert CONTACT_EN.replace("'", "&#x27;") in contact_en.content.decode()
    for response in (escalation_fr, contact_fr, contact_en):
        assert PHONE not in response.content.decode()
    assert Escalation.objects.count() == 0
    assert [r[0] for r in rows("care.escalation_refused")] == [fr.pk]
    assert [r[0] for r in rows("care.contact_refused")] == [fr.pk, en.pk]
    assert rows("care.contact_viewed") == []


def test_case_page_lets_a_care_lead_escalate_and_read_the_contact(
    with_contact: CareCase, care_lead: Member
) -> None:
    lead = client_for(care_lead)

    escalation = lead.post(f"/care/cases/{with_contact.pk}/escalate/", {"service": "SAMU 15"})
    contact = lead.get(f"/care/cases/{with_contact.pk}/?contact=1")

    assert (escalation.status_code, escalation["Location"]) == (
        302,
        f"/care/cases/{with_contact.pk}/",
    )
    assert Escalation.objects.get().by_id == care_lead.pk
    assert contact.status_code == 200
    assert PHONE in contact.content.decode()
    assert [r[0] for r in rows("care.contact_viewed")] == [care_lead.pk]
