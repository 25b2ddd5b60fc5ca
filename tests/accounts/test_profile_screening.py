"""Public profile text (pseudonym, bio) passes the same checks as posts."""

from __future__ import annotations

from typing import Any

import pytest

from cocon.accounts.models import Member
from tests.conftest import ApiClient

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "bio",
    [
        "<script>alert(1)</script>",
        "mon insta: https://example.com/moi",
        "![photo](https://example.com/a.png)",
        "appelle-moi au 06 12 34 56 78",
        "t'es qu'une grosse conne",
    ],
)
def test_bio_with_markup_links_contact_or_abuse_is_refused(
    member_api: ApiClient, member: Member, bio: str
) -> None:
    response = member_api.patch("/api/v1/me", {"bio": bio})

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["bio"]
    member.refresh_from_db()
    assert member.bio == ""


@pytest.mark.parametrize(
    "bio", ["J'aime le dessin et les chats 🐱", "🌈✨", "Lycéenne, fan de rando"]
)
def test_kind_bio_is_saved(member_api: ApiClient, member: Member, bio: str) -> None:
    response = member_api.patch("/api/v1/me", {"bio": bio})

    assert response.status_code == 200
    member.refresh_from_db()
    assert member.bio == bio


def test_abusive_pseudonym_is_refused_at_signup(api: Any) -> None:
    response = api.post(
        "/api/v1/auth/signup",
        {
            "pseudonym": "sale_connard",
            "password": "un-mot-de-passe-solide-42",
            "birth_year": 2006,
            "birth_month": 1,
            "accept_charter": True,
            "accept_screening": True,
        },
    )

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["pseudonym"]
    assert Member.objects.count() == 0
