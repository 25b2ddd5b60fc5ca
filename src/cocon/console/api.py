"""The console part of the v1 API: the moderators' queue, rules, sanctions, statistics, audit."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from ninja import Router, Status

from cocon.accounts.errors import CoconError
from cocon.api.auth import member_auth
from cocon.console.permissions import (
    access_member_by_id,
    access_queue_item_by_id,
    access_sanction_by_id,
    check_decide_item_permission,
    check_moderator_permission,
)
from cocon.console.serializers import item_out, rule_out, sanction_out
from cocon.console.validation import validate_decision, validate_rule, validate_sanction
from cocon.safety.actions.audit import do_audit
from cocon.safety.actions.decisions import do_decide_item, do_record_exposure
from cocon.safety.actions.queue import do_claim_item, do_claim_next, do_release_item
from cocon.safety.actions.rules import do_create_rule, do_deactivate_rule
from cocon.safety.actions.sanctions import do_lift_sanction, do_sanction
from cocon.safety.models import (
    AuditEntry,
    QueueItem,
    QueueKind,
    QueueStatus,
    Sanction,
    Strike,
    WatchedRule,
)
from cocon.safety.queries.rule_test import test_rule as run_rule_test
from cocon.safety.queries.stats import (
    engine_quality,
    median_minutes_to_decision,
    nudge_outcomes,
    queue_sizes,
    shift_exposure,
)

router = Router(tags=["console"], auth=member_auth)


def _auth(request: HttpRequest) -> Any:
    """Return the authenticated member (set by the router's auth)."""
    return getattr(request, "auth", None)


ERRORS = {400: dict, 401: dict, 403: dict, 404: dict, 409: dict, 422: dict}


def read_json(request: HttpRequest) -> dict[str, Any]:
    """Return the JSON object sent, or raise a 400 the moderator can read."""
    try:
        data = json.loads(request.body or b"{}")
    except (UnicodeDecodeError, ValueError):
        raise CoconError("bad_json", _("This request could not be handled.")) from None
    if not isinstance(data, dict):
        raise CoconError("bad_json", _("This request could not be handled."))
    return data


def _moderator(request: HttpRequest) -> Any:
    return check_moderator_permission(_auth(request))


@router.get("/queue", response={200: dict, **ERRORS}, summary="Open queue items, most urgent first")
def queue(request: HttpRequest, kind: str = "", status: str = "open") -> dict[str, Any]:
    _moderator(request)
    rows = (
        QueueItem.objects.exclude(status=QueueStatus.DECIDED)
        if status != "decided"
        else QueueItem.objects.filter(status=QueueStatus.DECIDED)
    )
    if kind in QueueKind.values:
        rows = rows.filter(kind=kind)
    return {
        "items": [item_out(i) for i in rows.order_by("-severity", "created_at", "id")[:200]],
        "sizes": queue_sizes(),
    }


@router.post("/queue/next", response={200: dict, **ERRORS}, summary="Claim the most urgent item")
def claim_next(request: HttpRequest, kind: str = "") -> dict[str, Any]:
    moderator = _moderator(request)
    item = do_claim_next(moderator, kind=kind if kind in QueueKind.values else None)
    return {"item": item_out(item, detail=True) if item else None}


@router.get("/queue/{item_id}", response={200: dict, **ERRORS})
def item_detail(request: HttpRequest, item_id: int) -> dict[str, Any]:
    item = access_queue_item_by_id(_auth(request), item_id)
    do_audit(_auth(request), "view.queue_item", target=item)
    return item_out(item, detail=True)


@router.post("/queue/{item_id}/claim", response={200: dict, **ERRORS})
def claim(request: HttpRequest, item_id: int) -> dict[str, Any]:
    item = access_queue_item_by_id(_auth(request), item_id)
    claimed = do_claim_item(item.pk, _auth(request))
    if claimed is None:
        raise CoconError(
            "already_claimed",
            pgettext("console error", "Another moderator is handling this item."),
            status=409,
        )
    return item_out(claimed, detail=True)


@router.post("/queue/{item_id}/release", response={200: dict, **ERRORS})
def release(request: HttpRequest, item_id: int) -> dict[str, Any]:
    item = access_queue_item_by_id(_auth(request), item_id)
    return {"ok": do_release_item(item, _auth(request))}


@router.post("/queue/{item_id}/reveal", response={200: dict, **ERRORS})
def reveal(request: HttpRequest, item_id: int) -> dict[str, Any]:
    item = access_queue_item_by_id(_auth(request), item_id)
    do_record_exposure(item, _auth(request))
    return {"ok": True, "exposure": shift_exposure(_auth(request))}


@router.post("/queue/{item_id}/decide", response={200: dict, **ERRORS})
def decide(request: HttpRequest, item_id: int) -> dict[str, Any]:
    item = access_queue_item_by_id(_auth(request), item_id)
    data = validate_decision(read_json(request))
    check_decide_item_permission(_auth(request), item)
    item = do_decide_item(
        item, _auth(request), decision=data.decision, reason=data.reason, note=data.note
    )
    return item_out(item)


@router.get("/rules", response={200: dict, **ERRORS})
def rules(request: HttpRequest) -> dict[str, Any]:
    _moderator(request)
    return {"rules": [rule_out(r) for r in WatchedRule.objects.all()[:500]]}


@router.post("/rules", response={201: dict, **ERRORS})
def create_rule(request: HttpRequest) -> Status[dict[str, Any]]:
    moderator = _moderator(request)
    data = validate_rule(read_json(request))
    rule = do_create_rule(
        moderator, kind=data.kind, pattern=data.pattern, category=data.category, action=data.action,
        expires_at=data.expires_at, note=data.note,
    )  # fmt: skip
    return Status(201, rule_out(rule))


@router.post(
    "/rules/test",
    response={200: dict, **ERRORS},
    summary="What a rule would have matched in 7 days",
)
def test_rule(request: HttpRequest) -> dict[str, Any]:
    _moderator(request)
    data = validate_rule(read_json(request), for_test=True)
    scanned, matched, shown = run_rule_test(data.kind, data.pattern)
    do_audit(
        _auth(request),
        "rule.test",
        reason=data.pattern[:200],
        after={"scanned": scanned, "matched": matched},
    )
    return {
        "scanned": scanned,
        "matched": matched,
        "examples": [
            {
                "target_type": m.target_type,
                "target_id": m.target_id,
                "excerpt": m.excerpt,
                "start": m.start,
                "end": m.end,
            }
            for m in shown
        ],
    }


@router.delete("/rules/{rule_id}", response={200: dict, **ERRORS})
def deactivate_rule(request: HttpRequest, rule_id: int) -> dict[str, Any]:
    moderator = _moderator(request)
    rule = WatchedRule.objects.filter(pk=rule_id).first()
    if rule is None:
        raise CoconError(
            "not_found", pgettext("console error", "We could not find this."), status=404
        )
    return {"ok": do_deactivate_rule(moderator, rule)}


@router.get("/members/{member_id}", response={200: dict, **ERRORS})
def member_history(request: HttpRequest, member_id: int) -> dict[str, Any]:
    someone = access_member_by_id(_auth(request), member_id)
    do_audit(_auth(request), "view.member", target=someone)
    return {
        "id": someone.pk,
        "public_name": someone.public_name,
        "sanctions": [sanction_out(s) for s in Sanction.objects.filter(member=someone)],
        "strikes": [
            {
                "id": s.pk,
                "reason": s.reason,
                "created_at": s.created_at.isoformat(),
                "expires_at": s.expires_at.isoformat(),
            }
            for s in Strike.objects.filter(member=someone)
        ],
    }


@router.post("/members/{member_id}/sanctions", response={201: dict, **ERRORS})
def sanction_member(request: HttpRequest, member_id: int) -> Status[dict[str, Any]]:
    someone = access_member_by_id(_auth(request), member_id)
    data = validate_sanction(read_json(request))
    if someone.is_team:
        raise CoconError(
            "forbidden",
            pgettext("console error", "Team accounts are managed by administrators."),
            status=403,
        )
    sanction = do_sanction(
        someone, data.kind, reason=data.reason, actor=_auth(request), note=data.note
    )
    return Status(201, sanction_out(sanction))


@router.post("/sanctions/{sanction_id}/lift", response={200: dict, **ERRORS})
def lift_sanction(request: HttpRequest, sanction_id: int) -> dict[str, Any]:
    sanction = access_sanction_by_id(_auth(request), sanction_id)
    return {"ok": do_lift_sanction(sanction, actor=_auth(request), reason="moderator")}


@router.get("/stats", response={200: dict, **ERRORS})
def stats(request: HttpRequest) -> dict[str, Any]:
    moderator = _moderator(request)
    return {
        "queue_sizes": queue_sizes(),
        "median_minutes_to_decision": median_minutes_to_decision(),
        "nudge_outcomes": nudge_outcomes(),
        "engine_quality": engine_quality(),
        "my_shift": shift_exposure(moderator),
    }


@router.get("/audit", response={200: dict, **ERRORS})
def audit_log(request: HttpRequest, action: str = "", before_id: int = 0) -> dict[str, Any]:
    moderator = _moderator(request)
    rows = AuditEntry.objects.order_by("-id")
    if action:
        rows = rows.filter(action__startswith=action[:64])
    if before_id:
        rows = rows.filter(id__lt=before_id)
    page = list(rows[:100])
    do_audit(moderator, "view.audit_log", reason=action[:64])
    return {
        "entries": [
            {
                "id": e.pk,
                "created_at": e.created_at.isoformat(),
                "actor_id": e.actor_id,
                "actor": e.actor_label,
                "action": e.action,
                "target_type": e.target_type,
                "target_id": e.target_id,
                "reason": e.reason,
                "before": e.before,
                "after": e.after,
            }  # fmt: skip
            for e in page
        ]
    }
