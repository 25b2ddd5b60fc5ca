"""What the resources app stores about a member: their SOS requests."""

from __future__ import annotations

from typing import Any

from cocon.accounts.models import Member
from cocon.accounts.privacy import DeleteMode
from cocon.resources.models import SosRequest


def export_member_data(member: Member) -> dict[str, Any]:
    return {
        "sos_requests": [
            {
                "created_at": sos.created_at.isoformat(),
                "message": sos.message,
                "handled_at": sos.handled_at.isoformat() if sos.handled_at else None,
            }
            for sos in SosRequest.objects.filter(member=member).order_by("created_at", "id")
        ]
    }


def erase_member_data(member: Member, mode: DeleteMode) -> None:
    """Delete the member's SOS requests, or only their words when the account is anonymised."""
    if mode == "delete":
        SosRequest.objects.filter(member=member).delete()
    else:
        SosRequest.objects.filter(member=member).update(message="")
