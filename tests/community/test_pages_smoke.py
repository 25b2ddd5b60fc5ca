from __future__ import annotations

from typing import Any

from django.test import Client

from cocon.community.models import Post


def test_checkin_pages_walk_through_five_steps_without_javascript(member: Any) -> None:
    client = Client()
    client.force_login(member)
    assert client.post("/checkin/1/", {"mood": "2", "go": "next"}).status_code == 302
    assert (
        client.post("/checkin/2/", {"emotions": ["stress", "joy"], "go": "next"}).status_code == 302
    )
    assert client.post("/checkin/3/", {"theme": "school", "go": "next"}).status_code == 302
    assert client.post("/checkin/4/", {"need": "advice", "go": "next"}).status_code == 302
    page = client.get("/checkin/5/")
    assert page.status_code == 200
    response = client.post(
        "/checkin/5/", {"body": "Salut 👋", "visibility": "community", "go": "share"}
    )
    assert response.status_code == 302, response.content.decode()
    post = Post.objects.get()
    assert response["Location"] == f"/posts/{post.pk}/"
    for url in (
        "/feed/",
        "/feed/support/",
        "/feed/mine/",
        "/journal/",
        "/notifications/",
        f"/posts/{post.pk}/",
        "/checkin/1/",
    ):
        r = client.get(url)
        assert r.status_code == 200, (url, r.content.decode()[:3000])
