"""Administrators edit the directory in the Django admin; every change is audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.resources.models import HelpResource, Partner, Status
from cocon.resources.queries.directory import get_help_for
from cocon.safety.models import AuditEntry

pytestmark = pytest.mark.django_db

BOOLEANS = ("is_active", "is_emergency", "is_suicide_line")


def form_data(resource: HelpResource, **changes: Any) -> dict[str, Any]:
    fields = [
        "country",
        "province",
        "not_in_province",
        "name",
        "kind",
        "priority",
        "phone",
        "dial",
        "sms",
        "url",
        "description_fr",
        "description_en",
        "hours_fr",
        "hours_en",
        "cost_fr",
        "cost_en",
        "ages",
        "source",
        "status",
    ]
    data: dict[str, Any] = {name: getattr(resource, name) for name in fields}
    data["age_min"] = resource.age_min if resource.age_min is not None else ""
    data["age_max"] = resource.age_max if resource.age_max is not None else ""
    data["topics"] = list(resource.topics)
    for name in BOOLEANS:
        if getattr(resource, name):
            data[name] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not False}


def change_url(resource: HelpResource) -> str:
    return f"/admin/resources/helpresource/{resource.pk}/change/"


def test_administrator_changes_hours_and_the_change_is_audited(
    admin_client: Client, administrator: Member
) -> None:
    line = HelpResource.objects.get(country="FR", phone="3018")
    response = admin_client.post(
        change_url(line), form_data(line, hours_fr="Tous les jours, 9h–22h")
    )
    assert response.status_code == 302
    line.refresh_from_db()
    assert line.hours_fr == "Tous les jours, 9h–22h"
    assert line.verified_by is None
    entry = AuditEntry.objects.get(action="resources.help_resource_changed")
    assert (entry.actor_id, entry.target_type, entry.target_id) == (
        administrator.pk,
        "resources.helpresource",
        str(line.pk),
    )
    assert entry.before == {"hours_fr": "Tous les jours, 9h–23h"}
    assert entry.after == {"hours_fr": "Tous les jours, 9h–22h"}


def test_ticking_verified_records_who_and_when_and_shows_an_unverified_entry(
    admin_client: Client, administrator: Member
) -> None:
    line = HelpResource.objects.get(country="FR", phone="09 69 325 900")
    assert get_help_for("FR", topics=("eating_disorders",), with_emergency=False) == []
    response = admin_client.post(change_url(line), form_data(line, verified_now="on"))
    assert response.status_code == 302
    line.refresh_from_db()
    assert (line.status, line.verified_by, line.last_verified) == (
        Status.SECONDARY,
        administrator,
        timezone.localdate(),
    )
    assert get_help_for("FR", topics=("eating_disorders",), with_emergency=False) == [line]
    entry = AuditEntry.objects.get(action="resources.help_resource_verified")
    assert entry.before == {
        "status": "unverified",
        "last_verified": "2026-01-01",
        "verified_by": None,
    }
    assert entry.after == {
        "status": "secondary",
        "last_verified": timezone.localdate().isoformat(),
        "verified_by": administrator.pk,
    }


def test_saving_without_a_change_writes_no_audit_row(admin_client: Client) -> None:
    line = HelpResource.objects.get(country="BE", phone="0800 32 123")
    assert admin_client.post(change_url(line), form_data(line)).status_code == 302
    assert AuditEntry.objects.filter(action__startswith="resources.").count() == 0


def test_deleting_an_entry_is_audited_with_what_it_was(admin_client: Client) -> None:
    line = HelpResource.objects.get(country="CH", phone="145")
    response = admin_client.post(
        f"/admin/resources/helpresource/{line.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not HelpResource.objects.filter(pk=line.pk).exists()
    entry = AuditEntry.objects.get(action="resources.help_resource_deleted")
    assert (entry.before["name"], entry.before["phone"]) == ("Tox Info Suisse", "145")


def test_a_moderator_cannot_edit_the_directory(moderator: Member) -> None:
    moderator.is_staff = True
    moderator.save()
    client = Client()
    client.force_login(moderator)
    line = HelpResource.objects.get(country="FR", phone="3114")
    assert client.get(change_url(line)).status_code == 403
    assert client.post(change_url(line), form_data(line, name="x")).status_code == 403
    line.refresh_from_db()
    assert line.name == "3114 — numéro national de prévention du suicide"


def test_administrator_adds_a_partner_and_it_is_audited(
    admin_client: Client, administrator: Member
) -> None:
    data = {
        "name": "PAEJ Paris 11",
        "country": "FR",
        "region": "Île-de-France",
        "postcode_prefixes": "75011, 75012",
        "topics": ["distress", "loneliness"],
        "age_min": "12",
        "age_max": "25",
        "contact": "01 43 00 00 00",
        "hours": "lun–ven 14h–19h",
        "notes": "",
        "active": "on",
    }
    response = admin_client.post("/admin/resources/partner/add/", data)
    assert response.status_code == 302
    partner = Partner.objects.get()
    assert (partner.prefixes, partner.topics, partner.age_min) == (
        ["75011", "75012"],
        ["distress", "loneliness"],
        12,
    )
    entry = AuditEntry.objects.get(action="resources.partner_created")
    assert (entry.actor_id, entry.target_id, entry.after["name"]) == (
        administrator.pk,
        str(partner.pk),
        "PAEJ Paris 11",
    )
