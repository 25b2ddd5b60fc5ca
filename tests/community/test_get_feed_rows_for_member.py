"""The API's feed (plain rows, SQL compiled once) shows exactly what the pages' feed shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.utils import translation

from cocon.accounts.models import Member
from cocon.community.actions.comments import do_create_comment
from cocon.community.actions.reactions import do_toggle_reaction
from cocon.community.models import Post, Status, Theme
from cocon.community.presenters import post_to_dict
from cocon.community.queries.feeds import get_feed_for_member, get_feed_rows_for_member


@pytest.fixture
def community(
    member: Member,
    other_member: Member,
    moderator: Member,
    post_factory: Callable[..., Post],
    watched_word: Callable[[str, str], None],
) -> dict[str, Any]:
    """Posts of every kind the feeds treat differently, by three authors, with support."""
    watched_word("patate", "nudge")
    watched_word("carotte", "hold")
    theirs = post_factory(other_member)
    anonymous = post_factory(other_member, visibility="anonymous", theme="family")
    answered = post_factory(other_member, theme="family")
    team = post_factory(moderator)
    mine = post_factory(member)
    mine_anonymous = post_factory(member, visibility="anonymous")
    post_factory(member, visibility="journal", mood=1)
    nudged = post_factory(member, body="Quelle journée patate")
    held = post_factory(member, body="Une carotte dans le texte")
    assert (nudged.status, held.status) == (Status.PENDING_NUDGE, Status.HELD)
    do_toggle_reaction(member, theirs, "heart")
    do_toggle_reaction(member, theirs, "star")
    do_toggle_reaction(member, anonymous, "hug")
    do_toggle_reaction(other_member, mine, "thanks")
    do_toggle_reaction(moderator, mine, "heart")
    do_toggle_reaction(other_member, mine_anonymous, "hug")
    do_create_comment(member, answered, "Je pense à toi 🙂")
    return {"team": team}


def _orm_pages(viewer: Member, kind: Any, theme: str | None) -> list[Any]:
    """Every page of a feed as the pages read it (model instances), as API JSON."""
    theme_id = Theme.objects.get(slug=theme).pk if theme else None
    pages, cursor = [], None
    while True:
        page = get_feed_for_member(viewer, kind, theme_id=theme_id, cursor=cursor)
        posts = [post_to_dict(p, viewer, page.my_reactions.get(p.pk)) for p in page.posts]
        pages.append((posts, page.next_cursor))
        if page.next_cursor is None:
            return pages
        cursor = int(page.next_cursor)


def _api_pages(client: Any, kind: str, theme: str | None) -> list[Any]:
    pages, cursor = [], None
    while True:
        query = f"?kind={kind}" + (f"&theme={theme}" if theme else "")
        query += f"&cursor={cursor}" if cursor else ""
        response = client.get(f"/api/v1/feed{query}")
        assert response.status_code == 200
        data = response.json()
        pages.append((data["posts"], data["next_cursor"]))
        if data["next_cursor"] is None:
            return pages
        cursor = data["next_cursor"]


@pytest.mark.parametrize(
    ("language", "prepared"),
    [
        ("fr", False),
        ("en", False),
        pytest.param(
            "fr",
            True,
            marks=pytest.mark.skipif(
                connection.vendor != "postgresql", reason="statements are prepared on PostgreSQL"
            ),
        ),
    ],
)
def test_every_feed_page_matches_the_pages_feed_for_members_and_staff(
    community: dict[str, Any],
    member: Member,
    other_member: Member,
    moderator: Member,
    api_for: Callable[[Member], Any],
    settings: Any,
    language: str,
    prepared: bool,
) -> None:
    settings.COCON_FEED_PAGE_SIZE = 2
    settings.COCON_DB_PREPARED_STATEMENTS = prepared
    for someone in (member, other_member, moderator):
        someone.language = language
        someone.save()
        client = api_for(someone)
        for kind in ("latest", "support", "mine", "journal"):
            for theme in (None, "school", "family"):
                viewer = Member.objects.get(pk=someone.pk)
                with translation.override(language):
                    expected = _orm_pages(viewer, kind, theme)
                assert _api_pages(client, kind, theme) == expected, (someone, kind, theme)


def test_rows_carry_what_only_the_author_may_see(
    community: dict[str, Any], member: Member, other_member: Member
) -> None:
    mine = get_feed_rows_for_member(member, "mine").rows
    nudged = next(row for row in mine if row.body == "Quelle journée patate")
    assert nudged.screening is not None
    assert nudged.screening["action"] == "nudge"
    assert sorted(row.support_count or 0 for row in mine) == [0, 0, 1, 2]
    theirs = get_feed_rows_for_member(other_member, "latest").rows
    assert all(row.screening is None for row in theirs)
    assert {row.support_count for row in theirs if row.author_id != other_member.pk} == {None}
    team = next(row for row in theirs if row.pk == community["team"].pk)
    assert team.author_is_team is True
    reactions = {
        row.pk: row.my_reactions for row in get_feed_rows_for_member(member, "latest").rows
    }
    assert sorted(map(sorted, reactions.values())) == [[], [], [], [], ["heart", "star"], ["hug"]]
