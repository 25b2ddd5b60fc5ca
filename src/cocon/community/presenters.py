"""How posts, comments and screening outcomes are shown, shared by the pages and the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from django.utils.translation import pgettext, pgettext_lazy

from cocon.accounts.models import Member
from cocon.community.access import can_still_edit, is_team
from cocon.community.models import Comment, Post, Status, Theme, Visibility

if TYPE_CHECKING:
    from cocon.community.queries.feeds import FeedRow

OUTCOME_MESSAGES = {
    Status.PENDING_NUDGE: pgettext_lazy(
        "screening outcome",
        "Before it goes out: some words in your message could hurt someone. You can reread and "
        "change it, cancel it, or send it as it is.",
    ),
    Status.HELD: pgettext_lazy(
        "screening outcome",
        "Thank you. A moderator is reading your message before it is published; you will be told "
        "as soon as it is done.",
    ),
    Status.BLOCKED: pgettext_lazy(
        "screening outcome",
        "This message cannot be published on Cocon because it could hurt someone. Your text is "
        "still here: you can rewrite it.",
    ),
}


def outcome_message(status: str) -> str:
    message = OUTCOME_MESSAGES.get(status)  # type: ignore[call-overload]
    return str(message) if message else ""


def author_is_team(obj: Post | Comment) -> bool:
    """Whether the author is staff: the feed query's ``author_is_team`` when it computed it."""
    known = getattr(obj, "author_is_team", None)
    if known is not None:
        return bool(known)
    return obj.author is not None and obj.author.is_team


def signed_name(
    author_id: int | None,
    pseudonym: str | None,
    *,
    anonymous: bool,
    team: Callable[[], bool],
    viewer: Member,
) -> str:
    """Return the name a post or reply is signed with for ``viewer``.

    ``anonymous``: an anonymous post; ``team`` tells (only when needed) whether the author is
    staff, who sign as the team.
    """
    if author_id is None:
        return pgettext("author name", "anonymous")
    if anonymous and author_id != viewer.pk and not is_team(viewer):
        return pgettext("author name", "anonymous")
    name = "Cocon" if team() else str(pseudonym)  # Member.public_name
    if anonymous:
        return pgettext("author name", "%(name)s (anonymous to members)") % {"name": name}
    return name


def author_label(obj: Post | Comment, viewer: Member) -> str:
    """Return the name shown for the author: pseudonym, "anonymous" or the team."""
    author = obj.author
    return signed_name(
        author.pk if author is not None else None,
        author.pseudonym if author is not None else None,
        anonymous=isinstance(obj, Post) and obj.visibility == Visibility.ANONYMOUS,
        team=lambda: author_is_team(obj),
        viewer=viewer,
    )


def author_pseudonym(obj: Post | Comment, viewer: Member) -> str | None:
    """Return the pseudonym others may act on (block, mute), or None when it must stay hidden."""
    author = obj.author
    if author is None or author.pk == viewer.pk or author_is_team(obj):
        return None
    if isinstance(obj, Post) and obj.visibility == Visibility.ANONYMOUS and not is_team(viewer):
        return None
    return author.pseudonym


class PostFields(Protocol):
    """What a post's JSON is made of: a ``Post`` or a feed row (``FeedRow``)."""

    @property
    def pk(self) -> Any: ...
    @property
    def author_id(self) -> int | None: ...
    @property
    def mood(self) -> int: ...
    @property
    def emotions(self) -> Any: ...
    @property
    def need(self) -> str: ...
    @property
    def visibility(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def reply_count(self) -> int: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def edited_at(self) -> dt.datetime | None: ...


def _post_payload(
    post: PostFields,
    viewer: Member,
    *,
    author: str,
    theme: dict[str, str],
    my_reactions: set[str] | frozenset[str] | None,
    support_count: int | None,
    screening: dict[str, Any] | None,
) -> dict[str, Any]:
    mine = post.author_id == viewer.pk
    data: dict[str, Any] = {
        "id": post.pk,
        "author": author,
        "is_mine": mine,
        "theme": theme,
        "mood": post.mood,
        "emotions": post.emotions,
        "need": post.need,
        "visibility": post.visibility,
        "body": post.body,
        "status": post.status,
        "reply_count": post.reply_count,
        "created_at": post.created_at.isoformat(),
        "edited_at": post.edited_at.isoformat() if post.edited_at else None,
        "my_reactions": sorted(my_reactions or ()),
    }
    if mine:
        data["support_count"] = support_count or 0
        data["can_edit"] = can_still_edit(post)
        if post.status != Status.VISIBLE:
            data["screening"] = {
                "message": outcome_message(post.status),
                "reasons": (screening or {}).get("reasons", []),
            }
    return data


def post_to_dict(
    post: Post,
    viewer: Member,
    my_reactions: set[str] | None = None,
    support_count: int | None = None,
) -> dict[str, Any]:
    count = getattr(post, "support_count", None) if support_count is None else support_count
    return _post_payload(
        post,
        viewer,
        author=author_label(post, viewer),
        theme={"slug": post.theme.slug, "name": post.theme.name},
        my_reactions=my_reactions,
        support_count=count,
        screening=post.screening,
    )


def feed_row_to_dict(row: FeedRow, viewer: Member) -> dict[str, Any]:
    """Return the same JSON as ``post_to_dict`` for a row of ``get_feed_rows_for_member``."""
    return _post_payload(
        row,
        viewer,
        author=signed_name(
            row.author_id,
            row.author_pseudonym,
            anonymous=row.visibility == Visibility.ANONYMOUS,
            team=lambda: row.author_is_team,
            viewer=viewer,
        ),
        theme={
            "slug": row.theme_slug,
            "name": Theme.localized(row.theme_name_fr, row.theme_name_en),
        },
        my_reactions=row.my_reactions,
        support_count=row.support_count,
        screening=row.screening,
    )


def comment_to_dict(comment: Comment, viewer: Member) -> dict[str, Any]:
    mine = comment.author_id == viewer.pk
    data: dict[str, Any] = {
        "id": comment.pk,
        "post_id": comment.post_id,
        "author": author_label(comment, viewer),
        "is_mine": mine,
        "body": comment.body,
        "status": comment.status,
        "created_at": comment.created_at.isoformat(),
        "edited_at": comment.edited_at.isoformat() if comment.edited_at else None,
    }
    if mine and comment.status != Status.VISIBLE:
        data["screening"] = {
            "message": outcome_message(comment.status),
            "reasons": comment.screening.get("reasons", []),
        }
    return data
