from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cocon.accounts.privacy import erasers, exporters
from cocon.community.actions.comments import do_create_comment
from cocon.community.actions.reactions import do_toggle_reaction
from cocon.community.actions.relations import do_block_member
from cocon.community.demo import seed
from cocon.community.models import Block, Comment, Notification, Post, Reaction


def test_export_lists_everything_the_community_stores(
    member: Any, other_member: Any, post: Any, post_factory: Callable[..., Any]
) -> None:
    post_factory(member, visibility="journal")
    do_create_comment(member, post, "courage")
    do_toggle_reaction(member, post, "heart")
    data = exporters()["community"](member)
    assert (len(data["checkins"]), len(data["comments"]), len(data["reactions"])) == (1, 1, 1)
    assert sorted(data) == [
        "blocked",
        "checkins",
        "comments",
        "muted",
        "notifications",
        "reactions",
    ]


def test_anonymise_keeps_public_posts_detached_and_deletes_the_rest(
    member: Any, other_member: Any, post: Any, post_factory: Callable[..., Any]
) -> None:
    public = post_factory(member)
    post_factory(member, visibility="journal")
    do_create_comment(member, post, "courage")
    do_toggle_reaction(member, post, "heart")
    do_block_member(member, other_member)
    erasers()["community"](member, "anonymise")
    public.refresh_from_db()
    assert (public.author_id, public.is_detached, public.visibility) == (None, True, "anonymous")
    assert Post.objects.filter(visibility="journal").count() == 0
    assert Comment.objects.get().author_id is None
    assert (Reaction.objects.count(), Block.objects.count()) == (0, 0)


def test_delete_mode_deletes_everything(
    member: Any, other_member: Any, post: Any, post_factory: Callable[..., Any]
) -> None:
    post_factory(member)
    do_create_comment(member, post, "courage")
    erasers()["community"](other_member, "delete")
    assert Post.objects.filter(author=other_member).count() == 0
    assert (Comment.objects.count(), Notification.objects.count()) == (0, 0)


def test_demo_seed_is_idempotent_and_returns_created_accounts(db: Any) -> None:
    created = seed()
    assert [name for name, _password in created] == ["Lune_bleue", "Sacha.k", "Maelle_qc", "Tom_ok"]
    posts = Post.objects.count()
    assert seed() == []
    assert Post.objects.count() == posts == 6
