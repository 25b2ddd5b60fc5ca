"""Help for the author of a worrying text, fitted to their country and to what they wrote."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cocon.accounts.models import Member
from cocon.care.models import RISK_RANK
from cocon.resources.models import HelpResource
from cocon.resources.queries.directory import get_help_for, get_suicide_line

# Engine categories -> help directory topics.
TOPICS_FOR_CATEGORY = {
    "self_harm": ("suicide", "self_harm"),
    "abuse_disclosure": ("violence_at_home", "sexual_violence"),
    "bullied": ("cyberbullying",),
    "distress": ("distress", "loneliness"),
}
HELP_CATEGORIES = frozenset({"bullied", "abuse_disclosure"})


@dataclass(frozen=True)
class HelpOffer:
    """What the author sees right after writing: help lines, and whether to offer contact."""

    show_help: bool
    offer_contact: bool
    risk: str
    topics: tuple[str, ...] = ()
    entries: tuple[HelpResource, ...] = ()
    suicide_line: HelpResource | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _get(screening: Any, name: str, default: Any) -> Any:
    """Read a Screening, or the dict a post stores (``{"risk", "reasons", ...}``)."""
    if isinstance(screening, dict):
        return screening.get(name, default)
    return getattr(screening, name, default)


def _categories(screening: Any) -> set[str]:
    reasons = _get(screening, "reasons", ()) or ()
    spans = _get(screening, "spans", ()) or ()
    return {str(r).split(".")[0] for r in reasons} | {
        str(s.get("category", "")) for s in spans if isinstance(s, dict)
    }


def help_for_screening(member: Member, screening: Any) -> HelpOffer:
    """Return the help to show after ``screening``: from risk low (or bullied, or a
    disclosure) the lines of the member's country for the topic; from moderate up (or a
    disclosure), the offer to be contacted by the team."""
    risk = str(_get(screening, "risk", "none") or "none")
    categories = _categories(screening)
    rank = RISK_RANK.get(risk, 0)
    show = rank >= RISK_RANK["low"] or bool(categories & HELP_CATEGORIES)
    offer = rank >= RISK_RANK["moderate"] or "abuse_disclosure" in categories
    if not show:
        return HelpOffer(show_help=False, offer_contact=False, risk=risk)
    topics: list[str] = []
    for category in sorted(categories):
        topics.extend(TOPICS_FOR_CATEGORY.get(category, ()))
    if rank >= RISK_RANK["moderate"] and "suicide" not in topics:
        topics.append("suicide")
    language = getattr(member, "language", "fr") or "fr"
    entries = get_help_for(
        member.country, member.province, topics, language, with_emergency=rank >= RISK_RANK["high"]
    )
    suicide_line = (
        get_suicide_line(member.country, member.province, language)
        if rank >= RISK_RANK["moderate"]
        else None
    )
    if suicide_line is not None:
        entries = [suicide_line, *[e for e in entries if e.pk != suicide_line.pk]]
    return HelpOffer(
        show_help=True,
        offer_contact=offer,
        risk=risk,
        topics=tuple(topics),
        entries=tuple(entries),
        suicide_line=suicide_line,
    )


def help_offer_to_dict(offer: HelpOffer, language: str) -> dict[str, Any]:
    """Return the offer as the API shows it to the author (mobile apps render it themselves)."""
    from cocon.resources.presenters import present_entry

    return {
        "show_help": offer.show_help,
        "offer_contact": offer.offer_contact,
        "risk": offer.risk,
        "suicide_line": present_entry(offer.suicide_line, language) if offer.suicide_line else None,
        "entries": [present_entry(entry, language) for entry in offer.entries],
    }
