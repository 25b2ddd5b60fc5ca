"""Find the partner structures the team may refer a member to."""

from __future__ import annotations

from collections.abc import Iterable

from cocon.resources.models import Partner


def _postcode_match(partner: Partner, postcode: str) -> int | None:
    """Return how specific the partner's area is for ``postcode`` (-1: no area), or None."""
    prefixes = partner.prefixes
    if not prefixes:
        return -1
    if not postcode:
        return None
    lengths = [len(p) for p in prefixes if postcode.startswith(p)]
    return max(lengths) if lengths else None


def find_partners(
    country: str, postcode: str = "", topics: Iterable[str] = (), age: int | None = None
) -> list[Partner]:
    """Return the active partners of ``country`` for this postcode, topics and age.

    A partner with postcode prefixes matches only postcodes starting with one of them and
    comes before partners covering a whole region or country; a partner with no topics
    takes every topic; with topics, partners matching more of them come first.
    """
    postcode = "".join(postcode.split()).upper()
    wanted = {t for t in topics if t}
    ranked: list[tuple[int, int, str, int, Partner]] = []
    for partner in Partner.objects.filter(country=country, active=True):
        area = _postcode_match(partner, postcode)
        if area is None:
            continue
        if age is not None and partner.age_min is not None and age < partner.age_min:
            continue
        if age is not None and partner.age_max is not None and age > partner.age_max:
            continue
        overlap = len(wanted & set(partner.topics or ()))
        if wanted and partner.topics and not overlap:
            continue
        ranked.append((-area, -overlap, partner.name.lower(), partner.pk, partner))
    ranked.sort(key=lambda row: row[:4])
    return [row[4] for row in ranked]
