"""Risk for the author's own safety, after the Columbia scale (C-SSRS).

======== ==============================================================================
level    what the author says
======== ==============================================================================
low      hopelessness, worthlessness, loneliness ("personne ne m'aime")
moderate passive or active ideation, self-harm without a plan ("je me scarifie")
high     a plan, a method, the means, a recent attempt ("j'ai acheté des médocs")
imminent a timeframe with ideation, or a farewell ("ce soir j'en finis", "adieu à tous")
======== ==============================================================================

The level comes from the reason codes of the hits, so adding a phrase to a lexicon with the
right code is all it takes to make it escalate.
"""

from __future__ import annotations

from collections.abc import Iterable

from cocon.guard.lexicon import Hit
from cocon.guard.verdict import RISK_LEVELS

__all__ = ["RISK_BY_CODE", "assess_risk", "raise_risk"]

#: Level of each self-harm and distress code.
RISK_BY_CODE: dict[str, str] = {
    "distress.hopeless": "low",
    "distress.worthless": "low",
    "distress.lonely": "low",
    "distress.sad": "low",
    "distress.exhausted": "low",
    "self_harm.passive": "moderate",
    "self_harm.ideation": "moderate",
    "self_harm.act": "moderate",
    # a method named ("médocs", "corde") is high only next to other self-harm words; see below
    "self_harm.method": "high",
    "self_harm.plan": "high",
    "self_harm.means": "high",
    "self_harm.attempt": "high",
    "self_harm.farewell": "imminent",
    "self_harm.imminent": "imminent",
}
_RANK = {level: i for i, level in enumerate(RISK_LEVELS)}
# Token distance within which a timeframe ("ce soir", "tonight") makes ideation imminent.
_TIMEFRAME_REACH = 12


def raise_risk(level: str, to: str) -> str:
    """Return the higher of two risk levels.

    Examples
    --------
    >>> raise_risk("low", "high"), raise_risk("high", "low")
    ('high', 'high')
    """
    return to if _RANK[to] > _RANK[level] else level


def assess_risk(hits: Iterable[Hit]) -> tuple[str, str | None]:
    """Return the risk level and the code that set it (None when the level is ``none``)."""
    level = "none"
    why: str | None = None
    ideation: list[Hit] = []
    timeframes: list[Hit] = []
    hits = list(hits)
    # "j'ai pris un doliprane" is not a risk; "je veux mourir, j'ai des cachets" is.
    other_signal = any(h.code in RISK_BY_CODE and h.code != "self_harm.method" for h in hits)
    for hit in hits:
        if hit.code == "self_harm.method" and not other_signal:
            continue
        if hit.category == "timeframe":
            timeframes.append(hit)
            continue
        found = RISK_BY_CODE.get(hit.code)
        if found is None:
            continue
        if _RANK[found] >= _RANK["moderate"]:
            ideation.append(hit)
        if _RANK[found] > _RANK[level]:
            level, why = found, hit.code
    if ideation and timeframes and level != "imminent":
        for t in timeframes:
            # a regular-expression timeframe ("à 22h") has no token position: it counts anywhere
            if t.first < 0 or any(
                abs(t.first - h.first) <= _TIMEFRAME_REACH for h in ideation if h.first >= 0
            ):
                return "imminent", "self_harm.timeframe"
    return level, why
