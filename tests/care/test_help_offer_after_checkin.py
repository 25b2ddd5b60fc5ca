"""The author of a risky check-in sees their country's help on the very next page."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from cocon.community.models import Post

pytestmark = pytest.mark.django_db

STEPS = (
    (1, {"mood": "1"}),
    (2, {"emotions": ["sadness"]}),
    (3, {"theme": "family"}),
    (4, {"need": "team"}),
)


def share(member: Any, body: str, visibility: str = "community") -> tuple[Client, str]:
    client = Client()
    client.force_login(member)
    for step, data in STEPS:
        client.post(f"/checkin/{step}/", {**data, "go": "next"})
    response = client.post(
        "/checkin/5/", {"body": body, "visibility": visibility, "go": "share"}, follow=True
    )
    assert response.status_code == 200
    return client, response.content.decode()


@pytest.mark.parametrize(
    ("country", "province", "line"),
    [("FR", "", "3114"), ("BE", "", "0800 32 123"), ("CA", "QC", "1 866 APPELLE")],
)
def test_imminent_risk_check_in_shows_the_country_line_and_the_offer_of_contact(
    member_factory: Any, country: str, province: str, line: str
) -> None:
    member = member_factory(pseudonym=f"nuit_{country.lower()}", country=country, province=province)

    client, page = share(member, "ce soir j'en finis, j'ai tout préparé")

    assert line in page
    assert 'name="answer" value="need_help"' in page
    post = Post.objects.get(author=member)
    assert post.status != "visible"
    assert line not in client.get("/feed/").content.decode()  # shown once, not on every page


def test_a_laughing_message_shows_no_help_offer(member_factory: Any) -> None:
    member = member_factory(pseudonym="rieuse")

    _client, page = share(member, "mdr je suis morte de rire")

    assert "care-help-offer" not in page


def test_a_journal_entry_with_dark_thoughts_also_gets_help(member_factory: Any) -> None:
    member = member_factory(pseudonym="carnet_nuit")

    _client, page = share(member, "j'aimerais ne plus exister", visibility="journal")

    assert "3114" in page


def test_the_check_in_api_returns_the_help_offer(member_factory: Any, api_for: Any) -> None:
    member = member_factory(pseudonym="api_nuit", country="BE")
    payload = {
        "mood": 1,
        "emotions": ["sadness"],
        "theme": "family",
        "need": "team",
        "body": "ce soir j'en finis, j'ai tout préparé",
        "visibility": "community",
    }

    response = api_for(member).post("/api/v1/checkins", payload)

    assert response.status_code == 202
    offer = response.json()["help"]
    assert (offer["show_help"], offer["offer_contact"], offer["risk"]) == (True, True, "imminent")
    assert "0800 32 123" in offer["suicide_line"]["phone"]
