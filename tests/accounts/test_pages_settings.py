"""My settings page, the language switcher and how the interface language is chosen."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from cocon.accounts.models import Member
from cocon.safety.models import AuditEntry


@pytest.fixture
def member_client(client: Client, member: Member) -> Client:
    client.force_login(member)
    return client


@pytest.mark.django_db
def test_settings_page_needs_a_signed_in_member(client: Client) -> None:
    response = client.get("/settings/")

    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/settings/"


@pytest.mark.django_db
def test_settings_save_language_country_email_and_bio(
    member_client: Client, member: Member
) -> None:
    response = member_client.post(
        "/settings/",
        {
            "language": "en",
            "country": "CA",
            "province": "QC",
            "email": "cam@example.org",
            "bio": "J’aime la mer 🌊",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/settings/"
    member.refresh_from_db()
    assert (member.language, member.country, member.province, member.email, member.bio) == (
        "en",
        "CA",
        "QC",
        "cam@example.org",
        "J’aime la mer 🌊",
    )
    entry = AuditEntry.objects.get(action="account.settings")
    assert entry.after["email"] == "…"
    page = member_client.get("/settings/").content.decode()
    assert "Your settings are saved." in page
    assert "<h1>My settings</h1>" in page


@pytest.mark.django_db
def test_settings_without_change_says_nothing_changed(member_client: Client) -> None:
    response = member_client.post(
        "/settings/", {"language": "fr", "country": "FR", "email": "", "bio": ""}, follow=True
    )

    assert "Rien n’a changé." in response.content.decode()
    assert AuditEntry.objects.filter(action="account.settings").count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("form", "field", "message"),
    [
        ({"country": "CA", "province": ""}, "province", "Choisis ta province."),
        ({"country": "XX"}, "country", "Choisis ton pays dans la liste."),
        ({"email": "faux"}, "email", "Cette adresse e-mail ne semble pas correcte."),
        ({"language": "es"}, "language", "Choisis le français ou l’anglais."),
        ({"bio": "é" * 301}, "bio", "Ta présentation peut faire 300 caractères au maximum."),
        (
            {"bio": "nul\x00"},
            "bio",
            "Ce texte contient un caractère qui ne peut pas être enregistré.",
        ),
    ],
)
def test_settings_refusal_keeps_what_was_typed(
    member_client: Client, member: Member, form: dict[str, str], field: str, message: str
) -> None:
    typed = {"bio": "Mon petit texte", "email": "garde@example.org", **form}

    response = member_client.post("/settings/", typed)

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert f'id="{field}-error"' in page
    if field != "bio":
        assert "Mon petit texte</textarea>" in page
    if field != "email":
        assert 'value="garde@example.org"' in page
    member.refresh_from_db()
    assert (member.bio, member.email, member.country) == ("", "", "FR")


@pytest.mark.django_db
def test_interface_follows_the_profile_language_before_the_browser(
    client: Client, member_factory: Any
) -> None:
    english = member_factory(pseudonym="Sam", language="en")
    client.force_login(english)

    response = client.get("/", headers={"accept-language": "fr"})

    assert response["Content-Language"] == "en"
    assert "Hello Sam" in response.content.decode()


@pytest.mark.django_db
def test_interface_follows_accept_language_for_visitors(client: Client) -> None:
    english = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    french = client.get("/", headers={"accept-language": "fr-BE"})
    other = client.get("/", headers={"accept-language": "de"})

    assert "<h1>Welcome to Cocon</h1>" in english.content.decode()
    assert "<h1>Bienvenue sur Cocon</h1>" in french.content.decode()
    assert "<h1>Bienvenue sur Cocon</h1>" in other.content.decode()


@pytest.mark.django_db
def test_language_switcher_sets_the_cookie_for_a_visitor(client: Client) -> None:
    response = client.post("/language/", {"language": "en", "next": "/charter/"})

    assert response.status_code == 302
    assert response["Location"] == "/charter/"
    assert (
        "The Cocon kindness charter"
        in client.get("/charter/", headers={"accept-language": "fr"}).content.decode()
    )


@pytest.mark.django_db
def test_language_switcher_updates_the_member_profile(
    member_client: Client, member: Member
) -> None:
    response = member_client.post("/language/", {"language": "en", "next": "/"})

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.language == "en"
    assert AuditEntry.objects.filter(action="account.settings").count() == 1


@pytest.mark.django_db
def test_language_switcher_ignores_an_unknown_language(
    member_client: Client, member: Member
) -> None:
    response = member_client.post("/language/", {"language": "xx", "next": "https://evil.example/"})

    assert response.status_code == 302
    assert response["Location"] == "/"
    member.refresh_from_db()
    assert member.language == "fr"


@pytest.mark.django_db
def test_api_strips_control_characters_from_the_bio(member_api: Any, member: Member) -> None:
    response = member_api.patch("/api/v1/me", {"bio": "a\x01b\u200b"})

    assert response.status_code == 200
    member.refresh_from_db()
    assert member.bio == "ab"
