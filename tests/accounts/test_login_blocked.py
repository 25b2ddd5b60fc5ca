"""A suspended or banned member with the right password learns why, in their language, and how
to appeal; with a wrong password nothing is revealed. Page and API share one action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from cocon.accounts.models import ApiToken, Member
from cocon.safety.actions.sanctions import do_appeal, do_decide_appeal, do_sanction
from cocon.safety.models import Appeal, Sanction, SanctionKind

PASSWORD = "un-mot-de-passe-solide-42"
WRONG = "pas-le-bon-mot-de-passe"

TEXT = {
    "fr": {
        "wrong": "Pseudo ou mot de passe incorrect.",
        "suspended": "Ton compte est suspendu le temps que l'équipe Cocon regarde ce qui s'est passé.",
        "until": "Ton compte est suspendu jusqu'au 3 décembre 2026 à 18:30.",
        "banned": "Ton compte a été fermé à la suite d'un bannissement",
        "can_appeal": "tu peux demander à l'équipe de réexaminer la décision, une seule fois.",
        "pending": "On a bien reçu ta demande de réexamen",
        "decided": "L'équipe a réexaminé la décision et l'a maintenue.",
        "form": "Demander un réexamen",
        "sent": "Ta demande de réexamen est envoyée.",
        "appeal_empty": "Explique en 1 à 2000 caractères pourquoi tu fais appel.",
    },
    "en": {
        "wrong": "Pseudonym or password incorrect.",
        "suspended": "Your account is suspended while the Cocon team looks at what happened.",
        "until": "Your account is suspended until 6:30 p.m. on Dec. 3, 2026. You can sign in",
        "banned": "Your account has been closed after a ban",
        "can_appeal": "you can ask the team to look at the decision again, once.",
        "pending": "We have your request for a review",
        "decided": "The team has looked at the decision again and kept it.",
        "form": "Ask for a review",
        "sent": "Your request for a review has been sent.",
        "appeal_empty": "Tell us in 1 to 2000 characters why you appeal.",
    },
}
UNTIL = dt.datetime(2026, 12, 3, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def html(text: str) -> str:
    return text.replace("'", "&#x27;")


def page_text(response: Any) -> str:
    return response.content.decode().replace("&#x27;", "'")


@pytest.fixture
def blocked(member_factory: Callable[..., Member]) -> Callable[..., Member]:
    def make(kind: str, *, language: str = "fr", expires_at: dt.datetime | None = None) -> Member:
        someone = member_factory(pseudonym=f"Eden_{language}", language=language)
        sanction = do_sanction(someone, kind, reason="harassment")
        if expires_at is not None:
            Sanction.objects.filter(pk=sanction.pk).update(expires_at=expires_at)
        return someone

    return make


def login_page(client: Client, pseudonym: str, password: str, **headers: str) -> Any:
    return client.post("/login/", {"pseudonym": pseudonym, "password": password}, **headers)


def login_api(client: Client, pseudonym: str, password: str) -> Any:
    return client.post(
        "/api/v1/auth/login",
        {"pseudonym": pseudonym, "password": password},
        content_type="application/json",
    )


# Nothing is revealed without the right password.


@pytest.mark.parametrize("kind", [SanctionKind.SUSPEND, SanctionKind.BAN])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_wrong_password_reveals_nothing_on_the_page_or_the_api(
    blocked: Callable[..., Member], kind: str, language: str
) -> None:
    someone = blocked(kind, language=language)
    accept = "fr" if language == "fr" else "en"

    page = Client(headers={"accept-language": accept}).post(
        "/login/", {"pseudonym": someone.pseudonym, "password": WRONG}
    )
    api = Client(headers={"accept-language": accept}).post(
        "/api/v1/auth/login",
        {"pseudonym": someone.pseudonym, "password": WRONG},
        content_type="application/json",
    )

    assert page.status_code == 401
    assert TEXT[language]["wrong"] in page_text(page)
    for key in ("suspended", "banned", "form"):
        assert TEXT[language][key] not in page_text(page)
    assert api.status_code == 401
    assert api.json() == {
        "error": {"code": "invalid_credentials", "message": TEXT[language]["wrong"], "fields": {}}
    }
    assert Client().get("/login/").status_code == 200
    assert "login_blocked" not in page.wsgi_request.session


# The page.


@pytest.mark.parametrize("language", ["fr", "en"])
def test_page_tells_a_suspended_member_kindly_and_offers_the_appeal_in_their_language(
    blocked: Callable[..., Member], language: str
) -> None:
    someone = blocked(SanctionKind.SUSPEND, language=language)

    # The browser asks for the other language: the member's own wins once the password is right.
    other = "en" if language == "fr" else "fr"
    response = login_page(Client(headers={"accept-language": other}), someone.pseudonym, PASSWORD)

    assert response.status_code == 403
    text = page_text(response)
    assert TEXT[language]["suspended"] in text
    assert TEXT[language]["can_appeal"] in text
    assert TEXT[language]["form"] in text
    assert 'name="intent" value="appeal"' in text
    assert TEXT[language]["wrong"] not in text
    assert response["Content-Language"] == language
    assert f'<html lang="{language}"' in text
    assert "_auth_user_id" not in response.wsgi_request.session


@pytest.mark.parametrize("language", ["fr", "en"])
def test_page_gives_the_end_date_of_a_timed_suspension(
    blocked: Callable[..., Member], language: str
) -> None:
    someone = blocked(SanctionKind.SUSPEND, language=language, expires_at=UNTIL)

    response = login_page(Client(), someone.pseudonym, PASSWORD)

    assert response.status_code == 403
    assert TEXT[language]["until"] in page_text(response)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_page_tells_a_banned_member_the_account_is_closed(
    blocked: Callable[..., Member], language: str
) -> None:
    someone = blocked(SanctionKind.BAN, language=language)

    response = login_page(Client(), someone.pseudonym, PASSWORD)

    assert response.status_code == 403
    text = page_text(response)
    assert TEXT[language]["banned"] in text
    assert TEXT[language]["can_appeal"] in text


def test_page_appeal_is_recorded_once_then_the_login_says_it_is_being_read(
    blocked: Callable[..., Member],
) -> None:
    someone = blocked(SanctionKind.BAN)
    client = Client()
    login_page(client, someone.pseudonym, PASSWORD)

    sent = client.post("/login/", {"intent": "appeal", "text": "Ce n'était pas moi, je t'assure."})

    assert sent.status_code == 302
    assert sent["Location"] == "/login/"
    assert TEXT["fr"]["sent"] in page_text(client.get("/login/"))
    appeal = Appeal.objects.get()
    assert (appeal.sanction.member_id, appeal.text) == (
        someone.pk,
        "Ce n'était pas moi, je t'assure.",
    )
    # A second send (double click, back button) adds nothing.
    again = client.post("/login/", {"intent": "appeal", "text": "Encore moi."})
    assert again.status_code == 302
    assert Appeal.objects.count() == 1
    # The next login with the right password says the request is being read, without a form.
    response = login_page(client, someone.pseudonym, PASSWORD)
    text = page_text(response)
    assert TEXT["fr"]["pending"] in text
    assert 'name="intent" value="appeal"' not in text


def test_page_appeal_refuses_an_empty_text_and_keeps_the_form(
    blocked: Callable[..., Member],
) -> None:
    someone = blocked(SanctionKind.SUSPEND, language="en")
    client = Client()
    login_page(client, someone.pseudonym, PASSWORD)

    refused = client.post("/login/", {"intent": "appeal", "text": "   "})
    too_long = client.post("/login/", {"intent": "appeal", "text": "x" * 2500})

    assert refused.status_code == 400
    assert TEXT["en"]["appeal_empty"] in page_text(refused)
    assert 'aria-invalid="true"' in page_text(refused)
    assert too_long.status_code == 400
    assert "x" * 2500 in page_text(too_long)
    assert Appeal.objects.count() == 0


def test_page_appeal_without_a_fresh_refused_login_is_not_possible(
    blocked: Callable[..., Member],
) -> None:
    someone = blocked(SanctionKind.BAN)

    anyone = Client()
    stranger = anyone.post("/login/", {"intent": "appeal", "text": "Laissez-moi revenir."})
    wrong = Client()
    login_page(wrong, someone.pseudonym, WRONG)
    after_wrong = wrong.post("/login/", {"intent": "appeal", "text": "Laissez-moi revenir."})
    stale = Client()
    login_page(stale, someone.pseudonym, PASSWORD)
    session = stale.session
    session["login_blocked"] = {**session["login_blocked"], "at": 0}
    session.save()
    after_stale = stale.post("/login/", {"intent": "appeal", "text": "Laissez-moi revenir."})

    for response in (stranger, after_wrong, after_stale):
        assert response.status_code == 302
        assert response["Location"] == "/login/"
    assert "Connecte-toi à nouveau pour demander un réexamen." in page_text(anyone.get("/login/"))
    assert Appeal.objects.count() == 0


def test_page_appeal_needs_the_csrf_token(blocked: Callable[..., Member]) -> None:
    someone = blocked(SanctionKind.BAN)
    client = Client(enforce_csrf_checks=True)
    form = client.get("/login/")
    token = client.cookies["csrftoken"].value
    assert form.status_code == 200
    login_page(client, someone.pseudonym, PASSWORD, **{"HTTP_X_CSRFTOKEN": token})

    refused = client.post("/login/", {"intent": "appeal", "text": "Je voudrais revenir."})
    accepted = client.post(
        "/login/",
        {"intent": "appeal", "text": "Je voudrais revenir.", "csrfmiddlewaretoken": token},
    )

    assert refused.status_code == 403
    assert accepted.status_code == 302
    assert Appeal.objects.count() == 1


def test_page_after_an_upheld_appeal_says_the_decision_stands(
    blocked: Callable[..., Member], moderator: Member
) -> None:
    someone = blocked(SanctionKind.BAN, language="en")
    appeal = do_appeal(Sanction.objects.get(member=someone), text="Please")
    do_decide_appeal(appeal, moderator=moderator, uphold=True)

    response = login_page(Client(), someone.pseudonym, PASSWORD)

    text = page_text(response)
    assert TEXT["en"]["decided"] in text
    assert 'name="intent" value="appeal"' not in text


def test_page_signs_in_again_once_the_sanction_is_over(
    blocked: Callable[..., Member],
) -> None:
    someone = blocked(SanctionKind.SUSPEND, expires_at=timezone.now() - dt.timedelta(minutes=1))

    response = login_page(Client(), someone.pseudonym, PASSWORD)

    assert response.status_code == 302


# The API.


@pytest.mark.parametrize("language", ["fr", "en"])
def test_api_tells_a_suspended_member_until_when_and_how_to_appeal(
    blocked: Callable[..., Member], language: str
) -> None:
    someone = blocked(SanctionKind.SUSPEND, language=language, expires_at=UNTIL)

    response = login_api(Client(), someone.pseudonym, PASSWORD)

    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "suspended"
    assert error["message"].startswith(TEXT[language]["until"])
    assert error["message"].endswith(TEXT[language]["can_appeal"])
    assert error["fields"] == {}
    sanction = error["sanction"]
    assert dt.datetime.fromisoformat(sanction.pop("until")) == UNTIL
    assert sanction == {
        "id": Sanction.objects.get(member=someone).pk,
        "kind": "suspend",
        "appeal": "available",
        "appeal_path": "/api/v1/safety/appeals/signed-out",
    }
    assert not ApiToken.objects.filter(member=someone, revoked_at__isnull=True).exists()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_api_tells_a_banned_member_and_then_that_the_appeal_is_read(
    blocked: Callable[..., Member], language: str
) -> None:
    someone = blocked(SanctionKind.BAN, language=language)
    first = login_api(Client(), someone.pseudonym, PASSWORD).json()["error"]

    appealed = Client().post(
        "/api/v1/safety/appeals/signed-out",
        {"pseudonym": someone.pseudonym, "password": PASSWORD, "text": "Je regrette."},
        content_type="application/json",
    )
    second = login_api(Client(), someone.pseudonym, PASSWORD).json()["error"]

    assert (first["code"], first["sanction"]["kind"], first["sanction"]["until"]) == (
        "banned",
        "ban",
        None,
    )
    assert TEXT[language]["banned"] in first["message"]
    assert appealed.status_code == 201
    assert TEXT[language]["pending"] in second["message"]
    assert (second["sanction"]["appeal"], second["sanction"]["appeal_path"]) == ("pending", None)


def test_page_appeal_sent_meanwhile_elsewhere_is_not_recorded_twice(
    blocked: Callable[..., Member],
) -> None:
    someone = blocked(SanctionKind.SUSPEND)
    client = Client()
    login_page(client, someone.pseudonym, PASSWORD)
    do_appeal(Sanction.objects.get(member=someone), text="Depuis l'application.")

    response = client.post("/login/", {"intent": "appeal", "text": "Depuis la page."})

    assert response.status_code == 409
    assert "Tu as déjà fait un recours contre cette décision." in page_text(response)
    assert 'name="intent" value="appeal"' not in page_text(response)
    assert list(Appeal.objects.values_list("text", flat=True)) == ["Depuis l'application."]


def test_suspension_end_is_told_on_the_members_own_clock(
    member_factory: Callable[..., Member], client: Client
) -> None:
    """18:30 in Paris is 12:30 in Montréal: a member in Québec reads her own time."""
    someone = member_factory(pseudonym="Eden_qc", country="CA", province="QC", language="fr")
    sanction = do_sanction(someone, SanctionKind.SUSPEND, reason="harassment")
    Sanction.objects.filter(pk=sanction.pk).update(expires_at=UNTIL)
    text = page_text(login_page(client, "Eden_qc", PASSWORD))
    assert "Ton compte est suspendu jusqu'au 3 décembre 2026 à 12:30." in text
    body = login_api(client, "Eden_qc", PASSWORD).json()
    assert "12:30" in body["error"]["message"]


def test_member_timezone_follows_country_and_province(
    member_factory: Callable[..., Member],
) -> None:
    from cocon.accounts.timezones import member_timezone

    zones = {
        ("FR", ""): "Europe/Paris",
        ("BE", ""): "Europe/Brussels",
        ("CH", ""): "Europe/Zurich",
        ("CA", "QC"): "America/Toronto",
        ("CA", "NB"): "America/Moncton",
        ("CA", "OTHER"): "America/Toronto",
    }
    for (country, province), zone in zones.items():
        member = member_factory(country=country, province=province)
        assert str(member_timezone(member)) == zone
    elsewhere = member_factory(country="OTHER")
    assert str(member_timezone(elsewhere)) == str(timezone.get_default_timezone())
