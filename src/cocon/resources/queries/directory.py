"""Read the help directory for a place: what a member sees, in the order they should see it.

The care and community apps call these; they only ever return entries members may see
(active, and not left unverified).
"""

from __future__ import annotations

from collections.abc import Iterable

from cocon.resources.models import (
    FALLBACK_COUNTRIES,
    MEMBER_COUNTRIES,
    PROVINCES,
    VISIBLE_STATUSES,
    HelpResource,
    Topic,
)

KNOWN_COUNTRIES = (*MEMBER_COUNTRIES, *FALLBACK_COUNTRIES)
TOPIC_CODES = frozenset(Topic.values)


def directory_countries(country: str, language: str = "fr") -> tuple[str, ...]:
    """Return the directory countries that serve a member of ``country``.

    A member in another country gets the English (UK/US) fallback only when they read
    English; there is no French-language fallback that would be true everywhere.
    """
    if country in FALLBACK_COUNTRIES:
        return (country,)
    if country == "OTHER":
        return FALLBACK_COUNTRIES if language == "en" else ()
    if country in MEMBER_COUNTRIES:
        return (country,)
    return ()


def is_known_place(country: str, province: str = "") -> bool:
    if country not in KNOWN_COUNTRIES:
        return False
    return not province or province in PROVINCES.get(country, ())


def _applies_in(entry: HelpResource, province: str) -> bool:
    if entry.province and entry.province != province:
        return False
    return not (entry.not_in_province and entry.not_in_province == province)


def _fits_age(entry: HelpResource, age: int | None) -> bool:
    if age is None:
        return True
    if entry.age_min is not None and age < entry.age_min:
        return False
    return not (entry.age_max is not None and age > entry.age_max)


def get_visible_entries(
    country: str, province: str = "", language: str = "fr"
) -> list[HelpResource]:
    """Return every entry a member of this place may see, by country then priority."""
    countries = directory_countries(country, language)
    if not countries:
        return []
    entries = HelpResource.objects.filter(
        country__in=countries, is_active=True, status__in=VISIBLE_STATUSES
    ).order_by("country", "priority", "id")
    ordered = sorted(entries, key=lambda e: (countries.index(e.country), e.priority, e.pk))
    return [e for e in ordered if _applies_in(e, province)]


def get_help_for(
    country: str,
    province: str = "",
    topics: Iterable[str] = (),
    language: str = "fr",
    *,
    with_emergency: bool = True,
    age: int | None = None,
) -> list[HelpResource]:
    """Return the help for a place: emergency numbers first (unless asked not to), then
    the entries for ``topics`` (all non-emergency entries when no topic is given)."""
    return select_help(
        get_visible_entries(country, province, language),
        topics,
        with_emergency=with_emergency,
        age=age,
    )


def select_help(
    visible: list[HelpResource],
    topics: Iterable[str] = (),
    *,
    with_emergency: bool = True,
    age: int | None = None,
) -> list[HelpResource]:
    """Order already-fetched visible entries as ``get_help_for`` does (no query)."""
    wanted = {t for t in topics if t}
    entries = [e for e in visible if _fits_age(e, age)]
    emergency = [e for e in entries if e.is_emergency] if with_emergency else []
    others = [
        e for e in entries if not e.is_emergency and (not wanted or wanted & set(e.topics or ()))
    ]
    return emergency + others


def get_emergency_numbers(
    country: str, province: str = "", language: str = "fr"
) -> list[HelpResource]:
    """Return the emergency numbers of a place, the one to call first first."""
    return [e for e in get_visible_entries(country, province, language) if e.is_emergency]


def get_suicide_lines(country: str, province: str = "", language: str = "fr") -> list[HelpResource]:
    """Return the suicide prevention lines the SOS button shows (two in Switzerland: 147, 143)."""
    return [e for e in get_visible_entries(country, province, language) if e.is_suicide_line]


def get_suicide_line(country: str, province: str = "", language: str = "fr") -> HelpResource | None:
    """Return the suicide prevention line to show first, or None where the directory has none."""
    lines = get_suicide_lines(country, province, language)
    return lines[0] if lines else None


def get_cyberbullying_help(
    country: str, province: str = "", language: str = "fr"
) -> list[HelpResource]:
    """Return who to call about (cyber)bullying: 3018 in France; 103, 107 and Child Focus in
    Belgium, which has no dedicated line; 147 in Switzerland; Tel-jeunes, Jeunesse, J'écoute and
    Cyberaide.ca in Québec."""
    return [
        e
        for e in get_visible_entries(country, province, language)
        if not e.is_emergency and Topic.CYBERBULLYING in (e.topics or ())
    ]
