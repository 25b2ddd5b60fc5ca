"""Check credentials with a lockout after repeated failures."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db.models import F
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.pseudonyms import fold_pseudonym
from cocon.safety.queries.sanctions import active_login_block

# Hashing a dummy password for unknown pseudonyms keeps timing alike for known and unknown ones.
_DUMMY_HASH: list[str] = []


def _dummy_check(password: str) -> None:
    from django.contrib.auth.hashers import check_password

    if not _DUMMY_HASH:
        _DUMMY_HASH.append(make_password("cocon-dummy-password"))
    check_password(password, _DUMMY_HASH[0])


def authenticate_member(pseudonym: str, password: str) -> Member:
    """Return the member for these credentials or raise a CoconError (401, 423 when locked)."""
    wrong = CoconError(
        "invalid_credentials",
        pgettext_lazy("login error", "Pseudonym or password incorrect."),
        status=401,
    )
    if not pseudonym or not password or len(password) > 256 or len(pseudonym) > 64:
        raise wrong
    member = Member.objects.filter(pseudonym_key=fold_pseudonym(pseudonym)).first()
    if member is None:
        _dummy_check(password)
        raise wrong
    now = timezone.now()
    if member.locked_until and member.locked_until > now:
        raise CoconError(
            "locked",
            pgettext_lazy(
                "login error",
                "Too many attempts. For your safety, this account is paused for a few minutes.",
            ),
            status=423,
        )
    if not member.check_password(password):
        Member.objects.filter(pk=member.pk).update(failed_logins=F("failed_logins") + 1)
        member.refresh_from_db(fields=["failed_logins"])
        if member.failed_logins >= settings.COCON_LOGIN_LOCKOUT_ATTEMPTS:
            Member.objects.filter(pk=member.pk).update(
                locked_until=now + dt.timedelta(minutes=settings.COCON_LOGIN_LOCKOUT_MINUTES),
                failed_logins=0,
            )
        raise wrong
    if not member.is_active:
        raise CoconError(
            "inactive", pgettext_lazy("login error", "This account cannot sign in."), status=403
        )
    if (block := active_login_block(member)) is not None:
        raise block
    if member.failed_logins or member.locked_until:
        Member.objects.filter(pk=member.pk).update(failed_logins=0, locked_until=None)
    return member
