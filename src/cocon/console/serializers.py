"""Plain dicts for the console API and templates."""

from __future__ import annotations

from typing import Any

from cocon.safety.models import QueueItem, Sanction, WatchedRule


def item_out(item: QueueItem, *, detail: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.pk,
        "kind": item.kind,
        "severity": item.severity,
        "status": item.status,
        "target_type": item.target_type,
        "target_id": item.target_id,
        "member_id": item.member_id,
        "claimed_by": item.claimed_by_id,
        "claimed_at": item.claimed_at.isoformat() if item.claimed_at else None,
        "created_at": item.created_at.isoformat(),
        "engine_action": item.engine_action,
        "engine_categories": list(item.engine_categories or []),
        "decision": item.decision,
        "reason": item.reason,
        "engine_outcome": item.engine_outcome,
    }
    if detail:
        out["payload"] = item.payload
        out["reports"] = [
            {"id": r.pk, "reason": r.reason, "note": r.note, "created_at": r.created_at.isoformat()}
            for r in item.reports.all()
        ]
    return out


def rule_out(rule: WatchedRule) -> dict[str, Any]:
    return {
        "id": rule.pk,
        "kind": rule.kind,
        "pattern": rule.pattern,
        "category": rule.category,
        "action": rule.action,
        "note": rule.note,
        "expires_at": rule.expires_at.isoformat() if rule.expires_at else None,
        "is_active": rule.is_active,
        "created_by": rule.created_by_id,
        "created_at": rule.created_at.isoformat(),
    }


def sanction_out(sanction: Sanction) -> dict[str, Any]:
    return {
        "id": sanction.pk,
        "member_id": sanction.member_id,
        "kind": sanction.kind,
        "reason": sanction.reason,
        "note": sanction.note,
        "created_at": sanction.created_at.isoformat(),
        "expires_at": sanction.expires_at.isoformat() if sanction.expires_at else None,
        "pending_review": sanction.pending_review,
        "lifted_at": sanction.lifted_at.isoformat() if sanction.lifted_at else None,
        "created_by": sanction.created_by_id,
    }
