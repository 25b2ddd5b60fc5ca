"""Queue held community content even when the caller did not call ``do_hold_for_review``.

Connected in ``SafetyConfig.ready`` to the models that exist (``community.Post``,
``community.Comment``) by label, so safety imports nothing from community. An explicit
``do_hold_for_review`` for the same content merges into the same queue item.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db.models.signals import post_save

from cocon.safety.models import QueueItem, QueueStatus

WATCHED_MODELS = ("community.Post", "community.Comment")


class _StoredScreening:
    """The part of a stored verdict ``do_hold_for_review`` reads."""

    def __init__(self, stored: dict[str, Any]) -> None:
        self.action = str(stored.get("action", "hold"))
        self.verdict = dict(stored.get("verdict") or stored)


def queue_held_content(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    label = instance._meta.label_lower
    if getattr(instance, "status", None) != "held":
        return
    if (
        QueueItem.objects.filter(target_type=label, target_id=str(instance.pk))
        .exclude(status=QueueStatus.DECIDED)
        .exists()
    ):
        return
    from cocon.safety.actions.holds import do_hold_for_review

    thread = []
    post = getattr(instance, "post", None)
    if post is not None:
        thread.append(
            {"post_id": post.pk, "post_author_id": post.author_id, "text": str(post.body)[:1000]}
        )
    do_hold_for_review(
        target_type=label,
        target_id=instance.pk,
        author=instance.author,
        text=str(getattr(instance, "body", "")),
        screening=_StoredScreening(getattr(instance, "screening", None) or {}),
        thread=thread,
    )


def connect() -> None:
    for label in WATCHED_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        post_save.connect(queue_held_content, sender=model, dispatch_uid=f"safety-held-{label}")
