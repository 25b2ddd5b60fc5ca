"""Members, their consents and their API tokens."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from cocon.accounts.pseudonyms import fold_pseudonym


class Country(models.TextChoices):
    FRANCE = "FR", pgettext_lazy("country", "France")
    BELGIUM = "BE", pgettext_lazy("country", "Belgium")
    SWITZERLAND = "CH", pgettext_lazy("country", "Switzerland")
    CANADA = "CA", pgettext_lazy("country", "Canada")
    OTHER = "OTHER", pgettext_lazy("country", "Another country")


class Province(models.TextChoices):
    NONE = "", pgettext_lazy("province", "—")
    QUEBEC = "QC", pgettext_lazy("province", "Québec")
    ONTARIO = "ON", pgettext_lazy("province", "Ontario")
    NEW_BRUNSWICK = "NB", pgettext_lazy("province", "New Brunswick")
    OTHER = "OTHER", pgettext_lazy("province", "Another province")


class Language(models.TextChoices):
    FRENCH = "fr", pgettext_lazy("language", "Français")
    ENGLISH = "en", pgettext_lazy("language", "English")


class Role(models.TextChoices):
    """Roles are Django groups of these names; the names are stable codes."""

    MEMBER = "member", pgettext_lazy("role", "Member")
    PEER_SUPPORTER = "peer_supporter", pgettext_lazy("role", "Peer supporter")
    MODERATOR = "moderator", pgettext_lazy("role", "Moderator")
    CARE_LEAD = "care_lead", pgettext_lazy("role", "Care lead")
    ADMINISTRATOR = "administrator", pgettext_lazy("role", "Administrator")


STAFF_ROLES = frozenset({Role.MODERATOR, Role.CARE_LEAD, Role.ADMINISTRATOR})


def team_flag(member: str) -> models.ExpressionWrapper[models.Q]:
    """Return an expression computing ``Member.is_team`` for the member at ``member`` (a FK).

    Queries annotate it to learn whether a member is staff without loading their groups.
    """
    staff_group = Member.groups.through.objects.filter(
        member_id=models.OuterRef(f"{member}_id"), group__name__in=sorted(STAFF_ROLES)
    )
    return models.ExpressionWrapper(
        models.Q(**{f"{member}__is_superuser": True}) | models.Q(models.Exists(staff_group)),
        output_field=models.BooleanField(),
    )


class MemberManager(BaseUserManager["Member"]):
    def get_by_natural_key(self, username: str | None) -> Member:
        return self.get(pseudonym_key=fold_pseudonym(username or ""))

    def create_user(self, pseudonym: str, password: str | None = None, **extra: Any) -> Member:
        member = self.model(pseudonym=pseudonym, **extra)
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_superuser(self, pseudonym: str, password: str | None = None, **extra: Any) -> Member:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("birth_year", 2000)
        extra.setdefault("birth_month", 1)
        return self.create_user(pseudonym, password, **extra)


class Member(AbstractBaseUser, PermissionsMixin):
    """A person on Cocon: young members and staff alike, known publicly by a pseudonym only."""

    pseudonym = models.CharField(pgettext_lazy("member field", "pseudonym"), max_length=24)
    # Unique key after folding case, accents and look-alike letters (see pseudonyms.py).
    pseudonym_key = models.CharField(max_length=64, unique=True, editable=False)
    email = models.EmailField(pgettext_lazy("member field", "e-mail"), blank=True, default="")
    birth_year = models.PositiveSmallIntegerField(pgettext_lazy("member field", "birth year"))
    birth_month = models.PositiveSmallIntegerField(pgettext_lazy("member field", "birth month"))
    country = models.CharField(
        pgettext_lazy("member field", "country"),
        max_length=5,
        choices=Country.choices,
        default=Country.FRANCE,
    )
    province = models.CharField(
        pgettext_lazy("member field", "province"),
        max_length=5,
        choices=Province.choices,
        blank=True,
        default="",
    )
    language = models.CharField(
        pgettext_lazy("member field", "language"),
        max_length=2,
        choices=Language.choices,
        default=Language.FRENCH,
    )
    bio = models.TextField(
        pgettext_lazy("member field", "about me"), blank=True, default="", max_length=300
    )
    # Staff only: never shown to members, who see "the team".
    real_name = models.CharField(
        pgettext_lazy("member field", "real name (staff)"), max_length=120, blank=True
    )
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    # Parental confirmation below the digital-consent age.
    parent_email = models.EmailField(blank=True, default="")
    parental_consent_required = models.BooleanField(default=False)
    parental_consent_at = models.DateTimeField(null=True, blank=True)

    # Login lockout after repeated failures.
    failed_logins = models.PositiveSmallIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[MemberManager] = MemberManager()

    USERNAME_FIELD = "pseudonym"
    REQUIRED_FIELDS = ["birth_year", "birth_month"]

    class Meta:
        verbose_name = pgettext_lazy("model", "member")
        verbose_name_plural = pgettext_lazy("model", "members")

    def __str__(self) -> str:
        return self.pseudonym

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.pseudonym_key = fold_pseudonym(self.pseudonym)
        super().save(*args, **kwargs)

    def age_on(self, day: dt.date) -> int:
        """Return the age in whole years on ``day`` (birthday taken as the 1st of the month)."""
        age = day.year - self.birth_year
        if day.month < self.birth_month:
            age -= 1
        return age

    @property
    def age(self) -> int:
        return self.age_on(timezone.localdate())

    @property
    def has_full_access(self) -> bool:
        """Whether the member may post and interact, not only read and use the help pages."""
        return not self.parental_consent_required or self.parental_consent_at is not None

    def has_role(self, role: str) -> bool:
        if self.is_superuser and role in STAFF_ROLES:
            return True
        return any(group.name == role for group in self.groups.all())

    # Set by a query that read it together with the member (``team_flag``), e.g. the API token
    # lookup: the request then needs no query on the member's groups.
    known_is_team: bool | None = None

    @property
    def is_team(self) -> bool:
        """Whether this account acts as "the team" (moderator, care lead or administrator)."""
        if self.known_is_team is not None:
            return self.known_is_team
        return self.is_superuser or any(group.name in STAFF_ROLES for group in self.groups.all())

    @property
    def public_name(self) -> str:
        """The name other members see: staff appear as the team, never by name."""
        return "Cocon" if self.is_team else self.pseudonym


class ConsentKind(models.TextChoices):
    CHARTER = "charter", pgettext_lazy("consent kind", "Kindness charter")
    SCREENING = "screening", pgettext_lazy("consent kind", "Safety screening of my messages")
    PARENTAL = "parental", pgettext_lazy("consent kind", "Parent's confirmation")


class Consent(models.Model):
    """One consent given by (or for) a member, with the exact version and time."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(max_length=16, choices=ConsentKind.choices)
    version = models.CharField(max_length=32)
    language = models.CharField(max_length=2, choices=Language.choices)
    given_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["given_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.version}"


class ApiToken(models.Model):
    """A revocable bearer token for the API; only its SHA-256 digest is stored."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=60, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name or f"token {self.pk}"
