"""The care part of "download my data" and "delete my account"."""

from __future__ import annotations

from typing import Any

from cocon.accounts.models import Member
from cocon.care.actions.contacts import decrypt_contact
from cocon.care.models import CareCase, CareContact, CareMessage


def export_member_data(member: Member) -> dict[str, Any]:
    """The member's own cases as they lived them: dates, state, the conversation, their contact."""
    contact = CareContact.objects.filter(member=member).first()
    return {
        "cases": [
            {
                "opened_at": case.opened_at.isoformat(),
                "state": case.state,
                "closed_at": case.closed_at.isoformat() if case.closed_at else None,
                "messages": [
                    {
                        "from": "Cocon" if m.from_team else member.pseudonym,
                        "body": m.body,
                        "created_at": m.created_at.isoformat(),
                    }
                    for m in case.messages.all()
                ],
            }
            for case in CareCase.objects.filter(member=member).prefetch_related("messages")
        ],
        "contact": decrypt_contact(contact) if contact else None,
    }


def erase_member_data(member: Member, mode: str) -> None:
    """Contact details always go; with "anonymise" the member's own words go too."""
    CareContact.objects.filter(member=member).delete()
    if mode == "delete":
        CareCase.objects.filter(member=member).delete()
    else:
        CareMessage.objects.filter(case__member=member, from_team=False).update(body="")
