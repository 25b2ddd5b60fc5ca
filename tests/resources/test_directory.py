"""The seeded directory gives each country its exact numbers, and never an unverified entry."""

from __future__ import annotations

import datetime as dt

import pytest

from cocon.resources.models import HelpResource, Status
from cocon.resources.queries.directory import (
    get_cyberbullying_help,
    get_emergency_numbers,
    get_help_for,
    get_suicide_line,
    get_suicide_lines,
    get_visible_entries,
)

pytestmark = pytest.mark.django_db


def numbers(entries: list[HelpResource]) -> list[str]:
    return [e.phone or e.sms for e in entries]


@pytest.mark.parametrize(
    ("country", "province", "emergency", "suicide"),
    [
        ("FR", "", ["15", "112", "17", "18", "114"], ["3114"]),
        ("BE", "", ["112", "101"], ["0800 32 123"]),
        ("CH", "", ["144", "112", "117", "118"], ["147", "143"]),
        ("CA", "QC", ["911"], ["1 866 APPELLE (277-3553)"]),
        ("CA", "ON", ["911"], ["988"]),
        ("CA", "", ["911"], ["988"]),
    ],
)
def test_each_country_gets_its_emergency_numbers_and_suicide_line(
    country: str, province: str, emergency: list[str], suicide: list[str]
) -> None:
    assert numbers(get_emergency_numbers(country, province)) == emergency
    assert numbers(get_suicide_lines(country, province)) == suicide


def test_quebec_suicide_line_dials_and_texts_the_promoted_numbers() -> None:
    line = get_suicide_line("CA", "QC")
    assert line is not None
    assert (line.dial, line.sms, line.url) == ("18662773553", "535353", "suicide.ca")


def test_belgian_directory_has_the_french_speaking_line_and_not_1813() -> None:
    phones = [e.phone for e in get_visible_entries("BE")]
    assert "0800 32 123" in phones
    assert not HelpResource.objects.filter(phone__contains="1813").exists()


def test_swiss_143_says_it_may_cost_twenty_centimes() -> None:
    line = HelpResource.objects.get(country="CH", phone="143")
    assert line.cost_fr == "Peut coûter CHF 0.20 par appel (sources contradictoires)"
    assert line.localized("cost", "en") == "May cost CHF 0.20 per call (sources disagree)"


@pytest.mark.parametrize(
    ("country", "province", "names"),
    [
        ("FR", "", ["3018 — e-Enfance (cyberharcèlement)"]),
        ("BE", "", ["103 Écoute-Enfants", "Child Focus", "Télé-Accueil"]),
        ("CH", "", ["Pro Juventute — 147", "ciao.ch"]),
        (
            "CA",
            "QC",
            ["Tel-jeunes", "Jeunesse, J'écoute / Kids Help Phone", "Cyberaide.ca / AidezMoiSVP.ca"],
        ),
        ("CA", "ON", ["Jeunesse, J'écoute / Kids Help Phone", "Cyberaide.ca / AidezMoiSVP.ca"]),
    ],
)
def test_cyberbullying_help_per_country(country: str, province: str, names: list[str]) -> None:
    assert [e.name for e in get_cyberbullying_help(country, province)] == names


def test_unverified_entries_are_never_shown() -> None:
    hidden = HelpResource.objects.filter(status=Status.UNVERIFIED)
    assert sorted(hidden.values_list("phone", flat=True)) == [
        "01 48 06 42 41",
        "02 227 52 52",
        "09 69 325 900",
    ]
    shown = {e.pk for c in ("FR", "BE") for e in get_help_for(c)}
    assert shown.isdisjoint(set(hidden.values_list("pk", flat=True)))
    assert get_help_for("FR", topics=("eating_disorders",), with_emergency=False) == []


def test_an_inactive_entry_is_not_shown() -> None:
    HelpResource.objects.filter(phone="3114").update(is_active=False)
    assert get_suicide_line("FR") is None


def test_every_seeded_entry_has_a_source_and_is_dated_january_2026() -> None:
    entries = HelpResource.objects.all()
    assert entries.count() == 64
    assert all(e.source.startswith("HELP_RESOURCES.md (2026-01)") for e in entries)
    assert set(entries.values_list("last_verified", flat=True)) == {dt.date(2026, 1, 1)}


def test_help_for_a_topic_puts_emergency_numbers_first_then_the_topic_lines() -> None:
    entries = get_help_for("FR", topics=("violence_at_home",))
    assert numbers(entries) == ["15", "112", "17", "18", "114", "119", "3919"]


def test_help_for_a_topic_without_emergency_numbers() -> None:
    assert numbers(get_help_for("BE", topics=("suicide",), with_emergency=False)) == ["0800 32 123"]


def test_help_for_an_age_leaves_out_lines_for_other_ages() -> None:
    adult_only = [e.name for e in get_help_for("FR", topics=("lgbt",), age=16)]
    assert "Le Refuge" not in adult_only
    assert "Le Refuge" in [e.name for e in get_help_for("FR", topics=("lgbt",), age=19)]


def test_another_country_gets_the_english_fallback_only_in_english() -> None:
    assert numbers(get_emergency_numbers("OTHER", language="en")) == ["999", "911"]
    assert numbers(get_suicide_lines("OTHER", language="en")) == ["116 123", "988"]
    assert get_help_for("OTHER", language="fr") == []


def test_an_unknown_country_has_no_entries() -> None:
    assert get_help_for("DE") == []
    assert get_suicide_line("XX") is None


def test_ensure_directory_seeded_rewrites_the_seed_only_when_the_table_is_empty() -> None:
    from cocon.resources.seed import ensure_directory_seeded

    assert ensure_directory_seeded() == 0
    HelpResource.objects.all().delete()
    assert ensure_directory_seeded() == 64
    assert numbers(get_suicide_lines("CA", "QC")) == ["1 866 APPELLE (277-3553)"]
