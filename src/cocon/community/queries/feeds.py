"""Feeds with keyset pagination on the post id, stable while new posts arrive.

A page costs a fixed number of queries: the viewer's roles, the posts (with theme, author,
whether the author is staff, and, for the author, the number of people who sent support), and
the viewer's own reactions (the last one only on the community feeds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    When,
)
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.models import STAFF_ROLES, Member
from cocon.community import conf
from cocon.community.access import hidden_author_q, is_team
from cocon.community.models import PUBLIC_VISIBILITIES, Comment, Post, Reaction, Status, Visibility

FeedKind = Literal["latest", "support", "mine", "journal"]
FEED_KINDS: tuple[FeedKind, ...] = ("latest", "support", "mine", "journal")


@dataclass
class FeedPage:
    posts: list[Post]
    next_cursor: str | None
    my_reactions: dict[int, set[str]] = field(default_factory=dict)


def parse_cursor(raw: object) -> int | None:
    """Return the post id the cursor points after, or raise a 400 for a malformed one."""
    if raw in (None, ""):
        return None
    if isinstance(raw, str) and raw.isdigit() and len(raw) <= 18:
        return int(raw)
    raise CoconError(
        "invalid_cursor",
        pgettext_lazy(
            "feed error", "This page link is not valid any more. Start again from the top."
        ),
        fields={"cursor": [str(pgettext_lazy("feed error", "Unknown page."))]},
    )


def _support_count() -> Subquery:
    return Subquery(
        Reaction.objects.filter(post_id=OuterRef("pk"))
        .order_by()
        .values("post_id")
        .annotate(n=Count("member_id", distinct=True))
        .values("n")[:1],
        output_field=IntegerField(),
    )


def _author_is_team() -> ExpressionWrapper[Q]:
    """Whether the post's author is staff (``Member.is_team``), computed in the posts query."""
    staff_group = Member.groups.through.objects.filter(
        member_id=OuterRef("author_id"), group__name__in=STAFF_ROLES
    )
    return ExpressionWrapper(
        Q(author__is_superuser=True) | Q(Exists(staff_group)), output_field=BooleanField()
    )


def feed_queryset(member: Member, kind: FeedKind, *, theme_id: int | None = None) -> QuerySet[Post]:
    """Return the posts of one feed, unpaginated, in display order."""
    posts = Post.objects.all()
    if kind in ("latest", "support"):
        posts = posts.filter(status=Status.VISIBLE, visibility__in=PUBLIC_VISIBILITIES).filter(
            hidden_author_q(member)
        )
        if theme_id is not None:
            posts = posts.filter(theme_id=theme_id)
        if kind == "support":
            posts = posts.filter(reply_count=0).exclude(author_id=member.pk).order_by("id")
        else:
            posts = posts.order_by("-id")
    elif kind == "mine":
        posts = posts.filter(
            author_id=member.pk,
            visibility__in=PUBLIC_VISIBILITIES,
            status__in=(Status.VISIBLE, Status.PENDING_NUDGE, Status.HELD, Status.HIDDEN),
        ).order_by("-id")
    else:
        posts = posts.filter(author_id=member.pk, visibility=Visibility.JOURNAL).exclude(
            status=Status.DELETED
        )
        posts = posts.order_by("-id")
    return posts


def get_feed_for_member(
    member: Member,
    kind: FeedKind,
    *,
    theme_id: int | None = None,
    cursor: int | None = None,
    limit: int | None = None,
) -> FeedPage:
    """Return one page of a feed for ``member`` and the cursor of the next page."""
    limit = limit or conf.feed_page_size()
    # Whether the viewer is staff decides how anonymous posts are signed; asking now keeps
    # the number of queries per page the same whatever the page holds.
    is_team(member)
    posts = feed_queryset(member, kind, theme_id=theme_id)
    if cursor is not None:
        posts = posts.filter(id__gt=cursor) if kind == "support" else posts.filter(id__lt=cursor)
    posts = posts.select_related("theme", "author").annotate(
        author_is_team=_author_is_team(),
        support_count=Case(
            When(author_id=member.pk, then=_support_count()),
            default=None,
            output_field=IntegerField(),
        ),
    )
    rows: list[Post] = list(posts[: limit + 1])
    next_cursor = str(rows[limit - 1].pk) if len(rows) > limit else None
    rows = rows[:limit]
    my_reactions: dict[int, set[str]] = {}
    if kind in ("latest", "support") and rows:
        for post_id, reaction in Reaction.objects.filter(
            member_id=member.pk, post_id__in=[p.pk for p in rows]
        ).values_list("post_id", "kind"):
            my_reactions.setdefault(post_id, set()).add(reaction)
    return FeedPage(posts=rows, next_cursor=next_cursor, my_reactions=my_reactions)


def get_comments_for_member(member: Member, post: Post) -> list[Comment]:
    """Return the published replies of ``post`` the member may see, oldest first, plus their own."""
    comments = (
        Comment.objects.filter(post=post)
        .exclude(status__in=(Status.DELETED, Status.BLOCKED))
        .select_related("author")
        .prefetch_related("author__groups")
        .order_by("id")
    )
    visible = [
        c
        for c in comments.filter(hidden_author_q(member))
        if c.status == Status.VISIBLE or c.author_id == member.pk
    ]
    return visible


def get_reactions_for_post(member: Member, post: Post) -> tuple[set[str], int | None]:
    """Return the viewer's reactions and, for the author only, how many people sent support."""
    mine = set(
        Reaction.objects.filter(post=post, member_id=member.pk).values_list("kind", flat=True)
    )
    count = None
    if post.author_id == member.pk:
        count = Reaction.objects.filter(post=post).values("member_id").distinct().count()
    return mine, count
