"""Signup through the API: ages, consent, parental confirmation, look-alikes, bad input."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from cocon.accounts.models import Consent, Member
from cocon.safety.models import AuditEntry

pytestmark = pytest.mark.django_db

GOOD: dict[str, Any] = {
    "pseudonym": "Lou_Reve",
    "password": "un-mot-de-passe-solide-42",
    "birth_year": 2008,
    "birth_month": 5,
    "country": "FR",
    "language": "fr",
    "accept_charter": True,
    "accept_screening": True,
}


def signup(api: Any, **changes: Any) -> Any:
    return api.post("/api/v1/auth/signup", {**GOOD, **changes}, headers={"Accept-Language": "fr"})


def test_signup_creates_member_with_both_consents_and_a_token(api: Any) -> None:
    response = signup(api)

    assert response.status_code == 201
    body = response.json()
    assert body["member"]["pseudonym"] == "Lou_Reve"
    assert body["member"]["full_access"] is True
    assert body["token"].startswith("cct_")
    member = Member.objects.get()
    assert member.check_password(GOOD["password"])
    assert member.password.startswith("argon2")
    assert sorted(Consent.objects.values_list("kind", flat=True)) == ["charter", "screening"]
    assert AuditEntry.objects.filter(action="account.signup", target_id=str(member.pk)).count() == 1


def test_signup_of_14_year_old_in_france_waits_for_parent(
    api: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = signup(api, birth_year=2012, birth_month=1, parent_email="parent@example.org")

    assert response.status_code == 201
    assert response.json()["member"]["full_access"] is False
    member = Member.objects.get()
    assert member.parental_consent_required is True
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["parent@example.org"]
    assert "Lou_Reve" in mail.outbox[0].body
    link = re.search(r"http://\S+/parent/confirm/(\S+)/", mail.outbox[0].body)
    assert link is not None

    page = Client().get(f"/parent/confirm/{link.group(1)}/")
    assert page.status_code == 200
    member.refresh_from_db()
    assert member.parental_consent_at is None  # a GET (mail scanner) confirms nothing

    Client().post(f"/parent/confirm/{link.group(1)}/")
    member.refresh_from_db()
    assert member.parental_consent_at is not None
    assert member.has_full_access
    assert Consent.objects.filter(member=member, kind="parental").count() == 1


def test_signup_of_14_year_old_in_france_without_parent_email_is_refused(api: Any) -> None:
    response = signup(api, birth_year=2012, birth_month=1)

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert "parent_email" in response.json()["error"]["fields"]
    assert Member.objects.count() == 0


def test_signup_of_14_year_old_in_belgium_needs_no_parent(api: Any) -> None:
    response = signup(api, birth_year=2012, birth_month=1, country="BE")

    assert response.status_code == 201
    assert response.json()["member"]["full_access"] is True
    assert mail.outbox == []


def test_quebec_consent_age_is_14(api: Any) -> None:
    response = signup(
        api, birth_year=2013, birth_month=1, country="CA", province="QC"
    )  # 13 years old

    assert response.status_code == 400
    assert "parent_email" in response.json()["error"]["fields"]


@pytest.mark.parametrize(("year", "month"), [(2014, 1), (2000, 1), (1990, 6)])
def test_signup_outside_age_range_is_refused_kindly_in_french(
    api: Any, year: int, month: int
) -> None:
    response = signup(api, birth_year=year, birth_month=month)

    assert response.status_code == 400
    message = response.json()["error"]["fields"]["birth_year"][0]
    assert "13" in message and "25" in message
    assert Member.objects.count() == 0


@pytest.mark.parametrize("taken", ["lou_reve", "LOU_REVE", "1ou_reve", "Lou_Rêve", "Lou.Reve"])
def test_signup_refuses_look_alike_pseudonym(api: Any, taken: str) -> None:
    assert signup(api).status_code == 201

    response = signup(api, pseudonym=taken)

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["pseudonym"]
    assert Member.objects.count() == 1


def test_signup_without_consents_is_refused(api: Any) -> None:
    response = signup(api, accept_charter=False, accept_screening=False)

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"accept_charter", "accept_screening"}


def test_signup_rejects_weak_password(api: Any) -> None:
    response = signup(api, password="123")

    assert response.status_code == 400
    assert "password" in response.json()["error"]["fields"]


def test_canadian_member_must_give_province(api: Any) -> None:
    response = signup(api, country="CA")

    assert response.status_code == 400
    assert "province" in response.json()["error"]["fields"]


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        "",
        "[]",
        "null",
        '{"pseudonym": 5, "password": [], "birth_year": "abc"}',
        '{"pseudonym": "' + "x" * 5000 + '"}',
        "\x00\x01\x02",
    ],
)
def test_malformed_signup_bodies_get_a_4xx_error_object(api: Any, raw: str) -> None:
    response = api.post("/api/v1/auth/signup", raw=raw)

    assert 400 <= response.status_code < 500
    error = response.json()["error"]
    assert set(error) == {"code", "message", "fields"}
    assert Member.objects.count() == 0


def test_huge_body_is_refused_with_413(api: Any) -> None:
    response = api.post("/api/v1/auth/signup", raw='{"pseudonym": "' + "x" * 200_000 + '"}')

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_signup_error_messages_follow_accept_language(api: Any) -> None:
    english = api.post(
        "/api/v1/auth/signup", {**GOOD, "accept_charter": False}, headers={"Accept-Language": "en"}
    )
    french = api.post(
        "/api/v1/auth/signup", {**GOOD, "accept_charter": False}, headers={"Accept-Language": "fr"}
    )

    assert english.json()["error"]["message"] == "Some answers need another look."
    assert french.json()["error"]["message"] != english.json()["error"]["message"]


def test_signup_is_rate_limited_per_ip(api: Any, settings: Any) -> None:
    settings.COCON_RATE_LIMITS = {**settings.COCON_RATE_LIMITS, "signup": "2/3600"}
    statuses = [signup(api, pseudonym=f"rate_{i}x").status_code for i in range(3)]

    assert statuses == [201, 201, 429]
    assert Member.objects.count() == 2
