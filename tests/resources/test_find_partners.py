"""find_partners: by country, postcode area, topics and age."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.resources.queries.partners import find_partners

pytestmark = pytest.mark.django_db


def names(found: list[Any]) -> list[str]:
    return [p.name for p in found]


def test_a_local_partner_comes_before_a_national_one(partner_factory: Callable[..., Any]) -> None:
    partner_factory(name="Fil national")
    partner_factory(name="MDA Paris", postcode_prefixes="75")
    partner_factory(name="PAEJ Paris 11", postcode_prefixes="75011")
    partner_factory(name="MDA Lyon", postcode_prefixes="69")
    assert names(find_partners("FR", "75011")) == ["PAEJ Paris 11", "MDA Paris", "Fil national"]
    assert names(find_partners("FR", "69 003")) == ["MDA Lyon", "Fil national"]
    assert names(find_partners("FR")) == ["Fil national"]


def test_partners_match_topics_and_age(partner_factory: Callable[..., Any]) -> None:
    partner_factory(name="Planning", topics=("sexual_health",))
    partner_factory(name="PAEJ", topics=("distress", "loneliness"), age_min=12, age_max=25)
    partner_factory(name="Généraliste")
    assert names(find_partners("FR", topics=("distress",))) == ["PAEJ", "Généraliste"]
    assert names(find_partners("FR", topics=("distress",), age=30)) == ["Généraliste"]


def test_inactive_partners_and_other_countries_are_left_out(
    partner_factory: Callable[..., Any],
) -> None:
    partner_factory(name="Fermé", active=False)
    partner_factory(name="Planning Namur", country="BE", postcode_prefixes="50")
    assert names(find_partners("FR")) == []
    assert names(find_partners("BE", "5000")) == ["Planning Namur"]
