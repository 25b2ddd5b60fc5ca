"""Safety models. The audit log lives here: every staff action and privacy-relevant event."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.utils import timezone


class AuditQuerySet(models.QuerySet["AuditEntry"]):
    """Refuse bulk changes: the audit log is append-only for the application."""

    def update(self, **kwargs: Any) -> int:
        raise PermissionError("The audit log is append-only.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("The audit log is append-only.")


class AuditEntry(models.Model):
    """One append-only audit row, chained to the previous one by its hash.

    Actor and target are stored as plain ids and labels, not foreign keys, so deleting a
    member never deletes or rewrites the history of what was done.
    """

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_label = models.CharField(max_length=64, blank=True, default="")
    action = models.CharField(max_length=64, db_index=True)
    target_type = models.CharField(max_length=64, blank=True, default="")
    target_id = models.CharField(max_length=64, blank=True, default="")
    reason = models.CharField(max_length=200, blank=True, default="")
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64, unique=True)

    objects: ClassVar[models.Manager[AuditEntry]] = AuditQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["id"]
        verbose_name = "audit entry"
        verbose_name_plural = "audit log"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("Audit entries cannot be deleted.")
