"""The help directory (lines, services, emergency numbers), partner structures and SOS requests."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import pgettext_lazy


class DirectoryCountry(models.TextChoices):
    """Where an entry applies. GB and US form the English fallback for members elsewhere."""

    FRANCE = "FR", pgettext_lazy("country", "France")
    BELGIUM = "BE", pgettext_lazy("country", "Belgium")
    SWITZERLAND = "CH", pgettext_lazy("country", "Switzerland")
    CANADA = "CA", pgettext_lazy("country", "Canada")
    UNITED_KINGDOM = "GB", pgettext_lazy("country", "United Kingdom")
    UNITED_STATES = "US", pgettext_lazy("country", "United States")


# Members pick among these; GB and US entries are only the fallback for "another country".
MEMBER_COUNTRIES = ("FR", "BE", "CH", "CA", "OTHER")
FALLBACK_COUNTRIES = ("GB", "US")
PROVINCES = {"CA": ("QC", "ON", "NB", "OTHER")}


class Kind(models.TextChoices):
    EMERGENCY = "emergency", pgettext_lazy("help resource kind", "Emergency number")
    HELPLINE = "helpline", pgettext_lazy("help resource kind", "Help line")
    CHAT = "chat", pgettext_lazy("help resource kind", "Chat")
    WEB = "web", pgettext_lazy("help resource kind", "Website")
    WALK_IN = "walk_in", pgettext_lazy("help resource kind", "Place to go")


class Topic(models.TextChoices):
    EMERGENCY = "emergency", pgettext_lazy("help topic", "Emergency")
    SUICIDE = "suicide", pgettext_lazy("help topic", "Suicidal thoughts")
    SELF_HARM = "self_harm", pgettext_lazy("help topic", "Self-harm")
    DISTRESS = "distress", pgettext_lazy("help topic", "Distress, anxiety")
    LONELINESS = "loneliness", pgettext_lazy("help topic", "Loneliness")
    CYBERBULLYING = "cyberbullying", pgettext_lazy("help topic", "Cyberbullying, bullying")
    SEXTORTION = "sextortion", pgettext_lazy("help topic", "Sextortion, intimate images")
    VIOLENCE_AT_HOME = "violence_at_home", pgettext_lazy("help topic", "Violence at home")
    SEXUAL_VIOLENCE = "sexual_violence", pgettext_lazy("help topic", "Sexual violence")
    SEXUAL_HEALTH = "sexual_health", pgettext_lazy("help topic", "Sexual health, contraception")
    LGBT = "lgbt", pgettext_lazy("help topic", "LGBT+")
    EATING_DISORDERS = "eating_disorders", pgettext_lazy("help topic", "Eating disorders")
    DRUGS = "drugs", pgettext_lazy("help topic", "Drugs, alcohol, addiction")
    POISONING = "poisoning", pgettext_lazy("help topic", "Poisoning, overdose")
    HEALTH = "health", pgettext_lazy("help topic", "Health")


class Status(models.TextChoices):
    """How sure the team is of an entry; unverified entries are never shown to members."""

    OFFICIAL = "official", pgettext_lazy("help resource status", "✅ Official source")
    SECONDARY = "secondary", pgettext_lazy("help resource status", "🟡 Secondary source")
    OLD_CONFLICTING = (
        "old_conflicting",
        pgettext_lazy("help resource status", "⚠️ Old or conflicting sources"),
    )
    UNVERIFIED = "unverified", pgettext_lazy("help resource status", "❌ Not verified")


VISIBLE_STATUSES = (Status.OFFICIAL, Status.SECONDARY, Status.OLD_CONFLICTING)


def dial_digits(phone: str) -> str:
    """Return what a ``tel:`` link dials: the digits of ``phone`` (and a leading +)."""
    phone = phone.strip()
    digits = re.sub(r"\D", "", phone)
    return ("+" + digits) if phone.startswith("+") and digits else digits


class HelpResource(models.Model):
    """One help line, chat, website, place or emergency number, with where the fact comes from."""

    country = models.CharField(
        pgettext_lazy("help resource field", "country"),
        max_length=2,
        choices=DirectoryCountry.choices,
        db_index=True,
    )
    # Blank: the whole country. Otherwise the entry applies only in this province (Québec: QC).
    province = models.CharField(
        pgettext_lazy("help resource field", "only in province"),
        max_length=5,
        blank=True,
        default="",
    )
    # An entry for the rest of the country, not shown in this province (988 outside Québec).
    not_in_province = models.CharField(
        pgettext_lazy("help resource field", "not in province"),
        max_length=5,
        blank=True,
        default="",
    )
    name = models.CharField(pgettext_lazy("help resource field", "name"), max_length=120)
    kind = models.CharField(
        pgettext_lazy("help resource field", "kind"), max_length=12, choices=Kind.choices
    )
    description_fr = models.CharField(
        pgettext_lazy("help resource field", "what it is for (French)"),
        max_length=300,
        blank=True,
        default="",
    )
    description_en = models.CharField(
        pgettext_lazy("help resource field", "what it is for (English)"),
        max_length=300,
        blank=True,
        default="",
    )
    phone = models.CharField(
        pgettext_lazy("help resource field", "phone (as shown)"),
        max_length=40,
        blank=True,
        default="",
    )
    dial = models.CharField(
        pgettext_lazy("help resource field", "number dialled by the tel: link"),
        max_length=20,
        blank=True,
        default="",
        help_text=pgettext_lazy(
            "help resource field", "Left empty, the digits of the phone field."
        ),
    )
    sms = models.CharField(
        pgettext_lazy("help resource field", "SMS number"), max_length=20, blank=True, default=""
    )
    url = models.CharField(
        pgettext_lazy("help resource field", "website (display only)"),
        max_length=200,
        blank=True,
        default="",
    )
    hours_fr = models.CharField(
        pgettext_lazy("help resource field", "hours (French)"),
        max_length=120,
        blank=True,
        default="",
    )
    hours_en = models.CharField(
        pgettext_lazy("help resource field", "hours (English)"),
        max_length=120,
        blank=True,
        default="",
    )
    cost_fr = models.CharField(
        pgettext_lazy("help resource field", "cost (French)"),
        max_length=120,
        blank=True,
        default="",
    )
    cost_en = models.CharField(
        pgettext_lazy("help resource field", "cost (English)"),
        max_length=120,
        blank=True,
        default="",
    )
    topics = models.JSONField(
        pgettext_lazy("help resource field", "topics"), default=list, blank=True
    )
    ages = models.CharField(
        pgettext_lazy("help resource field", "ages (as shown)"),
        max_length=60,
        blank=True,
        default="",
    )
    age_min = models.PositiveSmallIntegerField(
        pgettext_lazy("help resource field", "minimum age"), null=True, blank=True
    )
    age_max = models.PositiveSmallIntegerField(
        pgettext_lazy("help resource field", "maximum age"), null=True, blank=True
    )
    source = models.CharField(pgettext_lazy("help resource field", "source"), max_length=300)
    status = models.CharField(
        pgettext_lazy("help resource field", "status"),
        max_length=16,
        choices=Status.choices,
        default=Status.UNVERIFIED,
    )
    last_verified = models.DateField(
        pgettext_lazy("help resource field", "last verified"), null=True, blank=True
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("help resource field", "verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_emergency = models.BooleanField(
        pgettext_lazy("help resource field", "emergency number"), default=False
    )
    is_suicide_line = models.BooleanField(
        pgettext_lazy("help resource field", "suicide line shown by the SOS button"), default=False
    )
    is_active = models.BooleanField(pgettext_lazy("help resource field", "active"), default=True)
    priority = models.PositiveSmallIntegerField(
        pgettext_lazy("help resource field", "order"),
        default=100,
        help_text=pgettext_lazy("help resource field", "Smaller comes first."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["country", "priority", "id"]
        verbose_name = pgettext_lazy("model", "help resource")
        verbose_name_plural = pgettext_lazy("model", "help directory")

    def __str__(self) -> str:
        return f"{self.country}{'-' + self.province if self.province else ''} · {self.name}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.phone and not self.dial:
            self.dial = dial_digits(self.phone)
        super().save(*args, **kwargs)

    @property
    def is_visible(self) -> bool:
        return self.is_active and self.status in VISIBLE_STATUSES

    def localized(self, field: str, language: str) -> str:
        """Return ``field`` in ``language`` ("hours", "cost", "description"), else the French."""
        value = getattr(self, f"{field}_{'en' if language == 'en' else 'fr'}", "")
        return str(value or getattr(self, f"{field}_fr", ""))


class Partner(models.Model):
    """A help structure the team may refer a member to (youth health centre, planning, line)."""

    name = models.CharField(pgettext_lazy("partner field", "name"), max_length=160)
    country = models.CharField(
        pgettext_lazy("partner field", "country"),
        max_length=2,
        choices=DirectoryCountry.choices,
        db_index=True,
    )
    region = models.CharField(
        pgettext_lazy("partner field", "region"), max_length=120, blank=True, default=""
    )
    postcode_prefixes = models.CharField(
        pgettext_lazy("partner field", "postcode prefixes"),
        max_length=300,
        blank=True,
        default="",
        help_text=pgettext_lazy(
            "partner field", "Comma-separated, e.g. 75, 92, 93. Empty: the whole region or country."
        ),
    )
    topics = models.JSONField(pgettext_lazy("partner field", "topics"), default=list, blank=True)
    age_min = models.PositiveSmallIntegerField(
        pgettext_lazy("partner field", "minimum age"), null=True, blank=True
    )
    age_max = models.PositiveSmallIntegerField(
        pgettext_lazy("partner field", "maximum age"), null=True, blank=True
    )
    contact = models.TextField(
        pgettext_lazy("partner field", "contact"), max_length=1000, blank=True, default=""
    )
    hours = models.CharField(
        pgettext_lazy("partner field", "hours"), max_length=200, blank=True, default=""
    )
    notes = models.TextField(
        pgettext_lazy("partner field", "notes for the team"),
        max_length=2000,
        blank=True,
        default="",
    )
    active = models.BooleanField(pgettext_lazy("partner field", "active"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["country", "name", "id"]
        verbose_name = pgettext_lazy("model", "partner structure")
        verbose_name_plural = pgettext_lazy("model", "partner structures")

    def __str__(self) -> str:
        return f"{self.country} · {self.name}"

    @property
    def prefixes(self) -> list[str]:
        return [p.strip().upper() for p in self.postcode_prefixes.split(",") if p.strip()]


class SosRequest(models.Model):
    """A member asked the team to contact them now; the care app turns it into a care case."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sos_requests"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    message = models.TextField(max_length=500, blank=True, default="")
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = pgettext_lazy("model", "SOS request")
        verbose_name_plural = pgettext_lazy("model", "SOS requests")

    def __str__(self) -> str:
        return f"SOS #{self.pk} ({self.created_at:%Y-%m-%d %H:%M})"
