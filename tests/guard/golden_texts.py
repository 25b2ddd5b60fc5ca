"""What the freshness tests of the golden probes compare: every phrasing of a golden module."""

from __future__ import annotations

import importlib


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


def earlier_texts(*names: str) -> set[str]:
    """Every phrasing of the golden modules ``names`` (of this package), for freshness checks."""
    found: set[str] = set()
    for name in names:
        found |= golden_texts(importlib.import_module(f"{__package__}.{name}"))
    return found
