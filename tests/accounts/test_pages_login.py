"""Sign in, lockout, sign out, password reset and CSRF on the pages."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from cocon.accounts.models import Member

PASSWORD = "un-mot-de-passe-solide-42"


@pytest.mark.django_db
def test_login_signs_in_and_follows_a_safe_next(client: Client, member: Member) -> None:
    response = client.post(
        "/login/", {"pseudonym": "camille", "password": PASSWORD, "next": "/settings/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/settings/"
    assert client.get("/settings/").status_code == 200


@pytest.mark.django_db
def test_login_ignores_a_next_address_outside_cocon(client: Client, member: Member) -> None:
    response = client.post(
        "/login/", {"pseudonym": "Camille", "password": PASSWORD, "next": "https://evil.example/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_wrong_password_keeps_the_pseudonym_and_says_so_in_french(
    client: Client, member: Member
) -> None:
    response = client.post("/login/", {"pseudonym": "Camille", "password": "pas-le-bon-mot"})

    assert response.status_code == 401
    page = response.content.decode()
    assert "Pseudo ou mot de passe incorrect." in page
    assert 'value="Camille"' in page
    assert "pas-le-bon-mot" not in page


@pytest.mark.django_db
def test_login_locks_after_repeated_failures_with_the_lock_message(
    client: Client, member: Member
) -> None:
    for _attempt in range(5):
        assert (
            client.post(
                "/login/", {"pseudonym": "Camille", "password": "faux-mot-de-passe"}
            ).status_code
            == 401
        )

    response = client.post("/login/", {"pseudonym": "Camille", "password": PASSWORD})

    assert response.status_code == 423
    assert (
        "Trop de tentatives. Pour ta sécurité, ce compte est en pause pendant quelques minutes."
        in response.content.decode()
    )
    member.refresh_from_db()
    assert member.locked_until is not None
    assert client.get("/settings/").status_code == 302


@pytest.mark.django_db
def test_login_is_rate_limited(client: Client, member: Member, settings: Any) -> None:
    settings.COCON_RATE_LIMITS = {**settings.COCON_RATE_LIMITS, "login": "1/300"}
    client.post("/login/", {"pseudonym": "Camille", "password": "faux-mot-de-passe"})

    response = client.post("/login/", {"pseudonym": "Camille", "password": PASSWORD})

    assert response.status_code == 429
    assert "Tu vas un peu vite." in response.content.decode()


@pytest.mark.django_db
def test_login_refuses_empty_and_binary_input_with_a_message(
    client: Client, member: Member
) -> None:
    empty = client.post("/login/", {})
    binary = client.post("/login/", {"pseudonym": "Cam\x00ille", "password": PASSWORD})

    assert empty.status_code == 401
    assert "Pseudo ou mot de passe incorrect." in empty.content.decode()
    assert binary.status_code == 400
    assert (
        "Ce texte contient un caractère qui ne peut pas être enregistré." in binary.content.decode()
    )


@pytest.mark.django_db
def test_logout_needs_a_post_and_signs_out(client: Client, member: Member) -> None:
    client.force_login(member)

    confirm = client.get("/logout/")
    assert confirm.status_code == 200
    assert client.get("/settings/").status_code == 200

    response = client.post("/logout/")

    assert response.status_code == 302
    assert client.get("/settings/").status_code == 302
    assert "Tu es déconnecté·e. À bientôt !" in client.get("/").content.decode()


@pytest.mark.django_db
def test_password_reset_sends_a_link_that_sets_a_new_password(
    client: Client, member_factory: Any
) -> None:
    member_factory(pseudonym="Noa", email="noa@example.org")

    response = client.post("/password/reset/", {"email": "NOA@example.org"})

    assert response.status_code == 302
    assert response["Location"] == "/login/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Cocon : choisis un nouveau mot de passe"
    match = re.search(r"https?://[^/]+(/password/reset/[^\s]+/)", mail.outbox[0].body)
    assert match is not None
    form_page = client.get(match.group(1), follow=True)
    assert "Choisis un nouveau mot de passe" in form_page.content.decode()
    new_password = "une-toute-nouvelle-phrase-7"
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert done.status_code == 302
    assert done["Location"] == "/login/"
    assert Member.objects.get(pseudonym="Noa").check_password(new_password)


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_an_unknown_address(client: Client) -> None:
    response = client.post("/password/reset/", {"email": "personne@example.org"}, follow=True)

    assert response.status_code == 200
    assert (
        "Si cette adresse correspond à un compte, un lien est en route."
        in response.content.decode()
    )
    assert mail.outbox == []


@pytest.mark.django_db
def test_password_reset_refuses_a_malformed_address(client: Client) -> None:
    response = client.post("/password/reset/", {"email": "pas une adresse"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Indique une adresse e-mail valide." in page
    assert 'value="pas une adresse"' in page


@pytest.mark.django_db
def test_password_reset_with_a_broken_link_says_so(client: Client) -> None:
    response = client.get("/password/reset/MQ/not-a-token/")

    assert response.status_code == 200
    assert "Ce lien ne fonctionne plus" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "form"),
    [
        ("/signup/", {"pseudonym": "Sans_jeton"}),
        ("/login/", {"pseudonym": "Camille", "password": PASSWORD}),
        ("/logout/", {}),
        ("/settings/", {"bio": "coucou"}),
        ("/privacy/export/", {}),
        ("/privacy/delete/", {"mode": "delete", "password": PASSWORD}),
        ("/language/", {"language": "en"}),
    ],
)
def test_every_form_refuses_a_post_without_csrf_token(
    member: Member, path: str, form: dict[str, str]
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post(path, form)

    assert response.status_code == 403
    assert Member.objects.filter(pk=member.pk, bio="", language="fr").exists()


@pytest.mark.django_db
def test_login_with_the_page_csrf_token_works(member: Member) -> None:
    client = Client(enforce_csrf_checks=True)
    page = client.get("/login/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None

    response = client.post(
        "/login/",
        {"pseudonym": "Camille", "password": PASSWORD, "csrfmiddlewaretoken": token.group(1)},
    )

    assert response.status_code == 302
