"""The channel that carries messages from the Cocon team to a member.

What the team tells a member (a strike, a mute, a suspension, a decision on their message, the
outcome of their report) belongs in the member's one notifications list, with its unread count
in the navigation. That list is community's (its ``Notification`` model and actions), and
community imports safety (screening, sanctions), never the reverse. So community plugs its
notification action in here from ``CommunityConfig.ready``, the way apps register exporters
with accounts, and safety sends through it without knowing community's models.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class TeamMessage:
    """One message from the team as the member's list keeps it (``body`` already translated)."""

    id: int
    code: str
    body: str
    created_at: dt.datetime
    read: bool


Send = Callable[[Any, str, str], TeamMessage]
ListFor = Callable[[Any, int], Sequence[TeamMessage]]

_send: Send | None = None
_list_for: ListFor | None = None


def register_channel(*, send: Send, list_for: ListFor) -> None:
    """Called once by the app that keeps the member's notifications (community)."""
    global _send, _list_for
    _send, _list_for = send, list_for


def _missing() -> ImproperlyConfigured:
    # A member must always be told: losing the message silently would be worse than failing.
    return ImproperlyConfigured(
        "No app carries messages from the team to members: add cocon.community to INSTALLED_APPS."
    )


def send_team_message(member: Any, *, code: str, body: str) -> TeamMessage:
    """Put ``body`` (written in the member's language) in the member's notifications."""
    if _send is None:
        raise _missing()
    return _send(member, code, body)


def team_messages_for(member: Any, limit: int = 100) -> Sequence[TeamMessage]:
    """The member's latest messages from the team, newest first."""
    if _list_for is None:
        raise _missing()
    return _list_for(member, limit)
