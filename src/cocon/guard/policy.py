"""Policy: from scores and risk to an action, and the name of the rule that chose it.

Rules are tried in order; the first that matches decides. A :class:`Policy` is plain data, so a
platform can pass its own to :class:`cocon.guard.Guard` (``Guard(policy=...)``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cocon.guard.verdict import ACTIONS, RISK_LEVELS

__all__ = ["DEFAULT_POLICY", "Policy", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """Take ``action`` when ``category`` scores at least ``threshold``.

    ``category`` may also be ``"risk"``, with ``min_risk`` (a level of
    :data:`~cocon.guard.verdict.RISK_LEVELS`) instead of a threshold. ``source`` says which
    number is compared: ``"evidence"`` (the lexicons alone, what the spans explain) or
    ``"scores"`` (lexicons blended with the learned layer). A rule with ``spares_care`` does not
    apply to a message that raises a care flag (distress, risk, bullying, a disclosure): the
    learned layer alone must not ask a young person who says they are unwell to mind their words.
    """

    name: str
    category: str
    action: str
    threshold: float = 0.5
    min_risk: str = "none"
    source: str = "evidence"
    spares_care: bool = False

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"rule {self.name}: unknown action {self.action!r}")
        if self.source not in ("evidence", "scores"):
            raise ValueError(f"rule {self.name}: source must be evidence or scores")
        if self.min_risk not in RISK_LEVELS:
            raise ValueError(f"rule {self.name}: unknown risk level {self.min_risk!r}")

    def matches(
        self,
        scores: Mapping[str, float],
        risk: str,
        evidence: Mapping[str, float] | None = None,
        *,
        care: bool = False,
    ) -> bool:
        """Return True when this rule applies."""
        if care and self.spares_care:
            return False
        if self.category == "risk":
            return RISK_LEVELS.index(risk) >= RISK_LEVELS.index(self.min_risk)
        values = evidence if self.source == "evidence" and evidence is not None else scores
        return values.get(self.category, 0.0) >= self.threshold


@dataclass(frozen=True, slots=True)
class Policy:
    """An ordered tuple of rules and the action when none matches.

    Examples
    --------
    >>> DEFAULT_POLICY.decide({"abuse": 0.5}, "none")
    ('nudge', 'abuse.mild')
    >>> DEFAULT_POLICY.decide({"abuse": 0.8}, "none", evidence={"abuse": 0.0})
    ('allow', 'default')
    >>> DEFAULT_POLICY.decide({"incitement": 0.9}, "none")
    ('block', 'incitement')
    >>> DEFAULT_POLICY.decide({}, "high")
    ('hold', 'care.high_risk')
    >>> DEFAULT_POLICY.decide({"abuse": 0.99}, "low", {"abuse": 0.0}, care=True)
    ('allow', 'default')
    """

    rules: tuple[Rule, ...]
    default: str = "allow"
    # The rules as plain tuples, read on every message: (name, action, category, threshold,
    # rank of min_risk or -1, reads evidence, spares care, the rule itself when a subclass may
    # override matches()).
    _plan: tuple[tuple[str, str, str, float, int, bool, bool, Rule | None], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        plan = tuple(
            (
                rule.name,
                rule.action,
                rule.category,
                rule.threshold,
                RISK_LEVELS.index(rule.min_risk)
                if rule.category == "risk" and type(rule) is Rule
                else -1,
                rule.source == "evidence",
                rule.spares_care,
                None if type(rule) is Rule else rule,
            )
            for rule in self.rules
        )
        object.__setattr__(self, "_plan", plan)

    def decide(
        self,
        scores: Mapping[str, float],
        risk: str,
        evidence: Mapping[str, float] | None = None,
        *,
        care: bool = False,
    ) -> tuple[str, str]:
        """Return ``(action, rule name)``.

        ``evidence`` holds the lexicon-only scores; without it, rules read ``scores``. ``care``
        says the message raises a care flag.
        """
        # Rule.matches(), inlined: this runs for every message.
        rank = -1
        for (
            name,
            action,
            category,
            threshold,
            min_rank,
            reads_evidence,
            spares,
            custom,
        ) in self._plan:
            if care and spares:
                continue
            if custom is not None:  # a subclass's matches() need not know of care
                if custom.matches(scores, risk, evidence):
                    return action, name
            elif min_rank >= 0:
                if rank < 0:
                    rank = RISK_LEVELS.index(risk)
                if rank >= min_rank:
                    return action, name
            else:
                values = evidence if reads_evidence and evidence is not None else scores
                if values.get(category, 0.0) >= threshold:
                    return action, name
        return self.default, "default"


#: Defaults for a youth platform. The author's own risk is checked first so that a message in
#: crisis is held for the care team rather than blocked; self-harm is never blocked. Blocks,
#: holds and ordinary nudges read the lexicon evidence, which spans explain to a moderator; the
#: learned layer alone can at most nudge, only when it is very sure, and never a message that
#: raises a care flag.
DEFAULT_POLICY = Policy(
    rules=(
        Rule("care.high_risk", "risk", "hold", min_risk="high"),
        Rule("incitement", "incitement", "block", 0.5),
        Rule("threat", "threat", "block", 0.5),
        Rule("hate", "hate", "block", 0.6),
        Rule("abuse.severe", "abuse", "block", 0.85),
        Rule("sexual", "sexual", "hold", 0.5),
        Rule("personal_info", "personal_info", "hold", 0.5),
        Rule("abuse.mild", "abuse", "nudge", 0.5),
        Rule("hate.mild", "hate", "nudge", 0.5),
        Rule("abuse.learned", "abuse", "nudge", 0.97, source="scores", spares_care=True),
        Rule("hate.learned", "hate", "nudge", 0.97, source="scores", spares_care=True),
    )
)
