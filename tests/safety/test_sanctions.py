"""Strikes, sanctions and their timeline, login blocks, hidden authors and ban evasion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from cocon.accounts.actions.login import authenticate_member
from cocon.accounts.errors import CoconError
from cocon.accounts.models import ApiToken, Member
from cocon.accounts.validation import validate_signup
from cocon.community.models import Notification
from cocon.safety.actions.sanctions import do_add_strike, do_appeal, do_lift_sanction, do_sanction
from cocon.safety.models import AuditEntry, BannedIdentity, QueueItem, Sanction, Strike
from cocon.safety.queries.sanctions import (
    active_login_block,
    active_mute,
    check_can_post,
    email_hash,
    hidden_author_ids,
    strikes_in_window,
)
from cocon.safety.screening import screen_text
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db
T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_blocked_message_gives_one_strike_and_tells_the_author(member: Member) -> None:
    screening = screen_text(
        "t'es qu'un gros connard de merde sale pute", author=member, kind="comment"
    )

    assert screening.action == "block"
    assert Strike.objects.filter(member=member).count() == 1
    assert Notification.objects.get(recipient=member, kind="team", code="strike").body.startswith(
        "Ton message n'a pas été publié"
    )


def test_threat_suspends_at_once_pending_review(member: Member, moderator: Member) -> None:
    screening = screen_text("je vais te tuer à la sortie", author=member, kind="comment")

    assert screening.action == "block"
    sanction = Sanction.objects.get(member=member)
    assert (sanction.kind, sanction.reason, sanction.pending_review) == ("suspend", "threat", True)
    item = QueueItem.objects.get(kind="suspension")
    assert (item.member_id, item.target_id, item.severity) == (member.pk, str(sanction.pk), 90)
    with pytest.raises(CoconError) as refused:
        authenticate_member("Camille", PASSWORD)
    assert (refused.value.code, refused.value.status) == ("suspended", 403)


def test_three_strikes_in_thirty_days_ban(member: Member) -> None:
    do_add_strike(member, reason="abuse", now=T0)
    do_add_strike(member, reason="abuse", now=T0 + dt.timedelta(days=10))
    _strike, ban = do_add_strike(member, reason="abuse", now=T0 + dt.timedelta(days=29))

    assert ban is not None
    assert (ban.kind, ban.reason, ban.created_by) == ("ban", "strikes", None)
    assert member.pk in hidden_author_ids(now=T0 + dt.timedelta(days=29))


def test_strikes_spread_beyond_thirty_days_do_not_ban(member: Member) -> None:
    do_add_strike(member, reason="abuse", now=T0)
    do_add_strike(member, reason="abuse", now=T0 + dt.timedelta(days=20))
    _strike, ban = do_add_strike(member, reason="abuse", now=T0 + dt.timedelta(days=31))

    assert ban is None
    assert strikes_in_window(member, now=T0 + dt.timedelta(days=31)) == 2


def test_strikes_expire_after_ninety_days(member: Member) -> None:
    strike, _ban = do_add_strike(member, reason="abuse", now=T0)

    assert strike.expires_at == T0 + dt.timedelta(days=90)
    assert (
        strikes_in_window(member, now=T0 + dt.timedelta(days=89, hours=23)) == 0
    )  # outside the 30-day window
    assert (
        Strike.objects.filter(member=member, expires_at__gt=T0 + dt.timedelta(days=91)).count() == 0
    )


def test_mute_lasts_its_duration(member: Member, moderator: Member) -> None:
    do_sanction(member, "mute_24h", reason="abuse", actor=moderator, now=T0)

    assert active_mute(member, now=T0 + dt.timedelta(hours=23)) is not None
    assert active_mute(member, now=T0 + dt.timedelta(hours=24, seconds=1)) is None
    with pytest.raises(CoconError) as refused:
        check_can_post(member, now=T0 + dt.timedelta(hours=1))
    assert refused.value.code == "muted"
    assert active_login_block(member, now=T0 + dt.timedelta(hours=1)) is None


def test_ban_blocks_login_signs_out_and_remembers_identity(
    member_factory: Callable[..., Member], moderator: Member
) -> None:
    banned = member_factory(pseudonym="Trolleur", email="troll@example.org")
    ApiToken.objects.create(member=banned, digest="d" * 64)

    do_sanction(banned, "ban", reason="hate", actor=moderator)

    assert ApiToken.objects.get(member=banned).revoked_at is not None
    identity = BannedIdentity.objects.get(member_id=banned.pk)
    assert identity.email_hash == email_hash("TROLL@example.org ")
    assert identity.pseudonym_key == "trolleur"
    with pytest.raises(CoconError) as refused:
        authenticate_member("Trolleur", PASSWORD)
    assert refused.value.code == "banned"
    assert list(
        AuditEntry.objects.filter(action="sanction.ban").values_list(
            "actor_id", "target_id", "reason"
        )
    ) == [(moderator.pk, str(banned.pk), "hate")]


def _signup(**overrides: object) -> dict[str, object]:
    return {
        "pseudonym": "Nouveau_venu",
        "password": "un-mot-de-passe-solide-42",
        "birth_year": 2005,
        "birth_month": 5,
        "country": "FR",
        "email": "nouveau@example.org",
        "accept_charter": True,
        "accept_screening": True,
        **overrides,
    }


@pytest.mark.parametrize(
    "overrides",
    [{"email": "Troll@Example.org"}, {"pseudonym": "Tr0lleur_2"}],
    ids=["same e-mail", "look-alike pseudonym"],
)
def test_ban_evasion_is_refused_and_flagged(
    member_factory: Callable[..., Member], moderator: Member, overrides: dict[str, object]
) -> None:
    banned = member_factory(pseudonym="Trolleur", email="troll@example.org")
    do_sanction(banned, "ban", reason="hate", actor=moderator)

    with pytest.raises(CoconError) as refused:
        validate_signup(_signup(**overrides))

    assert refused.value.fields["pseudonym"] == [
        "Nous ne pouvons pas créer ce compte. Si tu penses que c'est une erreur, écris à l'équipe Cocon."
    ]
    assert QueueItem.objects.filter(kind="evasion").count() == 1
    assert AuditEntry.objects.filter(action="signup.ban_evasion").count() == 1


def test_unrelated_signup_is_not_taken_for_evasion(
    member_factory: Callable[..., Member], moderator: Member
) -> None:
    banned = member_factory(pseudonym="Trolleur", email="troll@example.org")
    do_sanction(banned, "ban", reason="hate", actor=moderator)

    assert validate_signup(_signup()).pseudonym == "Nouveau_venu"
    assert QueueItem.objects.filter(kind="evasion").count() == 0


def test_lifted_ban_lets_the_member_back(member: Member, moderator: Member) -> None:
    ban = do_sanction(member, "ban", reason="abuse", actor=moderator)

    assert do_lift_sanction(ban, actor=moderator, reason="error") is True
    assert do_lift_sanction(ban, actor=moderator, reason="error") is False

    assert authenticate_member("Camille", PASSWORD) == member
    assert member.pk not in hidden_author_ids()


def test_appeal_is_queued(member: Member, moderator: Member) -> None:
    sanction = do_sanction(member, "mute_7d", reason="abuse", actor=moderator, now=timezone.now())

    appeal = do_appeal(sanction, text="Je regrette, je ne recommencerai pas.")

    item = QueueItem.objects.get(kind="appeal")
    assert (item.target_type, item.target_id, item.member_id) == (
        "safety.appeal",
        str(appeal.pk),
        member.pk,
    )


def test_banned_members_content_is_hidden_and_comes_back_when_lifted(
    member: Member, moderator: Member, post_by: Callable[..., Any]
) -> None:
    kept = post_by(member, "Premier message")
    removed = post_by(member, "Deuxième message")
    removed.status = "hidden"
    removed.save()

    ban = do_sanction(member, "ban", reason="hate", actor=moderator)
    kept.refresh_from_db()
    assert kept.status == "hidden"

    do_lift_sanction(ban, actor=moderator, reason="error")
    kept.refresh_from_db()
    removed.refresh_from_db()
    assert (kept.status, removed.status) == ("visible", "hidden")


def test_private_journal_never_gives_a_strike(member: Member) -> None:
    screening = screen_text("je vais te tuer, connard", author=member, kind="journal")

    assert screening.action == "block"
    assert not Strike.objects.exists()
    assert not Sanction.objects.exists()
