"""Hold content for a moderator, and count what authors do with a nudge."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from cocon.safety.actions.audit import do_audit
from cocon.safety.actions.queue import do_enqueue, do_set_content_state, severity_for
from cocon.safety.models import NudgeOutcome, NudgeOutcomeKind, QueueItem, QueueKind


def _categories(verdict: dict[str, Any]) -> list[str]:
    cats = {span.get("category", "") for span in verdict.get("spans", ())}
    cats |= {str(code).split(".")[0] for code in verdict.get("reasons", ())}
    return sorted(c for c in cats if c)


def do_hold_for_review(
    *,
    target_type: str,
    target_id: Any,
    author: Any,
    text: str,
    screening: Any = None,
    reason: str = "held",
    thread: list[dict[str, Any]] | None = None,
) -> QueueItem:
    """Keep content out of public view and queue it for a moderator.

    Community calls this for content screened as ``hold`` and for a nudged message the author
    sends anyway (``reason="nudge.sent_anyway"``); ``screening`` is the :class:`Screening`.
    """
    verdict = dict(getattr(screening, "verdict", {}) or {})
    categories = _categories(verdict)
    if verdict.get("risk") in ("high", "imminent"):
        categories.append("care")
    with transaction.atomic():
        item, _created = do_enqueue(
            QueueKind.HELD,
            severity=severity_for(*categories),
            target_type=target_type,
            target_id=target_id,
            member=author,
            payload={
                "text": text[:5000],
                "verdict": verdict,
                "reason": reason,
                "thread": thread or [],
            },
            engine_action=str(getattr(screening, "action", "") or ""),
            engine_categories=[c for c in categories if c != "care"],
        )
        do_set_content_state(target_type, target_id, "held")
    return item


def do_record_nudge_outcome(
    member: Any,
    outcome: str,
    *,
    kind: str = "post",
    rule: str = "",
    target_type: str = "",
    target_id: Any = "",
    text: str = "",
    screening: Any = None,
) -> NudgeOutcome:
    """Count what the author did after a nudge; "sent anyway" goes to the review queue.

    For ``sent_anyway`` pass the stored content's ``target_type``/``target_id`` and ``text``.
    """
    with transaction.atomic():
        row = NudgeOutcome.objects.create(member=member, outcome=outcome, kind=kind, rule=rule[:64])
        if outcome == NudgeOutcomeKind.SENT_ANYWAY and target_type:
            do_hold_for_review(
                target_type=target_type,
                target_id=target_id,
                author=member,
                text=text,
                screening=screening,
                reason="nudge.sent_anyway",
            )
        do_audit(
            member,
            "nudge." + outcome,
            target_type=target_type,
            target_id=target_id,
            reason=rule[:64],
        )
    return row
