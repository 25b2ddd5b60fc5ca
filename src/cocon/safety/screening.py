"""The one place where every text a member writes is screened before anyone else sees it.

Posts, comments, journal entries, bios and pseudonyms all go through ``screen_text``; callers
honour the action it returns (allow, nudge, hold, block) and store ``verdict`` with the content.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Literal

Action = Literal["allow", "nudge", "hold", "block"]
TextKind = Literal["post", "comment", "journal", "bio", "pseudonym"]

_guard_lock = threading.Lock()
_guard: Any = None


@dataclass(frozen=True)
class Screening:
    """What the screening decided, with everything needed to explain it later."""

    action: Action
    rule: str
    risk: str = "none"
    reasons: tuple[str, ...] = ()
    spans: tuple[dict[str, Any], ...] = ()
    verdict: dict[str, Any] = field(default_factory=dict)

    @property
    def is_visible(self) -> bool:
        return self.action == "allow"


def get_guard() -> Any:
    """Return the process-wide engine, built once on first use (thread-safe)."""
    global _guard
    if _guard is None:
        with _guard_lock:
            if _guard is None:
                from cocon.guard import Guard

                _guard = Guard()
    return _guard


def screen_text(text: str, *, author: Any = None, kind: TextKind = "post", context: dict[str, Any] | None = None) -> Screening:
    """Screen ``text`` with the moderators' rules and cocon.guard and return the decision."""
    guard = get_guard()
    country = getattr(author, "country", None)
    lang = getattr(author, "language", None)
    verdict = guard.check(text, country=country, context=context)
    data = verdict.to_dict()
    return Screening(
        action=data["action"],
        rule=str(data.get("rule", "")),
        risk=str(data.get("risk", "none")),
        reasons=tuple(data.get("reasons", ())),
        spans=tuple(data.get("spans", ())),
        verdict={**data, "author_language": lang},
    )
