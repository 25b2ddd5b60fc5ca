"""Reports: merge duplicates, hide after three trusted reporters, tell reporters the outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.models import Member
from cocon.community.models import Notification
from cocon.safety.actions.decisions import do_decide_item
from cocon.safety.actions.queue import do_claim_item
from cocon.safety.actions.reports import do_report
from cocon.safety.models import AuditEntry, ContentState, QueueItem, Report
from cocon.safety.queries.content import hidden_target_ids

pytestmark = pytest.mark.django_db


def _report(reporter: Member, post: Any, reason: str = "harassment") -> tuple[Report, bool]:
    return do_report(
        reporter,
        target_type="community.post",
        target_id=post.pk,
        target_member=post.author,
        reason=reason,
        text=post.body,
    )


def test_same_reporter_twice_merges_into_one_report(
    old_member_factory: Callable[..., Member], post_by: Callable[..., Any], member: Member
) -> None:
    post = post_by(member)
    reporter = old_member_factory()

    first, created = _report(reporter, post)
    again, created_again = _report(reporter, post, reason="spam")

    assert (created, created_again, again.pk, again.reason) == (True, False, first.pk, "harassment")
    assert Report.objects.count() == 1
    assert QueueItem.objects.filter(kind="report").count() == 1


def test_reports_from_different_members_share_one_queue_item(
    old_member_factory: Callable[..., Member], post_by: Callable[..., Any], member: Member
) -> None:
    post = post_by(member)
    _report(old_member_factory(), post)
    _report(old_member_factory(), post, reason="worried")

    item = QueueItem.objects.get(kind="report")
    assert item.reports.count() == 2
    assert item.severity == 85  # "worried about someone" raises the item


def test_three_trusted_reporters_hide_the_post(
    old_member_factory: Callable[..., Member], post_by: Callable[..., Any], member: Member
) -> None:
    post = post_by(member)
    for _ in range(3):
        _report(old_member_factory(), post)

    post.refresh_from_db()
    assert post.status == "hidden"
    assert hidden_target_ids("community.post") == {str(post.pk)}
    assert AuditEntry.objects.filter(action="content.hide_by_reports").count() == 1


def test_new_accounts_reports_do_not_hide(
    member_factory: Callable[..., Member], post_by: Callable[..., Any], member: Member
) -> None:
    post = post_by(member)
    for _ in range(3):
        _report(member_factory(), post)

    post.refresh_from_db()
    assert post.status == "visible"
    assert not ContentState.objects.exists()


def test_reporters_learn_the_outcome(
    old_member_factory: Callable[..., Member],
    post_by: Callable[..., Any],
    member: Member,
    moderator: Member,
) -> None:
    post = post_by(member)
    reporter = old_member_factory(language="en")
    _report(reporter, post)
    item = QueueItem.objects.get(kind="report")
    do_claim_item(item.pk, moderator)

    do_decide_item(item, moderator, decision="remove", reason="abuse")

    assert Report.objects.get().outcome == "actioned"
    assert (
        Notification.objects.get(recipient=reporter, kind="team").body
        == "Thank you for your report. The Cocon team acted on it: Insults or put-downs."
    )
    assert (
        Notification.objects.get(recipient=member, kind="team").body
        == "L'équipe Cocon a retiré un de tes messages : des insultes ou du dénigrement."
    )
    post.refresh_from_db()
    assert post.status == "hidden"
