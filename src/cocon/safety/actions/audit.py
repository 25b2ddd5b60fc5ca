"""Append to and verify the hash-chained audit log."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from cocon.safety.models import AuditEntry

GENESIS = "0" * 64
# Any constant works; it only has to be the same for every writer of the chain.
_PG_ADVISORY_KEY = 0x0C0C0A0D


def _entry_digest(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = json.dumps(
        fields, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":")
    )
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _hashed_fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "created_at": entry.created_at.isoformat(),
        "actor_id": entry.actor_id,
        "actor_label": entry.actor_label,
        "action": entry.action,
        "target_type": entry.target_type,
        "target_id": entry.target_id,
        "reason": entry.reason,
        "before": entry.before,
        "after": entry.after,
    }


def do_audit(
    actor: Any,
    action: str,
    *,
    target: Any = None,
    target_type: str = "",
    target_id: str | int = "",
    reason: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one row to the audit log, chained to the previous row.

    Call it inside the transaction of the action it records so that both land or neither.
    """
    if target is not None:
        target_type = target_type or target._meta.label_lower
        target_id = target_id or target.pk
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_ADVISORY_KEY])
        last = AuditEntry.objects.order_by("-id").values_list("entry_hash", flat=True).first()
        prev_hash = last or GENESIS
        entry = AuditEntry(
            created_at=timezone.now(),
            actor_id=getattr(actor, "pk", None),
            actor_label=str(getattr(actor, "pseudonym", "") or "")[:64]
            if actor is not None
            else "system",
            action=action,
            target_type=target_type,
            target_id=str(target_id),
            reason=reason[:200],
            before=before or {},
            after=after or {},
            prev_hash=prev_hash,
        )
        # Normalise JSON through a round trip so the digest matches what the database returns.
        entry.before = json.loads(json.dumps(entry.before, default=str))
        entry.after = json.loads(json.dumps(entry.after, default=str))
        entry.entry_hash = _entry_digest(prev_hash, _hashed_fields(entry))
        entry.save()
    return entry


def verify_audit_chain() -> tuple[bool, int, int | None]:
    """Check every row's hash and link; return (ok, rows checked, id of the first bad row)."""
    prev_hash = GENESIS
    count = 0
    for entry in AuditEntry.objects.order_by("id").iterator():
        count += 1
        if entry.prev_hash != prev_hash or entry.entry_hash != _entry_digest(
            prev_hash, _hashed_fields(entry)
        ):
            return False, count, entry.pk
        prev_hash = entry.entry_hash
    return True, count, None
