"""Fixed-window rate limits per client and action, stored in Django's cache.

The cache is local memory on one machine and Redis when ``REDIS_URL`` is set, so the same
limits hold across workers at scale without code changes.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from cocon.accounts.errors import CoconError


def client_ip(request: HttpRequest) -> str:
    """Return the client address; behind a proxy, operators set REMOTE_ADDR correctly."""
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def _parse(rule: str) -> tuple[int, int]:
    count, _sep, seconds = rule.partition("/")
    return int(count), int(seconds or 60)


def hit(action: str, key: str) -> bool:
    """Count one attempt; return False when the limit for ``action`` is exceeded."""
    if not settings.COCON_RATE_LIMITS_ENABLED:
        return True
    return hit_rule(action, key, settings.COCON_RATE_LIMITS[action])


def hit_rule(action: str, key: str, rule: str) -> bool:
    """Count one attempt against ``rule`` ("count/seconds"); return False past the limit."""
    limit, window = _parse(rule)
    bucket = int(time.time() // window)
    cache_key = f"rl:{action}:{key}:{bucket}"
    cache.add(cache_key, 0, timeout=window + 5)
    try:
        count = cache.incr(cache_key)
    except ValueError:
        cache.set(cache_key, 1, timeout=window + 5)
        count = 1
    return count <= limit


def check_rate_limit(request: HttpRequest, action: str, *, key: str | None = None) -> None:
    """Raise a 429 CoconError when the caller has gone past the limit for ``action``."""
    if not hit(action, key or client_ip(request)):
        raise CoconError(
            "rate_limited",
            _("You are going a bit fast. Please wait a little and try again."),
            status=429,
        )
