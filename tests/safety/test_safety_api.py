"""Members' safety API: reports, team messages, appeals; login refused when suspended."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cocon.accounts.models import Member
from cocon.safety.actions.sanctions import do_sanction
from cocon.safety.models import Appeal, QueueItem, Report
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_member_reports_a_post(
    member_api: Any, post_by: Callable[..., Any], member_factory: Callable[..., Member]
) -> None:
    post = post_by(member_factory(pseudonym="Auteur"))

    response = member_api.post(
        "/api/v1/safety/reports",
        {"target_type": "post", "target_id": post.pk, "reason": "harassment"},
    )
    again = member_api.post(
        "/api/v1/safety/reports", {"target_type": "post", "target_id": post.pk, "reason": "spam"}
    )

    assert (response.status_code, again.status_code) == (201, 200)
    assert again.json()["merged"] is True
    assert Report.objects.count() == 1
    assert QueueItem.objects.get(kind="report").target_id == str(post.pk)


def test_member_reports_another_member(
    member_api: Any, member_factory: Callable[..., Member]
) -> None:
    other = member_factory(pseudonym="Autre")

    response = member_api.post(
        "/api/v1/safety/reports",
        {"target_type": "member", "target_id": other.pk, "reason": "worried"},
    )

    assert response.status_code == 201
    assert QueueItem.objects.get(kind="report").member_id == other.pk


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"target_type": "post", "target_id": 999999, "reason": "spam"}, 404, "not_found"),
        ({"target_type": "photo", "target_id": 1, "reason": "spam"}, 400, "invalid"),
        ({"target_type": "post", "target_id": "1; drop", "reason": "spam"}, 400, "invalid"),
        ({"target_type": "post", "target_id": 1, "reason": "<b>x</b>"}, 400, "invalid"),
        (
            {"target_type": "member", "target_id": 1, "reason": "spam", "note": "x" * 501},
            400,
            "invalid",
        ),
    ],
)
def test_bad_reports_are_refused(
    member_api: Any, body: dict[str, Any], status: int, code: str
) -> None:
    response = member_api.post("/api/v1/safety/reports", body)

    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert not Report.objects.exists()


def test_member_cannot_report_themselves(member_api: Any, member: Member) -> None:
    response = member_api.post(
        "/api/v1/safety/reports",
        {"target_type": "member", "target_id": member.pk, "reason": "spam"},
    )

    assert (response.status_code, response.json()["error"]["message"]) == (
        400,
        "Tu ne peux pas te signaler toi-même.",
    )


def test_reporting_is_rate_limited(
    member_api: Any, member_factory: Callable[..., Member], settings: Any
) -> None:
    settings.COCON_RATE_LIMITS = {**settings.COCON_RATE_LIMITS, "report": "2/3600"}
    others = [member_factory() for _ in range(3)]
    codes = [
        member_api.post(
            "/api/v1/safety/reports", {"target_type": "member", "target_id": o.pk, "reason": "spam"}
        ).status_code
        for o in others
    ]

    assert codes == [201, 201, 429]


def test_one_appeal_per_sanction(member_api: Any, member: Member, moderator: Member) -> None:
    sanction = do_sanction(member, "mute_7d", reason="abuse", actor=moderator)

    first = member_api.post(
        f"/api/v1/safety/sanctions/{sanction.pk}/appeal",
        {"text": "Je ne voulais blesser personne."},
    )
    second = member_api.post(f"/api/v1/safety/sanctions/{sanction.pk}/appeal", {"text": "Encore."})

    assert (first.status_code, second.status_code) == (201, 409)
    assert second.json()["error"]["message"] == "Tu as déjà fait un recours contre cette décision."
    assert Appeal.objects.count() == 1


def test_appeal_on_someone_elses_sanction_is_a_404(
    member_api: Any, member_factory: Callable[..., Member], moderator: Member
) -> None:
    sanction = do_sanction(member_factory(), "warn", reason="abuse", actor=moderator)

    assert (
        member_api.post(f"/api/v1/safety/sanctions/{sanction.pk}/appeal", {"text": "x"}).status_code
        == 404
    )


def test_team_messages_come_from_cocon(member_api: Any, member: Member, moderator: Member) -> None:
    do_sanction(member, "warn", reason="abuse", actor=moderator)

    messages = member_api.get("/api/v1/safety/messages").json()["messages"]

    assert [(m["from"], m["code"]) for m in messages] == [("Cocon", "sanction.warn")]
    assert messages[0]["body"] == (
        "L'équipe Cocon t'envoie un avertissement : des insultes ou du dénigrement. "
        "Relis la charte de bienveillance, s'il te plaît."
    )


def test_suspended_member_cannot_get_a_token(api: Any, member: Member, moderator: Member) -> None:
    do_sanction(member, "suspend", reason="threat", actor=moderator)

    response = api.post("/api/v1/auth/login", {"pseudonym": member.pseudonym, "password": PASSWORD})

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "suspended"


def test_report_page_works_without_javascript(
    member: Member, member_factory: Callable[..., Member]
) -> None:
    from django.test import Client

    other = member_factory(pseudonym="Autre")
    client = Client()
    client.login(username=member.pseudonym, password=PASSWORD)

    form = client.get(f"/safety/report/?type=member&id={other.pk}")
    sent = client.post(
        "/safety/report/", {"target_type": "member", "target_id": other.pk, "reason": "harassment"}
    )

    assert "Prévenir l'équipe Cocon" in form.content.decode()
    assert "L'équipe Cocon va lire ton signalement" in sent.content.decode()
    assert Report.objects.get().reporter == member


def test_suspended_member_appeals_without_signing_in(
    api: Any, member: Member, moderator: Member
) -> None:
    sanction = do_sanction(member, "suspend", reason="threat", actor=moderator)

    wrong = api.post(
        "/api/v1/safety/appeals/signed-out",
        {"pseudonym": member.pseudonym, "password": "nope", "text": "x"},
    )
    right = api.post(
        "/api/v1/safety/appeals/signed-out",
        {
            "pseudonym": member.pseudonym,
            "password": PASSWORD,
            "text": "Je m'excuse, c'était une chanson.",
        },
    )

    assert (wrong.status_code, right.status_code) == (401, 201)
    assert Appeal.objects.get().sanction == sanction
    assert QueueItem.objects.get(kind="appeal").member_id == member.pk


def test_member_without_suspension_cannot_use_the_signed_out_appeal(
    api: Any, member: Member
) -> None:
    response = api.post(
        "/api/v1/safety/appeals/signed-out",
        {"pseudonym": member.pseudonym, "password": PASSWORD, "text": "x"},
    )

    assert response.status_code == 404
