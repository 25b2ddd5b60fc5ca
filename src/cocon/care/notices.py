"""The channel that tells a member the Cocon team wrote to them in their care conversation.

A young person must not miss the team's message because they never opened ``/care/inbox/``:
it belongs in their one notifications list, with its unread count in the navigation. That
list is community's (its ``Notification`` model and actions), and community imports care,
never the reverse (an import-linter contract holds it). So community plugs its actions in here
from ``CommunityConfig.ready``, as it does for ``cocon.safety.team_messages``, and care sends
through them without knowing community's models.

The notice says only that the team wrote and where to read it, never what: the conversation
stays in care, under care's rules (who reads it, export, erasure).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured

# (member, code, body already in the member's language) -> the notification's id
Notify = Callable[[Any, str, str], int]
# member -> how many of their care notices were marked read
MarkRead = Callable[[Any], int]

_notify: Notify | None = None
_mark_read: MarkRead | None = None


def register_channel(*, notify: Notify, mark_read: MarkRead) -> None:
    """Called once by the app that keeps the member's notifications (community)."""
    global _notify, _mark_read
    _notify, _mark_read = notify, mark_read


def _missing() -> ImproperlyConfigured:
    # A member must always be told: losing the notice silently would be worse than failing.
    return ImproperlyConfigured(
        "No app carries care notices to members: add cocon.community to INSTALLED_APPS."
    )


def notify_member(member: Any, *, code: str, body: str) -> int:
    """Put ``body`` (in the member's language, no care content) in the member's notifications."""
    if _notify is None:
        raise _missing()
    return _notify(member, code, body)


def mark_notices_read(member: Any) -> int:
    """The member opened their conversation: the notices that pointed to it are read."""
    if _mark_read is None:
        raise _missing()
    return _mark_read(member)
