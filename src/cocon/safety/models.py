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

    objects: ClassVar[models.Manager[AuditEntry]] = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        verbose_name = "audit entry"
        verbose_name_plural = "audit log"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.target_type}:{self.target_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("Audit entries cannot be deleted.")


# --------------------------------------------------------------------------------------------
# Moderation: rules, strikes and sanctions, queue, reports, messages to members, statistics.
# Content is referenced generically (``target_type`` = "app.model", ``target_id``) so that this
# app never depends on the shape of community's models.
# --------------------------------------------------------------------------------------------

from django.conf import settings as _settings  # noqa: E402
from django.utils.translation import pgettext_lazy  # noqa: E402


class RuleKind(models.TextChoices):
    WORD = "word", pgettext_lazy("rule kind", "Word or phrase (after normalisation)")
    REGEX = "regex", pgettext_lazy("rule kind", "Regular expression")


class RuleAction(models.TextChoices):
    BLOCK = "block", pgettext_lazy("rule action", "Block")
    HOLD = "hold", pgettext_lazy("rule action", "Hold for a moderator")
    NUDGE = "nudge", pgettext_lazy("rule action", "Nudge the author")
    FLAG = "flag", pgettext_lazy("rule action", "Publish and flag for review")


class Category(models.TextChoices):
    ABUSE = "abuse", pgettext_lazy("category", "Abuse")
    HATE = "hate", pgettext_lazy("category", "Hate")
    THREAT = "threat", pgettext_lazy("category", "Threat")
    SEXUAL = "sexual", pgettext_lazy("category", "Sexual")
    INCITEMENT = "incitement", pgettext_lazy("category", "Incitement to self-harm")
    PERSONAL_INFO = "personal_info", pgettext_lazy("category", "Personal information")
    SPAM = "spam", pgettext_lazy("category", "Spam")
    OTHER = "other", pgettext_lazy("category", "Other")


class WatchedRule(models.Model):
    """A moderator's own watched word or pattern, applied before the engine."""

    kind = models.CharField(max_length=8, choices=RuleKind.choices, default=RuleKind.WORD)
    pattern = models.CharField(max_length=200)
    category = models.CharField(max_length=16, choices=Category.choices)
    action = models.CharField(max_length=8, choices=RuleAction.choices)
    note = models.CharField(max_length=200, blank=True, default="")
    expires_at = models.DateTimeField(null=True, blank=True)
    is_active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        _settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind}:{self.pattern}"

    @property
    def code(self) -> str:
        return f"watched.{self.pk}"


class RulesVersion(models.Model):
    """One row whose number changes whenever a watched rule changes (read by every worker)."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"rulesversion {self.pk}"


class SanctionKind(models.TextChoices):
    WARN = "warn", pgettext_lazy("sanction", "Warning")
    MUTE_24H = "mute_24h", pgettext_lazy("sanction", "Muted for 24 hours")
    MUTE_7D = "mute_7d", pgettext_lazy("sanction", "Muted for 7 days")
    SUSPEND = "suspend", pgettext_lazy("sanction", "Suspended")
    BAN = "ban", pgettext_lazy("sanction", "Banned")


class Strike(models.Model):
    member = models.ForeignKey(
        _settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="strikes"
    )
    reason = models.CharField(max_length=64)
    target_type = models.CharField(max_length=64, blank=True, default="")
    target_id = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    expires_at = models.DateTimeField()
    created_by = models.ForeignKey(
        _settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"strike {self.pk}"


class Sanction(models.Model):
    member = models.ForeignKey(
        _settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sanctions"
    )
    kind = models.CharField(max_length=10, choices=SanctionKind.choices)
    reason = models.CharField(max_length=64)
    note = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    # Set by the system (immediate suspension for incitement, threat or hate) until a moderator looks.
    pending_review = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        _settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        _settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"sanction {self.pk}"


class AppealStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("appeal status", "Waiting for a moderator")
    UPHELD = "upheld", pgettext_lazy("appeal status", "Sanction upheld")
    OVERTURNED = "overturned", pgettext_lazy("appeal status", "Sanction lifted")


class Appeal(models.Model):
    sanction = models.OneToOneField(Sanction, on_delete=models.CASCADE, related_name="appeal")
    text = models.TextField(max_length=2000)
    status = models.CharField(
        max_length=12, choices=AppealStatus.choices, default=AppealStatus.OPEN
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        _settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"appeal {self.pk}"


class BannedIdentity(models.Model):
    """Keyed hash of a banned member's e-mail and their folded pseudonym; survives deletion."""

    member_id = models.BigIntegerField(db_index=True)
    email_hash = models.CharField(max_length=64, blank=True, default="", db_index=True)
    pseudonym_key = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    lifted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"bannedidentity {self.pk}"


class QueueKind(models.TextChoices):
    HELD = "held", pgettext_lazy("queue kind", "Held content")
    REPORT = "report", pgettext_lazy("queue kind", "Member report")
    APPEAL = "appeal", pgettext_lazy("queue kind", "Appeal")
    RULE_HIT = "rule_hit", pgettext_lazy("queue kind", "Watched rule hit")
    HARASSMENT = "harassment", pgettext_lazy("queue kind", "Harassment pattern")
    SUSPENSION = "suspension", pgettext_lazy("queue kind", "Automatic suspension to review")
    EVASION = "evasion", pgettext_lazy("queue kind", "Possible ban evasion")


class QueueStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("queue status", "Open")
    CLAIMED = "claimed", pgettext_lazy("queue status", "Claimed")
    DECIDED = "decided", pgettext_lazy("queue status", "Decided")


class Decision(models.TextChoices):
    APPROVE = "approve", pgettext_lazy("decision", "Approve")
    REMOVE = "remove", pgettext_lazy("decision", "Remove")
    REDACT = "redact", pgettext_lazy("decision", "Redact personal information")
    WARN = "warn", pgettext_lazy("decision", "Remove and warn")
    MUTE_24H = "mute_24h", pgettext_lazy("decision", "Remove and mute 24 h")
    MUTE_7D = "mute_7d", pgettext_lazy("decision", "Remove and mute 7 days")
    SUSPEND = "suspend", pgettext_lazy("decision", "Remove and suspend")
    BAN = "ban", pgettext_lazy("decision", "Remove and ban")


class QueueItem(models.Model):
    kind = models.CharField(max_length=12, choices=QueueKind.choices)
    # 0 (low) to 100 (most urgent); the queue is ordered by severity, then age.
    severity = models.PositiveSmallIntegerField(default=50)
    target_type = models.CharField(max_length=64, blank=True, default="")
    target_id = models.CharField(max_length=64, blank=True, default="")
    # The member whose content or behaviour is in question.
    member = models.ForeignKey(
        _settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Snapshot for the moderator: text, spans, thread, engine verdict, related ids.
    payload = models.JSONField(default=dict, blank=True)
    engine_action = models.CharField(max_length=8, blank=True, default="")
    engine_categories = models.JSONField(default=list, blank=True)
    status = models.CharField(
        max_length=8, choices=QueueStatus.choices, default=QueueStatus.OPEN, db_index=True
    )
    claimed_by = models.ForeignKey(
        _settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    decided_by = models.ForeignKey(
        _settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision = models.CharField(max_length=10, choices=Decision.choices, blank=True, default="")
    reason = models.CharField(max_length=64, blank=True, default="")
    # "confirmed" or "overturned" (the engine's call), "" when the engine had no say.
    engine_outcome = models.CharField(max_length=10, blank=True, default="")

    class Meta:
        ordering = ["-severity", "created_at", "id"]
        indexes = [models.Index(fields=["status", "-severity", "created_at"])]

    def __str__(self) -> str:
        return f"queueitem {self.pk}"


class ReportReason(models.TextChoices):
    HARASSMENT = "harassment", pgettext_lazy("report reason", "Harassment")
    HATE = "hate", pgettext_lazy("report reason", "Hate")
    SEXUAL = "sexual", pgettext_lazy("report reason", "Sexual content")
    WORRIED = "worried", pgettext_lazy("report reason", "I am worried about this person")
    SPAM = "spam", pgettext_lazy("report reason", "Spam")
    OTHER = "other", pgettext_lazy("report reason", "Something else")


class Report(models.Model):
    reporter = models.ForeignKey(
        _settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_made"
    )
    target_type = models.CharField(max_length=64)
    target_id = models.CharField(max_length=64)
    target_member = models.ForeignKey(
        _settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(max_length=12, choices=ReportReason.choices)
    note = models.CharField(max_length=500, blank=True, default="")
    queue_item = models.ForeignKey(
        QueueItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    created_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=10, blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "target_type", "target_id"], name="one_report_per_reporter"
            )
        ]

    def __str__(self) -> str:
        return f"report {self.pk}"


class ContentState(models.Model):
    """Whether a piece of content is hidden by moderation, for community to filter on."""

    target_type = models.CharField(max_length=64)
    target_id = models.CharField(max_length=64)
    # held, hidden (by reports), removed, approved
    state = models.CharField(max_length=10)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id"], name="one_state_per_content"
            )
        ]

    def __str__(self) -> str:
        return f"contentstate {self.pk}"


class ScreeningRecord(models.Model):
    """A non-allow outcome of the screening, kept to detect harassment across messages."""

    author = models.ForeignKey(
        _settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    target_member = models.ForeignKey(
        _settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    target_type = models.CharField(max_length=64, blank=True, default="")
    target_id = models.CharField(max_length=64, blank=True, default="")
    kind = models.CharField(max_length=10)
    action = models.CharField(max_length=8)
    rule = models.CharField(max_length=64, blank=True, default="")
    categories = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"screeningrecord {self.pk}"


class NudgeOutcomeKind(models.TextChoices):
    EDITED = "edited", pgettext_lazy("nudge outcome", "Edited")
    CANCELLED = "cancelled", pgettext_lazy("nudge outcome", "Cancelled")
    SENT_ANYWAY = "sent_anyway", pgettext_lazy("nudge outcome", "Sent anyway")


class NudgeOutcome(models.Model):
    member = models.ForeignKey(
        _settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=12, choices=NudgeOutcomeKind.choices)
    kind = models.CharField(max_length=10, default="post")
    rule = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"nudgeoutcome {self.pk}"


class Exposure(models.Model):
    """A moderator revealed blurred content or handled an item: counted per shift."""

    moderator = models.ForeignKey(
        _settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    queue_item = models.ForeignKey(QueueItem, on_delete=models.CASCADE, related_name="exposures")
    kind = models.CharField(max_length=10, default="reveal")  # reveal | decide
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"exposure {self.pk}"


class MemberNote(models.Model):
    """A moderator's internal note about a member; never shown to members."""

    member = models.ForeignKey(
        _settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        _settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.CharField(max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"membernote {self.pk}"
