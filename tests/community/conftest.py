"""Community fixtures: themes come from the data migration; posts are made through the action."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.models import Member
from cocon.community.actions.checkins import do_create_checkin
from cocon.community.models import Post, Theme
from cocon.community.validation import validate_checkin


@pytest.fixture
def theme(db: Any) -> Theme:
    return Theme.objects.get(slug="school")


@pytest.fixture
def checkin_payload() -> dict[str, Any]:
    return {
        "mood": 2,
        "emotions": ["stress", "loneliness"],
        "theme": "school",
        "need": "encouragement",
        "body": "Demain j'ai un exposé et j'ai peur de bloquer devant toute la classe 😟",
        "visibility": "community",
    }


@pytest.fixture
def post_factory(db: Any, checkin_payload: dict[str, Any]) -> Callable[..., Post]:
    def make(
        author: Member,
        *,
        body: str | None = None,
        visibility: str = "community",
        theme: str = "school",
        mood: int = 2,
    ) -> Post:
        raw = {**checkin_payload, "visibility": visibility, "theme": theme, "mood": mood}
        if body is not None:
            raw["body"] = body
        return do_create_checkin(author, validate_checkin(raw))

    return make


@pytest.fixture
def other_member(member_factory: Callable[..., Member]) -> Member:
    return member_factory(pseudonym="Noa")


@pytest.fixture
def post(post_factory: Callable[..., Post], other_member: Member) -> Post:
    return post_factory(other_member)


@pytest.fixture
def watched_word(moderator: Member) -> Callable[[str, str], None]:
    """Make the real screening nudge, hold or block a word (a moderator's watched rule)."""
    from cocon.safety.actions.rules import do_create_rule

    def make(word: str, action: str) -> None:
        do_create_rule(moderator, kind="word", pattern=word, category="abuse", action=action)

    return make


@pytest.fixture
def awaiting_parent_member(member_factory: Callable[..., Member]) -> Member:
    someone = member_factory(pseudonym="Petit_Lou", birth_year=2012)
    someone.parental_consent_required = True
    someone.save()
    return someone


@pytest.fixture(autouse=True)
def _lexicon_only_guard() -> Any:
    """Screen with the engine's lexicon layer only.

    The first learned artefact of cocon.guard scores plain greetings ("Salut 👋") as abusive and
    nudges every message; community tests check how callers honour each action, so they use the
    real engine without that layer, and watched rules to get nudge, hold and block on purpose.
    """
    from cocon.guard import Guard
    from cocon.safety import screening

    previous = screening._guard
    screening._guard = Guard(learned=False)
    yield
    screening._guard = previous
