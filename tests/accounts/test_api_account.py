"""Login, tokens, settings, export and deletion through the API."""

from __future__ import annotations

from typing import Any

import pytest

from cocon.accounts.models import ApiToken, Member
from cocon.safety.models import AuditEntry
from tests.conftest import PASSWORD, ApiClient

pytestmark = pytest.mark.django_db


def test_login_returns_a_working_token(api: ApiClient, member: Member) -> None:
    response = api.post("/api/v1/auth/login", {"pseudonym": "camille", "password": PASSWORD})

    assert response.status_code == 200
    me = ApiClient(response.json()["token"]).get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["pseudonym"] == "Camille"


def test_login_with_wrong_password_is_401_and_locks_after_five_tries(
    api: ApiClient, member: Member
) -> None:
    statuses = [
        api.post(
            "/api/v1/auth/login", {"pseudonym": "Camille", "password": "wrong-password"}
        ).status_code
        for _ in range(5)
    ]
    locked = api.post("/api/v1/auth/login", {"pseudonym": "Camille", "password": PASSWORD})

    assert statuses == [401] * 5
    assert locked.status_code == 423
    assert locked.json()["error"]["code"] == "locked"


def test_login_for_unknown_pseudonym_looks_like_a_wrong_password(
    api: ApiClient, member: Member
) -> None:
    unknown = api.post("/api/v1/auth/login", {"pseudonym": "nobody_here", "password": PASSWORD})
    wrong = api.post("/api/v1/auth/login", {"pseudonym": "Camille", "password": "not-the-one"})

    assert unknown.status_code == wrong.status_code == 401
    assert unknown.json() == wrong.json()


def test_login_is_rate_limited(api: ApiClient, member: Member, settings: Any) -> None:
    settings.COCON_RATE_LIMITS = {**settings.COCON_RATE_LIMITS, "login": "3/300"}
    statuses = [
        api.post("/api/v1/auth/login", {"pseudonym": "x_y_z", "password": "p"}).status_code
        for _ in range(4)
    ]

    assert statuses == [401, 401, 401, 429]


def test_logout_revokes_only_the_current_token(member: Member, api_for: Any) -> None:
    first, second = api_for(member), api_for(member)

    assert first.post("/api/v1/auth/logout").status_code == 200
    assert first.get("/api/v1/me").status_code == 401
    assert second.get("/api/v1/me").status_code == 200


def test_member_can_list_and_revoke_tokens(member_api: ApiClient, member: Member) -> None:
    tokens = member_api.get("/api/v1/auth/tokens").json()
    response = member_api.delete(f"/api/v1/auth/tokens/{tokens[0]['id']}")

    assert response.status_code == 200
    assert member_api.get("/api/v1/me").status_code == 401
    assert ApiToken.objects.get().revoked_at is not None


def test_member_cannot_revoke_someone_elses_token(
    member_api: ApiClient, member_factory: Any, api_for: Any
) -> None:
    other = member_factory(pseudonym="Autre_Personne")
    api_for(other)
    other_token = ApiToken.objects.get(member=other)

    response = member_api.delete(f"/api/v1/auth/tokens/{other_token.pk}")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    other_token.refresh_from_db()
    assert other_token.revoked_at is None


def test_settings_change_language_and_country(member_api: ApiClient, member: Member) -> None:
    response = member_api.patch("/api/v1/me", {"language": "en", "country": "CA", "province": "QC"})

    assert response.status_code == 200
    member.refresh_from_db()
    assert (member.language, member.country, member.province) == ("en", "CA", "QC")
    assert AuditEntry.objects.filter(action="account.settings").count() == 1


def test_settings_refuse_bad_values_and_change_nothing(
    member_api: ApiClient, member: Member
) -> None:
    response = member_api.patch(
        "/api/v1/me", {"language": "de", "email": "not-an-email", "bio": "x" * 301}
    )

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"language", "email", "bio"}
    member.refresh_from_db()
    assert member.language == "fr"


def test_profile_language_decides_the_api_language(member_api: ApiClient, member: Member) -> None:
    member_api.patch("/api/v1/me", {"language": "en"})

    response = member_api.patch("/api/v1/me", {"language": "xx"}, headers={"Accept-Language": "fr"})

    assert response.json()["error"]["message"] == "Some answers need another look."


def test_export_contains_my_data_and_is_audited(member_api: ApiClient, member: Member) -> None:
    response = member_api.get("/api/v1/me/export")

    assert response.status_code == 200
    document = response.json()
    assert document["format"] == "cocon-export-1"
    assert document["account"]["pseudonym"] == "Camille"
    assert document["account"]["roles"] == ["member"]
    assert AuditEntry.objects.filter(action="privacy.export", actor_id=member.pk).count() == 1


def test_delete_account_needs_the_password(member_api: ApiClient, member: Member) -> None:
    response = member_api.post("/api/v1/me/delete", {"mode": "delete", "password": "wrong"})

    assert response.status_code == 403
    assert Member.objects.filter(pk=member.pk).exists()


def test_delete_account_removes_the_member_at_once(member_api: ApiClient, member: Member) -> None:
    response = member_api.post("/api/v1/me/delete", {"mode": "delete", "password": PASSWORD})

    assert response.status_code == 200
    assert not Member.objects.filter(pk=member.pk).exists()
    assert member_api.get("/api/v1/me").status_code == 401
    entry = AuditEntry.objects.get(action="privacy.delete_account")
    assert entry.after == {"mode": "delete"}


def test_anonymise_keeps_the_row_without_identifiers(member_api: ApiClient, member: Member) -> None:
    response = member_api.post("/api/v1/me/delete", {"mode": "anonymise", "password": PASSWORD})

    assert response.status_code == 200
    member.refresh_from_db()
    assert member.pseudonym.startswith("deleted-")
    assert (member.email, member.is_active, member.has_usable_password()) == ("", False, False)
    assert member_api.get("/api/v1/me").status_code == 401


def test_delete_with_unknown_mode_is_422(member_api: ApiClient, member: Member) -> None:
    response = member_api.post("/api/v1/me/delete", {"mode": "vanish", "password": PASSWORD})

    assert response.status_code == 422
    assert response.json()["error"]["fields"] == {
        "mode": [response.json()["error"]["fields"]["mode"][0]]
    }


def test_password_reset_answers_the_same_for_unknown_addresses(
    api: ApiClient, member_factory: Any
) -> None:
    from django.core import mail

    member_factory(pseudonym="Avec_Mail", email="known@example.org")
    known = api.post("/api/v1/auth/password-reset", {"email": "known@example.org"})
    unknown = api.post("/api/v1/auth/password-reset", {"email": "unknown@example.org"})

    assert known.json() == unknown.json()
    assert len(mail.outbox) == 1


def test_staff_appear_as_the_team(moderator: Member, member: Member) -> None:
    assert moderator.public_name == "Cocon"
    assert member.public_name == "Camille"


def test_charter_is_versioned_and_translated(api: ApiClient) -> None:
    english = api.get("/api/v1/charter", headers={"Accept-Language": "en"}).json()

    assert english["version"] == "2026-11"
    assert english["language"] == "en"
    assert len(english["sections"]) == 5
