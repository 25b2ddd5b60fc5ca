"""The issue's scenario, end to end through the API, the help offer, the WebSocket and the console.

A member writes "ce soir j'en finis, j'ai tout préparé": the post is not public, the member
is offered their country's suicide line and contact with the team, the console is alerted, a
care lead acknowledges, writes to the member, records an escalation and closes the case, and
every step is in the audit log.
"""

from __future__ import annotations

from typing import Any

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.template import Context, Template
from django.test import Client, RequestFactory

from cocon.care.models import CareCase
from cocon.community.models import Post
from cocon.config.asgi import application
from cocon.safety.models import AuditEntry

# Transactional: the WebSocket stack closes "old" connections, which on PostgreSQL would close
# the test transaction. Transactional tests start from an emptied database, so the data that
# migrations seed (themes, help directory) is put back by the fixture below.
pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _seeded_data(transactional_db: Any) -> None:
    from cocon.community.models import Theme
    from cocon.community.themes import ensure_themes
    from cocon.resources.seed import ensure_directory_seeded

    ensure_themes(Theme)
    ensure_directory_seeded()


RISKY = "ce soir j'en finis, j'ai tout préparé"
CHECKIN = {
    "mood": 1,
    "emotions": ["sadness"],
    "theme": "school",
    "need": "vent",
    "visibility": "community",
}


def session_headers(someone: Any) -> list[tuple[bytes, bytes]]:
    client = Client()
    client.force_login(someone)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    return [
        (b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()),
        (b"origin", b"http://testserver"),
    ]


def render_help_offer(member: Any, screening: dict[str, Any]) -> str:
    request = RequestFactory().get("/")
    request.user = member
    return Template("{% load care %}{% care_help_offer screening %}").render(
        Context({"request": request, "screening": screening, "csrf_token": "x"})
    )


async def watch_console(care_lead: Any, act: Any) -> dict[str, Any]:
    communicator = WebsocketCommunicator(
        application, "/ws/care/alerts/", headers=await sync_to_async(session_headers)(care_lead)
    )
    connected, _ = await communicator.connect()
    assert connected
    assert await communicator.receive_json_from() == {"type": "hello"}
    await sync_to_async(act)()
    alert: dict[str, Any] = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    return alert


@pytest.mark.parametrize(
    ("country", "province", "line"),
    [("FR", "", "3114"), ("BE", "", "0800 32 123"), ("CA", "QC", "1 866 APPELLE")],
)
def test_a_member_at_risk_gets_help_and_a_human_and_every_step_is_audited(
    country, province, line, member_factory, care_lead, api_for, django_capture_on_commit_callbacks
):
    author = member_factory(pseudonym="Nour", country=country, province=province)
    author_api, lead_api = api_for(author), api_for(care_lead)
    lead_api.post("/api/v1/care/duty", {"on": True})
    responses: list[Any] = []

    def post_it() -> None:
        with django_capture_on_commit_callbacks(execute=True):
            responses.append(author_api.post("/api/v1/checkins", {**CHECKIN, "body": RISKY}))

    alert = async_to_sync(watch_console)(care_lead, post_it)

    # The post is not public.
    assert responses[0].status_code == 202
    post = Post.objects.get(author=author)
    assert post.status == "held"
    # The member sees their country's suicide line and the offer of contact.
    page = render_help_offer(author, post.screening)
    assert line in page
    assert 'value="need_help"' in page
    assert 'value="safe"' in page
    # The console got the alert.
    case = CareCase.objects.get(member=author)
    assert (
        alert["event"],
        alert["case"]["id"],
        alert["case"]["priority"],
        alert["case"]["country"],
    ) == ("opened", case.pk, "imminent", country)
    assert list(case.signals.values_list("content_type", "content_id")) == [
        ("community.post", str(post.pk))
    ]
    # The care lead acknowledges, writes, escalates and closes.
    assert lead_api.post(f"/api/v1/care/cases/{case.pk}/acknowledge").status_code == 200
    assert (
        lead_api.post(
            f"/api/v1/care/cases/{case.pk}/messages",
            {
                "body": "Bonjour Nour, c'est l'équipe de Cocon. Est-ce que tu es en sécurité là, maintenant ?"
            },
        ).status_code
        == 201
    )
    assert (
        lead_api.post(
            f"/api/v1/care/cases/{case.pk}/escalations",
            {"service": "112", "reference": "R-42", "outcome": "équipe envoyée"},
        ).status_code
        == 201
    )
    assert (
        lead_api.post(f"/api/v1/care/cases/{case.pk}/close", {"outcome": "emergency"}).status_code
        == 200
    )
    messages = author_api.get("/api/v1/care/messages").json()["messages"]
    assert [m["sender"] for m in messages] == ["Cocon"]
    # Every step is in the audit log, in order.
    steps = list(
        AuditEntry.objects.filter(target_type="care.carecase", target_id=str(case.pk)).values_list(
            "action", flat=True
        )
    )
    assert steps == [
        "care.case_opened",
        "care.case_acknowledged",
        "care.case_in_contact",
        "care.case_escalated",
        "care.case_closed",
    ]
    assert AuditEntry.objects.filter(action="care.message_sent", actor_id=care_lead.pk).count() == 1
    assert (
        AuditEntry.objects.filter(action="care.escalation_recorded", actor_id=care_lead.pk).count()
        == 1
    )


def test_a_laughing_idiom_opens_nothing(member, api_for, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_for(member).post(
            "/api/v1/checkins",
            {**CHECKIN, "mood": 5, "emotions": ["joy"], "body": "mdr je suis morte de rire"},
        )
    assert response.status_code == 201
    assert CareCase.objects.count() == 0
    post = Post.objects.get(author=member)
    assert render_help_offer(member, post.screening).strip() == ""
