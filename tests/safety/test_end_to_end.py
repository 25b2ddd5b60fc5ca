"""Through the real APIs: insult → nudge → edit → published; threat → blocked, strike,
suspended, cannot sign in; a moderator reviews the suspension from the console API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.models import Member
from cocon.safety.models import AuditEntry, NudgeOutcome, QueueItem, Sanction, Strike
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db
CHECKIN = {
    "mood": 2,
    "emotions": ["stress"],
    "theme": "school",
    "need": "encouragement",
    "visibility": "community",
}


def test_insult_is_nudged_then_edited_and_published(member_api: Any, member: Member) -> None:
    nudged = member_api.post(
        "/api/v1/checkins", {**CHECKIN, "body": "mon voisin de classe est un c0nnnard"}
    )
    post_id = nudged.json()["id"]
    assert nudged.json()["status"] == "pending_nudge"

    edited = member_api.patch(
        f"/api/v1/posts/{post_id}", {"body": "mon voisin de classe m'a vraiment énervé aujourd'hui"}
    )

    assert edited.status_code == 200
    assert edited.json()["status"] == "visible"
    assert not Strike.objects.exists()
    assert not QueueItem.objects.filter(kind="held").exists()


def test_threat_is_blocked_strikes_and_suspends(
    member_api: Any,
    api: Any,
    api_for: Callable[[Member], Any],
    member: Member,
    member_factory: Callable[..., Member],
    moderator: Member,
) -> None:
    other = member_factory(pseudonym="Noa")
    post_id = (
        api_for(other)
        .post("/api/v1/checkins", {**CHECKIN, "body": "Demain j'ai un exposé, j'ai peur"})
        .json()["id"]
    )

    refused = member_api.post(
        f"/api/v1/posts/{post_id}/comments", {"body": "je vais te tuer à la sortie"}
    )

    assert refused.status_code in (400, 403, 422)
    assert Strike.objects.filter(member=member).count() == 1
    sanction = Sanction.objects.get(member=member)
    assert (sanction.kind, sanction.pending_review) == ("suspend", True)
    login = api.post("/api/v1/auth/login", {"pseudonym": member.pseudonym, "password": PASSWORD})
    assert (login.status_code, login.json()["error"]["code"]) == (403, "suspended")

    mod_api = api_for(moderator)
    item = mod_api.post("/api/v1/console/queue/next").json()["item"]
    assert (item["kind"], item["member_id"]) == ("suspension", member.pk)
    decided = mod_api.post(
        f"/api/v1/console/queue/{item['id']}/decide", {"decision": "suspend", "reason": "threat"}
    )
    assert decided.json()["engine_outcome"] == "confirmed"
    sanction.refresh_from_db()
    assert sanction.pending_review is False
    assert AuditEntry.objects.filter(action="sanction.confirm", actor_id=moderator.pk).count() == 1
    assert not NudgeOutcome.objects.exists()
