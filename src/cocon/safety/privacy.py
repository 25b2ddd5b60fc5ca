"""What safety holds about a member, for "download my data" and "delete my account".

A banned member's keyed e-mail hash and folded pseudonym (``BannedIdentity``) are kept after
deletion on purpose: they are what stops the same person from coming back under a new account.
"""

from __future__ import annotations

from typing import Any

from cocon.accounts.models import Member
from cocon.accounts.privacy import DeleteMode
from cocon.safety.models import (
    Appeal,
    MemberNote,
    NudgeOutcome,
    Report,
    Sanction,
    ScreeningRecord,
    Strike,
)


def export_member(member: Member) -> dict[str, Any]:
    """Messages from the team are not here: they are in the member's notifications (community)."""
    return {
        "reports_made": [
            {
                "target": f"{r.target_type}:{r.target_id}",
                "reason": r.reason,
                "note": r.note,
                "outcome": r.outcome,
                "created_at": r.created_at.isoformat(),
            }
            for r in Report.objects.filter(reporter=member)
        ],  # fmt: skip
        "sanctions": [
            {
                "kind": s.kind,
                "reason": s.reason,
                "created_at": s.created_at.isoformat(),
                "expires_at": s.expires_at.isoformat() if s.expires_at else None,
                "lifted_at": s.lifted_at.isoformat() if s.lifted_at else None,
            }
            for s in Sanction.objects.filter(member=member)
        ],  # fmt: skip
        "strikes": [
            {
                "reason": s.reason,
                "created_at": s.created_at.isoformat(),
                "expires_at": s.expires_at.isoformat(),
            }
            for s in Strike.objects.filter(member=member)
        ],
        "appeals": [
            {"text": a.text, "status": a.status, "created_at": a.created_at.isoformat()}
            for a in Appeal.objects.filter(sanction__member=member)
        ],
    }


def erase_member(member: Member, mode: DeleteMode) -> None:
    Report.objects.filter(reporter=member).delete()
    NudgeOutcome.objects.filter(member=member).delete()
    ScreeningRecord.objects.filter(author=member).delete()
    ScreeningRecord.objects.filter(target_member=member).delete()
    MemberNote.objects.filter(member=member).delete()
