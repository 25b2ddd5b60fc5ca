"""Fixtures for the engine: one lexicon-only Guard per session (no database, no network)."""

from __future__ import annotations

import pytest

from cocon.guard import Guard, Verdict


@pytest.fixture(scope="session")
def lexicon_guard() -> Guard:
    return Guard(learned=False).load()


@pytest.fixture(scope="session")
def guard() -> Guard:
    return Guard().load()


def assert_expectation(verdict: Verdict, expect: str, text: str) -> None:
    """Check one golden expectation: space-separated ``key:value`` terms.

    ``risk:high`` exact risk level; ``risk>=moderate`` at least that level; ``cat:abuse`` a
    reason in that category; ``not:abuse`` none in it; ``action:block``; ``code:self_harm.plan``;
    ``clean`` nothing at all (no reason, risk none, action allow).
    """
    levels = ("none", "low", "moderate", "high", "imminent")
    cats = {r.split(".")[0] for r in verdict.reasons}
    for term in expect.split():
        if term == "clean":
            assert not cats and verdict.risk == "none" and verdict.action == "allow", (
                f"{text!r} should open nothing, got {verdict.reasons} {verdict.risk} {verdict.action}"
            )
        elif term.startswith("risk>="):
            want = term[6:]
            assert levels.index(verdict.risk) >= levels.index(want), (
                f"{text!r}: risk {verdict.risk}, expected at least {want} ({verdict.reasons})"
            )
        elif term.startswith("risk:"):
            assert verdict.risk == term[5:], (
                f"{text!r}: risk {verdict.risk}, expected {term[5:]} ({verdict.reasons})"
            )
        elif term.startswith("cat:"):
            assert term[4:] in cats, f"{text!r}: no {term[4:]} in {verdict.reasons}"
        elif term.startswith("not:"):
            assert term[4:] not in cats, f"{text!r}: unexpected {term[4:]} in {verdict.reasons}"
        elif term.startswith("action:"):
            assert verdict.action == term[7:], (
                f"{text!r}: action {verdict.action} ({verdict.rule}), expected {term[7:]}"
            )
        elif term.startswith("code:"):
            assert term[5:] in verdict.reasons, f"{text!r}: no {term[5:]} in {verdict.reasons}"
        else:
            raise AssertionError(f"unknown expectation {term!r}")
