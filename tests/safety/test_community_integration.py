"""Community's real actions meet safety: held posts are queued, "send anyway" is reviewed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.models import Member
from cocon.community.actions.checkins import do_create_checkin, do_send_post_anyway
from cocon.community.validation import validate_checkin
from cocon.safety.models import NudgeOutcome, QueueItem, WatchedRule

pytestmark = pytest.mark.django_db


def _checkin(author: Member, body: str) -> Any:
    return do_create_checkin(author, validate_checkin({
        "mood": 2, "emotions": ["stress"], "theme": "school", "need": "encouragement", "body": body,
        "visibility": "community",
    }))  # fmt: skip


def test_held_post_is_queued_for_a_moderator(
    member: Member, rule_factory: Callable[..., WatchedRule]
) -> None:
    rule = rule_factory(pattern="rendez-vous secret", action="hold", category="sexual")

    post = _checkin(member, "on se voit pour un rendez-vous secret ce soir")

    assert post.status == "held"
    item = QueueItem.objects.get(kind="held")
    assert (item.target_type, item.target_id, item.member_id) == (
        "community.post",
        str(post.pk),
        member.pk,
    )
    assert item.payload["verdict"]["rule"] == f"watched.{rule.pk}"


def test_send_anyway_after_a_nudge_goes_to_review_not_to_the_public(
    member: Member, rule_factory: Callable[..., WatchedRule]
) -> None:
    rule_factory(pattern="cornichon", action="nudge")
    post = _checkin(member, "t'es un vrai cornichon")
    assert post.status == "pending_nudge"

    do_send_post_anyway(member, post)

    post.refresh_from_db()
    assert post.status == "held"
    assert list(NudgeOutcome.objects.values_list("outcome", flat=True)) == ["sent_anyway"]
    assert QueueItem.objects.get(kind="held").payload["reason"] == "nudge.sent_anyway"


def test_muted_member_cannot_post_a_checkin(member: Member, moderator: Member) -> None:
    from cocon.accounts.errors import CoconError
    from cocon.safety.actions.sanctions import do_sanction

    do_sanction(member, "mute_24h", reason="abuse", actor=moderator)

    with pytest.raises(CoconError) as refused:
        _checkin(member, "coucou tout le monde")
    assert (refused.value.code, refused.value.status) == ("muted", 403)
