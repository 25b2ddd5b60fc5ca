"""Which country's help a page shows: the one asked for, else the member's, else none yet."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import pgettext_lazy

from cocon.accounts.models import Member
from cocon.resources.validation import validate_place

COUNTRY_LINKS = (
    ("FR", "", pgettext_lazy("help country picker", "France")),
    ("BE", "", pgettext_lazy("help country picker", "Belgium")),
    ("CH", "", pgettext_lazy("help country picker", "Switzerland")),
    ("CA", "QC", pgettext_lazy("help country picker", "Québec")),
    ("CA", "ON", pgettext_lazy("help country picker", "Canada (outside Québec)")),
    ("OTHER", "", pgettext_lazy("help country picker", "Another country")),
)


@dataclass(frozen=True)
class Place:
    country: str
    province: str
    language: str

    @property
    def query(self) -> str:
        return f"country={self.country}" + (f"&province={self.province}" if self.province else "")


def current_language() -> str:
    return "en" if (translation.get_language() or "fr").startswith("en") else "fr"


def place_from_browser(request: HttpRequest, language: str) -> Place | None:
    """Guess a visitor's country from a regional browser language (fr-BE, fr-CA...), or None.

    It saves a visitor in crisis one tap; the country picker stays on the page to correct it.
    """
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for part in header.split(",")[:3]:
        tag = part.split(";")[0].strip().replace("_", "-").upper()
        region = tag.split("-")[1] if "-" in tag else ""
        if region in ("FR", "BE", "CH"):
            return Place(region, "", language)
        if region == "CA":
            return Place("CA", "QC" if tag.startswith("FR") else "", language)
    return None


def place_for_request(request: HttpRequest) -> Place | None:
    """Return the place asked for in the query string, else the member's, else one guessed
    from the browser language, else None.

    Raise CoconError for an unknown country or province in the query string.
    """
    language = current_language()
    if "country" in request.GET:
        country, province = validate_place(
            request.GET.get("country", ""), request.GET.get("province", "")
        )
        return Place(country, province, language)
    user = request.user
    if isinstance(user, Member) and user.country:
        return Place(user.country, user.province or "", language)
    return place_from_browser(request, language)


def picker_links() -> list[dict[str, str]]:
    return [
        {
            "label": str(label),
            "query": f"country={country}" + (f"&province={province}" if province else ""),
        }
        for country, province, label in COUNTRY_LINKS
    ]
