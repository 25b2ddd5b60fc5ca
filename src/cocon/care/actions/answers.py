"""The member's answer to the offer of contact: "I'm safe for now" or "I need help now"."""

from __future__ import annotations

from django.db import transaction

from cocon.accounts.models import Member
from cocon.care.actions.cases import do_open_or_join_case, record_event
from cocon.care.models import CareCase, CareSignal, Source
from cocon.care.permissions import check_member_permission
from cocon.safety.actions.audit import do_audit

ANSWERS = ("safe", "need_help")


def do_record_member_answer(member: Member, answer: str) -> CareCase | None:
    """Record the answer on the member's case; "need help now" raises it to high (or opens it)."""
    check_member_permission(member)
    with transaction.atomic():
        if answer == "need_help":
            case, _opened = do_open_or_join_case(
                member, source=Source.MEMBER, risk="high", actor=member, note="need_help"
            )
            record_event(case, "member_answered", actor=member, answer=answer)
            do_audit(member, "care.member_answered", target=case, after={"answer": answer})
            return case
        open_case = CareCase.objects.filter(member=member, closed_at__isnull=True).first()
        if open_case is None:
            do_audit(
                member,
                "care.member_answered",
                target_type="accounts.member",
                target_id=member.pk,
                after={"answer": answer, "case": None},
            )
            return None
        CareSignal.objects.create(case=open_case, source=Source.MEMBER, risk="none", note="safe")
        record_event(open_case, "member_answered", actor=member, answer=answer)
        do_audit(member, "care.member_answered", target=open_case, after={"answer": answer})
    return open_case
