"""Validate what moderators submit, for the pages and the API alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.safety.models import Category, Decision, RuleAction, RuleKind, SanctionKind
from cocon.safety.queries.rules import regex_problem, word_problem
from cocon.safety.reasons import REASONS

RULE_MESSAGES = {
    "pattern_length": pgettext_lazy(
        "rule error", "Write a word or pattern of 1 to 200 characters."
    ),
    "pattern_too_short": pgettext_lazy("rule error", "A watched word needs at least 2 letters."),
    "pattern_unsafe": pgettext_lazy(
        "rule error",
        "This pattern could be very slow (nested repetitions or back-references). Simplify it.",
    ),
    "pattern_invalid": pgettext_lazy("rule error", "This regular expression is not valid."),
    "pattern_matches_everything": pgettext_lazy(
        "rule error", "This pattern would match every message."
    ),
}


def _text(value: object, limit: int) -> str:
    return value.strip()[: limit + 1] if isinstance(value, str) else ""


def _invalid(fields: dict[str, list[str]]) -> CoconError:
    return CoconError("invalid", _("Some answers need another look."), fields=fields)


@dataclass(frozen=True)
class DecisionData:
    decision: str
    reason: str
    note: str


def validate_decision(raw: dict[str, Any]) -> DecisionData:
    fields: dict[str, list[str]] = {}
    decision = _text(raw.get("decision"), 12)
    reason = _text(raw.get("reason"), 64)
    note = _text(raw.get("note"), 500)
    if decision not in Decision.values:
        fields["decision"] = [
            str(pgettext_lazy("decision error", "Choose a decision from the list."))
        ]
    elif decision != Decision.APPROVE and reason not in REASONS:
        fields["reason"] = [
            str(pgettext_lazy("decision error", "Choose the reason the member will be told."))
        ]
    if len(note) > 500:
        fields["note"] = [
            str(pgettext_lazy("decision error", "The note can be 500 characters at most."))
        ]
    if fields:
        raise _invalid(fields)
    return DecisionData(decision, reason if reason in REASONS else "", note)


@dataclass(frozen=True)
class RuleData:
    kind: str
    pattern: str
    category: str
    action: str
    expires_at: dt.datetime | None
    note: str


def validate_rule(raw: dict[str, Any], *, for_test: bool = False) -> RuleData:
    fields: dict[str, list[str]] = {}
    kind = _text(raw.get("kind"), 8) or RuleKind.WORD
    pattern = raw.get("pattern").strip() if isinstance(raw.get("pattern"), str) else ""  # type: ignore[union-attr]
    category = _text(raw.get("category"), 16)
    action = _text(raw.get("action"), 8)
    note = _text(raw.get("note"), 200)
    if kind not in RuleKind.values:
        fields["kind"] = [
            str(pgettext_lazy("rule error", "Choose a word or a regular expression."))
        ]
    else:
        problem = word_problem(pattern) if kind == RuleKind.WORD else regex_problem(pattern)
        if problem:
            fields["pattern"] = [str(RULE_MESSAGES[problem])]
    if not for_test:
        if category not in Category.values:
            fields["category"] = [str(pgettext_lazy("rule error", "Choose a category."))]
        if action not in RuleAction.values:
            fields["action"] = [str(pgettext_lazy("rule error", "Choose what the rule does."))]
        if len(note) > 200:
            fields["note"] = [
                str(pgettext_lazy("rule error", "The note can be 200 characters at most."))
            ]
    expires_at = None
    raw_expiry = raw.get("expires_at")
    if raw_expiry not in (None, ""):
        parsed = (
            parse_datetime(raw_expiry)
            if isinstance(raw_expiry, str) and len(raw_expiry) < 40
            else None
        )
        if parsed is not None and timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed)
        if parsed is None or parsed <= timezone.now():
            fields["expires_at"] = [
                str(pgettext_lazy("rule error", "Give an expiry date in the future, or none."))
            ]
        expires_at = parsed
    if fields:
        raise _invalid(fields)
    return RuleData(kind, pattern, category, action, expires_at, note)


@dataclass(frozen=True)
class SanctionData:
    kind: str
    reason: str
    note: str


def validate_sanction(raw: dict[str, Any]) -> SanctionData:
    fields: dict[str, list[str]] = {}
    kind = _text(raw.get("kind"), 10)
    reason = _text(raw.get("reason"), 64)
    note = _text(raw.get("note"), 500)
    if kind not in SanctionKind.values:
        fields["kind"] = [str(pgettext_lazy("sanction error", "Choose a sanction from the list."))]
    if reason not in REASONS:
        fields["reason"] = [
            str(pgettext_lazy("sanction error", "Choose the reason the member will be told."))
        ]
    if len(note) > 500:
        fields["note"] = [
            str(pgettext_lazy("sanction error", "The note can be 500 characters at most."))
        ]
    if fields:
        raise _invalid(fields)
    return SanctionData(kind, reason, note)
