"""Strikes, sanctions, bans and appeals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import ApiToken
from cocon.accounts.pseudonyms import fold_pseudonym
from cocon.safety.actions.audit import do_audit
from cocon.safety.actions.messages import do_message_member
from cocon.safety.actions.queue import (
    do_enqueue,
    do_hide_author_content,
    do_restore_author_content,
    severity_for,
)
from cocon.safety.conf import conf
from cocon.safety.models import (
    Appeal,
    AppealStatus,
    BannedIdentity,
    QueueKind,
    Sanction,
    SanctionKind,
    Strike,
)
from cocon.safety.queries.sanctions import (
    LOGIN_BLOCKING,
    email_hash,
    hidden_author_ids,
    strikes_in_window,
)


def _expiry(kind: str, now: dt.datetime) -> dt.datetime | None:
    if kind == SanctionKind.MUTE_24H:
        return now + dt.timedelta(hours=conf("MUTE_24H_HOURS"))
    if kind == SanctionKind.MUTE_7D:
        return now + dt.timedelta(days=conf("MUTE_7D_DAYS"))
    return None


def _sign_out_everywhere(member: Any, now: dt.datetime) -> None:
    """Revoke API tokens and end browser sessions of a member who may no longer sign in."""
    ApiToken.objects.filter(member=member, revoked_at__isnull=True).update(revoked_at=now)
    for session in Session.objects.filter(expire_date__gt=now).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(member.pk):
            session.delete()


def do_sanction(
    member: Any,
    kind: str,
    *,
    reason: str,
    actor: Any = None,
    note: str = "",
    pending_review: bool = False,
    now: dt.datetime | None = None,
) -> Sanction:
    """Sanction ``member``; suspensions and bans sign them out, bans remember their identity."""
    now = now or timezone.now()
    with transaction.atomic():
        sanction = Sanction.objects.create(
            member=member,
            kind=kind,
            reason=reason,
            note=note[:500],
            created_at=now,
            expires_at=_expiry(kind, now),
            pending_review=pending_review,
            created_by=actor,
        )
        if kind in LOGIN_BLOCKING:
            _sign_out_everywhere(member, now)
        if kind == SanctionKind.BAN:
            BannedIdentity.objects.create(
                member_id=member.pk,
                email_hash=email_hash(member.email) if member.email else "",
                pseudonym_key=fold_pseudonym(member.pseudonym),
                created_at=now,
            )
            do_hide_author_content(member.pk)
        do_message_member(member, f"sanction.{kind}", reason=reason)
        do_audit(
            actor,
            f"sanction.{kind}",
            target=member,
            reason=reason,
            after={
                "sanction_id": sanction.pk,
                "expires_at": sanction.expires_at,
                "pending_review": pending_review,
            },
        )
    return sanction


def do_add_strike(
    member: Any,
    *,
    reason: str,
    target_type: str = "",
    target_id: Any = "",
    actor: Any = None,
    now: dt.datetime | None = None,
) -> tuple[Strike, Sanction | None]:
    """Give a strike; reaching the threshold within the window bans the member."""
    now = now or timezone.now()
    with transaction.atomic():
        strike = Strike.objects.create(
            member=member,
            reason=reason,
            target_type=target_type,
            target_id=str(target_id),
            created_at=now,
            expires_at=now + dt.timedelta(days=conf("STRIKE_DAYS")),
            created_by=actor,
        )
        count = strikes_in_window(member, now=now)
        do_audit(
            actor,
            "strike.add",
            target=member,
            reason=reason,
            after={"strike_id": strike.pk, "count": count},
        )
        do_message_member(member, "strike", reason=reason, count=count)
        sanction = None
        if count >= conf("STRIKES_FOR_BAN") and member.pk not in hidden_author_ids(now=now):
            sanction = do_sanction(member, SanctionKind.BAN, reason="strikes", now=now)
    return strike, sanction


def do_suspend_pending_review(
    member: Any, *, reason: str, payload: dict[str, Any], now: dt.datetime | None = None
) -> Sanction:
    """Suspend at once (incitement, threat, hate) and queue the suspension for a moderator."""
    with transaction.atomic():
        sanction = do_sanction(
            member, SanctionKind.SUSPEND, reason=reason, pending_review=True, now=now
        )
        do_enqueue(
            QueueKind.SUSPENSION,
            severity=severity_for("suspension"),
            target_type="safety.sanction",
            target_id=sanction.pk,
            member=member,
            payload={**payload, "sanction_id": sanction.pk},
            engine_action="block",
            engine_categories=[reason.split(".")[0]],
        )
    return sanction


def do_lift_sanction(
    sanction: Sanction, *, actor: Any, reason: str, now: dt.datetime | None = None
) -> bool:
    """Lift a sanction (and forget a ban's identity); return False when it was already lifted."""
    now = now or timezone.now()
    with transaction.atomic():
        if sanction.lifted_at is not None:
            return False
        sanction.lifted_at = now
        sanction.lifted_by = actor
        sanction.pending_review = False
        sanction.save(update_fields=["lifted_at", "lifted_by", "pending_review"])
        if sanction.kind == SanctionKind.BAN:
            BannedIdentity.objects.filter(
                member_id=sanction.member_id, lifted_at__isnull=True
            ).update(lifted_at=now)
            do_restore_author_content(sanction.member_id)
        do_audit(
            actor, "sanction.lift", target=sanction, reason=reason, before={"kind": sanction.kind}
        )
    return True


def do_confirm_sanction(sanction: Sanction, *, actor: Any) -> bool:
    """A moderator confirms an automatic suspension; return False when nothing was pending."""
    with transaction.atomic():
        if not sanction.pending_review:
            return False
        sanction.pending_review = False
        sanction.save(update_fields=["pending_review"])
        do_audit(actor, "sanction.confirm", target=sanction, reason=sanction.reason)
    return True


def do_appeal(sanction: Sanction, *, text: str, now: dt.datetime | None = None) -> Appeal:
    """Record the member's one appeal against ``sanction`` and queue it."""
    with transaction.atomic():
        appeal = Appeal.objects.create(
            sanction=sanction, text=text, created_at=now or timezone.now()
        )
        do_enqueue(
            QueueKind.APPEAL,
            severity=severity_for("appeal"),
            target_type="safety.appeal",
            target_id=appeal.pk,
            member=sanction.member,
            payload={
                "sanction_id": sanction.pk,
                "kind": sanction.kind,
                "reason": sanction.reason,
                "text": text,
            },
            merge=False,
        )
        do_audit(sanction.member, "appeal.create", target=appeal, reason=sanction.reason)
    return appeal


def do_decide_appeal(
    appeal: Appeal, *, moderator: Any, uphold: bool, now: dt.datetime | None = None
) -> Appeal:
    """Decide an appeal: uphold the sanction or lift it, and tell the member."""
    now = now or timezone.now()
    with transaction.atomic():
        appeal.status = AppealStatus.UPHELD if uphold else AppealStatus.OVERTURNED
        appeal.decided_by = moderator
        appeal.decided_at = now
        appeal.save(update_fields=["status", "decided_by", "decided_at"])
        if not uphold:
            do_lift_sanction(appeal.sanction, actor=moderator, reason="appeal", now=now)
        do_message_member(
            appeal.sanction.member, "appeal.upheld" if uphold else "appeal.overturned"
        )
        do_audit(moderator, f"appeal.{appeal.status}", target=appeal, reason=appeal.sanction.reason)
    return appeal


def do_flag_ban_evasion(found: BannedIdentity, *, pseudonym: str, by_email: bool) -> None:
    """Queue and audit a refused signup that looks like a banned member."""
    with transaction.atomic():
        do_enqueue(
            QueueKind.EVASION,
            severity=severity_for("evasion"),
            target_type="safety.bannedidentity",
            target_id=found.pk,
            payload={
                "pseudonym": pseudonym[:64],
                "banned_member_id": found.member_id,
                "by_email": by_email,
            },
            merge=False,
        )
        do_audit(
            None,
            "signup.ban_evasion",
            target_type="safety.bannedidentity",
            target_id=found.pk,
            reason="email" if by_email else "pseudonym",
            after={"pseudonym": pseudonym[:64]},
        )
