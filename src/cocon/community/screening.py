"""Turn a screening decision into the status a post or comment is stored with."""

from __future__ import annotations

from typing import Any

from cocon.community.models import Status
from cocon.safety.screening import Screening, TextKind, screen_text

STATUS_FOR_ACTION = {
    "allow": Status.VISIBLE,
    "nudge": Status.PENDING_NUDGE,
    "hold": Status.HELD,
    "block": Status.BLOCKED,
}


def screen(
    text: str, *, author: Any, kind: TextKind, context: dict[str, Any] | None = None
) -> tuple[Screening, str]:
    """Screen ``text`` and return the decision with the status to store.

    A private journal entry is screened for the care flow only: it always stays readable by
    its author, whatever the decision, and is never refused for being sad.
    """
    screening = screen_text(text, author=author, kind=kind, context=context)
    if kind == "journal":
        return screening, Status.VISIBLE
    return screening, STATUS_FOR_ACTION.get(screening.action, Status.HELD)


def stored_verdict(screening: Screening) -> dict[str, Any]:
    return {
        "action": screening.action,
        "rule": screening.rule,
        "risk": screening.risk,
        "reasons": list(screening.reasons),
        "verdict": screening.verdict,
    }


class _Stored:
    """The part of a stored screening that the moderation queue reads."""

    def __init__(self, stored: dict[str, Any]) -> None:
        self.action = str(stored.get("action", "nudge"))
        self.verdict = dict(stored.get("verdict") or stored)


def record_sent_anyway(content: Any) -> None:
    """Count the nudge outcome and queue the content for a moderator (content is held)."""
    from cocon.safety.actions.holds import do_record_nudge_outcome

    stored = content.screening or {}
    do_record_nudge_outcome(
        content.author,
        "sent_anyway",
        kind=content._meta.model_name,
        rule=str(stored.get("rule", "")),
        target_type=content._meta.label_lower,
        target_id=content.pk,
        text=str(content.body),
        screening=_Stored(stored),
    )
