"""Validate what the team and members send to the care flow; every refusal is a CoconError."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.utils import timezone
from django.utils.translation import pgettext

from cocon.accounts.errors import CoconError
from cocon.care.models import Outcome, Priority
from cocon.resources.models import Partner

MAX_MESSAGE = 2000
MAX_SHORT = 120
_HTML = re.compile(r"<\s*[a-zA-Z/!?]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PHONE = re.compile(r"^\+?[0-9 ().-]{6,25}$")


def _text(value: Any, field: str, *, required: bool, max_length: int) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise CoconError(
            "care.invalid",
            pgettext("care error", "This must be text."),
            fields={field: [pgettext("care error", "This must be text.")]},
        )
    value = value.replace("\r\n", "\n").strip()
    if required and not value:
        message = pgettext("care error", "Please write something.")
        raise CoconError("care.empty", message, fields={field: [message]})
    if len(value) > max_length:
        message = pgettext("care error", "This is too long (at most %(max)s characters).") % {
            "max": max_length
        }
        raise CoconError("care.too_long", message, fields={field: [message]})
    if _CONTROL.search(value):
        message = pgettext("care error", "This text contains characters that cannot be shown.")
        raise CoconError("care.invalid_characters", message, fields={field: [message]})
    if _HTML.search(value):
        message = pgettext("care error", "Text and emoji only, please: no HTML or markup.")
        raise CoconError("care.markup", message, fields={field: [message]})
    return str(value)


def validate_message(value: Any) -> str:
    return _text(value, "body", required=True, max_length=MAX_MESSAGE)


def validate_note(value: Any, field: str = "note") -> str:
    return _text(value, field, required=False, max_length=MAX_MESSAGE)


def validate_referral_outcome(value: Any) -> str:
    """What came of a referral: required text, as long as a note."""
    return _text(value, "outcome", required=True, max_length=MAX_MESSAGE)


def validate_short(value: Any, field: str, *, required: bool) -> str:
    return _text(value, field, required=required, max_length=MAX_SHORT)


def validate_choice(value: Any, field: str, choices: tuple[str, ...] | list[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        message = pgettext("care error", "Please choose one of the options.")
        raise CoconError("care.invalid_choice", message, fields={field: [message]})
    return value


def validate_outcome(value: Any) -> str:
    return validate_choice(value, "outcome", Outcome.values)


def validate_priority(value: Any) -> str:
    return validate_choice(value, "priority", Priority.values)


def validate_called_at(value: Any) -> dt.datetime:
    if value in (None, ""):
        return timezone.now()
    parsed = None
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
    if parsed is None:
        message = pgettext("care error", "Give a date and time like 2026-11-02 21:40.")
        raise CoconError("care.invalid_time", message, fields={"called_at": [message]})
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    if parsed > timezone.now() + dt.timedelta(minutes=5):
        message = pgettext("care error", "This time is in the future.")
        raise CoconError("care.invalid_time", message, fields={"called_at": [message]})
    return parsed


def validate_partner(value: Any) -> Partner:
    try:
        pk = int(value)
    except (TypeError, ValueError):
        pk = 0
    partner = Partner.objects.filter(pk=pk, active=True).first()
    if partner is None:
        message = pgettext("care error", "Choose a partner structure from the list.")
        raise CoconError("care.partner_not_found", message, fields={"partner": [message]})
    return partner


def validate_bool(value: Any, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("1", "true", "on", "yes"):
        return True
    if value in (None, "", "0", "false", "off", "no"):
        return False
    message = pgettext("care error", "Answer yes or no.")
    raise CoconError("care.invalid_choice", message, fields={field: [message]})


def validate_phone(value: Any) -> str:
    phone = _text(value, "phone", required=False, max_length=30)
    if phone and not _PHONE.match(phone):
        message = pgettext("care error", "This does not look like a phone number.")
        raise CoconError("care.invalid_phone", message, fields={"phone": [message]})
    return phone
