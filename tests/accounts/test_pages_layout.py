"""The layout on every page, the home page, the charter and the parent's confirmation."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from cocon.accounts.actions.parental import make_parent_token
from cocon.accounts.models import Member
from cocon.safety.models import AuditEntry

PUBLIC_PAGES = ["/", "/signup/", "/login/", "/charter/", "/password/reset/", "/logout/"]
MEMBER_PAGES = ["/", "/settings/", "/privacy/", "/charter/"]


@pytest.fixture
def waiting_member(member_factory: Any) -> Member:
    member = member_factory(pseudonym="Petit_Lou", birth_year=2012)
    member.parent_email = "parent@example.org"
    member.parental_consent_required = True
    member.save()
    return member


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_the_layout_and_no_inline_code(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="fr">' in page
    assert '<a class="skip-link" href="#main">Aller au contenu</a>' in page
    assert '<main id="main"' in page
    assert 'action="/language/"' in page
    assert "style=" not in page
    assert not re.search(r"<script(?![^>]*\ssrc=)", page)
    assert not re.search(r"\son[a-z]+=", page)
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", MEMBER_PAGES)
def test_member_pages_show_who_is_signed_in(client: Client, member: Member, path: str) -> None:
    client.force_login(member)

    page = client.get(path).content.decode()

    assert "Connecté·e en tant que <strong>Camille</strong>" in page
    assert 'action="/logout/"' in page
    assert "attend la confirmation" not in page


@pytest.mark.django_db
def test_visitor_home_explains_cocon_and_offers_to_join(client: Client) -> None:
    page = client.get("/").content.decode()

    assert "<h1>Bienvenue sur Cocon</h1>" in page
    assert 'href="/signup/"' in page
    assert 'href="/login/"' in page


@pytest.mark.django_db
def test_charter_page_shows_every_section_and_the_screening_text(client: Client) -> None:
    page = client.get("/charter/").content.decode()

    assert "<h1>La charte de bienveillance de Cocon</h1>" in page
    for title in [
        "Ici, on est bienveillant",
        "Tolérance zéro pour le harcèlement",
        "Du texte et des emojis, c’est tout",
    ]:
        assert f"<h2>{title}</h2>" in page
    assert "La vérification de tes messages pour la sécurité" in page
    assert "Version 2026-11" in page


@pytest.mark.django_db
def test_waiting_member_sees_the_banner_on_every_page(
    client: Client, waiting_member: Member
) -> None:
    client.force_login(waiting_member)

    for path in MEMBER_PAGES:
        assert "Ton compte attend la confirmation d’un parent." in client.get(path).content.decode()


@pytest.mark.django_db
def test_parent_confirms_with_a_button_not_by_opening_the_link(
    client: Client, waiting_member: Member
) -> None:
    path = f"/parent/confirm/{make_parent_token(waiting_member)}/"

    shown = client.get(path)
    waiting_member.refresh_from_db()
    assert shown.status_code == 200
    assert "Je confirme le compte de mon enfant" in shown.content.decode()
    assert waiting_member.has_full_access is False

    confirmed = client.post(path)

    assert confirmed.status_code == 200
    assert "Le compte Petit_Lou est confirmé" in confirmed.content.decode()
    waiting_member.refresh_from_db()
    assert waiting_member.has_full_access is True
    assert AuditEntry.objects.filter(action="account.parental_consent").count() == 1


@pytest.mark.django_db
def test_parent_confirmation_with_a_forged_link_is_refused(client: Client) -> None:
    response = client.post("/parent/confirm/forged-token/")

    assert response.status_code == 400
    assert "Ce lien ne fonctionne pas" in response.content.decode()
