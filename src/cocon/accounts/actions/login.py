"""Check credentials with a lockout after repeated failures; tell a suspended or banned
member, and only once their password is right, why they cannot sign in and how to appeal.

The login page and the API login both call ``authenticate_member``; the page also lets a
blocked member appeal through ``do_appeal_blocked_login``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db.models import F
from django.utils import formats, timezone, translation
from django.utils.translation import pgettext, pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.pseudonyms import fold_pseudonym
from cocon.accounts.timezones import member_localtime
from cocon.safety.models import Appeal, AppealStatus, Sanction, SanctionKind
from cocon.safety.queries.sanctions import LOGIN_BLOCKING, active_sanctions

# What a blocked member may do about the decision (``LoginBlocked.appeal``).
APPEAL_AVAILABLE = "available"
APPEAL_PENDING = "pending"
APPEAL_DECIDED = "decided"
# The signed-out appeal of the API; the login page has its own form.
APPEAL_API_PATH = "/api/v1/safety/appeals/signed-out"

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
    if (block := login_block_for(member)) is not None:
        raise block
    if member.failed_logins or member.locked_until:
        Member.objects.filter(pk=member.pk).update(failed_logins=0, locked_until=None)
    return member


class LoginBlocked(CoconError):
    """A suspended or banned member gave the right password: the reason, in their language.

    ``as_dict`` adds a ``sanction`` object to the API's usual error (kind, until, appeal) so an
    app can offer the appeal without parsing the message.
    """

    status = 403

    def __init__(
        self,
        code: str,
        message: str,
        *,
        member: Member,
        sanction: Sanction,
        until: dt.datetime | None,
        appeal: str,
    ) -> None:
        super().__init__(code, message, status=403)
        self.member = member
        self.sanction = sanction
        self.until = until
        self.appeal = appeal
        self.language = member.language

    def as_dict(self) -> dict[str, Any]:
        data = super().as_dict()
        data["error"]["sanction"] = {
            "id": self.sanction.pk,
            "kind": self.sanction.kind,
            "until": self.until.isoformat() if self.until else None,
            "appeal": self.appeal,
            "appeal_path": APPEAL_API_PATH if self.appeal == APPEAL_AVAILABLE else None,
        }
        return data


def _blocking_sanction(
    member: Member, now: dt.datetime
) -> tuple[Sanction, dt.datetime | None] | None:
    """The sanction that keeps the member out the longest, and when it ends (None: no end).

    None when nothing keeps them out.
    """
    blocking = list(active_sanctions(member, now=now).filter(kind__in=LOGIN_BLOCKING))
    if not blocking:
        return None
    bans = [s for s in blocking if s.kind == SanctionKind.BAN]
    if bans:
        return max(bans, key=lambda s: s.created_at), None
    open_ended = [s for s in blocking if s.expires_at is None]
    if open_ended:
        return max(open_ended, key=lambda s: s.created_at), None
    longest = max(blocking, key=lambda s: s.expires_at or now)
    return longest, longest.expires_at


def _appeal_state(sanction: Sanction) -> str:
    appeal = Appeal.objects.filter(sanction=sanction).only("status").first()
    if appeal is None:
        return APPEAL_AVAILABLE
    return APPEAL_PENDING if appeal.status == AppealStatus.OPEN else APPEAL_DECIDED


def _block_message(member: Member, kind: str, until: dt.datetime | None, appeal: str) -> str:
    """Compose the message in the active language, with dates on the member's own clock."""
    if kind == SanctionKind.BAN:
        first = pgettext(
            "login blocked",
            "Your account has been closed after a ban: some of your messages broke the "
            "Cocon charter. You cannot sign in any more.",
        )
    elif until is None:
        first = pgettext(
            "login blocked",
            "Your account is suspended while the Cocon team looks at what happened. "
            "You cannot sign in for now; we will tell you as soon as it is decided.",
        )
    else:
        local = member_localtime(member, until)
        first = pgettext(
            "login blocked",
            # The time comes first: "6:30 p.m." would end the sentence with "p.m..".
            "Your account is suspended until %(time)s on %(date)s. "
            "You can sign in again after that.",
        ) % {
            "date": formats.date_format(local, "DATE_FORMAT"),
            "time": formats.time_format(local, "TIME_FORMAT"),
        }
    if appeal == APPEAL_AVAILABLE:
        second = pgettext(
            "login blocked",
            "If you think this is a mistake, you can ask the team to look at the decision "
            "again, once.",
        )
    elif appeal == APPEAL_PENDING:
        second = pgettext(
            "login blocked",
            "We have your request for a review: a moderator who did not take the decision "
            "is reading it.",
        )
    else:
        second = pgettext("login blocked", "The team has looked at the decision again and kept it.")
    return f"{first} {second}"


def login_block_for(member: Member, *, now: dt.datetime | None = None) -> LoginBlocked | None:
    """Return why a suspended or banned member cannot sign in, or None when they can.

    Call it only once the password is known to be right: it says that the account exists and
    what happened to it. The message is in the member's own language.
    """
    blocking = _blocking_sanction(member, now or timezone.now())
    if blocking is None:
        return None
    sanction, until = blocking
    appeal = _appeal_state(sanction)
    with translation.override(member.language):
        message = _block_message(member, sanction.kind, until, appeal)
    code = "banned" if sanction.kind == SanctionKind.BAN else "suspended"
    return LoginBlocked(code, message, member=member, sanction=sanction, until=until, appeal=appeal)


def do_appeal_blocked_login(member_id: int, sanction_id: int, text: Any) -> Appeal:
    """Record the appeal of a member whose login was just refused (the page's form).

    The caller proves the password was right (the login page remembers the refusal in the
    session for a short while); the rules are safety's: one appeal per sanction, 1 to 2000
    characters, not for a lifted sanction.
    """
    from cocon.safety.actions.sanctions import do_appeal
    from cocon.safety.validation import validate_appeal

    member = Member.objects.get(pk=member_id)
    sanction, clean = validate_appeal(member, sanction_id, {"text": text})
    return do_appeal(sanction, text=clean)
