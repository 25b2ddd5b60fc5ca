"""What the freshness tests of the golden probes compare: every phrasing of a golden module."""

from __future__ import annotations


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
