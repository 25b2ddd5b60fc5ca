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

Five markers of the care themes (``fr.care.patterns.tsv``, ``en.care.patterns.tsv``) steer the
level; they never score:

- ``care.goodbye`` ("prenez soin de vous", "je vous aime tous", giving one's things away) and
  ``care.final`` ("c'est fini pour moi", "pour de bon", "j'en aurai plus besoin"): said next to
  ideation or self-harm they make it a farewell (imminent); ``care.final`` also makes a named
  method count ("dans 10 minutes c'est fini, je suis sur le pont");
- ``care.recovered`` ("aujourd'hui ça va", "maintenant je vais mieux"): self-harm words told
  before it are a story of the past ("il y a deux ans je me scarifiais, aujourd'hui ça va"):
  a low flag, and no timeframe makes them imminent. Words after it ("ça va mieux mais j'ai
  encore envie de mourir") keep their level;
- ``care.fiction`` ("un poème sur …", "le perso laisse …", "le refrain c'est « … »"): the words
  inside a work or a quoted song are no one's risk;
- ``care.other`` ("mon amie dit qu'elle …", "comment aider quelqu'un qui …"): self-harm words
  inside it are someone else's. The author worried about a friend gets a low flag
  (``distress.concern``), never a hold, so the care team can offer them help for the friend.

The English markers are the same in chat spelling ("goodbye everyone", "sorry for everything",
"its not your fault", "now im doing way better", "my friend said she …", "the lyrics go …"); an
English goodbye or finality counts only in the last 120 characters of a message, where a chat
farewell is, so that a long post of support ("it's not your fault …") is no farewell.
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
    # a friend's risk told by a worried author; self-harm words told as a past the author is over
    "distress.concern": "low",
    "self_harm.past": "low",
    # markers that set no level alone, but make a named method count (see assess_risk)
    "care.final": "none",
    "care.goodbye": "none",
}
_RANK = {level: i for i, level in enumerate(RISK_LEVELS)}
# Token distance within which a timeframe ("ce soir", "tonight") makes ideation imminent.
_TIMEFRAME_REACH = 12
# Token distance within which a goodbye or a word of finality makes ideation a farewell.
_FAREWELL_REACH = 24
_GOODBYE = frozenset({"care.goodbye", "care.final"})
_RISK_CATEGORIES = frozenset({"self_harm", "distress"})
# What does not make a named method count: another method, a goodbye alone ("prenez soin de
# vous"), a friend's risk, a past the author is over.
_NO_SIGNAL = frozenset({"self_harm.method", "care.goodbye", "distress.concern", "self_harm.past"})


def raise_risk(level: str, to: str) -> str:
    """Return the higher of two risk levels.

    Examples
    --------
    >>> raise_risk("low", "high"), raise_risk("high", "low")
    ('high', 'high')
    """
    return to if _RANK[to] > _RANK[level] else level


def _inside(hit: Hit, frame: Hit) -> bool:
    return hit.first >= 0 and frame.first <= hit.first and hit.last <= frame.last


def assess_risk(hits: Iterable[Hit]) -> tuple[str, str | None]:
    """Return the risk level and the code that set it (None when the level is ``none``)."""
    level = "none"
    why: str | None = None
    ideation: list[Hit] = []
    timeframes: list[Hit] = []
    hits = list(hits)
    markers = [h for h in hits if h.category == "care"]
    if markers:
        hits = _read_markers(hits, markers)
    # "j'ai pris un doliprane" is not a risk; "je veux mourir, j'ai des cachets" is.
    other_signal = any(h.code in RISK_BY_CODE and h.code not in _NO_SIGNAL for h in hits)
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
    if ideation and level != "imminent":
        for t in timeframes:
            # a regular-expression timeframe ("à 22h") has no token position: it counts anywhere
            if t.first < 0 or any(
                abs(t.first - h.first) <= _TIMEFRAME_REACH for h in ideation if h.first >= 0
            ):
                return "imminent", "self_harm.timeframe"
        for m in markers:
            # a goodbye inside the words of ideation ("partir pour toujours") adds nothing to them
            if m.code in _GOODBYE and any(
                h.first < 0
                or (
                    (m.first >= h.last or m.last <= h.first)
                    and abs(m.first - h.first) <= _FAREWELL_REACH
                )
                for h in ideation
            ):
                return "imminent", "self_harm.farewell"
    return level, why


def _read_markers(hits: list[Hit], markers: list[Hit]) -> list[Hit]:
    """Apply the care markers that change what the other hits say (see the module docstring)."""
    fiction = [m for m in markers if m.code == "care.fiction" and m.first >= 0]
    if fiction:
        # a film, a book, a song quoted: the words inside are no one's risk
        hits = [
            h
            for h in hits
            if h.category not in _RISK_CATEGORIES or not any(_inside(h, f) for f in fiction)
        ]
    others = [m for m in markers if m.code == "care.other" and m.first >= 0]
    if others:
        # a friend's words of risk are no risk of the author's: the worry is a low flag
        hits = [
            h._replace(category="distress", code="distress.concern", severity=1)
            if h.category in _RISK_CATEGORIES and any(_inside(h, o) for o in others)
            else h
            for h in hits
        ]
    recovered = [m.first for m in markers if m.code == "care.recovered" and m.first >= 0]
    if recovered:
        # "maintenant ça va mieux": the "maintenant" of a recovery is no moment chosen to die
        kept = [m for m in markers if m.code == "care.recovered" and m.first >= 0]
        hits = [
            h for h in hits if h.category != "timeframe" or not any(_inside(h, m) for m in kept)
        ]
        told = [
            h
            for h in hits
            if h.category == "self_harm"
            and h.code in RISK_BY_CODE
            and _RANK[RISK_BY_CODE[h.code]] >= _RANK["moderate"]
        ]
        # the story of a past that is over: every self-harm word comes before "aujourd'hui ça va"
        if told and all(0 <= h.last <= min(recovered) for h in told):
            hits = [
                h._replace(code="self_harm.past") if h in told else h
                for h in hits
                if h.category != "timeframe" and h.code not in _GOODBYE
            ]
    return hits
