"""A moderator's decision on a queue item: content, sanctions, messages, engine feedback."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from cocon.safety.actions.audit import do_audit
from cocon.safety.actions.messages import do_message_member
from cocon.safety.actions.queue import do_set_content_state
from cocon.safety.actions.sanctions import (
    do_confirm_sanction,
    do_decide_appeal,
    do_lift_sanction,
    do_sanction,
)
from cocon.safety.conf import conf
from cocon.safety.models import (
    Appeal,
    Decision,
    Exposure,
    QueueItem,
    QueueKind,
    QueueStatus,
    Report,
    Sanction,
    SanctionKind,
)
from cocon.safety.signals import content_moderated

SANCTION_FOR = {
    Decision.WARN: SanctionKind.WARN,
    Decision.MUTE_24H: SanctionKind.MUTE_24H,
    Decision.MUTE_7D: SanctionKind.MUTE_7D,
    Decision.SUSPEND: SanctionKind.SUSPEND,
    Decision.BAN: SanctionKind.BAN,
}
CONTENT_KINDS = (QueueKind.HELD, QueueKind.REPORT, QueueKind.RULE_HIT, QueueKind.HARASSMENT)


def redact(text: str, spans: list[dict[str, Any]], marker: str | None = None) -> str:
    """Return ``text`` with personal-information spans (or all spans if none) replaced by a marker."""
    marker = marker or conf("REDACTION_MARKER")
    chosen = [s for s in spans if s.get("category") == "personal_info"] or list(spans)
    out, last = [], 0
    for span in sorted(chosen, key=lambda s: int(s["start"])):
        start, end = int(span["start"]), int(span["end"])
        if start < last or end > len(text) or start >= end:
            continue
        out.append(text[last:start])
        out.append(marker)
        last = end
    out.append(text[last:])
    return "".join(out)


def engine_outcome(item: QueueItem, decision: str) -> str:
    """Return whether the decision "confirmed" or "overturned" the engine ("" if it had no say)."""
    if item.kind not in (*CONTENT_KINDS, QueueKind.SUSPENSION) or not item.engine_action:
        return ""
    flagged = item.engine_action != "allow" or bool(item.engine_categories)
    removed = decision != Decision.APPROVE
    return "confirmed" if flagged == removed else "overturned"


def _apply_redaction(item: QueueItem, text: str) -> None:
    if content_moderated.has_listeners():
        return
    from cocon.safety.queries.content import TEXT_FIELDS, resolve_target

    obj = resolve_target(item.target_type, item.target_id)
    if obj is None:
        return
    for name in TEXT_FIELDS:
        if hasattr(obj, name):
            setattr(obj, name, text)
            obj.save(update_fields=[name])
            return


def do_decide_item(
    item: QueueItem,
    moderator: Any,
    *,
    decision: str,
    reason: str = "",
    note: str = "",
    now: dt.datetime | None = None,
) -> QueueItem:
    """Decide ``item`` (claimed by ``moderator``) and carry out everything it implies."""
    now = now or timezone.now()
    with transaction.atomic():
        before = {"status": item.status, "engine_action": item.engine_action}
        is_content = item.kind in CONTENT_KINDS and item.target_type not in ("", "accounts.member")
        author = item.member
        if item.kind == QueueKind.APPEAL:
            appeal = Appeal.objects.select_related("sanction__member").get(pk=item.target_id)
            do_decide_appeal(
                appeal, moderator=moderator, uphold=decision != Decision.APPROVE, now=now
            )
        elif item.kind == QueueKind.SUSPENSION:
            sanction = Sanction.objects.get(pk=item.target_id)
            if decision == Decision.APPROVE:
                do_lift_sanction(sanction, actor=moderator, reason="review", now=now)
            else:
                do_confirm_sanction(sanction, actor=moderator)
                if decision == Decision.BAN:
                    do_sanction(
                        sanction.member,
                        SanctionKind.BAN,
                        reason=reason or sanction.reason,
                        actor=moderator,
                        note=note,
                        now=now,
                    )
        else:
            if is_content:
                if decision == Decision.APPROVE:
                    do_set_content_state(item.target_type, item.target_id, "approved")
                    if author is not None and item.kind == QueueKind.HELD:
                        do_message_member(author, "content.approved")
                elif decision == Decision.REDACT:
                    text = redact(
                        str(item.payload.get("text", "")),
                        list(item.payload.get("verdict", {}).get("spans", [])),
                    )
                    do_set_content_state(item.target_type, item.target_id, "approved", text=text)
                    _apply_redaction(item, text)
                    if author is not None:
                        do_message_member(author, "content.redacted")
                else:
                    do_set_content_state(item.target_type, item.target_id, "removed")
                    if author is not None and decision == Decision.REMOVE:
                        do_message_member(author, "content.removed", reason=reason)
            kind = SANCTION_FOR.get(decision)  # type: ignore[call-overload]
            if kind is not None and author is not None:
                do_sanction(author, kind, reason=reason, actor=moderator, note=note, now=now)
        reports = Report.objects.filter(queue_item=item, outcome="").select_related("reporter")
        outcome = "no_action" if decision == Decision.APPROVE else "actioned"
        for report in reports:
            do_message_member(report.reporter, f"report.{outcome}", reason=reason)
        reports.update(outcome=outcome)
        item.status = QueueStatus.DECIDED
        item.decision = decision
        item.reason = reason
        item.decided_by = moderator
        item.decided_at = now
        item.engine_outcome = engine_outcome(item, decision)
        item.save(
            update_fields=[
                "status",
                "decision",
                "reason",
                "decided_by",
                "decided_at",
                "engine_outcome",
            ]
        )
        Exposure.objects.create(moderator=moderator, queue_item=item, kind="decide", created_at=now)
        do_audit(
            moderator,
            "queue.decide",
            target=item,
            reason=reason or decision,
            before=before,
            after={"decision": decision, "engine_outcome": item.engine_outcome, "note": note[:500]},
        )
    return item


def do_record_exposure(item: QueueItem, moderator: Any) -> Exposure:
    """Count that a moderator revealed blurred content, and audit the view."""
    with transaction.atomic():
        exposure = Exposure.objects.create(moderator=moderator, queue_item=item, kind="reveal")
        do_audit(moderator, "queue.reveal", target=item)
    return exposure
