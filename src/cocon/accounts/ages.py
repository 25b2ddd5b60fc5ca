"""Age rules: who may join, and who needs a parent's confirmation first."""

from __future__ import annotations

import datetime as dt

from django.conf import settings


def age_from_birth(year: int, month: int, today: dt.date) -> int:
    """Return the age in whole years, taking the 1st of the birth month as the birthday."""
    age = today.year - year
    if today.month < month:
        age -= 1
    return age


def consent_key(country: str, province: str = "") -> str:
    return f"{country}-{province}" if province else country


def digital_consent_age(country: str, province: str = "") -> int:
    """Return the age below which a parent must confirm, from the configurable table."""
    table: dict[str, int] = settings.COCON_DIGITAL_CONSENT_AGES
    for key in (consent_key(country, province), country):
        if key in table:
            return int(table[key])
    return int(table.get("default", 13))
