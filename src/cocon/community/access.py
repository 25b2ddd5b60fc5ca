"""The one chokepoint for who may see and do what in the community.

Views and API endpoints call these before acting, and every ``do_*`` action calls its
``check_*_permission`` again, so a new caller cannot forget a rule.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Protocol

from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.community import conf
from cocon.community.models import PUBLIC_VISIBILITIES, Block, Comment, Mute, Post, Status
from cocon.safety.queries.sanctions import check_can_post


def is_team(member: Member) -> bool:
    """Return ``member.is_team``, computed once per member object."""
    cached = getattr(member, "_community_is_team", None)
    if cached is None:
        cached = bool(member.is_authenticated and member.is_team)
        member._community_is_team = cached  # type: ignore[attr-defined]
    return cached


def hidden_author_q(member: Member, field: str = "author_id") -> Q:
    """Return a filter excluding content by members blocked or muted by (or blocking) ``member``."""
    return (
        ~Q(**{f"{field}__in": Block.objects.filter(blocker_id=member.pk).values("blocked_id")})
        & ~Q(**{f"{field}__in": Block.objects.filter(blocked_id=member.pk).values("blocker_id")})
        & ~Q(**{f"{field}__in": Mute.objects.filter(muter_id=member.pk).values("muted_id")})
    )


def is_blocked_between(a: Member, b_id: int | None) -> bool:
    if b_id is None:
        return False
    return Block.objects.filter(
        Q(blocker_id=a.pk, blocked_id=b_id) | Q(blocker_id=b_id, blocked_id=a.pk)
    ).exists()


def _not_found() -> Http404:
    return Http404("post")


def access_post_by_id(member: Member, post_id: int) -> Post:
    """Return the post ``member`` may read, or raise 404 (never 403: do not reveal it exists)."""
    post = Post.objects.select_related("theme", "author").filter(pk=post_id).first()
    if post is None:
        raise _not_found()
    if post.author_id == member.pk and post.status not in (Status.DELETED, Status.BLOCKED):
        return post
    if post.status != Status.VISIBLE:
        raise _not_found()
    if post.visibility not in PUBLIC_VISIBILITIES:
        raise _not_found()
    if post.author_id is not None and not is_team(member):
        if Post.objects.filter(pk=post.pk).exclude(hidden_author_q(member)).exists():
            raise _not_found()
    return post


def access_own_post_by_id(member: Member, post_id: int) -> Post:
    post = Post.objects.select_related("theme").filter(pk=post_id, author_id=member.pk).first()
    if post is None or post.status in (Status.DELETED, Status.BLOCKED):
        raise _not_found()
    return post


def access_own_comment_by_id(member: Member, comment_id: int) -> Comment:
    comment = (
        Comment.objects.select_related("post").filter(pk=comment_id, author_id=member.pk).first()
    )
    if comment is None or comment.status in (Status.DELETED, Status.BLOCKED):
        raise _not_found()
    return comment


def check_take_part_permission(member: Member) -> None:
    """Raise unless ``member`` may write and interact (a parent may still have to confirm)."""
    if not member.is_authenticated or not member.is_active:
        raise CoconError(
            "not_authenticated",
            pgettext_lazy("permission error", "Please sign in first."),
            status=401,
        )
    if not member.has_full_access:
        raise CoconError(
            "awaiting_parent",
            pgettext_lazy(
                "permission error",
                "Your parent has not confirmed your account yet. Until then you can read and use the help pages.",
            ),
            status=403,
        )


# How long an action trusts a posting permission its caller has just checked.
PERMISSION_TRUST_SECONDS = 5.0


@dataclass(frozen=True)
class PostPermission:
    """What ``check_post_permission`` returns: ``member_id`` may post, checked at ``checked_at``.

    An endpoint checks before validating (so that a muted member hears so first) and hands
    the result to the action, which checks again unless it holds a fresh one for its author:
    one sanctions query per message instead of two.
    """

    member_id: int
    checked_at: float  # time.monotonic()


def check_post_permission(
    member: Member, *, checked: PostPermission | None = None
) -> PostPermission:
    """Raise unless ``member`` may post; ``checked``: a permission just obtained for them."""
    check_take_part_permission(member)
    if (
        checked is not None
        and checked.member_id == member.pk
        and 0 <= time.monotonic() - checked.checked_at < PERMISSION_TRUST_SECONDS
    ):
        return checked
    check_can_post(member)  # muted, suspended or banned by the team
    return PostPermission(member_id=member.pk, checked_at=time.monotonic())


def check_comment_permission(member: Member, post: Post) -> None:
    check_take_part_permission(member)
    check_can_post(member)  # muted, suspended or banned by the team
    if post.status != Status.VISIBLE:
        raise CoconError(
            "post_closed",
            pgettext_lazy("permission error", "This message cannot receive replies."),
            status=403,
        )
    if post.visibility not in PUBLIC_VISIBILITIES:
        raise CoconError(
            "post_closed",
            pgettext_lazy("permission error", "This message cannot receive replies."),
            status=403,
        )
    if is_blocked_between(member, post.author_id):
        raise CoconError(
            "blocked",
            pgettext_lazy("permission error", "You cannot reply to this member."),
            status=403,
        )


def check_react_permission(member: Member, post: Post) -> None:
    check_take_part_permission(member)
    if post.author_id == member.pk:
        raise CoconError(
            "own_post",
            pgettext_lazy("permission error", "Support is for the messages of others."),
            status=403,
        )
    if post.status != Status.VISIBLE or post.visibility not in PUBLIC_VISIBILITIES:
        raise CoconError(
            "post_closed",
            pgettext_lazy("permission error", "This message cannot receive support."),
            status=403,
        )
    if is_blocked_between(member, post.author_id):
        raise CoconError(
            "blocked",
            pgettext_lazy("permission error", "You cannot support this member."),
            status=403,
        )


def _edit_deadline(created_at: dt.datetime) -> dt.datetime:
    return created_at + dt.timedelta(minutes=conf.edit_window_minutes())


class Editable(Protocol):
    """A post or reply, or a feed row: what the edit window is computed from."""

    @property
    def status(self) -> str: ...
    @property
    def created_at(self) -> dt.datetime: ...


def can_still_edit(obj: Editable, now: dt.datetime | None = None) -> bool:
    if obj.status == Status.PENDING_NUDGE:
        return True
    return (now or timezone.now()) <= _edit_deadline(obj.created_at)


def check_edit_post_permission(member: Member, post: Post) -> None:
    check_take_part_permission(member)
    if post.author_id != member.pk:
        raise _not_found()
    if post.status in (Status.DELETED, Status.BLOCKED, Status.HIDDEN):
        raise _not_found()
    if not can_still_edit(post):
        raise _edit_closed()


def check_edit_comment_permission(member: Member, comment: Comment) -> None:
    check_take_part_permission(member)
    if comment.author_id != member.pk:
        raise _not_found()
    if comment.status in (Status.DELETED, Status.BLOCKED, Status.HIDDEN):
        raise _not_found()
    if not can_still_edit(comment):
        raise _edit_closed()


def _edit_closed() -> CoconError:
    return CoconError(
        "edit_window_closed",
        pgettext_lazy(
            "permission error",
            "A message can be edited during %(minutes)s minutes. You can still delete it.",
        )
        % {"minutes": conf.edit_window_minutes()},
        status=403,
    )


def check_delete_post_permission(member: Member, post: Post) -> None:
    if post.author_id != member.pk or post.status == Status.DELETED:
        raise _not_found()


def check_delete_comment_permission(member: Member, comment: Comment) -> None:
    if comment.author_id != member.pk or comment.status == Status.DELETED:
        raise _not_found()


def check_block_permission(member: Member, target: Member) -> None:
    if not member.is_authenticated:
        raise CoconError(
            "not_authenticated",
            pgettext_lazy("permission error", "Please sign in first."),
            status=401,
        )
    if target.pk == member.pk:
        raise CoconError(
            "self", pgettext_lazy("permission error", "You cannot do this to yourself."), status=400
        )
    if is_team(target):
        raise CoconError(
            "team_member",
            pgettext_lazy(
                "permission error",
                "The team cannot be blocked or muted: it is here to keep you safe.",
            ),
            status=403,
        )
