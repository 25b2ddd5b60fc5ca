"""The review queue: order, claims that expire, decisions and what they record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.community.models import Notification
from cocon.safety.actions.decisions import do_decide_item, redact
from cocon.safety.actions.holds import do_hold_for_review, do_record_nudge_outcome
from cocon.safety.actions.queue import do_claim_item, do_claim_next, do_enqueue, do_release_item
from cocon.safety.actions.sanctions import do_appeal, do_sanction
from cocon.safety.models import AuditEntry, NudgeOutcome, QueueItem, Sanction
from cocon.safety.screening import screen_text

pytestmark = pytest.mark.django_db


def test_queue_is_ordered_by_severity_then_age() -> None:
    now = timezone.now()
    low, _ = do_enqueue("held", severity=30, target_type="community.post", target_id=1)
    high_new, _ = do_enqueue("held", severity=90, target_type="community.post", target_id=2)
    high_old, _ = do_enqueue("held", severity=90, target_type="community.post", target_id=3)
    QueueItem.objects.filter(pk=high_old.pk).update(created_at=now - dt.timedelta(hours=1))

    assert list(QueueItem.objects.values_list("pk", flat=True)) == [
        high_old.pk,
        high_new.pk,
        low.pk,
    ]


def test_claim_locks_the_item_to_one_moderator(moderator: Member, second_moderator: Member) -> None:
    item, _ = do_enqueue("held", severity=50, target_type="community.post", target_id=1)

    assert do_claim_item(item.pk, moderator) is not None
    assert do_claim_item(item.pk, second_moderator) is None
    assert do_claim_next(second_moderator) is None


def test_claim_expires_after_ten_minutes(moderator: Member, second_moderator: Member) -> None:
    item, _ = do_enqueue("held", severity=50, target_type="community.post", target_id=1)
    t0 = timezone.now()
    do_claim_item(item.pk, moderator, now=t0)

    assert do_claim_item(item.pk, second_moderator, now=t0 + dt.timedelta(minutes=9)) is None
    taken = do_claim_item(item.pk, second_moderator, now=t0 + dt.timedelta(minutes=10, seconds=1))
    assert taken is not None and taken.claimed_by_id == second_moderator.pk


def test_release_gives_the_item_back(moderator: Member, second_moderator: Member) -> None:
    item, _ = do_enqueue("held", severity=50, target_type="community.post", target_id=1)
    do_claim_item(item.pk, moderator)

    assert do_release_item(item, second_moderator) is False
    assert do_release_item(item, moderator) is True
    assert do_claim_next(second_moderator) == item


def test_held_post_approved_becomes_visible_and_confirms_nothing(
    member: Member, moderator: Member, post_by: Callable[..., Any]
) -> None:
    post = post_by(member, "mon numéro c'est le 06 12 34 56 78")
    screening = screen_text(post.body, record=False)
    item = do_hold_for_review(
        target_type="community.post",
        target_id=post.pk,
        author=member,
        text=post.body,
        screening=screening,
    )
    post.refresh_from_db()
    assert post.status == "held"
    do_claim_item(item.pk, moderator)

    do_decide_item(item, moderator, decision="approve")

    post.refresh_from_db()
    item.refresh_from_db()
    assert post.status == "visible"
    assert (item.status, item.decision, item.engine_outcome) == ("decided", "approve", "overturned")
    assert Notification.objects.get(recipient=member, kind="team").code == "content.approved"


def test_redact_replaces_personal_information_with_a_marker() -> None:
    text = "appelle moi au 06 12 34 56 78 stp"
    spans = [
        {"start": 15, "end": 29, "category": "personal_info"},
        {"start": 0, "end": 7, "category": "abuse"},
    ]

    assert redact(text, spans) == "appelle moi au […] stp"


def test_ban_decision_removes_bans_and_audits(
    member: Member, moderator: Member, post_by: Callable[..., Any]
) -> None:
    post = post_by(member, "sale pute")
    item = do_hold_for_review(
        target_type="community.post",
        target_id=post.pk,
        author=member,
        text=post.body,
        screening=screen_text(post.body, record=False),
    )
    do_claim_item(item.pk, moderator)

    do_decide_item(item, moderator, decision="ban", reason="sexual", note="récidive")

    post.refresh_from_db()
    item.refresh_from_db()
    assert post.status == "hidden"
    assert item.engine_outcome == "confirmed"
    assert Sanction.objects.get(member=member).kind == "ban"
    actions = list(
        AuditEntry.objects.filter(actor_id=moderator.pk).values_list("action", flat=True)
    )
    assert actions == ["queue.claim", "sanction.ban", "queue.decide"]


def test_appeal_overturned_lifts_the_sanction(
    member: Member, moderator: Member, second_moderator: Member
) -> None:
    sanction = do_sanction(member, "mute_7d", reason="abuse", actor=moderator)
    do_appeal(sanction, text="C'était une blague entre amis, pardon.")
    item = QueueItem.objects.get(kind="appeal")
    do_claim_item(item.pk, second_moderator)

    do_decide_item(item, second_moderator, decision="approve")

    sanction.refresh_from_db()
    assert sanction.lifted_at is not None
    assert sanction.appeal.status == "overturned"
    assert (
        Notification.objects.filter(recipient=member, kind="team").first().code
        == "appeal.overturned"
    )  # type: ignore[union-attr]


def test_nudge_sent_anyway_goes_to_the_queue_not_the_public(
    member: Member, post_by: Callable[..., Any]
) -> None:
    post = post_by(member, "t'es vraiment un boloss")
    screening = screen_text(post.body, record=False)

    do_record_nudge_outcome(member, "edited", rule="abuse.mild")
    do_record_nudge_outcome(
        member,
        "sent_anyway",
        rule="abuse.mild",
        target_type="community.post",
        target_id=post.pk,
        text=post.body,
        screening=screening,
    )

    assert sorted(NudgeOutcome.objects.values_list("outcome", flat=True)) == [
        "edited",
        "sent_anyway",
    ]
    item = QueueItem.objects.get(kind="held")
    assert item.payload["reason"] == "nudge.sent_anyway"
    post.refresh_from_db()
    assert post.status == "held"
