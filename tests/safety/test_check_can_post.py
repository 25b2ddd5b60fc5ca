"""check_can_post: one query decides, with the rules of active_login_block and active_mute."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import formats
from django.utils.translation import pgettext

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.timezones import member_localtime
from cocon.safety.actions.sanctions import do_lift_sanction, do_sanction
from cocon.safety.models import Sanction
from cocon.safety.queries.sanctions import active_login_block, active_mute, check_can_post

pytestmark = pytest.mark.django_db
T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _refusal(member: Member, now: dt.datetime) -> tuple[str, str] | None:
    try:
        check_can_post(member, now=now)
    except CoconError as exc:
        return exc.code, str(exc.message)
    return None


def _expected(member: Member, now: dt.datetime) -> tuple[str, str] | None:
    """What the two separate queries decide (the rules check_can_post must keep)."""
    block = active_login_block(member, now=now)
    if block is not None:
        return block.code, str(block.message)
    mute = active_mute(member, now=now)
    if mute is None:
        return None
    assert mute.expires_at is not None
    until = member_localtime(member, mute.expires_at)
    message = pgettext(
        "posting error", "Your posting is paused by the Cocon team until %(time)s on %(date)s."
    )
    return "muted", message % {
        "date": formats.date_format(until, "DATE_FORMAT"),
        "time": formats.time_format(until, "TIME_FORMAT"),
    }


def test_posting_follows_bans_suspensions_and_mutes_at_every_moment(
    member: Member, moderator: Member
) -> None:
    do_sanction(member, "warn", reason="abuse", actor=moderator, now=T0)
    do_sanction(member, "mute_24h", reason="abuse", actor=moderator, now=T0)
    do_sanction(member, "mute_7d", reason="abuse", actor=moderator, now=T0 + dt.timedelta(hours=1))
    lifted = do_sanction(
        member, "suspend", reason="abuse", actor=moderator, now=T0 + dt.timedelta(hours=2)
    )
    do_lift_sanction(lifted, actor=moderator, reason="a mistake")
    moments = [T0 + dt.timedelta(hours=h) for h in (1, 23, 30, 200)]
    seen = [_refusal(member, now) for now in moments]
    assert seen == [_expected(member, now) for now in moments]
    assert [s[0] if s else None for s in seen] == ["muted", "muted", "muted", None]
    do_sanction(member, "suspend", reason="abuse", actor=moderator, now=T0 + dt.timedelta(hours=3))
    assert _refusal(member, T0 + dt.timedelta(hours=4)) == _expected(
        member, T0 + dt.timedelta(hours=4)
    )
    assert _refusal(member, T0 + dt.timedelta(hours=4))[0] == "suspended"  # type: ignore[index]
    do_sanction(member, "ban", reason="abuse", actor=moderator, now=T0 + dt.timedelta(hours=5))
    assert _refusal(member, T0 + dt.timedelta(hours=6))[0] == "banned"  # type: ignore[index]


def test_a_mute_without_an_end_outlasts_one_with_an_end(member: Member, moderator: Member) -> None:
    do_sanction(member, "mute_24h", reason="abuse", actor=moderator, now=T0)
    forever = do_sanction(member, "mute_7d", reason="abuse", actor=moderator, now=T0)
    Sanction.objects.filter(pk=forever.pk).update(expires_at=None)
    assert _refusal(member, T0 + dt.timedelta(hours=1)) == (
        "muted",
        "L'équipe Cocon a mis tes publications en pause pour le moment.",
    )


def test_posting_sanctions_cost_one_query(
    member: Member, moderator: Member, django_assert_num_queries: Any
) -> None:
    do_sanction(member, "mute_24h", reason="abuse", actor=moderator, now=T0)
    with django_assert_num_queries(1), pytest.raises(CoconError):
        check_can_post(member, now=T0 + dt.timedelta(hours=1))
    with django_assert_num_queries(1):
        check_can_post(member, now=T0 + dt.timedelta(days=2))
