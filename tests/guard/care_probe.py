"""What the blind care probes (French and English youth distress) expect of a verdict.

Shared by ``test_golden_care_fr_blind`` and ``test_golden_care_en_blind``, so that both read an
expectation the same way.
"""

from __future__ import annotations

from cocon.guard import Verdict

LEVELS = ("none", "low", "moderate", "high", "imminent")
#: Expectations: a minimum risk level, a category of the author's care, or a look-alike.
AT_RISK = frozenset({"low", "moderate", "high", "imminent"})
CARE_CATEGORY = {"disclosure": "abuse_disclosure", "bullied": "bullied"}
LOOK_ALIKE = frozenset({"none", "max_low"})


def check_case(verdict: Verdict, expect: str, text: str) -> None:
    """Assert that ``verdict`` meets ``expect``: at least the risk level of a cry (never a
    block), the care category of a disclosure, no care at all for a look-alike (``none``), or at
    most a low flag and no action (``max_low``)."""
    cats = {r.split(".")[0] for r in verdict.reasons}
    got = f"{verdict.action} risk={verdict.risk} care={verdict.care} {verdict.reasons}"
    if expect in AT_RISK:
        assert LEVELS.index(verdict.risk) >= LEVELS.index(expect), f"{text!r}: {got}"
        assert verdict.action != "block", f"{text!r}: self-harm is never blocked: {got}"
    elif expect in CARE_CATEGORY:
        assert verdict.care and CARE_CATEGORY[expect] in cats, f"{text!r}: {got}"
    elif expect == "none":
        assert not verdict.care and verdict.risk == "none", f"{text!r}: {got}"
    elif expect == "max_low":
        assert LEVELS.index(verdict.risk) <= 1 and verdict.action == "allow", f"{text!r}: {got}"
    else:
        raise AssertionError(f"unknown expectation {expect!r}")


def care_score(verdict: Verdict) -> float:
    """The risk level, and half a level more for a care flag (disclosure, bullying)."""
    return LEVELS.index(verdict.risk) + (0.5 if verdict.care else 0.0)
