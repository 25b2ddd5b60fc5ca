"""The private conversation between a member and the Cocon team.

The team's messages are announced in the member's notifications (``cocon.care.notices``), in
the member's language and without their text; opening the conversation reads both.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import pgettext

from cocon.accounts.models import Member
from cocon.care.actions.alerts import send_alert
from cocon.care.actions.cases import _acknowledge, _move, do_open_or_join_case
from cocon.care.actions.contacts import do_view_contact
from cocon.care.models import CareCase, CareMessage, Source, State
from cocon.care.notices import mark_notices_read, notify_member
from cocon.care.permissions import (
    check_care_staff_permission,
    check_case_open,
    check_member_permission,
)
from cocon.safety.actions.audit import do_audit

# What a team message's notice is about, in the member's notifications.
NOTICE_CODE = "care.message"


def _notify_member(member: Member) -> None:
    """Tell the member the team wrote, and where to read it, in their language: never what."""
    with translation.override(member.language or "fr"):
        body = pgettext(
            "care notice",
            "The Cocon team wrote to you. You can read their message in your conversation "
            "with the team.",
        )
    notify_member(member, code=NOTICE_CODE, body=body)


def do_send_team_message(actor: Member, case: CareCase, body: str) -> CareMessage:
    """Write to the member as "Cocon"; the first message acknowledges and moves to in contact.

    The team only (403), then an open case only (409).
    """
    check_care_staff_permission(actor)
    now = timezone.now()
    with transaction.atomic():
        case = CareCase.objects.select_for_update().get(pk=case.pk)
        check_case_open(case)
        if case.acknowledged_at is None:
            _acknowledge(case, actor, now)
        message = CareMessage.objects.create(
            case=case, sender=actor, from_team=True, body=body, created_at=now
        )
        if case.first_contact_at is None:
            case.first_contact_at = now
        if case.state in (State.ACKNOWLEDGED, State.FOLLOW_UP):
            _move(case, actor, State.IN_CONTACT, "case_in_contact", now)
        case.save()
        do_audit(
            actor, "care.message_sent", target=message, after={"case": case.pk, "length": len(body)}
        )
        _notify_member(case.member)
    return message


def do_send_member_message(member: Member, body: str) -> CareMessage:
    """Write to the team; with no open case, the message opens one so nothing is lost."""
    check_member_permission(member)
    with transaction.atomic():
        case = CareCase.objects.filter(member=member, closed_at__isnull=True).first()
        if case is None:
            case, _opened = do_open_or_join_case(
                member, source=Source.MEMBER, risk="low", actor=member, note="message"
            )
        message = CareMessage.objects.create(case=case, sender=member, from_team=False, body=body)
        do_audit(
            member,
            "care.member_message",
            target=message,
            after={"case": case.pk, "length": len(body)},
        )
    case_id = case.pk
    transaction.on_commit(lambda: send_alert(case_id, "message"))
    return message


def do_read_team_messages(member: Member) -> int:
    """The member opened their conversation: every team message and the notices are read.

    Every case counts, not only the open one: the unread count covers them all, and a message
    sent just before its case closed must not stay unread for ever. Returns how many messages
    changed.
    """
    check_member_permission(member)
    with transaction.atomic():
        changed = CareMessage.objects.filter(
            case__member=member, from_team=True, read_at__isnull=True
        ).update(read_at=timezone.now())
        mark_notices_read(member)
    return changed


def do_read_case(
    actor: Member, case: CareCase, *, with_contact: bool = False
) -> dict[str, str] | None:
    """A team member opens a case: the member's messages are read; the contact if asked.

    Every refusal comes before anything changes: the team only (403), then, when the contact
    details are asked for, the care-lead rule (403, ``care.contact_refused`` in the audit log)
    — a moderator refused there leaves the member's messages unread. Closed cases are read
    too. Returns the contact details (None when not asked for or not given).
    """
    check_care_staff_permission(actor)
    contact = do_view_contact(actor, case.member, case_id=case.pk) if with_contact else None
    CareMessage.objects.filter(case=case, from_team=False, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    return contact
