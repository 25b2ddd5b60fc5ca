"""The help directory in the v1 API (mounted at /api/v1/help): public reads, member SOS."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import pgettext
from ninja import Router, Status

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.api.auth import member_auth
from cocon.resources.actions.sos import do_request_sos
from cocon.resources.models import Topic
from cocon.resources.presenters import present_entry
from cocon.resources.queries.directory import (
    get_cyberbullying_help,
    get_emergency_numbers,
    get_help_for,
    get_suicide_lines,
)
from cocon.resources.queries.partners import find_partners
from cocon.resources.schemas import (
    EmergencyOut,
    PartnerOut,
    ResourcesOut,
    SosIn,
    SosOut,
    SurvivalKitOut,
    TopicOut,
)
from cocon.resources.survival_kit import SECTIONS
from cocon.resources.validation import validate_place, validate_sos_message, validate_topic
from cocon.resources.views.place import current_language

router = Router(tags=["help"])
ERRORS = {400: dict, 401: dict, 403: dict, 404: dict, 422: dict, 429: dict}


def _language(language: str) -> str:
    if language in ("", None):
        return current_language()
    if language not in ("fr", "en"):
        raise CoconError(
            "unknown_language",
            pgettext("help directory error", "Choose fr or en."),
            fields={"language": [pgettext("help directory error", "Unknown language.")]},
        )
    return language


@router.get("/topics", response={200: list[TopicOut]}, auth=None, summary="The help topics")
def topics(request: HttpRequest) -> list[dict[str, str]]:
    return [{"code": code, "label": str(label)} for code, label in Topic.choices]


@router.get(
    "/resources",
    response={200: ResourcesOut, **ERRORS},
    auth=None,
    summary="Help for a country and topic, emergency numbers first",
)
def resources(
    request: HttpRequest, country: str = "", province: str = "", topic: str = "", language: str = ""
) -> dict[str, Any]:
    place_country, place_province = validate_place(country, province)
    chosen_topic = validate_topic(topic)
    lang = _language(language)
    entries = get_help_for(
        place_country, place_province, (chosen_topic,) if chosen_topic else (), lang
    )
    return {
        "country": place_country,
        "province": place_province,
        "topic": chosen_topic,
        "language": lang,
        "items": [present_entry(e, lang) for e in entries],
    }


@router.get(
    "/emergency",
    response={200: EmergencyOut, **ERRORS},
    auth=None,
    summary="Emergency numbers and suicide lines of a country",
)
def emergency(
    request: HttpRequest, country: str = "", province: str = "", language: str = ""
) -> dict[str, Any]:
    place_country, place_province = validate_place(country, province)
    lang = _language(language)
    return {
        "country": place_country,
        "province": place_province,
        "emergency": [
            present_entry(e, lang)
            for e in get_emergency_numbers(place_country, place_province, lang)
        ],
        "suicide_lines": [
            present_entry(e, lang) for e in get_suicide_lines(place_country, place_province, lang)
        ],
    }


@router.get(
    "/survival-kit",
    response={200: SurvivalKitOut, **ERRORS},
    auth=None,
    summary="The cyberbullying survival kit with who to call",
)
def survival_kit(
    request: HttpRequest, country: str = "", province: str = "", language: str = ""
) -> dict[str, Any]:
    place_country, place_province = validate_place(country, province)
    lang = _language(language)
    return {
        "country": place_country,
        "province": place_province,
        "sections": [
            {
                "key": s.key,
                "title": str(s.title),
                "intro": str(s.intro),
                "steps": [str(step) for step in s.steps],
            }
            for s in SECTIONS
        ],
        "who_to_call": [
            present_entry(e, lang)
            for e in get_cyberbullying_help(place_country, place_province, lang)
        ],
        "emergency": [
            present_entry(e, lang)
            for e in get_emergency_numbers(place_country, place_province, lang)
        ],
    }


@router.post(
    "/sos",
    response={200: SosOut, 201: SosOut, **ERRORS},
    auth=member_auth,
    summary="Ask the team to contact me now",
)
def sos(request: HttpRequest, payload: SosIn) -> Status[dict[str, Any]]:
    member = request.auth  # type: ignore[attr-defined]
    assert isinstance(member, Member)  # noqa: S101 - the router's auth guarantees it
    message = validate_sos_message(payload.message)
    request_row, created = do_request_sos(member, message)
    body = {
        "id": request_row.pk,
        "created_at": request_row.created_at,
        "created": created,
        "message": request_row.message,
    }
    return Status(201 if created else 200, body)


@router.get(
    "/partners",
    response={200: list[PartnerOut], **ERRORS},
    auth=member_auth,
    summary="Partner structures (the team only)",
)
def partners(
    request: HttpRequest,
    country: str = "",
    postcode: str = "",
    topic: str = "",
    age: int | None = None,
) -> list[dict[str, Any]]:
    member = request.auth  # type: ignore[attr-defined]
    if not member.is_team:
        raise CoconError(
            "forbidden",
            pgettext("help directory error", "Only the team can see partner structures."),
            status=403,
        )
    place_country, _province = validate_place(country)
    chosen_topic = validate_topic(topic)
    if len(postcode) > 12:
        raise CoconError(
            "invalid",
            pgettext("help directory error", "This postcode is too long."),
            fields={"postcode": [pgettext("help directory error", "Too long.")]},
        )
    found = find_partners(place_country, postcode, (chosen_topic,) if chosen_topic else (), age)
    return [
        {
            "id": p.pk,
            "name": p.name,
            "country": p.country,
            "region": p.region,
            "postcode_prefixes": p.prefixes,
            "topics": list(p.topics or []),
            "age_min": p.age_min,
            "age_max": p.age_max,
            "contact": p.contact,
            "hours": p.hours,
        }
        for p in found
    ]
