"""Care cases and everything done in them: signals, events, messages, escalations, referrals."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import pgettext_lazy


class Priority(models.TextChoices):
    IMMINENT = "imminent", pgettext_lazy("care priority", "Imminent")
    HIGH = "high", pgettext_lazy("care priority", "High")
    MODERATE = "moderate", pgettext_lazy("care priority", "Moderate")
    LOW = "low", pgettext_lazy("care priority", "Low")


# Smaller is more urgent; used to sort and to decide whether a signal raises a case.
PRIORITY_RANK = {"imminent": 0, "high": 1, "moderate": 2, "low": 3}
RISK_RANK = {"none": 0, "low": 1, "moderate": 2, "high": 3, "imminent": 4}


class State(models.TextChoices):
    OPEN = "open", pgettext_lazy("care state", "Open")
    ACKNOWLEDGED = "acknowledged", pgettext_lazy("care state", "Acknowledged")
    IN_CONTACT = "in_contact", pgettext_lazy("care state", "In contact")
    REFERRED = "referred", pgettext_lazy("care state", "Referred")
    ESCALATED = "escalated", pgettext_lazy("care state", "Escalated to emergency services")
    FOLLOW_UP = "follow_up", pgettext_lazy("care state", "Follow-up")
    CLOSED = "closed", pgettext_lazy("care state", "Closed")


class Source(models.TextChoices):
    VERDICT = "verdict", pgettext_lazy("care source", "Screened message")
    SOS = "sos", pgettext_lazy("care source", "SOS button")
    MODERATOR = "moderator", pgettext_lazy("care source", "Opened by a moderator")
    MEMBER = "member", pgettext_lazy("care source", "Asked by the member")


class Outcome(models.TextChoices):
    SAFE = "safe", pgettext_lazy("care outcome", "Member safe")
    REFERRED = "referred", pgettext_lazy("care outcome", "Referred to a partner")
    EMERGENCY = "emergency", pgettext_lazy("care outcome", "Emergency services took over")
    NO_RESPONSE = "no_response", pgettext_lazy("care outcome", "No response from the member")
    FALSE_ALARM = "false_alarm", pgettext_lazy("care outcome", "False alarm")
    OTHER = "other", pgettext_lazy("care outcome", "Other")


class CareCase(models.Model):
    """One member's care case; a member has at most one case that is not closed."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="care_cases"
    )
    priority = models.CharField(max_length=10, choices=Priority.choices)
    state = models.CharField(max_length=14, choices=State.choices, default=State.OPEN)
    source = models.CharField(max_length=10, choices=Source.choices)
    # Snapshot of where the member was when the case opened: it decides the numbers shown.
    country = models.CharField(max_length=5, blank=True, default="")
    province = models.CharField(max_length=5, blank=True, default="")
    opened_at = models.DateTimeField(default=timezone.now, db_index=True)
    # A human must acknowledge before deadline_at; the care leads are alerted at escalate_at.
    deadline_at = models.DateTimeField()
    escalate_at = models.DateTimeField(db_index=True)
    leads_alerted_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    first_contact_at = models.DateTimeField(null=True, blank=True)
    referred_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=12, choices=Outcome.choices, blank=True, default="")
    outcome_note = models.TextField(max_length=2000, blank=True, default="")
    follow_up_at = models.DateTimeField(null=True, blank=True, db_index=True)
    follow_up_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at", "-id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["member"],
                condition=models.Q(closed_at__isnull=True),
                name="care_one_open_case_per_member",
            )
        ]
        verbose_name = pgettext_lazy("model", "care case")
        verbose_name_plural = pgettext_lazy("model", "care cases")

    def __str__(self) -> str:
        return f"case #{self.pk} ({self.priority}, {self.state})"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def rank(self) -> int:
        return PRIORITY_RANK[self.priority]

    @property
    def is_overdue(self) -> bool:
        return (
            self.acknowledged_at is None
            and self.closed_at is None
            and timezone.now() > self.deadline_at
        )


class CareSignal(models.Model):
    """One reason the case exists: a screened text, an SOS, a moderator or the member's answer."""

    case = models.ForeignKey(CareCase, on_delete=models.CASCADE, related_name="signals")
    source = models.CharField(max_length=10, choices=Source.choices)
    risk = models.CharField(max_length=10)
    reasons = models.JSONField(default=list, blank=True)
    content_type = models.CharField(max_length=64, blank=True, default="")
    content_id = models.CharField(max_length=64, blank=True, default="")
    note = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.source} {self.risk}"


class CareEvent(models.Model):
    """One timestamped step of a case (a transition or something done in it)."""

    case = models.ForeignKey(CareCase, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=32)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_state = models.CharField(max_length=14, blank=True, default="")
    to_state = models.CharField(max_length=14, blank=True, default="")
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.kind


class DutyShift(models.Model):
    """A moderator's on-duty period; on duty while ``ended_at`` is empty."""

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="duty_shifts"
    )
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["moderator"],
                condition=models.Q(ended_at__isnull=True),
                name="care_one_shift_per_moderator",
            )
        ]

    def __str__(self) -> str:
        return f"shift {self.moderator_id} {self.started_at:%Y-%m-%d %H:%M}"


class CareMessage(models.Model):
    """One message of the private conversation between a member and the Cocon team."""

    case = models.ForeignKey(CareCase, on_delete=models.CASCADE, related_name="messages")
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_team = models.BooleanField()
    body = models.TextField(max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"message #{self.pk}"


class CareContact(models.Model):
    """How the member agreed to be reached (phone, other), encrypted at rest."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="care_contact"
    )
    encrypted = models.BinaryField()
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"contact of {self.member_id}"


class Escalation(models.Model):
    """A call to emergency services recorded by a care lead."""

    case = models.ForeignKey(CareCase, on_delete=models.CASCADE, related_name="escalations")
    service = models.CharField(max_length=120)
    called_at = models.DateTimeField()
    reference = models.CharField(max_length=120, blank=True, default="")
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.TextField(max_length=2000, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"escalation {self.service}"


class Referral(models.Model):
    """The member was referred to a partner structure, with their consent on record."""

    case = models.ForeignKey(CareCase, on_delete=models.CASCADE, related_name="referrals")
    partner = models.ForeignKey("resources.Partner", on_delete=models.PROTECT, related_name="+")
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    consent = models.BooleanField()
    consent_note = models.CharField(max_length=300, blank=True, default="")
    outcome = models.TextField(max_length=2000, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"referral to {self.partner_id}"
