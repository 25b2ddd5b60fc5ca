from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cocon.community.models import Comment, Notification, Post, Reaction


def test_checkin_api_shares_a_post_seen_in_the_feed(
    member_api: Any, checkin_payload: dict[str, Any]
) -> None:
    response = member_api.post("/api/v1/checkins", checkin_payload)
    assert response.status_code == 201
    data = response.json()
    assert (data["status"], data["author"], data["support_count"]) == ("visible", "Camille", 0)
    assert [p["id"] for p in member_api.get("/api/v1/feed").json()["posts"]] == [data["id"]]


def test_checkin_api_refuses_html_with_a_code_and_stores_nothing(
    member_api: Any, checkin_payload: dict[str, Any]
) -> None:
    response = member_api.post(
        "/api/v1/checkins", {**checkin_payload, "body": "<script>alert(1)</script>"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "text_html"
    assert Post.objects.count() == 0


def test_checkin_api_reports_every_wrong_field(member_api: Any) -> None:
    response = member_api.post("/api/v1/checkins", {"mood": "bad", "emotions": 3, "body": ["x"]})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert sorted(error["fields"]) == ["body", "emotions", "mood", "need", "theme", "visibility"]


def test_checkin_api_refuses_a_non_json_body(member_api: Any) -> None:
    response = member_api.post("/api/v1/checkins", raw=b"\xff\xfe\x00binary")
    assert 400 <= response.status_code < 500
    assert Post.objects.count() == 0


def test_checkin_api_refuses_blocked_text_with_422(
    member_api: Any, checkin_payload: dict[str, Any], watched_word: Callable[[str, str], None]
) -> None:
    watched_word("patatedouce", "block")
    response = member_api.post("/api/v1/checkins", {**checkin_payload, "body": "voilà patatedouce"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "refused"
    assert Post.objects.get().status == "blocked"
    assert member_api.get("/api/v1/feed?kind=mine").json()["posts"] == []


def test_checkin_api_holds_with_202(
    member_api: Any, checkin_payload: dict[str, Any], watched_word: Callable[[str, str], None]
) -> None:
    watched_word("patatedouce", "hold")
    response = member_api.post("/api/v1/checkins", {**checkin_payload, "body": "voilà patatedouce"})
    assert response.status_code == 202
    assert response.json()["status"] == "held"
    assert "modérateur" in response.json()["screening"]["message"]


def test_checkin_api_needs_authentication(api: Any, checkin_payload: dict[str, Any]) -> None:
    response = api.post("/api/v1/checkins", checkin_payload)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_awaiting_parent_member_cannot_post_comment_or_react(
    api_for: Callable[[Any], Any],
    awaiting_parent_member: Any,
    post: Any,
    checkin_payload: dict[str, Any],
) -> None:
    client = api_for(awaiting_parent_member)
    assert (
        client.post("/api/v1/checkins", checkin_payload).json()["error"]["code"]
        == "awaiting_parent"
    )
    assert client.post(f"/api/v1/posts/{post.pk}/comments", {"body": "coucou"}).status_code == 403
    assert client.post(f"/api/v1/posts/{post.pk}/reactions", {"kind": "heart"}).status_code == 403
    assert (Comment.objects.count(), Reaction.objects.count()) == (0, 0)


def test_reply_and_support_notify_the_author_who_alone_sees_the_count(
    member_api: Any, api_for: Callable[[Any], Any], other_member: Any, post: Any
) -> None:
    assert (
        member_api.post(
            f"/api/v1/posts/{post.pk}/comments", {"body": "Tu vas y arriver 💪"}
        ).status_code
        == 201
    )
    assert member_api.post(f"/api/v1/posts/{post.pk}/reactions", {"kind": "heart"}).json() == {
        "kind": "heart",
        "on": True,
    }
    assert member_api.post(f"/api/v1/posts/{post.pk}/reactions", {"kind": "hug"}).json() == {
        "kind": "hug",
        "on": True,
    }
    assert member_api.post(f"/api/v1/posts/{post.pk}/reactions", {"kind": "hug"}).json() == {
        "kind": "hug",
        "on": False,
    }
    assert "support_count" not in member_api.get(f"/api/v1/posts/{post.pk}").json()
    author = api_for(other_member)
    seen = author.get(f"/api/v1/posts/{post.pk}").json()
    assert seen["support_count"] == 1
    assert [c["body"] for c in seen["comments"]] == ["Tu vas y arriver 💪"]
    notes = author.get("/api/v1/notifications").json()
    assert notes["unread"] == 2
    assert sorted(n["kind"] for n in notes["notifications"]) == ["reply", "support"]
    assert author.post("/api/v1/notifications/read", {}).json() == {"marked": 2}
    assert Notification.objects.filter(read_at__isnull=True).count() == 0


def test_blocked_member_cannot_reply_and_no_longer_sees_the_post(
    member_api: Any, api_for: Callable[[Any], Any], other_member: Any, post: Any
) -> None:
    assert api_for(other_member).request("PUT", "/api/v1/members/Camille/block").json() == {
        "blocked": True,
        "changed": True,
    }
    response = member_api.post(f"/api/v1/posts/{post.pk}/comments", {"body": "coucou"})
    assert response.status_code == 404
    assert member_api.get("/api/v1/feed").json()["posts"] == []
    assert Comment.objects.count() == 0


def test_anonymous_posts_show_anonymous_to_members_and_the_author_to_staff(
    member_api: Any,
    api_for: Callable[[Any], Any],
    moderator: Any,
    other_member: Any,
    post_factory: Callable[..., Any],
) -> None:
    post = post_factory(other_member, visibility="anonymous")
    assert member_api.get(f"/api/v1/posts/{post.pk}").json()["author"] == "anonyme"
    assert (
        api_for(moderator).get(f"/api/v1/posts/{post.pk}").json()["author"]
        == "Noa (anonyme pour les membres)"
    )


def test_edit_is_screened_again_and_delete_is_soft(
    member_api: Any, checkin_payload: dict[str, Any], watched_word: Callable[[str, str], None]
) -> None:
    post_id = member_api.post("/api/v1/checkins", checkin_payload).json()["id"]
    watched_word("patatedouce", "hold")
    edited = member_api.patch(f"/api/v1/posts/{post_id}", {"body": "voilà patatedouce"}).json()
    assert edited["status"] == "held"
    assert member_api.delete(f"/api/v1/posts/{post_id}").status_code == 204
    post = Post.objects.get()
    assert (post.status, post.deleted_at is not None, post.body) == (
        "deleted",
        True,
        "voilà patatedouce",
    )
    assert member_api.get(f"/api/v1/posts/{post_id}").status_code == 404


def test_edit_after_the_window_is_refused(
    member_api: Any, member: Any, post_factory: Callable[..., Any]
) -> None:
    import datetime as dt

    post = post_factory(member)
    Post.objects.filter(pk=post.pk).update(created_at=post.created_at - dt.timedelta(minutes=16))
    response = member_api.patch(f"/api/v1/posts/{post.pk}", {"body": "nouveau texte"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "edit_window_closed"


def test_journal_stats_give_moods_per_day_and_top_emotions(
    member_api: Any, checkin_payload: dict[str, Any]
) -> None:
    member_api.post("/api/v1/checkins", {**checkin_payload, "visibility": "journal", "mood": 4})
    data = member_api.get("/api/v1/journal/stats?days=7").json()
    assert data["checkins"] == 1
    assert len(data["moods"]) == 7
    assert data["moods"][-1]["average"] == 4.0
    assert [e["emotion"] for e in data["emotions"]] == ["loneliness", "stress"]
    assert member_api.get("/api/v1/journal/stats?days=8").status_code == 400
