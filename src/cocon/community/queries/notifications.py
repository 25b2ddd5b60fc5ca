"""Read a member's messages from the team out of their notifications, for safety's API."""

from __future__ import annotations

from typing import Any

from cocon.community.models import Notification, NotificationKind
from cocon.safety.team_messages import TeamMessage


def as_team_message(notification: Notification) -> TeamMessage:
    return TeamMessage(
        id=notification.pk,
        code=notification.code,
        body=notification.body,
        created_at=notification.created_at,
        read=notification.read_at is not None,
    )


def get_team_messages(member: Any, limit: int = 100) -> list[TeamMessage]:
    """The member's latest messages from the team, newest first."""
    rows = Notification.objects.filter(recipient_id=member.pk, kind=NotificationKind.TEAM).order_by(
        "-id"
    )[:limit]
    return [as_team_message(n) for n in rows]
