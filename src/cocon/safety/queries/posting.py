"""May this member post right now? Sanctions first, then rate limits (tighter for new accounts)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.ratelimit import check_rate_limit, hit_rule
from cocon.safety.conf import conf
from cocon.safety.queries.sanctions import check_can_post


def is_new_account(member: Any, *, now: dt.datetime | None = None) -> bool:
    now = now or timezone.now()
    return bool(member.date_joined > now - dt.timedelta(hours=conf("NEW_ACCOUNT_HOURS")))


def _hit_new_account_limit(member: Any) -> bool:
    """Count one post against the tighter new-account limit; True when it is exceeded."""
    return not hit_rule("post_new", str(member.pk), str(conf("NEW_ACCOUNT_POST_RATE")))


def check_posting_allowed(request: HttpRequest | None, member: Any) -> None:
    """Raise a CoconError (403 muted/suspended, 429 too fast) when ``member`` may not post now.

    Community calls this before screening a post or comment. Accounts younger than
    ``NEW_ACCOUNT_HOURS`` are held to ``NEW_ACCOUNT_POST_RATE`` on top of the usual "post" rate.
    """
    check_can_post(member)
    if request is not None:
        check_rate_limit(request, "post", key=f"member:{member.pk}")
    if (
        settings.COCON_RATE_LIMITS_ENABLED
        and is_new_account(member)
        and _hit_new_account_limit(member)
    ):
        raise CoconError(
            "rate_limited_new_account",
            pgettext_lazy(
                "posting error",
                "Welcome to Cocon! New accounts post a little more slowly during their first day. Please wait a bit.",
            ),
            status=429,
        )
