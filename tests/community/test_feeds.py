from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cocon.community.actions.comments import do_create_comment
from cocon.community.actions.posts import do_delete_post
from cocon.community.actions.relations import do_block_member, do_mute_member
from cocon.community.models import Status
from cocon.community.presenters import author_label
from cocon.community.queries.feeds import get_feed_for_member


def _ids(member: Any, kind: str, **kw: Any) -> list[int]:
    return [p.pk for p in get_feed_for_member(member, kind, **kw).posts]  # type: ignore[arg-type]


def test_latest_feed_hides_blocked_muted_hidden_deleted_and_private_content(
    member: Any, member_factory: Callable[..., Any], post_factory: Callable[..., Any]
) -> None:
    friend, blocked, blocker, muted = (member_factory() for _ in range(4))
    shown = post_factory(friend)
    post_factory(blocked)
    post_factory(blocker)
    post_factory(muted)
    post_factory(friend, visibility="journal")
    deleted = post_factory(friend)
    do_delete_post(friend, deleted)
    hidden = post_factory(friend)
    hidden.status = Status.HIDDEN
    hidden.save()
    do_block_member(member, blocked)
    do_block_member(blocker, member)
    do_mute_member(member, muted)
    assert _ids(member, "latest") == [shown.pk]


def test_needs_support_lists_unanswered_posts_of_others_oldest_first(
    member: Any, other_member: Any, post_factory: Callable[..., Any]
) -> None:
    first, answered, second = (
        post_factory(other_member),
        post_factory(other_member),
        post_factory(other_member),
    )
    post_factory(member)
    do_create_comment(member, answered, "Courage à toi 💪")
    assert _ids(member, "support") == [first.pk, second.pk]


def test_cursor_pages_stay_stable_while_new_posts_arrive(
    member: Any, other_member: Any, post_factory: Callable[..., Any]
) -> None:
    posts = [post_factory(other_member) for _ in range(5)]
    page1 = get_feed_for_member(member, "latest", limit=2)
    assert [p.pk for p in page1.posts] == [posts[4].pk, posts[3].pk]
    post_factory(other_member)
    page2 = get_feed_for_member(member, "latest", limit=2, cursor=int(page1.next_cursor or 0))
    assert [p.pk for p in page2.posts] == [posts[2].pk, posts[1].pk]


def test_a_feed_page_costs_a_fixed_number_of_queries(
    member: Any,
    member_factory: Callable[..., Any],
    post_factory: Callable[..., Any],
    django_assert_num_queries: Any,
) -> None:
    for _ in range(25):
        post_factory(member_factory())
    post_factory(member)
    post_factory(member_factory(), visibility="anonymous")
    for kind in ("latest", "support"):
        viewer = type(member).objects.get(pk=member.pk)
        # the viewer's roles, the posts (authors' roles included), the viewer's reactions
        with django_assert_num_queries(3):
            page = get_feed_for_member(viewer, kind)  # type: ignore[arg-type]
            for post in page.posts:
                assert author_label(post, viewer)
    viewer = type(member).objects.get(pk=member.pk)
    with django_assert_num_queries(2):
        get_feed_for_member(viewer, "mine")


def test_feed_api_page_query_count_is_pinned(
    member_api: Any,
    member: Any,
    member_factory: Callable[..., Any],
    post_factory: Callable[..., Any],
    django_assert_num_queries: Any,
) -> None:
    for _ in range(25):
        post_factory(member_factory())
    member_api.get("/api/v1/feed")  # the token's last use is refreshed once a minute
    post_factory(member_factory(), visibility="anonymous")
    # the token with its member and whether they are staff, then the page (the theme found by
    # its slug, the authors' staff flag and my reactions inside the same query)
    for path in ("/api/v1/feed", "/api/v1/feed?theme=school", "/api/v1/feed?kind=support"):
        with django_assert_num_queries(2):
            response = member_api.get(path)
        assert response.status_code == 200
        assert len(response.json()["posts"]) == 20


def test_feed_api_refuses_an_unknown_theme_and_accepts_an_empty_known_one(
    member_api: Any, other_member: Any, post_factory: Callable[..., Any]
) -> None:
    post_factory(other_member, theme="school")
    for kind in ("latest", "support", "mine"):
        response = member_api.get(f"/api/v1/feed?kind={kind}&theme=no-such-theme")
        assert response.status_code == 400
        assert response.json()["error"]["fields"] == {"theme": ["Thème inconnu."]}
    response = member_api.get("/api/v1/feed?theme=no-such-theme&cursor=abc")
    assert response.json()["error"]["fields"] == {"theme": ["Thème inconnu."]}
    assert member_api.get("/api/v1/feed?theme=family").json() == {
        "posts": [],
        "next_cursor": None,
    }
    assert len(member_api.get("/api/v1/feed?theme=school").json()["posts"]) == 1


def test_the_feed_signs_staff_posts_as_the_team(
    member_api: Any,
    moderator: Any,
    member_factory: Callable[..., Any],
    post_factory: Callable[..., Any],
) -> None:
    superuser = member_factory(pseudonym="Racine")
    type(superuser).objects.filter(pk=superuser.pk).update(is_superuser=True)
    superuser.refresh_from_db()
    post_factory(moderator)
    post_factory(superuser)
    post_factory(member_factory(pseudonym="Lou"))
    authors = [p["author"] for p in member_api.get("/api/v1/feed").json()["posts"]]
    assert authors == ["Lou", "Cocon", "Cocon"]
