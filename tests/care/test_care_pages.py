"""The console and member pages: who sees what, in French, and every contact view audited."""

from __future__ import annotations

from django.test import Client

from cocon.care.actions.contacts import do_set_contact
from cocon.care.models import CareMessage
from cocon.safety.models import AuditEntry


def client_for(someone) -> Client:
    client = Client()
    client.force_login(someone)
    return client


def test_members_get_a_403_page_on_the_console(case, member):
    response = client_for(member).get("/care/")
    assert response.status_code == 403
    assert "Cette page est réservée à l&#x27;équipe Cocon." in response.content.decode()
    assert client_for(member).get(f"/care/cases/{case.pk}/").status_code == 403


def test_anonymous_is_sent_to_login(case):
    response = Client().get("/care/")
    assert response.status_code == 302


def test_moderator_sees_open_cases_and_the_live_alert_script(case, moderator):
    page = client_for(moderator).get("/care/").content.decode()
    assert f'href="/care/cases/{case.pk}/"' in page
    assert "care/alerts.js" in page
    assert "Tu es de permanence." in page


def test_first_contact_template_offers_the_members_suicide_line(case, moderator):
    page = (
        client_for(moderator).get(f"/care/cases/{case.pk}/?template=first_contact").content.decode()
    )
    assert "3114" in page
    assert "Est-ce que tu es en sécurité" in page


def test_moderator_writes_from_the_page_and_the_member_reads_it_in_the_inbox(
    case, moderator, member
):
    response = client_for(moderator).post(
        f"/care/cases/{case.pk}/message/", {"body": "Bonjour, on est là."}
    )
    assert response.status_code == 302
    inbox = client_for(member).get("/care/inbox/").content.decode()
    assert "Bonjour, on est là." in inbox
    assert "modo_sam" not in inbox
    assert CareMessage.objects.get().read_at is not None


def test_empty_message_from_the_page_is_refused_in_french(case, moderator):
    response = client_for(moderator).post(f"/care/cases/{case.pk}/message/", {"body": "  "})
    assert response.status_code == 400
    assert "Écris quelque chose, s&#x27;il te plaît." in response.content.decode()


def test_contact_details_are_shown_to_care_leads_only_and_each_view_is_audited(
    case, member, moderator, care_lead
):
    do_set_contact(member, phone="0612345678", other="")
    assert (
        "0612345678"
        not in client_for(moderator).get(f"/care/cases/{case.pk}/?contact=1").content.decode()
    )
    lead = client_for(care_lead)
    assert "0612345678" not in lead.get(f"/care/cases/{case.pk}/").content.decode()
    assert "0612345678" in lead.get(f"/care/cases/{case.pk}/?contact=1").content.decode()
    assert list(
        AuditEntry.objects.filter(action="care.contact_viewed").values_list("actor_id", flat=True)
    ) == [care_lead.pk]


def test_moderator_cannot_escalate_from_the_page(case, moderator):
    response = client_for(moderator).post(f"/care/cases/{case.pk}/escalate/", {"service": "15"})
    assert response.status_code == 403


def test_metrics_page_renders_for_staff(case, moderator):
    response = client_for(moderator).get("/care/metrics/")
    assert response.status_code == 200
    assert "Indicateurs de l'accompagnement" in response.content.decode()
