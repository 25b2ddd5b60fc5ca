"""The help directory under /api/v1/help: public reads, SOS for members, partners for the team."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.models import Member
from cocon.resources.models import SosRequest
from cocon.safety.models import AuditEntry

pytestmark = pytest.mark.django_db


def error(response: Any) -> tuple[int, str, str, dict[str, Any]]:
    body = response.json()["error"]
    return response.status_code, body["code"], body["message"], body["fields"]


def test_resources_for_a_country_and_topic_start_with_emergency_numbers(api: Any) -> None:
    response = api.get("/api/v1/help/resources?country=FR&topic=cyberbullying")
    assert response.status_code == 200
    body = response.json()
    assert (body["country"], body["topic"], body["language"]) == ("FR", "cyberbullying", "fr")
    assert [i["phone"] or i["sms"] for i in body["items"]] == [
        "15",
        "112",
        "17",
        "18",
        "114",
        "3018",
    ]
    line = body["items"][-1]
    assert (line["tel"], line["web_link"], line["status"], line["last_verified"]) == (
        "tel:3018",
        "https://3018.fr",
        "secondary",
        "2026-01-01",
    )
    assert line["source"] == "HELP_RESOURCES.md (2026-01) · 3018.fr · presse ou source secondaire"


def test_resources_speak_english_when_asked(api: Any) -> None:
    body = api.get(
        "/api/v1/help/resources?country=CA&province=QC&topic=suicide",
        headers={"Accept-Language": "en"},
    ).json()
    line = next(i for i in body["items"] if i["is_suicide_line"])
    assert (line["hours"], line["cost"], line["kind_label"]) == ("24/7", "Free", "Help line")


def test_emergency_numbers_and_suicide_lines_per_country(api: Any) -> None:
    expected = {
        "country=FR": (["15", "112", "17", "18", "114"], ["3114"]),
        "country=BE": (["112", "101"], ["0800 32 123"]),
        "country=CH": (["144", "112", "117", "118"], ["147", "143"]),
        "country=CA&province=QC": (["911"], ["1 866 APPELLE (277-3553)"]),
        "country=CA&province=ON": (["911"], ["988"]),
        "country=OTHER&language=en": (["999", "911"], ["116 123", "988"]),
    }
    for query, (emergency, lines) in expected.items():
        body = api.get(f"/api/v1/help/emergency?{query}").json()
        assert [e["phone"] or e["sms"] for e in body["emergency"]] == emergency, query
        assert [e["phone"] for e in body["suicide_lines"]] == lines, query


@pytest.mark.parametrize(
    ("query", "status", "code", "field"),
    [
        ("", 400, "country_required", "country"),
        ("country=ZZ", 400, "unknown_country", "country"),
        ("country=%00", 400, "invalid_characters", None),  # refused API-wide by the middleware
        ("country=" + "F" * 5000, 400, "unknown_country", "country"),
        ("country=FR&province=QC", 400, "unknown_province", "province"),
        ("country=FR&topic=<b>", 400, "unknown_topic", "topic"),
        ("country=FR&language=de", 400, "unknown_language", "language"),
    ],
)
def test_bad_queries_get_a_clear_error(
    api: Any, query: str, status: int, code: str, field: str | None
) -> None:
    got_status, got_code, message, fields = error(api.get(f"/api/v1/help/resources?{query}"))
    assert (got_status, got_code, list(fields)) == (status, code, [field] if field else [])
    assert message


def test_unknown_country_message_is_in_french_by_default(api: Any) -> None:
    _status, _code, message, _fields = error(api.get("/api/v1/help/emergency?country=DE"))
    assert (
        message
        == "Nous n’avons pas d’annuaire d’aide pour ce pays. Choisis la France, la Belgique, la Suisse, le Canada ou un autre pays."
    )


def test_survival_kit_sections_and_who_to_call(api: Any) -> None:
    body = api.get("/api/v1/help/survival-kit?country=BE").json()
    assert [s["key"] for s in body["sections"]] == ["now", "evidence", "here", "call", "friend"]
    assert body["sections"][1]["title"] == "Garde des preuves"
    assert [e["phone"] for e in body["who_to_call"]] == ["103", "116 000", "107"]
    assert [e["phone"] for e in body["emergency"]] == ["112", "101"]


def test_topics_are_listed_with_their_labels(api: Any) -> None:
    body = api.get("/api/v1/help/topics", headers={"Accept-Language": "en"}).json()
    assert {"code": "cyberbullying", "label": "Cyberbullying, bullying"} in body


def test_sos_request_by_api_is_recorded_and_audited(member_api: Any, member: Member) -> None:
    first = member_api.post("/api/v1/help/sos", {"message": "besoin de parler"})
    assert first.status_code == 201
    assert (first.json()["created"], first.json()["message"]) == (True, "besoin de parler")
    again = member_api.post("/api/v1/help/sos", {"message": "besoin de parler"})
    assert (again.status_code, again.json()["id"], again.json()["created"]) == (
        200,
        first.json()["id"],
        False,
    )
    assert SosRequest.objects.filter(member=member).count() == 1
    assert (
        AuditEntry.objects.filter(action="resources.sos_requested", actor_id=member.pk).count() == 1
    )


def test_sos_request_without_a_message(member_api: Any) -> None:
    response = member_api.post("/api/v1/help/sos", {})
    assert (response.status_code, response.json()["message"]) == (201, "")


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"message": "<img src=x>"}, 400, "text_only"),
        ({"message": "x" * 501}, 400, "too_long"),
        ({"message": 42}, 422, "invalid"),
        ({"message": ["a"]}, 422, "invalid"),
    ],
)
def test_sos_request_refuses_bad_input_and_records_nothing(
    member_api: Any, payload: dict[str, Any], status: int, code: str
) -> None:
    response = member_api.post("/api/v1/help/sos", payload)
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)
    assert SosRequest.objects.count() == 0


def test_sos_request_refuses_a_broken_body(member_api: Any) -> None:
    response = member_api.post("/api/v1/help/sos", raw=b"\xff\xfe{")
    assert response.status_code in (400, 422)
    assert "error" in response.json()
    assert SosRequest.objects.count() == 0


def test_sos_request_needs_a_member(api: Any) -> None:
    assert error(api.post("/api/v1/help/sos", {}))[:2] == (401, "not_authenticated")
    assert SosRequest.objects.count() == 0


def test_partners_are_for_the_team_only(
    member_api: Any,
    api_for: Callable[[Member], Any],
    moderator: Member,
    partner_factory: Callable[..., Any],
) -> None:
    partner_factory(name="PAEJ Lyon", postcode_prefixes="69", topics=("distress",))
    assert error(member_api.get("/api/v1/help/partners?country=FR"))[:2] == (403, "forbidden")
    body = (
        api_for(moderator)
        .get("/api/v1/help/partners?country=FR&postcode=69003&topic=distress&age=16")
        .json()
    )
    assert [p["name"] for p in body] == ["PAEJ Lyon"]
    assert body[0]["postcode_prefixes"] == ["69"]
