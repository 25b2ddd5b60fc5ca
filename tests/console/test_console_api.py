"""The console API: staff only, claims, decisions, rules, sanctions, statistics, audit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.models import Member
from cocon.safety.actions.queue import do_enqueue
from cocon.safety.models import AuditEntry, QueueItem, Sanction, WatchedRule

pytestmark = pytest.mark.django_db


@pytest.fixture
def mod_api(api_for: Callable[[Member], Any], moderator: Member) -> Any:
    return api_for(moderator)


@pytest.fixture
def held_item(member: Member) -> QueueItem:
    item, _ = do_enqueue(
        "held", severity=45, target_type="community.post", target_id=99, member=member,
        payload={"text": "t'es qu'un boloss", "verdict": {"spans": [{"start": 10, "end": 17, "category": "abuse"}]}},
        engine_action="nudge", engine_categories=["abuse"],
    )  # fmt: skip
    return item


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/api/v1/console/queue"), ("post", "/api/v1/console/queue/next"), ("get", "/api/v1/console/rules"),
     ("get", "/api/v1/console/stats"), ("get", "/api/v1/console/audit"), ("post", "/api/v1/console/rules")],
)  # fmt: skip
def test_members_get_403_from_the_console_api(member_api: Any, method: str, path: str) -> None:
    response = getattr(member_api, method)(path)

    assert response.status_code == 403
    assert response.json()["error"] == {
        "code": "forbidden",
        "message": "Cette page est réservée à l'équipe Cocon.",
        "fields": {},
    }


def test_anonymous_gets_401(api: Any) -> None:
    assert api.get("/api/v1/console/queue").status_code == 401


def test_moderator_claims_decides_and_every_step_is_audited(
    mod_api: Any, moderator: Member, held_item: QueueItem
) -> None:
    assert mod_api.get("/api/v1/console/queue").json()["items"][0]["id"] == held_item.pk
    claimed = mod_api.post("/api/v1/console/queue/next").json()["item"]
    assert claimed["id"] == held_item.pk and claimed["claimed_by"] == moderator.pk

    response = mod_api.post(
        f"/api/v1/console/queue/{held_item.pk}/decide", {"decision": "warn", "reason": "abuse"}
    )

    assert response.status_code == 200
    assert (response.json()["decision"], response.json()["engine_outcome"]) == ("warn", "confirmed")
    assert list(AuditEntry.objects.filter(actor_id=moderator.pk).values_list("action", flat=True)) == [
        "queue.claim", "sanction.warn", "queue.decide"
    ]  # fmt: skip


def test_decision_without_claim_is_refused(mod_api: Any, held_item: QueueItem) -> None:
    response = mod_api.post(f"/api/v1/console/queue/{held_item.pk}/decide", {"decision": "approve"})

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "not_claimed"


def test_second_moderator_cannot_claim_a_claimed_item(
    mod_api: Any, api_for: Callable[[Member], Any], second_moderator: Member, held_item: QueueItem
) -> None:
    assert mod_api.post(f"/api/v1/console/queue/{held_item.pk}/claim").status_code == 200

    response = api_for(second_moderator).post(f"/api/v1/console/queue/{held_item.pk}/claim")

    assert response.status_code == 409
    assert response.json()["error"]["message"] == "Un autre modérateur s'occupe de cet élément."


def test_double_submitted_decision_gives_409(mod_api: Any, held_item: QueueItem) -> None:
    mod_api.post(f"/api/v1/console/queue/{held_item.pk}/claim")
    first = mod_api.post(f"/api/v1/console/queue/{held_item.pk}/decide", {"decision": "approve"})
    second = mod_api.post(f"/api/v1/console/queue/{held_item.pk}/decide", {"decision": "approve"})

    assert (first.status_code, second.status_code) == (200, 409)
    assert second.json()["error"]["code"] == "already_decided"


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"decision": "explode"}, ["decision"]),
        ({"decision": "remove"}, ["reason"]),
        ({"decision": 3, "reason": []}, ["decision"]),
    ],
)
def test_bad_decisions_are_refused_with_fields(
    mod_api: Any, held_item: QueueItem, body: dict[str, Any], fields: list[str]
) -> None:
    mod_api.post(f"/api/v1/console/queue/{held_item.pk}/claim")

    response = mod_api.post(f"/api/v1/console/queue/{held_item.pk}/decide", body)

    assert response.status_code == 400
    assert sorted(response.json()["error"]["fields"]) == fields


@pytest.mark.parametrize(
    ("raw", "code"),
    [("{not json", "bad_json"), ("[1, 2]", "bad_json"), ("\x00\x01", "invalid_characters")],
)
def test_broken_json_is_a_400(mod_api: Any, held_item: QueueItem, raw: str, code: str) -> None:
    response = mod_api.post(f"/api/v1/console/queue/{held_item.pk}/decide", raw=raw)

    assert response.status_code == 400
    assert response.json()["error"]["code"] == code


def test_unknown_item_is_a_404(mod_api: Any) -> None:
    assert mod_api.get("/api/v1/console/queue/987654").status_code == 404


def test_rule_created_through_the_api_applies_to_the_next_message(
    mod_api: Any, member_api: Any
) -> None:
    response = mod_api.post(
        "/api/v1/console/rules",
        {"kind": "word", "pattern": "topinambour", "category": "abuse", "action": "block"},
    )
    assert response.status_code == 201

    from cocon.safety.screening import screen_text

    screening = screen_text("espèce de T0PINAMBOUR", record=False)
    assert (screening.action, screening.rule) == ("block", f"watched.{response.json()['id']}")


@pytest.mark.parametrize(
    ("body", "field"),
    [({"kind": "regex", "pattern": "(a+)+", "category": "abuse", "action": "block"}, "pattern"),
     ({"kind": "word", "pattern": "", "category": "abuse", "action": "block"}, "pattern"),
     ({"kind": "word", "pattern": "zut", "category": "nope", "action": "block"}, "category"),
     ({"kind": "word", "pattern": "zut", "category": "abuse", "action": "delete"}, "action"),
     ({"kind": "word", "pattern": "zut", "category": "abuse", "action": "block", "expires_at": "2001-01-01T00:00"}, "expires_at")],
)  # fmt: skip
def test_bad_rules_are_refused(mod_api: Any, body: dict[str, Any], field: str) -> None:
    response = mod_api.post("/api/v1/console/rules", body)

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]
    assert not WatchedRule.objects.exists()


def test_rule_test_box_reports_counts(mod_api: Any) -> None:
    response = mod_api.post(
        "/api/v1/console/rules/test", {"kind": "word", "pattern": "topinambour"}
    )

    assert response.status_code == 200
    assert response.json()["matched"] == 0


def test_moderator_sanctions_and_lifts(mod_api: Any, member: Member) -> None:
    response = mod_api.post(
        f"/api/v1/console/members/{member.pk}/sanctions", {"kind": "mute_24h", "reason": "abuse"}
    )
    assert response.status_code == 201
    sanction_id = response.json()["id"]

    assert mod_api.post(f"/api/v1/console/sanctions/{sanction_id}/lift").json() == {"ok": True}
    assert Sanction.objects.get(pk=sanction_id).lifted_at is not None
    assert (
        mod_api.get(f"/api/v1/console/members/{member.pk}").json()["sanctions"][0]["id"]
        == sanction_id
    )


def test_team_accounts_cannot_be_sanctioned_from_the_console(
    mod_api: Any, second_moderator: Member
) -> None:
    response = mod_api.post(
        f"/api/v1/console/members/{second_moderator.pk}/sanctions",
        {"kind": "ban", "reason": "abuse"},
    )

    assert response.status_code == 403


def test_stats_show_engine_precision_per_category(mod_api: Any, held_item: QueueItem) -> None:
    mod_api.post(f"/api/v1/console/queue/{held_item.pk}/claim")
    mod_api.post(f"/api/v1/console/queue/{held_item.pk}/decide", {"decision": "approve"})

    stats = mod_api.get("/api/v1/console/stats").json()

    assert stats["engine_quality"] == [
        {
            "category": "abuse",
            "confirmed": 0,
            "overturned": 1,
            "missed": 0,
            "precision": 0.0,
            "recall": None,
        }
    ]
    assert stats["my_shift"] == {"revealed": 0, "decided": 1}


def test_viewing_an_item_and_the_audit_log_is_audited(
    mod_api: Any, moderator: Member, held_item: QueueItem
) -> None:
    mod_api.get(f"/api/v1/console/queue/{held_item.pk}")
    mod_api.get("/api/v1/console/audit")

    assert list(AuditEntry.objects.filter(actor_id=moderator.pk).values_list("action", flat=True)) == [
        "view.queue_item", "view.audit_log"
    ]  # fmt: skip
