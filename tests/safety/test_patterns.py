"""Harassment across messages: one author against one member, and pile-ons."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cocon.accounts.models import Member
from cocon.safety.models import QueueItem
from cocon.safety.screening import screen_text

pytestmark = pytest.mark.django_db
INSULT = "t'es qu'une boloss"


def test_three_negative_verdicts_against_one_member_raise_a_harassment_item(
    member_factory: Callable[..., Member], member: Member
) -> None:
    bully = member_factory(pseudonym="Brute")
    for n in range(3):
        screen_text(
            INSULT,
            author=bully,
            kind="comment",
            context={
                "target_member_id": member.pk,
                "target_type": "community.post",
                "target_id": n + 1,
            },
        )

    item = QueueItem.objects.get(kind="harassment", payload__pattern="targeted")
    assert (item.member_id, item.payload["target_member_id"], item.payload["count"]) == (
        bully.pk,
        member.pk,
        3,
    )
    assert len(item.payload["thread"]) == 3


def test_two_negative_verdicts_are_not_yet_a_pattern(
    member_factory: Callable[..., Member], member: Member
) -> None:
    bully = member_factory(pseudonym="Brute")
    for _ in range(2):
        screen_text(INSULT, author=bully, kind="comment", context={"target_member_id": member.pk})

    assert not QueueItem.objects.filter(kind="harassment").exists()


def test_three_authors_on_one_post_within_an_hour_is_a_pile_on(
    member_factory: Callable[..., Member],
) -> None:
    for n in range(3):
        author = member_factory(pseudonym=f"Meute{n}x")
        screen_text(
            INSULT,
            author=author,
            kind="comment",
            context={"target_type": "community.post", "target_id": 42},
        )

    item = QueueItem.objects.get(kind="harassment", payload__pattern="pile_on")
    assert (item.target_type, item.target_id, len(item.payload["authors"])) == (
        "community.post",
        "42",
        3,
    )
