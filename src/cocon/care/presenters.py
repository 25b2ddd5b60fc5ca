"""Turn care objects into the dicts the API returns; members see the team as "Cocon"."""

from __future__ import annotations

from typing import Any

from cocon.care.models import CareCase, CareMessage, Referral


def case_to_dict(case: CareCase) -> dict[str, Any]:
    return {
        "id": case.pk,
        "member": {"id": case.member_id, "pseudonym": case.member.pseudonym},
        "priority": case.priority,
        "state": case.state,
        "source": case.source,
        "country": case.country,
        "province": case.province,
        "opened_at": case.opened_at.isoformat(),
        "deadline_at": case.deadline_at.isoformat(),
        "escalate_at": case.escalate_at.isoformat(),
        "acknowledged_at": case.acknowledged_at.isoformat() if case.acknowledged_at else None,
        "first_contact_at": case.first_contact_at.isoformat() if case.first_contact_at else None,
        "leads_alerted_at": case.leads_alerted_at.isoformat() if case.leads_alerted_at else None,
        "closed_at": case.closed_at.isoformat() if case.closed_at else None,
        "outcome": case.outcome,
        "overdue": case.is_overdue,
    }


def message_to_dict(message: CareMessage, *, for_member: bool) -> dict[str, Any]:
    if message.from_team:
        sender = "Cocon" if for_member else (message.sender.pseudonym if message.sender else "")
    else:
        sender = message.sender.pseudonym if message.sender else ""
    return {
        "id": message.pk,
        "from_team": message.from_team,
        "sender": sender,
        "body": message.body,
        "created_at": message.created_at.isoformat(),
        "read_at": message.read_at.isoformat() if message.read_at else None,
    }


def case_detail_to_dict(case: CareCase) -> dict[str, Any]:
    return {
        **case_to_dict(case),
        "signals": [
            {
                "source": s.source,
                "risk": s.risk,
                "reasons": s.reasons,
                "content_type": s.content_type,
                "content_id": s.content_id,
                "created_at": s.created_at.isoformat(),
            }
            for s in case.signals.all()
        ],
        "events": [
            {
                "kind": e.kind,
                "from": e.from_state,
                "to": e.to_state,
                "actor": e.actor.pseudonym if e.actor else None,
                "at": e.created_at.isoformat(),
                "data": e.data,
            }
            for e in case.events.select_related("actor")
        ],
        "messages": [
            message_to_dict(m, for_member=False) for m in case.messages.select_related("sender")
        ],
        "escalations": [
            {
                "service": x.service,
                "called_at": x.called_at.isoformat(),
                "reference": x.reference,
                "by": x.by.pseudonym if x.by else None,
                "outcome": x.outcome,
            }
            for x in case.escalations.select_related("by")
        ],
        "referrals": [referral_to_dict(r) for r in case.referrals.select_related("partner", "by")],
    }


def referral_to_dict(referral: Referral) -> dict[str, Any]:
    return {
        "id": referral.pk,
        "case": referral.case_id,
        "partner": referral.partner.name,
        "consent": referral.consent,
        "by": referral.by.pseudonym if referral.by else None,
        "at": referral.created_at.isoformat(),
        "outcome": referral.outcome,
    }
