"""Feeds with keyset pagination on the post id, stable while new posts arrive.

A page for the pages costs a fixed number of queries: the viewer's roles, the posts (with
theme, author, whether the author is staff, and, for the author, the number of people who sent
support), and the viewer's own reactions (the last one only on the community feeds).

The API reads the same posts (``feed_queryset``) as plain rows in one query, whose SQL is
compiled once per shape and process (``cocon.accounts.prepared``): the theme is found
by its slug and the viewer's reactions are a bit set, both inside that query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from django.db.models import (
    Case,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    JSONField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member, team_flag
from cocon.accounts.prepared import PreparedQuery, prepare
from cocon.community import conf
from cocon.community.access import hidden_author_q, is_team
from cocon.community.models import (
    OWN_FEED_STATUSES,
    PUBLIC_VISIBILITIES,
    Comment,
    Post,
    Reaction,
    ReactionKind,
    Status,
    Theme,
    Visibility,
)

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
    return team_flag("author")


def feed_queryset(
    member: Member, kind: FeedKind, *, theme_id: int | Subquery | None = None
) -> QuerySet[Post]:
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
            status__in=OWN_FEED_STATUSES,
        ).order_by("-id")  # read in order from the index post_author_public
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


@dataclass(frozen=True, slots=True)
class FeedRow:
    """One post of an API feed page, as read from the database (names follow ``Post``)."""

    pk: int
    author_id: int | None
    author_pseudonym: str | None
    author_is_team: bool
    theme_slug: str
    theme_name_fr: str
    theme_name_en: str
    mood: int
    emotions: list[str]
    need: str
    visibility: str
    body: str
    status: str
    reply_count: int
    created_at: dt.datetime
    edited_at: dt.datetime | None
    support_count: int | None  # the viewer's own posts only
    screening: dict[str, Any] | None  # the viewer's own posts that are not published only
    my_reactions: frozenset[str]


@dataclass(frozen=True)
class FeedRows:
    rows: list[FeedRow]
    next_cursor: str | None


# Placeholder values for compiling the API feed query once (see cocon.accounts.prepared).
_PLACEHOLDERS: dict[str, Any] = {
    "viewer": -2_000_000_001,
    "theme": "cocon-placeholder-theme",
    "cursor": -2_000_000_002,
}
_REACTION_BITS = {kind: 1 << n for n, kind in enumerate(ReactionKind.values)}


def _my_reaction_bits(member_id: int) -> Subquery:
    """The viewer's reactions on the post as a bit set (``_REACTION_BITS``); NULL for none."""
    bits = Sum(
        Case(
            *(When(kind=kind, then=Value(bit)) for kind, bit in _REACTION_BITS.items()),
            default=Value(0),
            output_field=IntegerField(),
        )
    )
    return Subquery(
        Reaction.objects.filter(post_id=OuterRef("pk"), member_id=member_id)
        .order_by()
        .values("member_id")
        .annotate(bits=bits)
        .values("bits")[:1],
        output_field=IntegerField(),
    )


def _feed_rows_queryset(
    kind: FeedKind, has_theme: bool, has_cursor: bool, limit: int, values: Mapping[str, Any]
) -> QuerySet[Any, Any]:
    viewer = Member(pk=values["viewer"])
    theme = None
    if has_theme:
        theme = Subquery(Theme.objects.filter(slug=values["theme"]).order_by().values("id")[:1])
    posts = feed_queryset(viewer, kind, theme_id=theme)
    if has_cursor:
        cursor = values["cursor"]
        posts = posts.filter(id__gt=cursor) if kind == "support" else posts.filter(id__lt=cursor)
    mine = Q(author_id=viewer.pk)
    posts = posts.annotate(
        author_pseudonym=F("author__pseudonym"),
        author_is_team=_author_is_team(),
        theme_slug=F("theme__slug"),
        theme_name_fr=F("theme__name_fr"),
        theme_name_en=F("theme__name_en"),
        support_count=Case(
            When(mine, then=_support_count()), default=None, output_field=IntegerField()
        ),
        own_screening=Case(
            When(mine & ~Q(status=Status.VISIBLE), then=F("screening")),
            default=None,
            output_field=JSONField(),
        ),
        reaction_bits=(
            _my_reaction_bits(viewer.pk)
            if kind in ("latest", "support")
            else Value(None, output_field=IntegerField())
        ),
    )
    return posts.values_list(
        "id",
        "author_id",
        "mood",
        "emotions",
        "need",
        "visibility",
        "body",
        "status",
        "reply_count",
        "created_at",
        "edited_at",
        "author_pseudonym",
        "author_is_team",
        "theme_slug",
        "theme_name_fr",
        "theme_name_en",
        "support_count",
        "own_screening",
        "reaction_bits",
    )[: limit + 1]


def feed_rows_query(kind: FeedKind, *, theme: bool, cursor: bool) -> PreparedQuery:
    """Return the compiled API feed query of this shape (placeholders: viewer, theme, cursor)."""
    limit = conf.feed_page_size()
    names = ["viewer", *(["theme"] if theme else []), *(["cursor"] if cursor else [])]
    return prepare(
        ("api-feed", kind, theme, cursor, limit),
        lambda placeholders: _feed_rows_queryset(kind, theme, cursor, limit, placeholders),
        {name: _PLACEHOLDERS[name] for name in names},
    )


def get_feed_rows_for_member(
    member: Member,
    kind: FeedKind,
    *,
    theme_slug: str | None = None,
    cursor: int | None = None,
) -> FeedRows:
    """Return one page of a feed as rows, in one query (the API's feed).

    The posts are those of ``feed_queryset``; the theme (a slug) only filters the community
    feeds, and an unknown one gives an empty page.
    """
    limit = conf.feed_page_size()
    values: dict[str, Any] = {"viewer": member.pk}
    if theme_slug is not None and kind in ("latest", "support"):
        values["theme"] = theme_slug
    if cursor is not None:
        values["cursor"] = cursor
    query = feed_rows_query(kind, theme="theme" in values, cursor="cursor" in values)
    found = query.rows(values)
    next_cursor = str(found[limit - 1]["id"]) if len(found) > limit else None
    rows = [
        FeedRow(
            pk=row["id"],
            author_id=row["author_id"],
            author_pseudonym=row["author_pseudonym"],
            author_is_team=bool(row["author_is_team"]),
            theme_slug=row["theme_slug"],
            theme_name_fr=row["theme_name_fr"],
            theme_name_en=row["theme_name_en"],
            mood=row["mood"],
            emotions=row["emotions"],
            need=row["need"],
            visibility=row["visibility"],
            body=row["body"],
            status=row["status"],
            reply_count=row["reply_count"],
            created_at=row["created_at"],
            edited_at=row["edited_at"],
            support_count=row["support_count"],
            screening=row["own_screening"],
            my_reactions=frozenset(
                kind for kind, bit in _REACTION_BITS.items() if (row["reaction_bits"] or 0) & bit
            ),
        )
        for row in found[:limit]
    ]
    return FeedRows(rows=rows, next_cursor=next_cursor)


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
