"""Tell a member, in their own language, what the Cocon team decided and why.

The text is written once, in the member's language, and goes to their notifications list
(``cocon.safety.team_messages``), where the unread count shows it.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation
from django.utils.translation import pgettext

from cocon.safety.reasons import reason_label
from cocon.safety.team_messages import TeamMessage, send_team_message


def _body(code: str, params: dict[str, Any]) -> str:
    texts = {
        "sanction.warn": pgettext(
            "member message",
            "The Cocon team is sending you a warning: %(reason)s. Please read the kindness charter again.",
        ),
        "sanction.mute_24h": pgettext(
            "member message", "The Cocon team has paused your posting for 24 hours: %(reason)s."
        ),
        "sanction.mute_7d": pgettext(
            "member message", "The Cocon team has paused your posting for 7 days: %(reason)s."
        ),
        "sanction.suspend": pgettext(
            "member message",
            "Your account is suspended while the Cocon team reviews it: %(reason)s. You may appeal once.",
        ),
        "sanction.ban": pgettext(
            "member message",
            "Your account is closed by the Cocon team: %(reason)s. You may appeal once.",
        ),
        "strike": pgettext(
            "member message",
            "Your message was not published: %(reason)s. This counts as a strike (%(count)s in the last 30 days).",
        ),
        "content.removed": pgettext(
            "member message", "The Cocon team removed one of your messages: %(reason)s."
        ),
        "content.redacted": pgettext(
            "member message",
            "The Cocon team hid personal information in one of your messages, to protect you and others.",
        ),
        "content.approved": pgettext(
            "member message",
            "The Cocon team read your message: it is now visible. Thank you for waiting.",
        ),
        "report.actioned": pgettext(
            "member message", "Thank you for your report. The Cocon team acted on it: %(reason)s."
        ),
        "report.no_action": pgettext(
            "member message",
            "Thank you for your report. The Cocon team read it and found no breach of the charter this time.",
        ),
        "appeal.upheld": pgettext(
            "member message", "The Cocon team reviewed your appeal and kept the decision."
        ),
        "appeal.overturned": pgettext(
            "member message",
            "The Cocon team reviewed your appeal and lifted the decision. Welcome back.",
        ),
    }
    return texts[code] % params


def do_message_member(member: Any, code: str, *, reason: str = "", **params: Any) -> TeamMessage:
    """Write a message from the team to ``member``, in the member's language."""
    language = getattr(member, "language", "fr") or "fr"
    with translation.override(language):
        body = _body(code, {"reason": reason_label(reason) if reason else "", **params})
    return send_team_message(member, code=code, body=body)
