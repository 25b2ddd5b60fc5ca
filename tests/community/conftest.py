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
    def make(author: Member, *, body: str | None = None, visibility: str = "community", theme: str = "school", mood: int = 2) -> Post:
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
