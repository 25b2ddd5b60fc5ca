"""Referrals and what came of them: care leads only, one action for the API and the case page,
checked, audited, idempotent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member, Role
from cocon.care.actions.referrals import do_record_referral, do_set_referral_outcome
from cocon.care.models import CareCase, CareEvent, Referral
from cocon.resources.models import Partner
from cocon.safety.models import AuditEntry

OUTCOME = "Reçue à la Maison des ados mardi, un suivi est en place."


@pytest.fixture
def referral(case: CareCase, care_lead: Member) -> Referral:
    partner = Partner.objects.create(name="Maison des ados 75", country="FR")
    return do_record_referral(care_lead, case, partner=partner, consent=True)


def outcome_rows(referral: Referral) -> list[AuditEntry]:
    return list(
        AuditEntry.objects.filter(action="care.referral_outcome", target_id=str(referral.pk))
    )


def client_for(someone: Member) -> Client:
    client = Client()
    client.force_login(someone)
    return client


# The action.


def test_the_action_refuses_anyone_outside_the_care_team(
    referral: Referral, member: Member, member_factory: Callable[..., Member]
) -> None:
    peer = member_factory(pseudonym="pair_aidant", roles=(Role.PEER_SUPPORTER,))
    for someone in (member, peer):
        with pytest.raises(CoconError) as refused:
            do_set_referral_outcome(someone, referral, OUTCOME)
        assert (refused.value.status, refused.value.code) == (403, "care.forbidden")
    referral.refresh_from_db()
    assert referral.outcome == ""
    assert outcome_rows(referral) == []


def refusals() -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action="care.referral_refused"))


def test_the_action_refuses_a_moderator_who_is_not_a_care_lead_and_audits_it(
    referral: Referral, moderator: Member
) -> None:
    partner = Partner.objects.create(name="Planning familial 13", country="FR")
    with pytest.raises(CoconError) as outcome_refused:
        do_set_referral_outcome(moderator, referral, OUTCOME)
    with pytest.raises(CoconError) as record_refused:
        do_record_referral(moderator, referral.case, partner=partner, consent=True)

    for refused in (outcome_refused, record_refused):
        assert (refused.value.status, refused.value.code) == (403, "care.referral_lead_only")
    referral.refresh_from_db()
    assert referral.outcome == ""
    assert outcome_rows(referral) == []
    assert list(Referral.objects.values_list("pk", flat=True)) == [referral.pk]
    assert [(r.actor_id, r.target_type, r.target_id, r.reason, r.after) for r in refusals()] == [
        (
            moderator.pk,
            "care.carecase",
            str(referral.case_id),
            "care.referral_lead_only",
            {"step": "outcome", "referral": referral.pk},
        ),
        (
            moderator.pk,
            "care.carecase",
            str(referral.case_id),
            "care.referral_lead_only",
            {"step": "record", "referral": None},
        ),
    ]


def test_an_administrator_may_record_the_outcome(
    referral: Referral, member_factory: Callable[..., Member]
) -> None:
    admin = member_factory(pseudonym="admin_cam", birth_year=1988, roles=(Role.ADMINISTRATOR,))

    assert do_set_referral_outcome(admin, referral, OUTCOME) is True
    assert refusals() == []


def test_the_action_validates_records_a_step_and_audits_without_the_text(
    referral: Referral, care_lead: Member
) -> None:
    assert do_set_referral_outcome(care_lead, referral, f"  {OUTCOME}\r\n") is True

    referral.refresh_from_db()
    assert referral.outcome == OUTCOME
    [row] = outcome_rows(referral)
    assert (row.actor_id, row.before, row.after) == (
        care_lead.pk,
        {"length": 0},
        {"case": referral.case_id, "length": len(OUTCOME)},
    )
    assert OUTCOME not in str(row.before) + str(row.after)
    event = CareEvent.objects.filter(case=referral.case, kind="referral_outcome").get()
    assert (event.actor_id, event.data) == (care_lead.pk, {"referral": referral.pk})


def test_the_same_outcome_twice_changes_nothing(referral: Referral, care_lead: Member) -> None:
    assert do_set_referral_outcome(care_lead, referral, OUTCOME) is True
    assert do_set_referral_outcome(care_lead, referral, OUTCOME + "  ") is False

    assert len(outcome_rows(referral)) == 1
    assert CareEvent.objects.filter(kind="referral_outcome").count() == 1


# The API.


def test_api_sets_the_outcome_and_the_case_shows_it(
    referral: Referral, care_lead: Member, api_for: Callable[[Member], Any]
) -> None:
    staff = api_for(care_lead)

    response = staff.post(f"/api/v1/care/referrals/{referral.pk}/outcome", {"outcome": OUTCOME})

    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["case"], body["outcome"], body["changed"]) == (
        referral.pk,
        referral.case_id,
        OUTCOME,
        True,
    )
    detail = staff.get(f"/api/v1/care/cases/{referral.case_id}").json()
    assert [(r["id"], r["outcome"]) for r in detail["referrals"]] == [(referral.pk, OUTCOME)]
    assert len(outcome_rows(referral)) == 1


def test_api_double_submit_is_harmless(
    referral: Referral, care_lead: Member, api_for: Callable[[Member], Any]
) -> None:
    staff = api_for(care_lead)
    path = f"/api/v1/care/referrals/{referral.pk}/outcome"

    first = staff.post(path, {"outcome": OUTCOME})
    second = staff.post(path, {"outcome": OUTCOME})

    assert (first.status_code, first.json()["changed"]) == (200, True)
    assert (second.status_code, second.json()["changed"]) == (200, False)
    assert len(outcome_rows(referral)) == 1


def test_api_works_on_a_closed_case_because_partners_answer_later(
    referral: Referral, care_lead: Member, api_for: Callable[[Member], Any]
) -> None:
    staff = api_for(care_lead)
    assert (
        staff.post(f"/api/v1/care/cases/{referral.case_id}/close", {"outcome": "referred"})
    ).status_code == 200

    response = staff.post(f"/api/v1/care/referrals/{referral.pk}/outcome", {"outcome": OUTCOME})

    assert (response.status_code, response.json()["outcome"]) == (200, OUTCOME)


def test_api_refuses_a_member_a_peer_supporter_and_anonymous_in_their_language(
    referral: Referral,
    member_api: Any,
    member_factory: Callable[..., Member],
    api_for: Callable[[Member], Any],
    api: Any,
) -> None:
    path = f"/api/v1/care/referrals/{referral.pk}/outcome"
    peer = member_factory(pseudonym="pair_aidant", roles=(Role.PEER_SUPPORTER,), language="en")

    as_member = member_api.post(path, {"outcome": OUTCOME})
    as_peer = api_for(peer).post(path, {"outcome": OUTCOME})
    anonymous = api.post(path, {"outcome": OUTCOME})

    assert as_member.status_code == 403
    assert as_member.json()["error"] == {
        "code": "care.forbidden",
        "message": "Cette page est réservée à l'équipe Cocon.",
        "fields": {},
    }
    assert as_peer.status_code == 403
    assert as_peer.json()["error"]["message"] == "This page is for the Cocon team."
    assert anonymous.status_code == 401
    referral.refresh_from_db()
    assert referral.outcome == ""
    assert outcome_rows(referral) == []


def test_api_refuses_a_moderator_in_their_language_and_changes_nothing(
    referral: Referral, member_factory: Callable[..., Member], api_for: Callable[[Member], Any]
) -> None:
    fr = member_factory(pseudonym="modo_fr", birth_year=1995, roles=(Role.MODERATOR,))
    en = member_factory(
        pseudonym="modo_en", birth_year=1995, roles=(Role.MODERATOR,), language="en"
    )
    partner = Partner.objects.create(name="Point écoute jeunes", country="FR")

    outcome_fr = api_for(fr).post(
        f"/api/v1/care/referrals/{referral.pk}/outcome", {"outcome": OUTCOME}
    )
    outcome_en = api_for(en).post(
        f"/api/v1/care/referrals/{referral.pk}/outcome", {"outcome": OUTCOME}
    )
    record_en = api_for(en).post(
        f"/api/v1/care/cases/{referral.case_id}/referrals",
        {"partner": partner.pk, "consent": True},
    )

    assert outcome_fr.status_code == 403
    assert outcome_fr.json()["error"] == {
        "code": "care.referral_lead_only",
        "message": "Seul·es les responsables de l'accompagnement peuvent enregistrer une "
        "orientation ou ce qui en est ressorti.",
        "fields": {},
    }
    for response in (outcome_en, record_en):
        assert response.status_code == 403
        assert response.json()["error"]["message"] == (
            "Only care leads may record a referral or what came of it."
        )
    referral.refresh_from_db()
    assert referral.outcome == ""
    assert Referral.objects.count() == 1
    assert [r.actor_id for r in refusals()] == [fr.pk, en.pk, en.pk]


def test_api_unknown_referral_is_a_404(care_lead: Member, api_for: Callable[[Member], Any]) -> None:
    staff = api_for(care_lead)
    for referral_id in ("999999", "abc", "99999999999999999999999"):
        response = staff.post(f"/api/v1/care/referrals/{referral_id}/outcome", {"outcome": "ok"})
        assert (response.status_code, response.json()["error"]["code"]) == (
            404,
            "care.referral_not_found",
        )
        assert response.json()["error"]["message"] == "Cette orientation n'existe pas."


@pytest.mark.parametrize(
    ("outcome", "code"),
    [
        ("", "care.empty"),
        ("   ", "care.empty"),
        (None, "care.empty"),
        ("x" * 2001, "care.too_long"),
        (42, "care.invalid"),
        (["reçue"], "care.invalid"),
        ({"text": "reçue"}, "care.invalid"),
        ("<script>x</script>", "care.markup"),
    ],
)
def test_api_refuses_bad_input_with_a_field_error_and_changes_nothing(
    referral: Referral,
    care_lead: Member,
    api_for: Callable[[Member], Any],
    outcome: Any,
    code: str,
) -> None:
    response = api_for(care_lead).post(
        f"/api/v1/care/referrals/{referral.pk}/outcome", {"outcome": outcome}
    )

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == code
    assert list(error["fields"]) == ["outcome"]
    referral.refresh_from_db()
    assert referral.outcome == ""
    assert outcome_rows(referral) == []


def test_api_refuses_a_body_that_is_not_json(
    referral: Referral, care_lead: Member, api_for: Callable[[Member], Any]
) -> None:
    response = api_for(care_lead).post(
        f"/api/v1/care/referrals/{referral.pk}/outcome", raw=b"outcome=yes"
    )

    assert 400 <= response.status_code < 500
    assert "error" in response.json()
    assert outcome_rows(referral) == []


# The case page.


def test_case_page_shows_a_form_next_to_each_referral(
    referral: Referral, care_lead: Member
) -> None:
    page = client_for(care_lead).get(f"/care/cases/{referral.case_id}/").content.decode()

    assert f'<li id="referral-{referral.pk}">' in page
    assert f'action="/care/referrals/{referral.pk}/outcome/"' in page
    assert (
        f'<label for="care-referral-outcome-{referral.pk}">Ce qui est ressorti de cette orientation</label>'
        in page
    )
    assert "Enregistrer le résultat" in page
    assert 'name="csrfmiddlewaretoken"' in page


def test_case_page_post_saves_and_redirects_back_with_a_message(
    referral: Referral, care_lead: Member
) -> None:
    client = client_for(care_lead)

    response = client.post(f"/care/referrals/{referral.pk}/outcome/", {"outcome": OUTCOME})

    assert response.status_code == 302
    assert response["Location"] == f"/care/cases/{referral.case_id}/#referral-{referral.pk}"
    page = client.get(response["Location"]).content.decode()
    assert "Résultat de l&#x27;orientation enregistré." in page
    assert OUTCOME.replace("'", "&#x27;") in page
    assert "Mettre à jour le résultat" in page
    again = client.post(f"/care/referrals/{referral.pk}/outcome/", {"outcome": OUTCOME})
    assert again.status_code == 302
    assert (
        "Cette orientation avait déjà ce résultat."
        in client.get(again["Location"]).content.decode()
    )
    assert len(outcome_rows(referral)) == 1


def test_case_page_post_refuses_empty_text_in_french_next_to_the_form(
    referral: Referral, care_lead: Member
) -> None:
    response = client_for(care_lead).post(
        f"/care/referrals/{referral.pk}/outcome/", {"outcome": "  "}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert f'id="care-referral-error-{referral.pk}"' in page
    assert "Écris quelque chose, s&#x27;il te plaît." in page
    assert 'aria-invalid="true"' in page
    assert outcome_rows(referral) == []


def test_case_page_post_keeps_a_too_long_text_in_the_form(
    referral: Referral, care_lead: Member
) -> None:
    text = "a" * 2001
    response = client_for(care_lead).post(
        f"/care/referrals/{referral.pk}/outcome/", {"outcome": text}
    )

    assert response.status_code == 400
    assert text in response.content.decode()


def test_case_page_post_is_refused_to_members_and_unknown_referrals(
    referral: Referral, member: Member, care_lead: Member
) -> None:
    refused = client_for(member).post(f"/care/referrals/{referral.pk}/outcome/", {"outcome": "x"})
    unknown = client_for(care_lead).post("/care/referrals/999999/outcome/", {"outcome": "x"})
    anonymous = Client().post(f"/care/referrals/{referral.pk}/outcome/", {"outcome": "x"})

    assert refused.status_code == 403
    assert unknown.status_code == 404
    assert anonymous.status_code == 302
    assert outcome_rows(referral) == []


def test_case_page_hides_the_referral_forms_from_a_moderator_and_refuses_their_posts(
    referral: Referral, moderator: Member
) -> None:
    client = client_for(moderator)
    partner = Partner.objects.create(name="Maison des ados 13", country="FR")

    page = client.get(f"/care/cases/{referral.case_id}/").content.decode()
    outcome = client.post(f"/care/referrals/{referral.pk}/outcome/", {"outcome": OUTCOME})
    record = client.post(
        f"/care/cases/{referral.case_id}/refer/", {"partner": partner.pk, "consent": "1"}
    )

    assert f'<li id="referral-{referral.pk}">' in page
    assert f'action="/care/referrals/{referral.pk}/outcome/"' not in page
    assert "/refer/" not in page
    assert "Une ou un responsable de l'accompagnement enregistre les orientations" in page
    for response in (outcome, record):
        assert response.status_code == 403
        assert (
            "Seul·es les responsables de l&#x27;accompagnement peuvent enregistrer une orientation"
            in response.content.decode()
        )
    referral.refresh_from_db()
    assert referral.outcome == ""
    assert Referral.objects.count() == 1
    assert len(refusals()) == 2


def test_case_page_post_needs_the_csrf_token(referral: Referral, care_lead: Member) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(care_lead)

    refused = client.post(f"/care/referrals/{referral.pk}/outcome/", {"outcome": OUTCOME})
    client.get(f"/care/cases/{referral.case_id}/")
    token = client.cookies["csrftoken"].value
    accepted = client.post(
        f"/care/referrals/{referral.pk}/outcome/",
        {"outcome": OUTCOME, "csrfmiddlewaretoken": token},
    )

    assert refused.status_code == 403
    assert accepted.status_code == 302
    assert len(outcome_rows(referral)) == 1
