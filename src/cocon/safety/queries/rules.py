"""Compile the moderators' watched rules and match them; reload when the rules version moves.

Every worker keeps its compiled rules in memory together with the version they were built
from. Before each screening it reads the current version: from the shared cache (Redis at
scale), or straight from the database when the cache is local to the process, so a rule saved
in one process applies in every other at once, without a restart.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from cocon.guard.normalize import Normalized, normalize
from cocon.safety.conf import conf
from cocon.safety.models import RulesVersion, WatchedRule

VERSION_CACHE_KEY = "safety:rules_version"
ACTION_ORDER = ("flag", "nudge", "hold", "block")
# Regexes run on at most this many characters of each text: Python's re has no timeout.
MAX_SCAN = 5000
# Nested quantifiers such as (a+)+ or (\w*)* backtrack catastrophically; back-references too.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{?]")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


@dataclass(frozen=True)
class CompiledRule:
    id: int
    kind: str
    pattern: str
    category: str
    action: str
    expires_at: object
    regex: re.Pattern[str]

    @property
    def code(self) -> str:
        return f"watched.{self.id}"


@dataclass(frozen=True)
class RuleHit:
    rule_id: int
    category: str
    action: str
    start: int
    end: int

    @property
    def code(self) -> str:
        return f"watched.{self.rule_id}"


def regex_problem(pattern: str) -> str | None:
    """Return an error code when ``pattern`` is not a safe regular expression, else ``None``."""
    if not pattern or len(pattern) > conf("REGEX_MAX_LENGTH"):
        return "pattern_length"
    if _NESTED_QUANTIFIER.search(pattern) or _BACKREF.search(pattern):
        return "pattern_unsafe"
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except (re.error, RecursionError, OverflowError):
        return "pattern_invalid"
    if compiled.search(""):
        return "pattern_matches_everything"
    return None


def word_problem(pattern: str) -> str | None:
    """Return an error code when ``pattern`` is not a usable watched word, else ``None``."""
    folded = normalize(pattern).text.strip()
    if not folded or len(pattern) > conf("REGEX_MAX_LENGTH"):
        return "pattern_length"
    if len(folded) < 2:
        return "pattern_too_short"
    return None


def compile_rule(kind: str, pattern: str) -> re.Pattern[str]:
    """Return the regex that applies a rule (words: on the engine's normalised text)."""
    if kind == "word":
        folded = normalize(pattern).text.strip()
        words = [re.escape(word) for word in folded.split()]
        return re.compile(r"(?<!\w)" + r"\W*\s\W*".join(words) + r"(?!\w)")
    return re.compile(pattern, re.IGNORECASE)


def current_version() -> int:
    """Return the rules version every worker must apply."""
    shared = "locmem" not in settings.CACHES["default"]["BACKEND"].lower()
    if shared:
        cached = cache.get(VERSION_CACHE_KEY)
        if cached is not None:
            return int(cached)
    row = RulesVersion.objects.filter(pk=1).values_list("version", flat=True).first()
    version = int(row or 0)
    if shared:
        # add, not set: never overwrite a newer number a writer stored meanwhile.
        cache.add(VERSION_CACHE_KEY, version, timeout=60)
    return version


class _Compiled:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.version = -1
        self.rules: tuple[CompiledRule, ...] = ()


_compiled = _Compiled()


def active_rules() -> tuple[CompiledRule, ...]:
    """Return the compiled active rules, reloading them if another process changed them."""
    version = current_version()
    if version != _compiled.version:
        with _compiled.lock:
            rules = []
            for rule in WatchedRule.objects.filter(is_active=True).order_by("id"):
                try:
                    regex = compile_rule(rule.kind, rule.pattern)
                except re.error:
                    continue
                rules.append(
                    CompiledRule(
                        rule.pk,
                        rule.kind,
                        rule.pattern,
                        rule.category,
                        rule.action,
                        rule.expires_at,
                        regex,
                    )
                )
            _compiled.rules = tuple(rules)
            _compiled.version = version
    now = timezone.now()
    return tuple(r for r in _compiled.rules if r.expires_at is None or r.expires_at > now)  # type: ignore[operator]


def match_rule(kind: str, regex: re.Pattern[str], n: Normalized) -> list[tuple[int, int]]:
    """Return the spans of the original text that ``regex`` matches."""
    spans: list[tuple[int, int]] = []
    if kind == "word":
        for m in regex.finditer(n.text[:MAX_SCAN]):
            spans.append(n.span(m.start(), m.end()))
    else:
        for m in regex.finditer(n.raw[:MAX_SCAN]):
            if m.end() > m.start():
                spans.append(n.raw_span(m.start(), m.end()))
    return spans


def match_rules(text: str, rules: tuple[CompiledRule, ...] | None = None) -> list[RuleHit]:
    """Return every watched-rule hit in ``text``, in text order."""
    rules = active_rules() if rules is None else rules
    if not rules or not text:
        return []
    n = normalize(text)
    hits = [
        RuleHit(rule.id, rule.category, rule.action, start, end)
        for rule in rules
        for start, end in match_rule(rule.kind, rule.regex, n)
    ]
    return sorted(hits, key=lambda h: (h.start, h.end, h.rule_id))


def strictest(actions: list[str]) -> str:
    """Return the strictest of rule or engine actions ("allow" if none)."""
    order = ("allow", *ACTION_ORDER)
    return max(actions, key=order.index, default="allow")


def active_rules_query() -> Q:
    return Q(is_active=True) & (Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()))
