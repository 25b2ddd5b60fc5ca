"""What follows a screening: strikes, immediate suspensions, flags and harassment patterns."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from cocon.safety.actions.patterns import check_pile_on, check_targeted_harassment
from cocon.safety.actions.queue import do_enqueue, severity_for
from cocon.safety.actions.sanctions import do_add_strike, do_suspend_pending_review
from cocon.safety.conf import conf
from cocon.safety.models import QueueKind, ScreeningRecord
from cocon.safety.queries.sanctions import active_login_block


def _block_category(screening: Any) -> str:
    if screening.rule.startswith("watched."):
        blocking = [h for h in screening.watched if h["action"] == "block"]
        return str(blocking[0]["category"]) if blocking else "other"
    return screening.rule.split(".")[0] or "other"


def do_record_screening(
    screening: Any, *, text: str, author: Any, kind: str, context: dict[str, Any]
) -> None:
    """Apply the consequences of ``screening`` for its author (called by ``screen_text``)."""
    if screening.action == "allow" and not screening.flagged:
        return
    # Community passes post_id / post_author_id with a comment; both name the same thing.
    if "target_type" not in context and context.get("post_id"):
        context = {**context, "target_type": "community.post", "target_id": context["post_id"]}
    target_member_id = context.get("target_member_id") or context.get("post_author_id")
    if target_member_id is None and getattr(context.get("target_member"), "pk", None) is not None:
        target_member_id = context["target_member"].pk
    target_type = str(context.get("target_type") or "")
    target_id = str(context.get("target_id") or "")
    if str(target_member_id) == str(author.pk):
        target_member_id = None
    with transaction.atomic():
        ScreeningRecord.objects.create(
            author=author,
            target_member_id=target_member_id,
            target_type=target_type,
            target_id=target_id,
            kind=kind,
            action="flag" if screening.action == "allow" else screening.action,
            rule=screening.rule[:64],
            categories=list(screening.categories),
        )
        snapshot = {
            "text": text[:5000],
            "verdict": screening.verdict,
            "kind": kind,
            "target_type": target_type,
            "target_id": target_id,
        }
        if screening.action == "block":
            category = _block_category(screening)
            do_add_strike(
                author,
                reason=screening.rule or category,
                target_type=target_type,
                target_id=target_id,
            )
            if category in conf("SUSPEND_AT_ONCE") and active_login_block(author) is None:
                do_suspend_pending_review(author, reason=category, payload=snapshot)
        if screening.flagged:
            do_enqueue(
                QueueKind.RULE_HIT,
                severity=severity_for(*screening.categories),
                target_type=target_type,
                target_id=target_id,
                member=author,
                payload=snapshot,
                engine_action=str(screening.verdict.get("engine_action", "")),
                engine_categories=list(screening.categories),
                merge=bool(target_type),
            )
        if target_member_id is not None:
            check_targeted_harassment(author.pk, int(target_member_id))
        if target_type and target_id:
            check_pile_on(target_type, target_id)
