"""Who is sanctioned right now: login blocks, mutes, hidden authors, ban evasion."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import formats, timezone
from django.utils.translation import pgettext, pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.prepared import prepare
from cocon.accounts.pseudonyms import fold_pseudonym
from cocon.accounts.timezones import member_localtime
from cocon.safety.conf import conf
from cocon.safety.models import BannedIdentity, Sanction, SanctionKind, Strike

LOGIN_BLOCKING = (SanctionKind.SUSPEND, SanctionKind.BAN)
MUTING = (SanctionKind.MUTE_24H, SanctionKind.MUTE_7D)


def email_hash(email: str) -> str:
    """Return the keyed hash under which a banned member's e-mail is remembered."""
    key = settings.SECRET_KEY.encode("utf-8")
    return hmac.new(key, email.strip().casefold().encode("utf-8"), hashlib.sha256).hexdigest()


def active_sanctions(member: Any, *, now: dt.datetime | None = None) -> QuerySet[Sanction]:
    """Return the member's sanctions in force at ``now`` (warnings never are)."""
    now = now or timezone.now()
    return (
        Sanction.objects.filter(member_id=getattr(member, "pk", member), lifted_at__isnull=True)
        .exclude(kind=SanctionKind.WARN)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
    )


def active_strikes(member: Any, *, now: dt.datetime | None = None) -> QuerySet[Strike]:
    """Return strikes not expired at ``now``."""
    now = now or timezone.now()
    return Strike.objects.filter(member_id=getattr(member, "pk", member), expires_at__gt=now)


def strikes_in_window(member: Any, *, now: dt.datetime | None = None) -> int:
    now = now or timezone.now()
    since = now - dt.timedelta(days=conf("STRIKE_WINDOW_DAYS"))
    return active_strikes(member, now=now).filter(created_at__gt=since, created_at__lte=now).count()


def active_login_block(member: Any, *, now: dt.datetime | None = None) -> CoconError | None:
    """Return the error to refuse a login with when the member is suspended or banned."""
    kinds = set(
        active_sanctions(member, now=now)
        .filter(kind__in=LOGIN_BLOCKING)
        .values_list("kind", flat=True)
    )
    return _login_block_error(kinds)


def _login_block_error(kinds: set[str]) -> CoconError | None:
    if SanctionKind.BAN in kinds:
        return CoconError(
            "banned",
            pgettext_lazy("login error", "This account has been closed by the Cocon team."),
            status=403,
        )
    if SanctionKind.SUSPEND in kinds:
        return CoconError(
            "suspended",
            pgettext_lazy(
                "login error",
                "This account is suspended while the Cocon team reviews it. We will write to you.",
            ),
            status=403,
        )
    return None


def active_mute(member: Any, *, now: dt.datetime | None = None) -> Sanction | None:
    """Return the mute in force (the one ending last), or ``None``."""
    return active_sanctions(member, now=now).filter(kind__in=MUTING).order_by("-expires_at").first()


def _posting_sanctions_query(values: Mapping[str, Any]) -> QuerySet[Any, Any]:
    return (
        Sanction.objects.filter(
            member_id=values["member"],
            lifted_at__isnull=True,
            kind__in=sorted({*LOGIN_BLOCKING, *MUTING}),
        )
        .order_by()
        .values_list("kind", "expires_at")
    )


def check_can_post(member: Any, *, now: dt.datetime | None = None) -> None:
    """Raise a 403 CoconError when the member is muted, suspended or banned.

    The same rules as ``active_login_block`` then ``active_mute``, in one query compiled once
    per process (posting asks this on every message): the member's unlifted bans, suspensions
    and mutes, the ones still in force kept here.
    """
    now = now or timezone.now()
    query = prepare(
        "safety-posting-sanctions", _posting_sanctions_query, {"member": -2_000_000_003}
    )
    in_force = [
        (row["kind"], row["expires_at"])
        for row in query.rows({"member": getattr(member, "pk", member)})
        if row["expires_at"] is None or row["expires_at"] > now
    ]
    block = _login_block_error({kind for kind, _expires in in_force})
    if block is not None:
        raise block
    mutes = [expires for kind, expires in in_force if kind in MUTING]
    if mutes:
        # The mute ending last; one without an end lasts longest.
        expires_at = None if None in mutes else max(m for m in mutes if m is not None)
        raise CoconError("muted", _mute_message(member, expires_at), status=403)


def _mute_message(member: Any, until: dt.datetime | None) -> str:
    """Tell a muted member until when, in the active language and on their own clock.

    The end is shown in the time zone of the member's country (province in Canada), as on the
    login page for a suspension: 18:30 in Paris is 12:30 in Montréal.
    """
    if until is None:
        return pgettext("posting error", "Your posting is paused by the Cocon team for now.")
    local = (
        member_localtime(member, until)
        if isinstance(member, Member)
        else timezone.localtime(until)  # only an id: the site's clock
    )
    return pgettext(
        "posting error",
        "Your posting is paused by the Cocon team until %(time)s on %(date)s.",
    ) % {
        "date": formats.date_format(local, "DATE_FORMAT"),
        "time": formats.time_format(local, "TIME_FORMAT"),
    }


def hidden_author_ids(*, now: dt.datetime | None = None) -> set[int]:
    """Return ids of members whose content is hidden from others (banned members)."""
    now = now or timezone.now()
    return set(
        Sanction.objects.filter(kind=SanctionKind.BAN, lifted_at__isnull=True)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        .values_list("member_id", flat=True)
    )


def ban_evasion_match(email: str, pseudonym: str) -> BannedIdentity | None:
    """Return the banned identity a new signup looks like, or ``None``."""
    banned = BannedIdentity.objects.filter(lifted_at__isnull=True)
    if email.strip():
        found = banned.filter(email_hash=email_hash(email)).first()
        if found is not None:
            return found
    if pseudonym.strip():
        key = fold_pseudonym(pseudonym)
        found = banned.filter(pseudonym_key=key).first()
        if found is not None:
            return found
        # "Camille2", "camille_2024": the same name with digits added still looks alike.
        loose = _loose(key)
        if len(loose) >= 3:
            for row in banned.only("pk", "pseudonym_key", "member_id", "email_hash").iterator():
                if _loose(row.pseudonym_key) == loose:
                    return row
    return None


def _loose(key: str) -> str:
    return re.sub(r"[^a-z]", "", key)


def check_ban_evasion(email: str, pseudonym: str) -> str | None:
    """Return a message refusing the signup when it looks like a banned member; flag it.

    Called by ``cocon.accounts.validation.validate_signup``. The flag (a queue item and an
    audit row) is written even though the signup itself is refused.
    """
    found = ban_evasion_match(email, pseudonym)
    if found is None:
        return None
    from cocon.safety.actions.sanctions import do_flag_ban_evasion

    do_flag_ban_evasion(
        found,
        pseudonym=pseudonym,
        by_email=bool(email.strip()) and found.email_hash == email_hash(email),
    )
    return str(
        pgettext_lazy(
            "signup error",
            "We cannot create this account. If you think this is a mistake, please write to the Cocon team.",
        )
    )
