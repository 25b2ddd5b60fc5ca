"""Validate what a person types when signing up or editing their settings.

Shared by the pages and the API so that both refuse the same things with the same codes
and translated messages. Every problem is collected per field before raising once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cocon.accounts.ages import age_from_birth, digital_consent_age
from cocon.accounts.errors import CoconError
from cocon.accounts.models import Country, Language, Member, Province
from cocon.accounts.pseudonyms import fold_pseudonym, pseudonym_problem
from cocon.safety.queries.sanctions import check_ban_evasion

PSEUDONYM_MESSAGES = {
    "pseudonym_length": pgettext_lazy("signup error", "Your pseudonym needs 3 to 24 characters."),
    "pseudonym_characters": pgettext_lazy(
        "signup error", "Use only letters, digits and the signs _ . - in your pseudonym."
    ),
    "pseudonym_contact": pgettext_lazy(
        "signup error", "To protect you, a pseudonym cannot be an e-mail address or a phone number."
    ),
    "pseudonym_taken": pgettext_lazy(
        "signup error", "This pseudonym, or one that looks just like it, is already taken."
    ),
}


@dataclass(frozen=True)
class SignupData:
    pseudonym: str
    password: str
    birth_year: int
    birth_month: int
    country: str
    province: str
    language: str
    email: str
    parent_email: str
    accept_charter: bool
    accept_screening: bool


def _text(value: object, limit: int = 500) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 6:
        return int(value.strip())
    return None


def _truthy(value: object) -> bool:
    return value is True or (isinstance(value, str) and value.lower() in {"on", "true", "1", "yes"})


def check_pseudonym(pseudonym: str, *, exclude_id: int | None = None) -> str | None:
    """Return an error code for ``pseudonym``, or ``None`` when it can be used."""
    problem = pseudonym_problem(pseudonym)
    if problem:
        return problem
    taken = Member.objects.filter(pseudonym_key=fold_pseudonym(pseudonym))
    if exclude_id is not None:
        taken = taken.exclude(pk=exclude_id)
    return "pseudonym_taken" if taken.exists() else None


def validate_email_field(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def validate_signup(raw: dict[str, object], *, today: dt.date | None = None) -> SignupData:
    """Return clean signup data or raise one CoconError listing every field's problem."""
    today = today or timezone.localdate()
    fields: dict[str, list[str]] = {}

    def add(name: str, message: object) -> None:
        fields.setdefault(name, []).append(str(message))

    pseudonym = _text(raw.get("pseudonym"), 64)
    problem = check_pseudonym(pseudonym)
    if problem:
        add("pseudonym", PSEUDONYM_MESSAGES[problem])
    else:
        screened = pseudonym_screening_problem(pseudonym)
        if screened:
            add("pseudonym", screened)

    year, month = _int(raw.get("birth_year")), _int(raw.get("birth_month"))
    if year is None or month is None or not 1 <= month <= 12 or not 1900 <= year <= today.year:
        add(
            "birth_year", pgettext_lazy("signup error", "Please give your year and month of birth.")
        )
    else:
        age = age_from_birth(year, month, today)
        if age < settings.COCON_MIN_AGE:
            add(
                "birth_year",
                pgettext_lazy(
                    "signup error",
                    "Cocon is for people aged %(min)s to %(max)s. You can come back when you are "
                    "%(min)s — until then, the help page is always open to you.",
                )
                % {"min": settings.COCON_MIN_AGE, "max": settings.COCON_MAX_AGE},
            )
        elif age > settings.COCON_MAX_AGE:
            add(
                "birth_year",
                pgettext_lazy(
                    "signup error",
                    "Cocon is a space for people aged %(min)s to %(max)s. Thank you for your interest — "
                    "the help page stays open to everyone.",
                )
                % {"min": settings.COCON_MIN_AGE, "max": settings.COCON_MAX_AGE},
            )

    country = _text(raw.get("country"), 8).upper() or Country.FRANCE
    if country not in Country.values:
        add("country", pgettext_lazy("signup error", "Please choose your country from the list."))
    province = _text(raw.get("province"), 8).upper()
    if province and (country != Country.CANADA or province not in Province.values):
        add("province", pgettext_lazy("signup error", "Please choose your province from the list."))
    if country == Country.CANADA and not province:
        add("province", pgettext_lazy("signup error", "Please choose your province."))
    language = _text(raw.get("language"), 4).lower() or Language.FRENCH
    if language not in Language.values:
        add("language", pgettext_lazy("signup error", "Please choose French or English."))

    email = _text(raw.get("email"), 254)
    if email and not validate_email_field(email):
        add("email", pgettext_lazy("signup error", "This e-mail address does not look right."))
    parent_email = _text(raw.get("parent_email"), 254)
    needs_parent = (
        year is not None
        and month is not None
        and "birth_year" not in fields
        and age_from_birth(year, month, today) < digital_consent_age(country, province)
    )
    if needs_parent and not parent_email:
        add(
            "parent_email",
            pgettext_lazy(
                "signup error",
                "At your age, the law of your country asks a parent to confirm. Please give a parent's e-mail.",
            ),
        )
    elif parent_email and not validate_email_field(parent_email):
        add(
            "parent_email",
            pgettext_lazy("signup error", "This e-mail address does not look right."),
        )
    elif parent_email and email and parent_email.lower() == email.lower():
        add(
            "parent_email",
            pgettext_lazy("signup error", "Your parent's e-mail must be different from yours."),
        )

    password = raw.get("password") if isinstance(raw.get("password"), str) else ""
    assert isinstance(password, str)  # noqa: S101 - narrowed above for the type checker
    if len(password) > 256:
        add("password", pgettext_lazy("signup error", "This password is too long."))
    else:
        try:
            password_validation.validate_password(
                password, Member(pseudonym=pseudonym, email=email, birth_year=2000, birth_month=1)
            )
        except ValidationError as exc:
            for message in exc.messages:
                add("password", message)

    accept_charter = _truthy(raw.get("accept_charter"))
    accept_screening = _truthy(raw.get("accept_screening"))
    if not accept_charter:
        add(
            "accept_charter",
            pgettext_lazy("signup error", "Please read and accept the kindness charter."),
        )
    if not accept_screening:
        add(
            "accept_screening",
            pgettext_lazy(
                "signup error",
                "Cocon can only keep everyone safe if messages are screened. Please accept.",
            ),
        )
    if evasion := check_ban_evasion(email, pseudonym):
        add("pseudonym", evasion)
    if fields:
        raise CoconError("invalid", _("Some answers need another look."), fields=fields)
    assert year is not None and month is not None  # noqa: S101 - no field error means both parsed
    return SignupData(
        pseudonym=pseudonym,
        password=password,
        birth_year=year,
        birth_month=month,
        country=country,
        province=province if country == Country.CANADA else "",
        language=language,
        email=email,
        parent_email=parent_email if needs_parent else "",
        accept_charter=accept_charter,
        accept_screening=accept_screening,
    )


def validate_settings(member: Member, raw: dict[str, object]) -> dict[str, str]:
    """Return the changed settings, validated, or raise one CoconError listing the problems."""
    fields: dict[str, list[str]] = {}
    changes: dict[str, str] = {}
    if raw.get("email") is not None:
        email = _text(raw.get("email"), 254)
        if email and not validate_email_field(email):
            fields["email"] = [
                str(pgettext_lazy("settings error", "This e-mail address does not look right."))
            ]
        changes["email"] = email
    if raw.get("language") is not None:
        language = _text(raw.get("language"), 4).lower()
        if language not in Language.values:
            fields["language"] = [
                str(pgettext_lazy("settings error", "Please choose French or English."))
            ]
        changes["language"] = language
    country = (
        _text(raw.get("country"), 8).upper() if raw.get("country") is not None else member.country
    )
    province = (
        _text(raw.get("province"), 8).upper()
        if raw.get("province") is not None
        else member.province
    )
    if country not in Country.values:
        fields["country"] = [
            str(pgettext_lazy("settings error", "Please choose your country from the list."))
        ]
    elif (
        country == Country.CANADA
        and province not in Province.values
        or country == Country.CANADA
        and not province
    ):
        fields["province"] = [str(pgettext_lazy("settings error", "Please choose your province."))]
    if raw.get("country") is not None or raw.get("province") is not None:
        changes["country"] = country
        changes["province"] = province if country == Country.CANADA else ""
    if raw.get("bio") is not None:
        bio = raw.get("bio")
        bio_text = bio.strip() if isinstance(bio, str) else ""
        if len(bio_text) > 300:
            fields["bio"] = [
                str(pgettext_lazy("settings error", "Your bio can be 300 characters at most."))
            ]
        elif bio_text:
            bio_text, problem = clean_bio(bio_text, member)
            if problem:
                fields["bio"] = [problem]
        changes["bio"] = bio_text
    if fields:
        raise CoconError("invalid", _("Some answers need another look."), fields=fields)
    return changes


def clean_bio(bio: str, member: Member) -> tuple[str, str | None]:
    """Return the cleaned bio and why it cannot be shown to others (or None).

    A bio is public profile text: it follows the text-and-emoji rules of posts and passes the
    same screening; anything but "allow" is refused, since a profile cannot wait for review.
    """
    from cocon.community.text import clean_text
    from cocon.safety.screening import screen_text

    try:
        cleaned = clean_text(bio, kind="bio", field="bio")
    except CoconError as exc:
        return bio, str(exc.fields.get("bio", [exc.message])[0])
    if screen_text(cleaned, author=member, kind="bio").action != "allow":
        return cleaned, str(
            pgettext_lazy(
                "settings error",
                "This bio could hurt someone or share personal details. Please write it another way.",
            )
        )
    return cleaned, None


def pseudonym_screening_problem(pseudonym: str) -> str | None:
    """Return why a pseudonym cannot be used because of what it says, or None."""
    from cocon.safety.screening import screen_text

    # A pseudonym is shown next to everything its owner writes: even a nudge is too much.
    if screen_text(pseudonym, author=None, kind="pseudonym").action != "allow":
        return str(
            pgettext_lazy(
                "signup error", "This pseudonym could hurt someone. Please choose another one."
            )
        )
    return None
