"""New accounts post under tighter limits; muted members cannot post."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.utils import timezone

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.safety.actions.sanctions import do_sanction
from cocon.safety.queries.posting import check_posting_allowed

pytestmark = pytest.mark.django_db


def _allowed(member: Member, times: int) -> list[str]:
    results = []
    for _ in range(times):
        try:
            check_posting_allowed(None, member)
            results.append("ok")
        except CoconError as error:
            results.append(error.code)
    return results


def test_new_account_is_limited_to_five_posts_in_ten_minutes(member: Member) -> None:
    assert _allowed(member, 6) == ["ok"] * 5 + ["rate_limited_new_account"]


def test_older_account_is_not_held_to_the_new_account_limit(
    old_member_factory: Callable[..., Member],
) -> None:
    assert _allowed(old_member_factory(), 6) == ["ok"] * 6


def test_muted_member_cannot_post(member: Member, moderator: Member) -> None:
    do_sanction(
        member,
        "mute_7d",
        reason="abuse",
        actor=moderator,
        now=timezone.now() - dt.timedelta(days=1),
    )

    assert _allowed(member, 1) == ["muted"]
