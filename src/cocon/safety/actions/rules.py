"""Create, change and retire the moderators' watched rules; every change bumps the version."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.core.cache import cache
from django.db import transaction

from cocon.safety.actions.audit import do_audit
from cocon.safety.models import RulesVersion, WatchedRule
from cocon.safety.queries.rules import VERSION_CACHE_KEY


def _bump_version() -> None:
    # A fresh random number rather than a counter: a rolled-back change can never leave a
    # worker believing it already holds the rules of a version number that is reused.
    version = secrets.randbits(62)
    RulesVersion.objects.update_or_create(pk=1, defaults={"version": version})
    transaction.on_commit(lambda: cache.set(VERSION_CACHE_KEY, version, timeout=60))


def _snapshot(rule: WatchedRule) -> dict[str, Any]:
    return {
        "kind": rule.kind,
        "pattern": rule.pattern,
        "category": rule.category,
        "action": rule.action,
        "expires_at": rule.expires_at,
        "is_active": rule.is_active,
    }


def do_create_rule(
    moderator: Any,
    *,
    kind: str,
    pattern: str,
    category: str,
    action: str,
    expires_at: dt.datetime | None = None,
    note: str = "",
) -> WatchedRule:
    """Save a watched rule; it applies on every worker from the next screening."""
    with transaction.atomic():
        rule = WatchedRule.objects.create(
            kind=kind,
            pattern=pattern,
            category=category,
            action=action,
            expires_at=expires_at,
            note=note[:200],
            created_by=moderator,
        )
        _bump_version()
        do_audit(moderator, "rule.create", target=rule, after=_snapshot(rule))
    return rule


def do_deactivate_rule(moderator: Any, rule: WatchedRule) -> bool:
    """Retire a rule; return False when it already was."""
    with transaction.atomic():
        if not rule.is_active:
            return False
        before = _snapshot(rule)
        rule.is_active = False
        rule.save(update_fields=["is_active"])
        _bump_version()
        do_audit(moderator, "rule.deactivate", target=rule, before=before, after=_snapshot(rule))
    return True
