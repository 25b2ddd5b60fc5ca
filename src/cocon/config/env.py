"""Read Cocon's settings from the environment (``COCON_`` prefix, plus ``DATABASE_URL``)."""

from __future__ import annotations

import json
import os

PREFIX = "COCON_"


def env_str(name: str, default: str = "") -> str:
    """Return ``COCON_<name>`` as a string, or ``default``."""
    return os.environ.get(PREFIX + name, default)


def env_bool(name: str, default: bool = False) -> bool:
    """Return ``COCON_<name>`` read as a boolean (1/true/yes/on)."""
    raw = os.environ.get(PREFIX + name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    """Return ``COCON_<name>`` as an integer, or ``default`` when unset."""
    raw = os.environ.get(PREFIX + name)
    return default if raw is None or raw.strip() == "" else int(raw)


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated ``COCON_<name>`` as a list."""
    raw = os.environ.get(PREFIX + name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_json(name: str, default: dict[str, int]) -> dict[str, int]:
    """Return a JSON object from ``COCON_<name>`` merged over ``default``."""
    raw = os.environ.get(PREFIX + name)
    if not raw:
        return dict(default)
    merged = dict(default)
    merged.update(json.loads(raw))
    return merged
