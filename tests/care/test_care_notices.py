"""A message from the team in a care conversation is announced in the member's one notifications
list: in their language, linking to the conversation, never carrying its text, for them alone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client

from cocon.accounts.models import Member
from cocon.care.actions.messages import do_send_member_message, do_send_team_message
from cocon.care.models import CareCase, CareMessage
from cocon.community.models import Notification
from cocon.safety.team_messages import team_messages_for

SECRET = "On a bien lu ce que tu vis chez toi, est-ce que tu es en sécurité ce soir ?"
NOTICE_FR = "L'équipe Cocon t'a écrit. Tu peux lire son message dans ta conversation avec l'équipe."
NOTICE_EN = (
    "The Cocon team wrote to you. You can read their message in your conversation with the team."
)


def html(text: str) -> str:
    return text.replace("'", "&#x27;")


def client_for(someone: Member) -> Client:
    client = Client()
    client.force_login(someone)
    return client


def notices() -> list[tuple[Any, ...]]:
    return list(
        Notification.objects.order_by("id").values_list(
            "recipient_id", "kind", "code", "body", "count", "read_at"
        )
    )


def test_a_team_message_from_the_api_is_one_notice_for_the_member_only(
    case: CareCase,
    member: Member,
    moderator: Member,
    api_for: Callable[[Member], Any],
) -> None:
    response = api_for(moderator).post(f"/api/v1/care/cases/{case.pk}/messages", {"body": SECRET})

    assert response.status_code == 201
    assert notices() == [(member.pk, "care", "care.message", NOTICE_FR, 1, None)]
    assert not Notification.objects.filter(recipient=moderator).exists()


def test_the_notice_is_written_in_the_members_language(
    member_factory: Callable[..., Member],
    moderator: Member,
    case_factory: Callable[..., CareCase],
) -> None:
    english = member_factory(pseudonym="Robin", language="en")

    do_send_team_message(moderator, case_factory(english), "Hi Robin, are you safe tonight?")

    [notice] = Notification.objects.all()
    assert (notice.recipient_id, notice.body) == (english.pk, NOTICE_EN)


def test_the_notice_shows_in_the_members_list_and_api_with_the_link_and_unread_badge(
    case: CareCase,
    member: Member,
    moderator: Member,
    member_factory: Callable[..., Member],
    api_for: Callable[[Member], Any],
) -> None:
    other = member_factory(pseudonym="Sacha")
    do_send_team_message(moderator, case, SECRET)

    listed = api_for(member).get("/api/v1/notifications").json()
    page = client_for(member).get("/notifications/").content.decode()

    assert listed["unread"] == 1
    [notice] = listed["notifications"]
    assert (notice["kind"], notice["code"], notice["body"], notice["read"]) == (
        "care",
        "care.message",
        NOTICE_FR,
        False,
    )
    link = '<a href="/care/inbox/" class="care-notice">' + html(NOTICE_FR) + "</a>"
    assert link in page
    assert '<span class="badge">1 non lue</span>' in page
    # The text of the conversation stays in care; nobody else is told anything.
    for seen in (str(listed), page):
        assert html(SECRET) not in seen and SECRET not in seen
        assert moderator.pseudonym not in seen
    assert api_for(other).get("/api/v1/notifications").json() == {
        "unread": 0,
        "notifications": [],
    }
    assert api_for(moderator).get("/api/v1/notifications").json()["unread"] == 0
    # Safety's list of the team's decisions is not where a care message belongs.
    assert list(team_messages_for(member)) == []


def test_a_double_submit_from_the_case_page_leaves_one_notice_counting_both(
    case: CareCase, member: Member, moderator: Member
) -> None:
    staff = client_for(moderator)

    for _ in range(2):
        response = staff.post(f"/care/cases/{case.pk}/message/", {"body": SECRET})
        assert response.status_code == 302

    assert CareMessage.objects.filter(case=case, from_team=True).count() == 2
    assert notices() == [(member.pk, "care", "care.message", NOTICE_FR, 2, None)]
    page = client_for(member).get("/notifications/").content.decode()
    assert '<span class="care-notice-count">(2 messages)</span>' in page
    assert '<span class="badge">1 non lue</span>' in page


def test_reading_the_conversation_reads_the_notice_and_the_next_message_is_a_new_one(
    case: CareCase, member: Member, moderator: Member, api_for: Callable[[Member], Any]
) -> None:
    do_send_team_message(moderator, case, SECRET)
    assert client_for(member).get("/care/inbox/").status_code == 200
    [first] = Notification.objects.all()
    assert first.read_at is not None

    do_send_team_message(moderator, case, "Tu peux nous répondre ici quand tu veux.")
    inbox = api_for(member).get("/api/v1/care/messages").json()

    assert inbox["unread"] == 1
    assert [
        (n.pk == first.pk, n.count, n.read_at is not None)
        for n in Notification.objects.order_by("id")
    ] == [
        (True, 1, True),
        (False, 1, True),
    ]
    assert api_for(member).get("/api/v1/notifications").json()["unread"] == 0
    assert api_for(member).get("/api/v1/care/messages").json()["unread"] == 0


def test_reading_reaches_a_message_left_unread_when_its_case_closed(
    case: CareCase, member: Member, moderator: Member, api_for: Callable[[Member], Any]
) -> None:
    do_send_team_message(moderator, case, SECRET)
    assert (
        api_for(moderator).post(f"/api/v1/care/cases/{case.pk}/close", {"outcome": "safe"})
    ).status_code == 200

    assert api_for(member).get("/api/v1/care/messages").json()["unread"] == 1
    assert api_for(member).get("/api/v1/care/messages").json()["unread"] == 0
    assert Notification.objects.get().read_at is not None


def test_a_member_writing_to_the_team_notifies_nobody(member: Member, moderator: Member) -> None:
    do_send_member_message(member, "Je voudrais parler à quelqu'un.")

    assert notices() == []
