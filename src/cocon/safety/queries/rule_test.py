"""The rules editor's test box: what a rule would have matched in recently stored texts."""

from __future__ import annotations

from dataclasses import dataclass

from cocon.guard.normalize import normalize
from cocon.safety.conf import conf
from cocon.safety.queries.content import recent_texts
from cocon.safety.queries.rules import compile_rule, match_rule

MAX_SHOWN = 50


@dataclass(frozen=True)
class RuleTestMatch:
    target_type: str
    target_id: str
    excerpt: str
    start: int
    end: int


def test_rule(
    kind: str, pattern: str, *, days: int | None = None
) -> tuple[int, int, list[RuleTestMatch]]:
    """Return (texts scanned, texts matched, first matches with a short excerpt around each)."""
    regex = compile_rule(kind, pattern)
    scanned = matched = 0
    shown: list[RuleTestMatch] = []
    for target_type, target_id, text in recent_texts(days or conf("RULE_TEST_DAYS")):
        scanned += 1
        spans = match_rule(kind, regex, normalize(text))
        if not spans:
            continue
        matched += 1
        if len(shown) < MAX_SHOWN:
            start, end = spans[0]
            lo = max(0, start - 40)
            shown.append(
                RuleTestMatch(target_type, target_id, text[lo : end + 40], start - lo, end - lo)
            )
    return scanned, matched, shown


test_rule.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
