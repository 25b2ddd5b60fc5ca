"""The examples in the engine's docstrings run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "cocon.guard",
    "cocon.guard.normalize",
    "cocon.guard.lexicon",
    "cocon.guard.context",
    "cocon.guard.risk",
    "cocon.guard.policy",
    "cocon.guard.langdetect",
    "cocon.guard.engine",
    "cocon.guard.cli",
    "cocon.guard.bench",
    "cocon.guard.typos",
    "cocon.guard.deep",
    "cocon.guard.team_data",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
