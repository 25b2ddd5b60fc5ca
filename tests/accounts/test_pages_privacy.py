"""Download my data and delete my account from the privacy page."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from cocon.accounts.models import Consent, Member
from cocon.safety.models import AuditEntry

PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture
def member_client(client: Client, member: Member) -> Client:
    client.force_login(member)
    return client


@pytest.mark.django_db
def test_privacy_page_offers_download_and_deletion(member_client: Client) -> None:
    response = member_client.get("/privacy/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Télécharger mes données" in page
    assert "Supprimer mon compte maintenant" in page


@pytest.mark.django_db
def test_export_downloads_a_json_file_with_the_member_data(
    member_client: Client, member: Member
) -> None:
    Consent.objects.create(member=member, kind="charter", version="2026-11", language="fr")

    response = member_client.post("/privacy/export/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith(f'attachment; filename="cocon-{member.pk}-')
    assert response["Cache-Control"] == "no-store"
    document = json.loads(response.content)
    assert document["format"] == "cocon-export-1"
    assert document["account"]["pseudonym"] == "Camille"
    assert document["account"]["birth_year"] == 2008
    assert [c["kind"] for c in document["account"]["consents"]] == ["charter"]
    assert AuditEntry.objects.filter(action="privacy.export", target_id=str(member.pk)).count() == 1


@pytest.mark.django_db
def test_export_is_not_available_by_get_or_to_visitors(
    client: Client, member_client: Client
) -> None:
    assert member_client.get("/privacy/export/").status_code == 405
    member_client.logout()
    assert client.post("/privacy/export/").status_code == 302
    assert AuditEntry.objects.filter(action="privacy.export").count() == 0


@pytest.mark.django_db
def test_delete_mode_delete_removes_the_member_and_signs_out(
    member_client: Client, member: Member
) -> None:
    response = member_client.post("/privacy/delete/", {"mode": "delete", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert Member.objects.filter(pk=member.pk).exists() is False
    assert AuditEntry.objects.filter(action="privacy.delete_account").count() == 1
    home = member_client.get("/")
    assert "Ton compte a été supprimé. Prends soin de toi." in home.content.decode()
    assert member_client.get("/settings/").status_code == 302


@pytest.mark.django_db
def test_delete_mode_anonymise_keeps_an_anonymous_row(
    member_client: Client, member: Member
) -> None:
    response = member_client.post("/privacy/delete/", {"mode": "anonymise", "password": PASSWORD})

    assert response.status_code == 302
    kept = Member.objects.get(pk=member.pk)
    assert kept.pseudonym.startswith("deleted-")
    assert kept.is_active is False
    assert kept.has_usable_password() is False
    assert kept.consents.count() == 0
    entry = AuditEntry.objects.get(action="privacy.delete_account")
    assert entry.after == {"mode": "anonymise"}
    assert member_client.get("/privacy/").status_code == 302


@pytest.mark.django_db
def test_delete_with_a_wrong_password_deletes_nothing(
    member_client: Client, member: Member
) -> None:
    response = member_client.post("/privacy/delete/", {"mode": "delete", "password": "pas-le-bon"})

    assert response.status_code == 403
    page = response.content.decode()
    assert "Ce mot de passe n’est pas le bon." in page
    assert 'value="delete" checked' in page
    assert "pas-le-bon" not in page
    assert Member.objects.filter(pk=member.pk, is_active=True).exists()
    assert AuditEntry.objects.filter(action="privacy.delete_account").count() == 0


@pytest.mark.django_db
def test_delete_with_an_unknown_mode_deletes_nothing(member_client: Client, member: Member) -> None:
    response = member_client.post("/privacy/delete/", {"mode": "everything", "password": PASSWORD})

    assert response.status_code == 400
    assert "Choisis ce que deviennent tes publications." in response.content.decode()
    assert Member.objects.filter(pk=member.pk, is_active=True).exists()
