from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from cocon.community.models import Comment, Post, Reaction

HX = {"HX-Request": "true"}


@pytest.fixture
def member_client(member: Any) -> Client:
    client = Client()
    client.force_login(member)
    return client


def _walk_to_step_five(client: Client, **headers: str) -> None:
    for step, data in (
        (1, {"mood": "2"}),
        (2, {"emotions": ["stress", "joy"]}),
        (3, {"theme": "school"}),
        (4, {"need": "advice"}),
    ):
        response = client.post(f"/checkin/{step}/", {**data, "go": "next"}, headers=headers)
        assert response.status_code == (200 if headers else 302)


def test_checkin_without_javascript_is_a_page_per_step_and_shares_the_post(
    member_client: Client,
) -> None:
    _walk_to_step_five(member_client)
    page = member_client.get("/checkin/5/")
    assert "Étape 5 sur 5" in page.content.decode()
    response = member_client.post(
        "/checkin/5/", {"body": "Salut 👋", "visibility": "community", "go": "share"}
    )
    post = Post.objects.get()
    assert (response.status_code, response["Location"]) == (302, f"/posts/{post.pk}/")
    assert (post.mood, post.emotions, post.theme.slug, post.need) == (
        2,
        ["joy", "stress"],
        "school",
        "advice",
    )
    assert "Salut 👋" in member_client.get("/feed/").content.decode()


def test_checkin_with_htmx_swaps_each_step_and_redirects_at_the_end(member_client: Client) -> None:
    response = member_client.post("/checkin/1/", {"mood": "4", "go": "next"}, headers=HX)
    html = response.content.decode()
    assert response["HX-Push-Url"] == "/checkin/2/"
    assert html.startswith('<section id="checkin"') and "<html" not in html
    _walk_to_step_five(member_client, **HX)
    response = member_client.post(
        "/checkin/5/", {"body": "Coucou 🌈", "visibility": "journal", "go": "share"}, headers=HX
    )
    assert (response.status_code, response["HX-Redirect"]) == (204, "/journal/")


def test_back_keeps_the_answers(member_client: Client) -> None:
    _walk_to_step_five(member_client)
    member_client.post("/checkin/5/", {"body": "pas fini", "visibility": "journal", "go": "back"})
    page = member_client.get("/checkin/4/").content.decode()
    assert 'value="advice" checked' in page
    assert "pas fini" in member_client.get("/checkin/5/").content.decode()


def test_a_refused_message_comes_back_with_its_text_and_a_french_explanation(
    member_client: Client,
) -> None:
    _walk_to_step_five(member_client)
    typed = "regarde <img src=x> 😀"
    response = member_client.post(
        "/checkin/5/", {"body": typed, "visibility": "community", "go": "share"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "enlève les balises HTML" in html
    assert "regarde &lt;img src=x&gt; 😀" in html
    assert Post.objects.count() == 0


def test_a_step_without_an_answer_stays_with_a_message(member_client: Client) -> None:
    response = member_client.post("/checkin/1/", {"go": "next"}, headers=HX)
    assert response.status_code == 400
    assert "Choisis le visage" in response.content.decode()


def test_skipping_steps_sends_back_to_the_first_missing_one(member_client: Client) -> None:
    response = member_client.get("/checkin/4/")
    assert (response.status_code, response["Location"]) == (302, "/checkin/1/")


def test_reply_react_and_notifications_pages(
    member_client: Client, post: Any, other_member: Any
) -> None:
    response = member_client.post(f"/posts/{post.pk}/", {"body": "Je t'envoie du courage"})
    assert response.status_code == 302
    response = member_client.post(f"/posts/{post.pk}/react/", {"kind": "hug"}, headers=HX)
    assert response.status_code == 200
    assert 'aria-pressed="true"' in response.content.decode()
    assert (Comment.objects.count(), Reaction.objects.count()) == (1, 1)
    author = Client()
    author.force_login(other_member)
    page = author.get("/notifications/").content.decode()
    assert "Quelqu’un a répondu à ton message." in page
    assert "1 personne t’a envoyé du soutien." in page
    assert "1 personne t’a envoyé du soutien" in author.get(f"/posts/{post.pk}/").content.decode()


def test_a_refused_reply_keeps_the_typed_text(member_client: Client, post: Any) -> None:
    response = member_client.post(
        f"/posts/{post.pk}/", {"body": "va voir https://example.com"}, headers=HX
    )
    assert response.status_code == 400
    assert "va voir https://example.com" in response.content.decode()
    assert Comment.objects.count() == 0


def test_feed_pages_render_with_and_without_htmx(
    member_client: Client, member_factory: Callable[..., Any], post_factory: Callable[..., Any]
) -> None:
    for _ in range(22):
        post_factory(member_factory())
    page = member_client.get("/feed/")
    assert page.status_code == 200
    cursor = page.context["page"].next_cursor
    more = member_client.get(f"/feed/?cursor={cursor}", headers=HX)
    assert more.status_code == 200 and "<html" not in more.content.decode()
    assert member_client.get("/feed/?cursor=abc").status_code == 400
    assert member_client.get("/feed/?theme=school").status_code == 200


def test_journal_page_has_svg_charts_and_a_table(
    member_client: Client, member: Any, post_factory: Callable[..., Any]
) -> None:
    post_factory(member, visibility="journal", mood=4)
    html = member_client.get("/journal/?days=7").content.decode()
    assert '<svg class="chart"' in html and 'role="img"' in html
    assert "<table" in html and "Humeur moyenne (1 à 5)" in html


def test_pages_need_a_signed_in_member(client: Client) -> None:
    response = client.get("/feed/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
