"""A muted member is told until when on their own clock (their country's, or their province's
in Canada), not the server's, in their language, on the check-in page and through the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.safety.actions.sanctions import do_sanction
from cocon.safety.models import Sanction
from cocon.safety.queries.sanctions import check_can_post

pytestmark = pytest.mark.django_db

# 16:30 UTC in July: 18:30 in Paris (UTC+2), 12:30 in Montréal (UTC-4). In English the time
# comes first, so that "p.m." never meets the sentence's full stop.
UNTIL = dt.datetime(2036, 7, 14, 16, 30, tzinfo=dt.UTC)

CHECKIN = {
    "mood": 3,
    "emotions": ["calm"],
    "theme": "school",
    "need": "vent",
    "body": "Je voulais juste dire que la journée s'est bien passée 🙂",
    "visibility": "community",
}

PAUSED_FR = "L'équipe Cocon a mis tes publications en pause jusqu'au"
PAUSED_EN = "Your posting is paused by the Cocon team until"
EXPECTED = {
    ("FR", "fr"): f"{PAUSED_FR} 14 juillet 2036 à 18:30.",
    ("FR", "en"): f"{PAUSED_EN} 6:30 p.m. on July 14, 2036.",
    ("QC", "fr"): f"{PAUSED_FR} 14 juillet 2036 à 12:30.",
    ("QC", "en"): f"{PAUSED_EN} 12:30 p.m. on July 14, 2036.",
}


@pytest.fixture
def muted(member_factory: Callable[..., Member], moderator: Member) -> Callable[..., Member]:
    def make(place: str, language: str) -> Member:
        where = {"country": "CA", "province": "QC"} if place == "QC" else {"country": "FR"}
        someone = member_factory(pseudonym=f"Lou_{place}_{language}", language=language, **where)
        sanction = do_sanction(someone, "mute_7d", reason="abuse", actor=moderator)
        Sanction.objects.filter(pk=sanction.pk).update(expires_at=UNTIL)
        return someone

    return make


@pytest.mark.parametrize("server_zone", ["Europe/Paris", "UTC", "America/Vancouver"])
@pytest.mark.parametrize(("place", "language"), list(EXPECTED))
def test_check_can_post_tells_the_end_on_the_members_clock_whatever_the_servers(
    muted: Callable[..., Member], settings: Any, server_zone: str, place: str, language: str
) -> None:
    settings.TIME_ZONE = server_zone
    someone = muted(place, language)
    with translation.override(language), pytest.raises(CoconError) as refused:
        check_can_post(someone)
    assert (refused.value.code, refused.value.status) == ("muted", 403)
    assert str(refused.value.message) == EXPECTED[place, language]


@pytest.mark.parametrize(("place", "language"), list(EXPECTED))
def test_the_api_tells_a_muted_member_the_end_on_their_own_clock(
    muted: Callable[..., Member], api_for: Callable[[Member], Any], place: str, language: str
) -> None:
    response = api_for(muted(place, language)).post("/api/v1/checkins", CHECKIN)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "muted"
    assert response.json()["error"]["message"] == EXPECTED[place, language]


@pytest.mark.parametrize(("place", "language"), [("QC", "fr"), ("FR", "fr"), ("QC", "en")])
def test_the_checkin_page_tells_a_muted_member_the_end_on_their_own_clock(
    muted: Callable[..., Member], place: str, language: str
) -> None:
    client = Client()
    client.force_login(muted(place, language))
    for step, data in (
        (1, {"mood": "3"}),
        (2, {"emotions": ["calm"]}),
        (3, {"theme": "school"}),
        (4, {"need": "vent"}),
    ):
        assert client.post(f"/checkin/{step}/", {**data, "go": "next"}).status_code == 302
    response = client.post(
        "/checkin/5/", {"body": CHECKIN["body"], "visibility": "community", "go": "share"}
    )
    assert response.status_code == 403
    assert EXPECTED[place, language] in response.content.decode().replace("&#x27;", "'")
