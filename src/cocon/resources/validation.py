"""Check what callers send before any query or action runs; every refusal is a CoconError."""

from __future__ import annotations

import re

from django.utils.translation import pgettext

from cocon.accounts.errors import CoconError
from cocon.resources.models import PROVINCES, Topic
from cocon.resources.queries.directory import KNOWN_COUNTRIES

SOS_MESSAGE_MAX = 500
_MARKUP = re.compile(r"<\s*[a-zA-Z/!?]|&#?\w+;")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def validate_place(country: object, province: object = "") -> tuple[str, str]:
    """Return (country, province) upper-cased, or refuse an unknown one."""
    if not isinstance(country, str) or not country.strip():
        raise CoconError(
            "country_required",
            pgettext("help directory error", "Choose a country to see its help lines."),
            fields={"country": [pgettext("help directory error", "This field is required.")]},
        )
    code = country.strip().upper()
    if code not in KNOWN_COUNTRIES:
        raise CoconError(
            "unknown_country",
            pgettext(
                "help directory error",
                "We have no help directory for this country. Choose France, Belgium, Switzerland, Canada or another country.",
            ),
            fields={"country": [pgettext("help directory error", "Unknown country.")]},
        )
    region = province.strip().upper() if isinstance(province, str) else ""
    if not isinstance(province, str) or (region and region not in PROVINCES.get(code, ())):
        raise CoconError(
            "unknown_province",
            pgettext("help directory error", "This province does not match the country."),
            fields={"province": [pgettext("help directory error", "Unknown province.")]},
        )
    return code, region


def validate_topic(topic: object) -> str:
    """Return a known topic code or "" (all topics)."""
    if topic in (None, ""):
        return ""
    if not isinstance(topic, str) or topic not in Topic.values:
        raise CoconError(
            "unknown_topic",
            pgettext("help directory error", "This topic does not exist."),
            fields={"topic": [pgettext("help directory error", "Unknown topic.")]},
        )
    return topic


def validate_sos_message(message: object) -> str:
    """Return the optional words sent with an SOS request, or refuse markup, binary or too much."""
    if message is None:
        return ""
    if not isinstance(message, str):
        raise CoconError(
            "invalid",
            pgettext("sos error", "Your message must be text."),
            fields={"message": [pgettext("sos error", "Text only.")]},
        )
    text = message.strip()
    if len(text) > SOS_MESSAGE_MAX:
        raise CoconError(
            "too_long",
            pgettext(
                "sos error",
                "Your message is too long: %(max)s characters at most. Your request was not sent yet.",
            )
            % {"max": SOS_MESSAGE_MAX},
            fields={"message": [pgettext("sos error", "Too long.")]},
        )
    if _CONTROL.search(text) or _MARKUP.search(text):
        raise CoconError(
            "text_only",
            pgettext(
                "sos error",
                "Only text and emoji, please: no HTML or special characters. Your request was not sent yet.",
            ),
            fields={"message": [pgettext("sos error", "Text and emoji only.")]},
        )
    return text
