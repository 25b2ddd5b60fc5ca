"""Fixtures for moderation tests: rules, old accounts, held content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.safety.actions.rules import do_create_rule
from cocon.safety.models import WatchedRule


@pytest.fixture
def rule_factory(moderator: Member) -> Callable[..., WatchedRule]:
    def make(
        *,
        pattern: str,
        kind: str = "word",
        category: str = "abuse",
        action: str = "block",
        expires_at: Any = None,
    ) -> WatchedRule:
        return do_create_rule(
            moderator,
            kind=kind,
            pattern=pattern,
            category=category,
            action=action,
            expires_at=expires_at,
        )

    return make


@pytest.fixture
def old_member_factory(member_factory: Callable[..., Member]) -> Callable[..., Member]:
    """Members whose accounts are three days old (trusted reporters)."""

    def make(**kwargs: Any) -> Member:
        someone = member_factory(**kwargs)
        Member.objects.filter(pk=someone.pk).update(
            date_joined=timezone.now() - dt.timedelta(days=3)
        )
        someone.refresh_from_db()
        return someone

    return make


@pytest.fixture
def second_moderator(member_factory: Callable[..., Member]) -> Member:
    return member_factory(pseudonym="modo_alex", birth_year=1994, roles=("moderator",))


@pytest.fixture
def post_by(db: Any) -> Callable[..., Any]:
    """A published community post written by ``author`` (created straight in the database)."""
    from cocon.community.models import Post, Theme

    def make(author: Member, body: str = "Personne ne me parle au lycée, je me sens seule") -> Any:
        return Post.objects.create(
            author=author, theme=Theme.objects.get(slug="school"), mood=2, need="encouragement",
            visibility="community", body=body,
        )  # fmt: skip

    return make
