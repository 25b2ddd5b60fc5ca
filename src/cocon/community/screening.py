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
