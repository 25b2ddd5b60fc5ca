"""My posts: a prolific author's pages come from the database in order, newest first, a page at a
time on the stable id cursor, the same through the pages' feed and the API; on PostgreSQL the
page is read in order from an index (no sort of all the author's posts)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, transaction

from cocon.accounts.models import Member
from cocon.community.actions.posts import do_delete_post
from cocon.community.models import Post, Status, Theme
from cocon.community.queries.feeds import (
    feed_rows_query,
    get_feed_for_member,
    get_feed_rows_for_member,
)

pytestmark = pytest.mark.django_db

PAGE = 4
# Several posts share one timestamp: the order and the cursor must not depend on it.
SAME_MOMENT = dt.datetime(2026, 5, 4, 9, 15, tzinfo=dt.UTC)


@pytest.fixture
def prolific(
    member: Member, other_member: Member, post_factory: Callable[..., Post]
) -> dict[str, Any]:
    """Eleven of my posts in my feed (three pages of four), interleaved with what it never shows."""
    shown: list[Post] = []
    for n in range(11):
        post = post_factory(
            member,
            body=f"Petit message numéro {n} 🙂",
            visibility=("community", "anonymous")[n % 2],
        )
        shown.append(post)
        post_factory(other_member, body=f"Un message de Noa {n}")
        if n % 4 == 1:
            post_factory(member, body=f"Pour mon journal {n}", visibility="journal")
        if n == 5:
            do_delete_post(member, post_factory(member, body="Finalement non"))
    # Statuses my feed keeps: held and hidden posts stay in it for their author.
    Post.objects.filter(pk=shown[3].pk).update(status=Status.HELD)
    Post.objects.filter(pk=shown[6].pk).update(status=Status.HIDDEN)
    Post.objects.filter(pk=shown[8].pk).update(status=Status.PENDING_NUDGE)
    # A refused message never reaches it.
    refused = post_factory(member, body="Un message refusé")
    Post.objects.filter(pk=refused.pk).update(status=Status.BLOCKED)
    # Equal timestamps across a page boundary (posts 1 to 6 with a page of four).
    Post.objects.filter(pk__in=[p.pk for p in shown[1:7]]).update(created_at=SAME_MOMENT)
    # And timestamps that disagree with the ids: the feed follows the ids.
    Post.objects.filter(pk=shown[9].pk).update(created_at=SAME_MOMENT - dt.timedelta(days=3))
    return {"expected": [p.pk for p in reversed(shown)]}


def _walk(read: Callable[[int | None], tuple[list[int], str | None]]) -> list[list[int]]:
    pages, cursor = [], None
    while True:
        ids, next_cursor = read(cursor)
        pages.append(ids)
        if next_cursor is None:
            return pages
        assert next_cursor == str(ids[-1])  # the next page starts right after this one
        cursor = int(next_cursor)


def test_my_posts_come_a_page_at_a_time_newest_first_with_a_continuous_cursor(
    prolific: dict[str, Any], member: Member, settings: Any
) -> None:
    settings.COCON_FEED_PAGE_SIZE = PAGE
    expected = prolific["expected"]

    def pages_feed(cursor: int | None) -> tuple[list[int], str | None]:
        page = get_feed_for_member(member, "mine", cursor=cursor)
        return [p.pk for p in page.posts], page.next_cursor

    def api_feed(cursor: int | None) -> tuple[list[int], str | None]:
        page = get_feed_rows_for_member(member, "mine", cursor=cursor)
        return [row.pk for row in page.rows], page.next_cursor

    for read in (pages_feed, api_feed):
        pages = _walk(read)
        assert [len(p) for p in pages] == [4, 4, 3]
        assert [pk for page in pages for pk in page] == expected


def test_a_new_post_does_not_shift_the_next_pages(
    prolific: dict[str, Any],
    member: Member,
    post_factory: Callable[..., Post],
    api_for: Callable[[Member], Any],
    settings: Any,
) -> None:
    settings.COCON_FEED_PAGE_SIZE = PAGE
    client = api_for(member)
    first = client.get("/api/v1/feed?kind=mine").json()
    newer = post_factory(member, body="Un message tout neuf 🌱")
    Post.objects.filter(pk=newer.pk).update(created_at=SAME_MOMENT)
    seen = [p["id"] for p in first["posts"]]
    cursor = first["next_cursor"]
    while cursor:
        data = client.get(f"/api/v1/feed?kind=mine&cursor={cursor}").json()
        seen += [p["id"] for p in data["posts"]]
        cursor = data["next_cursor"]
    assert seen == prolific["expected"]
    assert client.get("/api/v1/feed?kind=mine").json()["posts"][0]["id"] == newer.pk


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")
def test_on_postgresql_my_first_page_is_read_in_order_from_an_index(
    member: Member, settings: Any
) -> None:
    """The generic plan of the API's query (prepared, constants as literals): the page is read
    in order from ``post_author_public`` and the scan stops there, no sort of all the posts.

    Pages after a cursor are not pinned: the generic plan guesses a third of an average
    author's posts below an unknown cursor, fewer than a page, and may sort them (see
    docs/community.md).
    """
    settings.COCON_DB_PREPARED_STATEMENTS = True
    theme = Theme.objects.get(slug="school")
    common = {"theme": theme, "mood": 3, "emotions": ["calm"], "need": "vent", "screening": {}}
    # Forty other authors: a prolific member among many, as in the bench (one post in forty).
    others = Member.objects.bulk_create(
        [
            Member(pseudonym=f"autre{n}", pseudonym_key=f"autre{n}", birth_year=2007, birth_month=1)
            for n in range(40)
        ]
    )
    authors = [member, *others]
    Post.objects.bulk_create(
        [
            Post(
                author=authors[n % len(authors)],
                visibility=("community", "anonymous", "journal")[n // len(authors) % 3],
                status=Status.DELETED if n % 17 == 0 else Status.VISIBLE,
                body=f"message {n}",
                **common,
            )
            for n in range(8000)
        ]
    )
    query = feed_rows_query("mine", theme=False, cursor=False)
    sql = query.sql
    params = query.parameters({"viewer": member.pk})
    with transaction.atomic(), connection.cursor() as db:
        db.execute("ANALYZE community_post")
        db.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        numbers = iter(range(1, sql.count("%s") + 1))
        numbered = re.sub(r"%%|%s", lambda m: "%" if m[0] == "%%" else f"${next(numbers)}", sql)
        db.execute(f"PREPARE cocon_test_mine AS {numbered}")
        try:
            marks = ", ".join(["%s"] * len(params))
            db.execute(f"EXPLAIN (COSTS OFF) EXECUTE cocon_test_mine({marks})", params)
            plan = "\n".join(row[0] for row in db.fetchall())
        finally:
            db.execute("DEALLOCATE cocon_test_mine")
    assert "Index Scan using post_author_public on community_post" in plan, plan
    assert "Sort" not in plan, plan
