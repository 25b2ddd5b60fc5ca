"""The console and member API: permissions, the state machine, audit rows, bad input."""

from __future__ import annotations

from cocon.care.actions.contacts import do_set_contact
from cocon.care.models import CareCase, CareContact, CareMessage, Escalation, Referral
from cocon.resources.models import Partner
from cocon.safety.models import AuditEntry


def care_actions() -> list[str]:
    return list(
        AuditEntry.objects.filter(action__startswith="care.").values_list("action", flat=True)
    )


def test_members_cannot_see_or_touch_cases(case, member_api):
    assert member_api.get("/api/v1/care/cases").status_code == 403
    response = member_api.post(f"/api/v1/care/cases/{case.pk}/acknowledge")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "care.forbidden"
    assert member_api.get(f"/api/v1/care/cases/{case.pk}/contact").status_code == 403


def test_anonymous_is_refused(case, api):
    assert api.get("/api/v1/care/cases").status_code == 401


def test_moderator_acknowledges_and_writes_and_the_member_sees_cocon(
    case, moderator, member, api_for, member_api
):
    staff = api_for(moderator)
    response = staff.post(f"/api/v1/care/cases/{case.pk}/acknowledge")
    assert (response.status_code, response.json()["state"], response.json()["changed"]) == (
        200,
        "acknowledged",
        True,
    )
    assert staff.post(f"/api/v1/care/cases/{case.pk}/acknowledge").json()["changed"] is False
    response = staff.post(
        f"/api/v1/care/cases/{case.pk}/messages",
        {"body": "Bonjour, est-ce que tu es en sécurité ?"},
    )
    assert response.status_code == 201
    case.refresh_from_db()
    assert (case.state, case.first_contact_at is not None) == ("in_contact", True)
    inbox = member_api.get("/api/v1/care/messages").json()
    assert inbox["unread"] == 1
    assert [(m["sender"], m["body"]) for m in inbox["messages"]] == [
        ("Cocon", "Bonjour, est-ce que tu es en sécurité ?")
    ]
    assert "modo_sam" not in str(inbox)
    assert member_api.get("/api/v1/care/messages").json()["unread"] == 0
    assert (
        member_api.post("/api/v1/care/messages", {"body": "oui ça va un peu mieux"}).status_code
        == 201
    )
    assert CareMessage.objects.filter(case=case, from_team=False).count() == 1
    assert care_actions()[-4:] == [
        "care.case_acknowledged",
        "care.case_in_contact",
        "care.message_sent",
        "care.member_message",
    ]


def test_only_care_leads_escalate_and_see_contact_details(
    case, moderator, care_lead, member, api_for
):
    do_set_contact(member, phone="06 12 34 56 78", other="")
    assert b"06 12" not in bytes(CareContact.objects.get(member=member).encrypted)
    moderator_api, lead_api = api_for(moderator), api_for(care_lead)
    response = moderator_api.post(
        f"/api/v1/care/cases/{case.pk}/escalations", {"service": "SAMU 15"}
    )
    assert (response.status_code, response.json()["error"]["code"]) == (
        403,
        "care.escalation_lead_only",
    )
    assert moderator_api.get(f"/api/v1/care/cases/{case.pk}/contact").status_code == 403
    before = AuditEntry.objects.filter(action="care.contact_viewed").count()
    response = lead_api.get(f"/api/v1/care/cases/{case.pk}/contact")
    assert response.json() == {"contact": {"phone": "06 12 34 56 78", "other": ""}}
    lead_api.get(f"/api/v1/care/cases/{case.pk}/contact")
    assert AuditEntry.objects.filter(action="care.contact_viewed").count() == before + 2
    response = lead_api.post(
        f"/api/v1/care/cases/{case.pk}/escalations", {"service": "SAMU 15", "reference": "A-123"}
    )
    assert response.status_code == 201
    case.refresh_from_db()
    assert case.state == "escalated"
    assert list(Escalation.objects.values_list("service", "reference", "by_id")) == [
        ("SAMU 15", "A-123", care_lead.pk)
    ]
    assert "care.escalation_recorded" in care_actions()


def test_referral_records_partner_and_consent(case, care_lead, api_for):
    partner = Partner.objects.create(name="Maison des ados 75", country="FR")
    response = api_for(care_lead).post(
        f"/api/v1/care/cases/{case.pk}/referrals",
        {"partner": partner.pk, "consent": True, "consent_note": "oral"},
    )
    assert response.status_code == 201
    assert list(Referral.objects.values_list("partner_id", "consent", "consent_note")) == [
        (partner.pk, True, "oral")
    ]
    case.refresh_from_db()
    assert case.state == "referred"


def test_close_needs_a_known_outcome_and_sets_a_follow_up_for_high_risk(case, moderator, api_for):
    staff = api_for(moderator)
    response = staff.post(f"/api/v1/care/cases/{case.pk}/close", {"outcome": "whatever"})
    assert (response.status_code, response.json()["error"]["code"]) == (400, "care.invalid_choice")
    response = staff.post(
        f"/api/v1/care/cases/{case.pk}/close", {"outcome": "safe", "note": "rappel demain"}
    )
    assert (response.status_code, response.json()["state"], response.json()["outcome"]) == (
        200,
        "closed",
        "safe",
    )
    case.refresh_from_db()
    assert case.follow_up_at is not None
    response = staff.post(f"/api/v1/care/cases/{case.pk}/close", {"outcome": "safe"})
    assert (response.status_code, response.json()["error"]["code"]) == (409, "care.case_closed")


def test_state_machine_refuses_follow_up_before_acknowledgement(case, moderator, api_for):
    response = api_for(moderator).post(
        f"/api/v1/care/cases/{case.pk}/state", {"state": "follow_up"}
    )
    assert (response.status_code, response.json()["error"]["code"]) == (409, "care.bad_transition")


def test_bad_input_gets_a_clear_error_and_changes_nothing(case, moderator, api_for, member_api):
    staff = api_for(moderator)
    for body, code in [
        ("", "care.empty"),
        ("x" * 2001, "care.too_long"),
        ("<b>hi</b>", "care.markup"),
        (12, "care.invalid"),
        ("a\x00b", "invalid_characters"),  # refused for the whole API by its middleware
    ]:
        response = staff.post(f"/api/v1/care/cases/{case.pk}/messages", {"body": body})
        assert (response.status_code, response.json()["error"]["code"]) == (400, code)
    assert staff.get("/api/v1/care/cases/999999").status_code == 404
    assert staff.get("/api/v1/care/cases/abc").status_code == 404
    response = member_api.post("/api/v1/care/messages", raw=b"\xff\xfe", headers={})
    assert 400 <= response.status_code < 500
    response = member_api.request("PUT", "/api/v1/care/contact", {"phone": "call me maybe"})
    assert (response.status_code, response.json()["error"]["code"]) == (400, "care.invalid_phone")
    assert CareMessage.objects.count() == 0


def test_french_error_messages_for_a_french_member(member_api):
    response = member_api.post("/api/v1/care/messages", {"body": "   "})
    assert response.json()["error"]["message"] == "Écris quelque chose, s'il te plaît."


def test_need_help_now_raises_the_case_to_high(member, on_duty_moderator, case_factory, member_api):
    case = case_factory(member, risk="moderate")
    response = member_api.post("/api/v1/care/answer", {"answer": "need_help"})
    assert response.json() == {"answer": "need_help", "case_open": True}
    case.refresh_from_db()
    assert case.priority == "high"
    assert member_api.post("/api/v1/care/answer", {"answer": "maybe"}).status_code == 400
    assert CareCase.objects.filter(member=member).count() == 1


def test_moderator_opens_a_case_by_hand(member, moderator, api_for):
    response = api_for(moderator).post(
        "/api/v1/care/cases",
        {"member": member.pk, "priority": "moderate", "note": "signalé par une amie"},
    )
    assert response.status_code == 201
    assert CareCase.objects.get(member=member).source == "moderator"
    assert (
        api_for(moderator)
        .post("/api/v1/care/cases", {"member": 0, "priority": "moderate"})
        .status_code
        == 404
    )
