"""What the golden probes share: every phrasing of a golden module (for the freshness tests),
the abusive score ``evaluate`` ranks by, and the cases marked with their known misses."""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from cocon.guard import Verdict
from cocon.guard.evaluate import ABUSIVE_CATEGORIES


def abusive(verdict: Verdict) -> float:
    """The abusive score of ``evaluate``: the strongest of the abusive categories."""
    return max(verdict.scores.get(c, 0.0) for c in ABUSIVE_CATEGORIES)


def with_known_misses(cases: Sequence[tuple[Any, ...]], misses: Mapping[str, str]) -> list[Any]:
    """``cases`` for ``parametrize``, those whose text is in ``misses`` as strict xfails (a miss
    that starts to pass fails, so the list stays true)."""
    return [
        pytest.param(*case, marks=pytest.mark.xfail(reason=misses[case[0]], strict=True))
        if case[0] in misses
        else case
        for case in cases
    ]


def golden_texts(module: object) -> set[str]:
    """Every phrasing of a golden module: the strings of its lists, or their first item."""
    found: set[str] = set()
    for value in vars(module).values():
        if isinstance(value, dict):
            value = list(value)
        if not isinstance(value, list):
            continue
        for item in value:
            if isinstance(item, str):
                found.add(item)
            elif isinstance(item, tuple) and item and isinstance(item[0], str):
                found.add(item[0])
    return found


#: The golden modules in the order they were written: a probe written blind must not repeat a
#: phrasing of any probe before it.
PROBES = (
    "test_golden_en",
    "test_golden_fr",
    "test_golden_functional",
    "test_golden_hatecheck",
    "test_golden_hatecheck_en",
    "test_golden_threats",
    "test_golden_selfharm",
    "test_golden_grooming",
    "test_golden_hatecheck_blind",
    "test_golden_playground",
    "test_golden_regional",
    "test_golden_everyday",
    "test_golden_care_lookalikes",
    "test_golden_english_blind",
    "test_golden_disguises",
    "test_golden_chat_aggression",
    "test_golden_chat_threats",
    "test_golden_care_fr_blind",
    "test_golden_hatecheck_en_blind",
    "test_golden_hatecheck_fr_blind",
    "test_golden_care_en_blind",
    "test_golden_everyday_blind",
)


def earlier_texts(probe: str) -> set[str]:
    """Every phrasing of the golden modules written before ``probe``, for freshness checks."""
    found: set[str] = set()
    for name in PROBES[: PROBES.index(probe)]:
        found |= golden_texts(importlib.import_module(f"{__package__}.{name}"))
    return found
