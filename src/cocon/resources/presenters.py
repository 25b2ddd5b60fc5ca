"""Turn directory entries into what pages and the API show, in the reader's language."""

from __future__ import annotations

from typing import Any

from django.utils.translation import pgettext

from cocon.resources.models import HelpResource, Kind, Status, Topic


def web_link(url: str) -> str:
    if not url:
        return ""
    return url if url.startswith(("https://", "http://")) else f"https://{url}"


def ages_text(entry: HelpResource, language: str) -> str:
    """Return who the entry is for: the French text as written, or ages built from the bounds."""
    if language != "en":
        return entry.ages
    low, high = entry.age_min, entry.age_max
    if low is not None and high is not None:
        return pgettext("help entry ages", "%(min)s to %(max)s years old") % {
            "min": low,
            "max": high,
        }
    if high is not None:
        return pgettext("help entry ages", "up to %(max)s years old") % {"max": high}
    if low is not None:
        return pgettext("help entry ages", "%(min)s and older") % {"min": low}
    return ""


def present_entry(entry: HelpResource, language: str) -> dict[str, Any]:
    topic_labels = dict(Topic.choices)
    return {
        "id": entry.pk,
        "country": entry.country,
        "province": entry.province,
        "name": entry.name,
        "kind": entry.kind,
        "kind_label": str(Kind(entry.kind).label),
        "description": entry.localized("description", language),
        "phone": entry.phone,
        "tel": f"tel:{entry.dial}" if entry.dial else "",
        "sms": entry.sms,
        "sms_link": f"sms:{entry.sms}" if entry.sms else "",
        "url": entry.url,
        "web_link": web_link(entry.url),
        "hours": entry.localized("hours", language),
        "cost": entry.localized("cost", language),
        "ages": ages_text(entry, language),
        "topics": list(entry.topics or []),
        "topic_labels": [str(topic_labels[t]) for t in entry.topics or [] if t in topic_labels],
        "source": entry.source,
        "status": entry.status,
        "status_label": str(Status(entry.status).label),
        "last_verified": entry.last_verified.isoformat() if entry.last_verified else None,
        "last_verified_date": entry.last_verified,
        "is_emergency": entry.is_emergency,
        "is_suicide_line": entry.is_suicide_line,
    }
