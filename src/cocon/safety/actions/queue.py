"""Put items in the review queue and let moderators claim them, one moderator per item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cocon.safety.actions.audit import do_audit
from cocon.safety.conf import conf
from cocon.safety.models import ContentState, QueueItem, QueueStatus

# Severity by engine category or report reason: the queue is read from the top.
SEVERITY = {
    "care": 95,
    "threat": 90,
    "incitement": 90,
    "suspension": 90,
    "worried": 85,
    "harassment": 80,
    "hate": 80,
    "pileon": 75,
    "sexual": 70,
    "evasion": 60,
    "personal_info": 50,
    "abuse": 45,
    "appeal": 40,
    "other": 30,
    "spam": 20,
}


def severity_for(*keys: str) -> int:
    return max((SEVERITY.get(k, 30) for k in keys if k), default=30)


def _claimable(now: dt.datetime, moderator: Any = None) -> Q:
    expired = now - dt.timedelta(minutes=conf("CLAIM_MINUTES"))
    q = Q(status=QueueStatus.OPEN) | Q(status=QueueStatus.CLAIMED, claimed_at__lt=expired)
    if moderator is not None:
        q |= Q(status=QueueStatus.CLAIMED, claimed_by=moderator)
    return q


def do_enqueue(
    kind: str,
    *,
    severity: int,
    target_type: str = "",
    target_id: Any = "",
    member: Any = None,
    payload: dict[str, Any] | None = None,
    engine_action: str = "",
    engine_categories: list[str] | tuple[str, ...] = (),
    merge: bool = True,
) -> tuple[QueueItem, bool]:
    """Queue an item; an undecided item of the same kind and target absorbs it (returns it, False)."""
    with transaction.atomic():
        if merge and target_type:
            existing = (
                QueueItem.objects.select_for_update()
                .filter(kind=kind, target_type=target_type, target_id=str(target_id))
                .exclude(status=QueueStatus.DECIDED)
                .first()
            )
            if existing is not None:
                if severity > existing.severity:
                    existing.severity = severity
                    existing.save(update_fields=["severity"])
                return existing, False
        item = QueueItem.objects.create(
            kind=kind,
            severity=max(0, min(100, severity)),
            target_type=target_type,
            target_id=str(target_id),
            member=member,
            payload=payload or {},
            engine_action=engine_action,
            engine_categories=list(engine_categories),
        )
        do_audit(None, "queue.create", target=item, reason=kind, after={"severity": item.severity})
    return item, True


def do_set_content_state(
    target_type: str, target_id: Any, state: str, *, text: str | None = None
) -> None:
    """Record the moderation state of a piece of content and tell its app after commit."""
    ContentState.objects.update_or_create(
        target_type=target_type,
        target_id=str(target_id),
        defaults={"state": state, "updated_at": timezone.now()},
    )
    from cocon.safety.signals import content_moderated

    if not content_moderated.has_listeners():
        _apply_status(target_type, target_id, state)
    kwargs: dict[str, Any] = {
        "target_type": target_type,
        "target_id": str(target_id),
        "state": state,
    }
    if text is not None:
        kwargs["text"] = text
    transaction.on_commit(lambda: content_moderated.send(sender=QueueItem, **kwargs))


# Without a receiver for ``content_moderated``, content with a ``status`` field (community's
# posts and comments) is updated directly so that nothing hidden stays on screen.
STATUS_FOR_STATE = {"held": "held", "hidden": "hidden", "removed": "hidden", "approved": "visible"}


def _apply_status(target_type: str, target_id: Any, state: str) -> None:
    from cocon.safety.queries.content import resolve_target

    obj = resolve_target(target_type, str(target_id))
    status = STATUS_FOR_STATE.get(state)
    if obj is None or status is None or not hasattr(obj, "status"):
        return
    field = obj._meta.get_field("status")
    choices = {value for value, _label in getattr(field, "choices", None) or []}
    if status in choices and obj.status != status:
        type(obj)._default_manager.filter(pk=obj.pk).update(status=status)


def do_claim_item(
    item_id: int, moderator: Any, *, now: dt.datetime | None = None
) -> QueueItem | None:
    """Claim one item for ``moderator``; return ``None`` when someone else holds it.

    On PostgreSQL the row is locked with ``FOR UPDATE SKIP LOCKED`` so that of two moderators
    claiming at once exactly one wins; the conditional UPDATE gives the same guarantee on SQLite.
    """
    now = now or timezone.now()
    with transaction.atomic():
        item = (
            QueueItem.objects.select_for_update(skip_locked=True)
            .filter(_claimable(now, moderator), pk=item_id)
            .first()
        )
        if item is None:
            return None
        changed = QueueItem.objects.filter(_claimable(now, moderator), pk=item.pk).update(
            status=QueueStatus.CLAIMED, claimed_by=moderator, claimed_at=now
        )
        if not changed:
            return None
        item.refresh_from_db()
        do_audit(moderator, "queue.claim", target=item)
    return item


def do_claim_next(
    moderator: Any, *, kind: str | None = None, now: dt.datetime | None = None
) -> QueueItem | None:
    """Claim the most urgent claimable item (severity, then age), skipping rows others lock."""
    now = now or timezone.now()
    with transaction.atomic():
        rows = QueueItem.objects.select_for_update(skip_locked=True).filter(_claimable(now))
        if kind:
            rows = rows.filter(kind=kind)
        # LIMIT 1 locks only the row taken, so a second moderator skips it and gets the next.
        item = rows.order_by("-severity", "created_at", "id").first()
        if item is None:
            return None
        changed = QueueItem.objects.filter(_claimable(now), pk=item.pk).update(
            status=QueueStatus.CLAIMED, claimed_by=moderator, claimed_at=now
        )
        if not changed:
            return None
        item.refresh_from_db()
        do_audit(moderator, "queue.claim", target=item)
    return item


def do_release_item(item: QueueItem, moderator: Any) -> bool:
    """Give an item back to the queue; return False when the moderator did not hold it."""
    with transaction.atomic():
        changed = QueueItem.objects.filter(
            pk=item.pk, status=QueueStatus.CLAIMED, claimed_by=moderator
        ).update(status=QueueStatus.OPEN, claimed_by=None, claimed_at=None)
        if changed:
            do_audit(moderator, "queue.release", target=item)
    return bool(changed)


BANNED_STATE = "banned"


def do_hide_author_content(member_id: int) -> int:
    """Hide a banned member's visible posts and comments; return how many were hidden.

    Rows hidden this way are remembered (state "banned") so that lifting the ban restores
    exactly them and nothing a moderator removed for its own sake.
    """
    from cocon.safety.receivers import WATCHED_MODELS

    hidden = 0
    for model in _content_models(WATCHED_MODELS):
        label = model._meta.label_lower
        ids = list(
            model._default_manager.filter(author_id=member_id, status="visible").values_list(
                "pk", flat=True
            )
        )
        if not ids:
            continue
        model._default_manager.filter(pk__in=ids).update(status="hidden")
        for pk in ids:
            ContentState.objects.update_or_create(
                target_type=label,
                target_id=str(pk),
                defaults={"state": BANNED_STATE, "updated_at": timezone.now()},
            )
        hidden += len(ids)
    return hidden


def do_restore_author_content(member_id: int) -> int:
    """Show again what ``do_hide_author_content`` hid; return how many were restored."""
    from cocon.safety.receivers import WATCHED_MODELS

    restored = 0
    for model in _content_models(WATCHED_MODELS):
        label = model._meta.label_lower
        states = ContentState.objects.filter(target_type=label, state=BANNED_STATE)
        ids = [
            pk
            for pk in model._default_manager.filter(
                author_id=member_id,
                status="hidden",
                pk__in=[int(s) for s in states.values_list("target_id", flat=True)],
            ).values_list("pk", flat=True)
        ]
        model._default_manager.filter(pk__in=ids).update(status="visible")
        states.filter(target_id__in=[str(pk) for pk in ids]).delete()
        restored += len(ids)
    return restored


def _content_models(labels: tuple[str, ...]) -> list[Any]:
    from django.apps import apps

    found = []
    for label in labels:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        names = {f.name for f in model._meta.get_fields()}
        if {"author", "status"} <= names:
            found.append(model)
    return found
