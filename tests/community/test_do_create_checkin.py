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


def test_the_action_checks_posting_itself_unless_given_a_fresh_permission_for_its_author(
    member: Any,
    other_member: Any,
    moderator: Any,
    checkin_payload: dict[str, Any],
    django_assert_num_queries: Any,
) -> None:
    from cocon.community import access
    from cocon.safety.actions.sanctions import do_sanction

    data = validate_checkin(checkin_payload)
    permission = access.check_post_permission(member)
    do_sanction(member, "mute_24h", reason="abuse", actor=moderator)
    # Without a permission, with one for someone else or an old one: the action asks again.
    for given in (
        None,
        access.check_post_permission(other_member),
        access.PostPermission(member.pk, permission.checked_at - 60),
    ):
        with pytest.raises(CoconError) as refused:
            do_create_checkin(member, data, permission=given)
        assert refused.value.code == "muted"
    # The one its caller has just obtained (before the mute, here) is trusted: no query.
    with django_assert_num_queries(0):
        assert access.check_post_permission(member, checked=permission) is permission
    assert Post.objects.count() == 0


def test_a_checkin_through_the_api_costs_a_fixed_number_of_queries(
    member_api: Any, checkin_payload: dict[str, Any], django_assert_num_queries: Any
) -> None:
    assert member_api.post("/api/v1/checkins", checkin_payload).status_code == 201
    # the token with its member, the posting sanctions (once), the theme, the watched rules'
    # version, then the post in a transaction (a savepoint inside the test's transaction)
    with django_assert_num_queries(7) as captured:
        assert member_api.post("/api/v1/checkins", checkin_payload).status_code == 201
    assert sum("safety_sanction" in q["sql"] for q in captured.captured_queries) == 1
