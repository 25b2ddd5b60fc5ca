"""The engine's answer: frozen dataclasses that carry codes, never user-facing text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ACTIONS", "RISK_LEVELS", "Span", "Verdict"]

#: Risk levels for the author's own safety, from lowest to highest (C-SSRS-inspired).
RISK_LEVELS = ("none", "low", "moderate", "high", "imminent")
#: Actions, from the mildest to the strictest.
ACTIONS = ("allow", "nudge", "hold", "block")


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``original[start:end]`` that triggered ``code`` in ``category``."""

    start: int
    end: int
    category: str
    code: str

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"start": self.start, "end": self.end, "category": self.category, "code": self.code}


@dataclass(frozen=True, slots=True)
class Verdict:
    """What :meth:`cocon.guard.Guard.check` decided about one text.

    Attributes
    ----------
    scores : dict of str to float
        One score in [0, 1] per category (see :data:`cocon.guard.lexicon.CATEGORIES`).
    risk : str
        One of :data:`RISK_LEVELS`, for the author's own safety.
    action : str
        One of :data:`ACTIONS`.
    rule : str
        Name of the policy rule that chose ``action`` (``"default"`` if none matched).
    spans : tuple of Span
        Where in the original text each reason was found, in text order.
    lang : str
        ``"fr"`` or ``"en"``.
    reasons : tuple of str
        Dotted reason codes, sorted (``"abuse.insult"``, ``"self_harm.plan"``).
    care : bool
        True when the author may need support (risk above ``none``, a disclosure of abuse or of
        being bullied), whatever the action.
    learned : dict of str to float
        The learned layer's probabilities (empty when it is off).
    evidence : dict of str to float
        The lexicon-only scores, when the learned layer is on (``scores`` then blends both).
    """

    scores: dict[str, float]
    risk: str
    action: str
    rule: str
    spans: tuple[Span, ...] = ()
    lang: str = "fr"
    reasons: tuple[str, ...] = ()
    care: bool = False
    learned: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (scores rounded to 4 decimals)."""
        out: dict[str, Any] = {
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "risk": self.risk,
            "action": self.action,
            "rule": self.rule,
            "spans": [s.to_dict() for s in self.spans],
            "lang": self.lang,
            "reasons": list(self.reasons),
            "care": self.care,
        }
        if self.learned:
            out["learned"] = {k: round(v, 4) for k, v in self.learned.items()}
            out["evidence"] = {k: round(v, 4) for k, v in self.evidence.items()}
        return out
