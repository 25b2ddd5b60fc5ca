"""Moderation settings with their defaults; override any key in ``settings.COCON_SAFETY``."""

from __future__ import annotations

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    "STRIKE_DAYS": 90,  # a strike expires after this many days
    "STRIKE_WINDOW_DAYS": 30,  # strikes counted towards a ban
    "STRIKES_FOR_BAN": 3,
    "SUSPEND_AT_ONCE": ("incitement", "threat", "hate"),
    "MUTE_24H_HOURS": 24,
    "MUTE_7D_DAYS": 7,
    "CLAIM_MINUTES": 10,
    "REPORTS_TO_HIDE": 3,
    "REPORTER_MIN_AGE_HOURS": 48,
    "HARASSMENT_COUNT": 3,
    "HARASSMENT_HOURS": 24,
    "PILEON_AUTHORS": 3,
    "PILEON_MINUTES": 60,
    "NEW_ACCOUNT_HOURS": 24,
    "NEW_ACCOUNT_POST_RATE": "5/600",
    "BREAK_AFTER_ITEMS": 25,
    "RULE_TEST_DAYS": 7,
    "REGEX_MAX_LENGTH": 200,
    "REDACTION_MARKER": "[…]",
}


def conf(name: str) -> Any:
    """Return the moderation setting ``name``."""
    return getattr(settings, "COCON_SAFETY", {}).get(name, DEFAULTS[name])
