"""safety 0005 moves stored team messages into the members' notifications, and back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("safety", "0004_member_notes"), ("community", "0004_notification_team_message")]
AFTER = [("safety", "0005_team_messages_to_notifications")]
SENT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def migrate(targets: list[tuple[str, str]]) -> Any:
    """Migrate to ``targets`` and return the historical apps at that point."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def at_0004(transactional_db: Any) -> Any:
    apps = migrate(BEFORE)
    yield apps
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_stored_messages_become_team_notifications_and_can_go_back(at_0004: Any) -> None:
    Member = at_0004.get_model("accounts", "Member")
    Message = at_0004.get_model("safety", "Message")
    reader = Member.objects.create(
        pseudonym="Lison", pseudonym_key="lison", birth_year=2008, birth_month=1
    )
    other = Member.objects.create(
        pseudonym="Noa", pseudonym_key="noa", birth_year=2009, birth_month=1
    )
    Message.objects.create(
        member=reader, code="strike", body="Ton message n'a pas été publié.", created_at=SENT,
        read_at=SENT + dt.timedelta(hours=1),
    )  # fmt: skip
    Message.objects.create(
        member=other, code="report.no_action", body="Thank you for your report.", created_at=SENT
    )

    apps = migrate(AFTER)

    Notification = apps.get_model("community", "Notification")
    rows = Notification.objects.order_by("recipient_id").values_list(
        "recipient_id", "kind", "code", "body", "created_at", "read_at", "post_id", "count"
    )
    assert list(rows) == [
        (reader.pk, "team", "strike", "Ton message n'a pas été publié.", SENT,
         SENT + dt.timedelta(hours=1), None, 1),
        (other.pk, "team", "report.no_action", "Thank you for your report.", SENT, None, None, 1),
    ]  # fmt: skip

    apps = migrate(BEFORE)

    back = apps.get_model("safety", "Message").objects.order_by("member_id")
    assert list(back.values_list("member_id", "code", "read_at")) == [
        (reader.pk, "strike", SENT + dt.timedelta(hours=1)),
        (other.pk, "report.no_action", None),
    ]
    assert not apps.get_model("community", "Notification").objects.filter(kind="team").exists()
