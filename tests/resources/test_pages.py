"""The help page, the SOS page and the survival kit, in French and in English."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cocon.accounts.models import Member

pytestmark = pytest.mark.django_db


def html(client: Client, url: str, *, language: str = "fr", status: int = 200) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == status
    return response.content.decode()


def test_the_sos_button_is_on_every_page(client: Client) -> None:
    for url in ("/", "/help/", "/help/survival-kit/"):
        assert '<a class="sos-button" href="/help/sos/"' in html(client, url)


def test_a_visitor_first_picks_a_country(client: Client) -> None:
    body = html(client, "/help/")
    assert "Où es-tu ? Choisis ton pays pour voir ses lignes d’aide." in body
    assert 'href="?country=CA&amp;province=QC">Québec</a>' in body
    assert "tel:" not in body


def test_a_french_member_sees_emergency_numbers_first_then_3114(member_client: Client) -> None:
    body = html(member_client, "/help/")
    assert (
        body.index('href="tel:15"') < body.index('href="tel:112"') < body.index('href="tel:3114"')
    )
    assert "En danger maintenant ? Appelle un numéro d’urgence" in body
    assert (
        "Source : HELP_RESOURCES.md (2026-01) · 3114.fr · page officielle · ✅ Source officielle · vérifié en janvier 2026"
        in body
    )
    assert "SOS homophobie" not in body


def test_the_help_page_filters_by_topic(client: Client) -> None:
    body = html(client, "/help/?country=BE&topic=sexual_violence")
    assert "Aide pour : Violences sexuelles" in body
    assert 'href="tel:080098100"' in body
    assert 'href="tel:080032123"' not in body
    assert 'href="tel:112"' in body


def test_the_help_page_in_english(client: Client) -> None:
    body = html(client, "/help/?country=CH", language="en")
    assert "In danger right now? Call an emergency number" in body
    assert "May cost CHF 0.20 per call (sources disagree)" in body
    assert "Call 143" in body
    assert "last verified January 2026" in body


def test_an_unknown_country_or_topic_is_a_clear_400(client: Client) -> None:
    assert "Nous n’avons pas d’annuaire d’aide pour ce pays." in html(
        client, "/help/?country=ZZ", status=400
    )
    assert "Ce sujet n’existe pas." in html(client, "/help/?country=FR&topic=%3Cb%3E", status=400)
    assert "This province does not match the country." in html(
        client, "/help/?country=FR&province=QC", language="en", status=400
    )


def test_another_country_in_french_points_to_112(client: Client) -> None:
    body = html(client, "/help/?country=OTHER")
    assert "En Europe, le 112 joint les secours depuis n’importe quel téléphone." in body


@pytest.mark.parametrize(
    ("country", "province", "expected"),
    [
        ("FR", "", ['href="tel:15"', 'href="tel:112"', 'href="tel:3114"']),
        ("BE", "", ['href="tel:112"', 'href="tel:101"', 'href="tel:080032123"']),
        ("CH", "", ['href="tel:144"', 'href="tel:112"', 'href="tel:147"', 'href="tel:143"']),
        ("CA", "QC", ['href="tel:911"', 'href="tel:18662773553"', 'href="sms:535353"']),
        ("CA", "ON", ['href="tel:911"', 'href="tel:988"']),
    ],
)
def test_the_sos_page_shows_my_country_numbers_big(
    member_factory: Callable[..., Member], country: str, province: str, expected: list[str]
) -> None:
    someone = member_factory(country=country, province=province)
    client = Client()
    client.force_login(someone)
    body = html(client, "/help/sos/")
    positions = [body.index(link) for link in expected]
    assert positions == sorted(positions)
    assert 'action="/help/sos/request/"' in body
    assert "Demander à l’équipe de me contacter maintenant" in body


def test_the_sos_page_asks_a_visitor_to_sign_in_to_be_contacted(client: Client) -> None:
    body = html(client, "/help/sos/?country=FR")
    assert 'href="tel:3114"' in body
    assert "Connecte-toi pour que l’équipe puisse te contacter." in body
    assert 'action="/help/sos/request/"' not in body


def test_the_sos_page_confirms_a_sent_request(member_client: Client) -> None:
    assert "Ta demande est envoyée." in html(member_client, "/help/sos/?sent=1")
    assert "Nous avons déjà ta demande" in html(member_client, "/help/sos/?sent=again")


def test_a_member_waiting_for_a_parent_can_read_the_help_pages(
    member_factory: Callable[..., Member],
) -> None:
    young = member_factory(pseudonym="Lou13", birth_year=2012)
    young.parental_consent_required = True
    young.save()
    client = Client()
    client.force_login(young)
    for url in ("/help/", "/help/sos/", "/help/survival-kit/"):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ("country=FR", ['href="tel:3018"'], ['href="tel:103"']),
        (
            "country=BE",
            [
                'href="tel:103"',
                'href="tel:107"',
                'href="tel:116000"',
                "Il n’existe pas de ligne dédiée au cyberharcèlement en Belgique francophone",
            ],
            ['href="tel:3018"'],
        ),
        ("country=CH", ['href="tel:147"'], ['href="tel:3018"']),
        (
            "country=CA&province=QC",
            ['href="tel:18002632266"', 'href="tel:18006686868"', "cyberaide.ca"],
            ['href="tel:988"'],
        ),
    ],
)
def test_the_survival_kit_says_who_to_call_in_my_country(
    client: Client, query: str, present: list[str], absent: list[str]
) -> None:
    body = html(client, f"/help/survival-kit/?{query}")
    assert "Kit de survie contre le cyberharcèlement" in body
    for section in (
        "Que faire tout de suite",
        "Garde des preuves",
        "Bloquer et signaler ici, sur Cocon",
        "Qui appeler dans ton pays",
        "Comment aider un·e ami·e",
    ):
        assert section in body
    for text in present:
        assert text in body
    for text in absent:
        assert text not in body


def test_the_survival_kit_in_english(client: Client) -> None:
    body = html(client, "/help/survival-kit/?country=FR", language="en")
    for section in (
        "What to do right now",
        "Keep the evidence",
        "Block and report here, on Cocon",
        "Who to call in your country",
        "How to help a friend",
    ):
        assert section in body
    assert "Take screenshots of the messages" in body


@pytest.mark.parametrize(
    ("accept", "link"),
    [
        ("fr-BE,fr;q=0.9", 'href="tel:080032123"'),
        ("fr-CA", 'href="tel:18662773553"'),
        ("en-CA", 'href="tel:988"'),
        ("fr-CH", 'href="tel:147"'),
    ],
)
def test_a_visitor_sos_page_guesses_the_country_from_the_browser_language(
    client: Client, accept: str, link: str
) -> None:
    assert link in html(client, "/help/sos/", language=accept)


def test_the_help_page_reads_the_directory_in_one_query(member_client: Client) -> None:
    with CaptureQueriesContext(connection) as queries:
        assert member_client.get("/help/?topic=suicide").status_code == 200
    assert len([q for q in queries.captured_queries if "resources_" in q["sql"]]) == 1
