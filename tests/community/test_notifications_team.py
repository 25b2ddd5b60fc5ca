"""Messages from the Cocon team (sanctions, decisions, report outcomes) are in the one list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client

from cocon.accounts.models import Member
from cocon.community.actions.notifications import do_mark_notifications_read, do_notify_team
from cocon.community.models import Notification
from cocon.safety.actions.sanctions import do_sanction
from cocon.safety.team_messages import team_messages_for

WARNING_FR = (
    "L'équipe Cocon t'envoie un avertissement : des insultes ou du dénigrement. "
    "Relis la charte de bienveillance, s'il te plaît."
)
MUTE_EN = "The Cocon team has paused your posting for 24 hours: Insults or put-downs."


def client_for(someone: Member) -> Client:
    client = Client()
    client.force_login(someone)
    return client


def test_a_sanction_lands_in_the_notifications_in_the_members_language(
    member: Member, moderator: Member, member_factory: Callable[..., Member]
) -> None:
    english = member_factory(pseudonym="Robin", language="en")

    do_sanction(member, "warn", reason="abuse", actor=moderator)
    do_sanction(english, "mute_24h", reason="abuse", actor=moderator)

    [fr] = Notification.objects.filter(recipient=member)
    [en] = Notification.objects.filter(recipient=english)
    assert (fr.kind, fr.code, fr.body, fr.read_at) == ("team", "sanction.warn", WARNING_FR, None)
    assert (en.kind, en.code, en.body) == ("team", "sanction.mute_24h", MUTE_EN)


def test_the_notifications_page_shows_the_text_signed_by_the_team_and_counts_it_unread(
    member: Member, moderator: Member, member_factory: Callable[..., Member]
) -> None:
    english = member_factory(pseudonym="Robin", language="en")
    do_sanction(member, "warn", reason="abuse", actor=moderator)
    do_sanction(english, "mute_24h", reason="abuse", actor=moderator)

    page_fr = client_for(member).get("/notifications/").content.decode()
    page_en = client_for(english).get("/notifications/").content.decode()

    assert "<strong>L’équipe Cocon :</strong>" in page_fr
    assert WARNING_FR.replace("'", "&#x27;") in page_fr
    assert '<span class="badge">1 non lue</span>' in page_fr
    assert "<strong>The Cocon team:</strong>" in page_en
    assert MUTE_EN in page_en
    assert '<span class="badge">1 unread</span>' in page_en
    assert moderator.pseudonym not in page_fr + page_en


def test_the_notifications_api_carries_the_team_message_and_marks_it_read(
    member: Member, moderator: Member, api_for: Callable[[Member], Any]
) -> None:
    do_sanction(member, "warn", reason="abuse", actor=moderator)
    api = api_for(member)

    listed = api.get("/api/v1/notifications").json()
    [note] = listed["notifications"]
    marked = api.post("/api/v1/notifications/read", {}).json()

    assert listed["unread"] == 1
    assert (note["kind"], note["code"], note["body"], note["read"]) == (
        "team",
        "sanction.warn",
        WARNING_FR,
        False,
    )
    assert marked == {"marked": 1}
    assert api.get("/api/v1/notifications").json()["unread"] == 0
    [message] = api.get("/api/v1/safety/messages").json()["messages"]
    assert (message["id"], message["from"], message["read"]) == (note["id"], "Cocon", True)


def test_replies_and_support_keep_an_empty_code_and_body(member: Member, moderator: Member) -> None:
    Notification.objects.create(recipient=member, kind="support")
    do_notify_team(member, code="content.approved", body="Ton message est visible.")

    assert [(m.code, m.body) for m in team_messages_for(member)] == [
        ("content.approved", "Ton message est visible.")
    ]
    assert Notification.objects.get(kind="support").as_dict()["body"] == ""
    assert do_mark_notifications_read(member) == 2


def test_the_old_messages_page_sends_the_member_to_the_notifications(member: Member) -> None:
    response = client_for(member).get("/safety/messages/")

    assert (response.status_code, response["Location"]) == (302, "/notifications/")


def test_marking_read_refuses_ids_no_notification_can_have(
    member: Member, moderator: Member, api_for: Callable[[Member], Any]
) -> None:
    do_sanction(member, "warn", reason="abuse", actor=moderator)
    api = api_for(member)

    for ids in ([10**20], [0], [-3]):
        response = api.post("/api/v1/notifications/read", {"ids": ids})
        assert (response.status_code, response.json()["error"]["code"]) == (422, "invalid")
        assert list(response.json()["error"]["fields"]) == ["ids.0"]
    assert api.get("/api/v1/notifications").json()["unread"] == 1
