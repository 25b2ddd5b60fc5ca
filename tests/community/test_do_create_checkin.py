from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.errors import CoconError
from cocon.community.actions.checkins import do_create_checkin, do_send_post_anyway
from cocon.community.models import Post
from cocon.community.validation import validate_checkin
from cocon.safety.models import NudgeOutcome, QueueItem


def test_create_checkin_publishes_an_allowed_message(
    member: Any, checkin_payload: dict[str, Any]
) -> None:
    post = do_create_checkin(member, validate_checkin(checkin_payload))
    assert (post.status, post.visibility, post.mood, post.emotions) == (
        "visible",
        "community",
        2,
        ["loneliness", "stress"],
    )
    assert post.screening["action"] == "allow"


@pytest.mark.parametrize(
    ("action", "status"), [("nudge", "pending_nudge"), ("hold", "held"), ("block", "blocked")]
)
def test_create_checkin_stores_the_status_the_screening_decides(
    member: Any,
    checkin_payload: dict[str, Any],
    watched_word: Callable[[str, str], None],
    action: str,
    status: str,
) -> None:
    watched_word("patatedouce", action)
    post = do_create_checkin(
        member, validate_checkin({**checkin_payload, "body": "voilà patatedouce"})
    )
    assert post.status == status
    assert post.screening["action"] == action
    assert post.screening["reasons"] == ["abuse.watched"]


def test_journal_entries_are_never_refused(
    member: Any, checkin_payload: dict[str, Any], watched_word: Callable[[str, str], None]
) -> None:
    watched_word("patatedouce", "block")
    post = do_create_checkin(
        member,
        validate_checkin({**checkin_payload, "visibility": "journal", "body": "patatedouce"}),
    )
    assert post.status == "visible"
    assert post.screening["action"] == "block"


def test_send_anyway_sends_a_nudged_post_to_a_moderator_not_to_the_public(
    member: Any, checkin_payload: dict[str, Any], watched_word: Callable[[str, str], None]
) -> None:
    watched_word("patatedouce", "nudge")
    post = do_create_checkin(member, validate_checkin({**checkin_payload, "body": "patatedouce"}))
    assert do_send_post_anyway(member, post) is True
    post.refresh_from_db()
    assert post.status == "held"
    assert post.screening["sent_anyway"] is True
    item = QueueItem.objects.get(target_type="community.post", target_id=str(post.pk))
    assert item.payload["reason"] == "nudge.sent_anyway"
    assert NudgeOutcome.objects.filter(member=member, outcome="sent_anyway").count() == 1
    assert do_send_post_anyway(member, post) is False


def test_members_awaiting_a_parent_cannot_post(
    awaiting_parent_member: Any, checkin_payload: dict[str, Any]
) -> None:
    with pytest.raises(CoconError) as caught:
        do_create_checkin(awaiting_parent_member, validate_checkin(checkin_payload))
    assert (caught.value.code, caught.value.status) == ("awaiting_parent", 403)
    assert Post.objects.count() == 0


def test_validate_checkin_lists_every_problem(db: Any) -> None:
    with pytest.raises(CoconError) as caught:
        validate_checkin(
            {
                "mood": 9,
                "emotions": ["nope"],
                "theme": "mars",
                "need": 3,
                "visibility": "all",
                "body": "<b>x</b>",
            }
        )
    assert caught.value.code == "invalid"
    assert sorted(caught.value.fields) == [
        "body",
        "emotions",
        "mood",
        "need",
        "theme",
        "visibility",
    ]
