"""Console pages: staff only, blurred content, exposure counted, decisions from the page."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from cocon.accounts.models import Member
from cocon.safety.actions.queue import do_enqueue
from cocon.safety.models import AuditEntry, Exposure, QueueItem, WatchedRule
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db
PAGES = ["/console/", "/console/rules/", "/console/audit/", "/console/stats/"]


def _client(someone: Member) -> Client:
    client = Client()
    assert client.login(username=someone.pseudonym, password=PASSWORD)
    return client


@pytest.fixture
def item(member: Member) -> QueueItem:
    queued, _ = do_enqueue(
        "held", severity=80, target_type="community.post", target_id=5, member=member,
        payload={"text": "je vais te retrouver", "verdict": {"spans": [{"start": 0, "end": 20, "category": "threat"}]}},
        engine_action="block", engine_categories=["threat"],
    )  # fmt: skip
    return queued


@pytest.mark.parametrize("path", PAGES)
def test_members_get_403_on_console_pages(member: Member, path: str) -> None:
    assert _client(member).get(path).status_code == 403


@pytest.mark.parametrize("path", PAGES)
def test_moderators_see_console_pages_in_french(moderator: Member, path: str) -> None:
    response = _client(moderator).get(path)

    assert response.status_code == 200
    assert 'href="/static/console/console.css"' in response.content.decode()


def test_anonymous_visitors_are_sent_to_login() -> None:
    response = Client().get("/console/")

    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_member_cannot_view_an_item_page(member: Member, item: QueueItem) -> None:
    assert _client(member).get(f"/console/items/{item.pk}/").status_code == 403
    assert not AuditEntry.objects.filter(action="view.queue_item").exists()


def test_item_page_blurs_threats_until_revealed(moderator: Member, item: QueueItem) -> None:
    client = _client(moderator)
    page = client.get(f"/console/items/{item.pk}/").content.decode()

    assert 'class="content-text blurred"' in page
    assert "Ce contenu peut être pénible. Afficher le texte" in page
    response = client.post(
        f"/console/items/{item.pk}/reveal/", headers={"accept": "application/json"}
    )
    assert response.json() == {"ok": True}
    assert Exposure.objects.filter(moderator=moderator, kind="reveal").count() == 1
    assert list(AuditEntry.objects.filter(actor_id=moderator.pk).values_list("action", flat=True)) == [
        "view.queue_item", "queue.reveal"
    ]  # fmt: skip


def test_moderator_works_an_item_from_the_pages(
    moderator: Member, member: Member, item: QueueItem
) -> None:
    client = _client(moderator)
    assert client.post("/console/next/").headers["Location"] == f"/console/items/{item.pk}/"

    response = client.post(
        f"/console/items/{item.pk}/decide/", {"decision": "mute_24h", "reason": "threat"}
    )

    assert response.status_code == 200
    assert "Décision enregistrée" in response.content.decode()
    item.refresh_from_db()
    assert (item.decision, item.engine_outcome) == ("mute_24h", "confirmed")


def test_decision_form_errors_are_shown_in_french(moderator: Member, item: QueueItem) -> None:
    client = _client(moderator)
    client.post(f"/console/items/{item.pk}/claim/")

    response = client.post(f"/console/items/{item.pk}/decide/", {"decision": "remove"})

    assert response.status_code == 400
    assert "Choisis la raison qui sera expliquée au membre." in response.content.decode()


def test_rules_page_tests_then_saves_a_rule(moderator: Member) -> None:
    client = _client(moderator)
    form = {"kind": "word", "pattern": "topinambour", "category": "abuse", "action": "hold"}

    tested = client.post("/console/rules/", {**form, "test": "1"})
    assert "0 messages sur 0 auraient été concernés." in tested.content.decode()
    assert not WatchedRule.objects.exists()

    saved = client.post("/console/rules/", form)
    assert saved.status_code == 302
    assert WatchedRule.objects.get().created_by == moderator


def test_rules_page_refuses_an_unsafe_regex(moderator: Member) -> None:
    response = _client(moderator).post(
        "/console/rules/",
        {"kind": "regex", "pattern": "(a+)+", "category": "abuse", "action": "hold"},
    )

    assert response.status_code == 400
    assert "Ce motif pourrait être très lent" in response.content.decode()


def test_moderator_adds_a_note_about_a_member(moderator: Member, member: Member) -> None:
    from cocon.safety.models import MemberNote

    client = _client(moderator)
    response = client.post(
        f"/console/members/{member.pk}/", {"note_text": "Contactée par la care lead, va mieux."}
    )

    assert response.status_code == 302
    assert MemberNote.objects.get().author == moderator
    assert (
        "Contactée par la care lead"
        in client.get(f"/console/members/{member.pk}/").content.decode()
    )
    assert AuditEntry.objects.filter(action="member.note", actor_id=moderator.pk).count() == 1


def test_empty_note_is_refused(moderator: Member, member: Member) -> None:
    response = _client(moderator).post(f"/console/members/{member.pk}/", {"note_text": "   "})

    assert response.status_code == 400


def test_member_page_is_403_for_members(member: Member, member_factory: Any) -> None:
    assert _client(member).get(f"/console/members/{member.pk}/").status_code == 403


def test_queue_partial_is_the_live_list_only_and_staff_only(
    moderator: Member, member: Member, item: QueueItem
) -> None:
    body = _client(moderator).get("/console/?partial=1").content.decode()
    assert '<table class="console-table">' in body
    assert f'href="/console/items/{item.pk}/"' in body
    assert "<html" not in body and "Prendre l" not in body  # no layout, no claim button
    full = _client(moderator).get("/console/").content.decode()
    assert 'id="queue-live" data-refresh-seconds="10"' in full
    assert _client(member).get("/console/?partial=1").status_code == 403
    assert Client().get("/console/?partial=1").status_code in (302, 403)


def test_queue_partial_keeps_the_kind_filter(moderator: Member, item: QueueItem) -> None:
    body = _client(moderator).get("/console/?partial=1&kind=report").content.decode()
    assert f'href="/console/items/{item.pk}/"' not in body
    body = _client(moderator).get("/console/?partial=1&kind=held").content.decode()
    assert f'href="/console/items/{item.pk}/"' in body
