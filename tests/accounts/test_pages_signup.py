"""The signup page: success, every refusal keeps what was typed, parents below the consent age."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from cocon.accounts.models import Consent, Member
from cocon.safety.models import AuditEntry

PASSWORD = "un-mot-de-passe-solide-42"


def birth_year_for(age: int) -> int:
    """Return the birth year of someone born in January who is ``age`` today."""
    return timezone.localdate().year - age


def signup_form(**overrides: Any) -> dict[str, str]:
    form = {
        "pseudonym": "Léa_douce",
        "password": PASSWORD,
        "birth_year": str(birth_year_for(17)),
        "birth_month": "1",
        "country": "FR",
        "province": "",
        "language": "fr",
        "email": "lea@example.org",
        "parent_email": "",
        "accept_charter": "on",
        "accept_screening": "on",
    }
    form.update(overrides)
    return form


@pytest.mark.django_db
def test_signup_page_is_in_french_by_default(client: Client) -> None:
    response = client.get("/signup/")

    assert response.status_code == 200
    assert response["Content-Language"] == "fr"
    page = response.content.decode()
    assert "<h1>Rejoindre Cocon</h1>" in page
    assert "France : moins de 15 ans" in page
    assert "Avant que quiconque voie ce que tu écris" in page
    assert 'href="/charter/"' in page


@pytest.mark.django_db
def test_signup_creates_member_with_consents_signs_in_and_audits(client: Client) -> None:
    response = client.post("/signup/", signup_form())

    assert response.status_code == 302
    assert response["Location"] == "/"
    member = Member.objects.get()
    assert member.pseudonym == "Léa_douce"
    assert member.email == "lea@example.org"
    assert member.has_full_access is True
    assert sorted(Consent.objects.filter(member=member).values_list("kind", flat=True)) == [
        "charter",
        "screening",
    ]
    assert list(AuditEntry.objects.values_list("action", flat=True)) == ["account.signup"]
    home = client.get("/").content.decode()
    assert "Salut Léa_douce" in home
    assert "Bienvenue sur Cocon, Léa_douce !" in home
    assert "attend la confirmation" not in home


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"pseudonym": "ab"}, "pseudonym", "Ton pseudo doit compter de 3 à 24 caractères."),
        (
            {"pseudonym": "<b>moi</b>"},
            "pseudonym",
            "Utilise seulement des lettres, des chiffres et les signes _ . - dans ton pseudo.",
        ),
        (
            {"pseudonym": "lea.gmail.com"},
            "pseudonym",
            "Pour te protéger, un pseudo ne peut pas être une adresse e-mail ni un numéro de téléphone.",
        ),
        ({"password": "court"}, "password", "Ce mot de passe est trop court."),
        (
            {"birth_year": "", "birth_month": ""},
            "birth_year",
            "Indique ton mois et ton année de naissance.",
        ),
        (
            {"birth_year": str(birth_year_for(11))},
            "birth_year",
            "Cocon est fait pour les personnes de 13 à 25 ans.",
        ),
        (
            {"birth_year": str(birth_year_for(30))},
            "birth_year",
            "Cocon est un espace pour les personnes de 13 à 25 ans.",
        ),
        ({"country": "ZZ"}, "country", "Choisis ton pays dans la liste."),
        ({"country": "CA", "province": ""}, "province", "Choisis ta province."),
        ({"language": "de"}, "language", "Choisis le français ou l’anglais."),
        ({"email": "pas-une-adresse"}, "email", "Cette adresse e-mail ne semble pas correcte."),
        ({"accept_charter": ""}, "accept_charter", "Lis et accepte la charte de bienveillance."),
        (
            {"accept_screening": ""},
            "accept_screening",
            "Cocon ne peut protéger tout le monde que si les messages sont vérifiés.",
        ),
        (
            {"email": "lea\x00@example.org"},
            "email",
            "Ce texte contient un caractère qui ne peut pas être enregistré.",
        ),
    ],
)
def test_signup_refusal_shows_the_message_and_keeps_everything_typed(
    client: Client, overrides: dict[str, str], field: str, message: str
) -> None:
    form = signup_form(**overrides)

    response = client.post("/signup/", form)

    assert response.status_code == 400
    assert Member.objects.count() == 0
    page = response.content.decode()
    assert "Certaines réponses sont à revoir." in page
    assert message in page
    assert f'id="{field}-error"' in page
    assert f'href="#field-{field}"' in page
    assert PASSWORD not in page
    if field != "pseudonym":
        assert 'value="Léa_douce"' in page
    if field not in {"email"}:
        assert 'value="lea@example.org"' in page
    if field not in {"birth_year"}:
        assert f'value="{form["birth_year"]}"' in page
    if form["accept_charter"]:
        assert 'name="accept_charter" type="checkbox" value="on" checked' in page


@pytest.mark.django_db
def test_signup_with_a_taken_look_alike_pseudonym_is_refused(
    client: Client, member_factory: Any
) -> None:
    member_factory(pseudonym="lea_douce")

    response = client.post("/signup/", signup_form(pseudonym="Léa_douce"))

    assert response.status_code == 400
    assert (
        "Ce pseudo, ou un pseudo qui lui ressemble beaucoup, est déjà pris."
        in response.content.decode()
    )
    assert Member.objects.count() == 1


@pytest.mark.django_db
def test_double_submitted_signup_creates_one_account(client: Client) -> None:
    first = client.post("/signup/", signup_form())
    client.logout()
    second = client.post("/signup/", signup_form())

    assert first.status_code == 302
    assert second.status_code == 400
    assert Member.objects.count() == 1


@pytest.mark.django_db
def test_fourteen_year_old_in_france_must_give_a_parent_email(client: Client) -> None:
    response = client.post("/signup/", signup_form(birth_year=str(birth_year_for(14))))

    assert response.status_code == 400
    assert (
        "À ton âge, la loi de ton pays demande qu’un parent confirme." in response.content.decode()
    )
    assert Member.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_fourteen_year_old_in_france_waits_for_the_parent_and_sees_the_banner(
    client: Client,
) -> None:
    response = client.post(
        "/signup/",
        signup_form(birth_year=str(birth_year_for(14)), parent_email="parent@example.org"),
    )

    assert response.status_code == 302
    member = Member.objects.get()
    assert member.parental_consent_required is True
    assert member.has_full_access is False
    assert [m.to for m in mail.outbox] == [["parent@example.org"]]
    assert mail.outbox[0].subject == "Cocon : merci de confirmer le compte de votre enfant"
    home = client.get("/").content.decode()
    assert "Ton compte attend la confirmation d’un parent." in home
    assert "seules les pages d’aide te sont ouvertes" in home
    assert "Nous avons envoyé un e-mail à ton parent." in home


@pytest.mark.django_db
def test_fourteen_year_old_in_belgium_needs_no_parent(client: Client) -> None:
    response = client.post(
        "/signup/", signup_form(birth_year=str(birth_year_for(14)), country="BE")
    )

    assert response.status_code == 302
    member = Member.objects.get()
    assert member.parental_consent_required is False
    assert member.parent_email == ""
    assert "attend la confirmation" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_signup_in_english_signs_in_an_english_member(client: Client) -> None:
    response = client.post(
        "/signup/", signup_form(language="en"), headers={"accept-language": "en"}
    )

    assert response.status_code == 302
    assert Member.objects.get().language == "en"
    assert "Hello Léa_douce" in client.get("/").content.decode()


@pytest.mark.django_db
def test_signup_errors_are_in_english_for_an_english_browser(client: Client) -> None:
    response = client.post(
        "/signup/", signup_form(pseudonym="ab"), headers={"accept-language": "en"}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "Your pseudonym needs 3 to 24 characters." in page
    assert "Some answers need another look." in page


@pytest.mark.django_db
def test_signup_is_rate_limited_per_address(client: Client, settings: Any) -> None:
    settings.COCON_RATE_LIMITS = {**settings.COCON_RATE_LIMITS, "signup": "2/3600"}
    client.post("/signup/", signup_form(pseudonym="ab"))
    client.post("/signup/", signup_form(pseudonym="ab"))

    response = client.post("/signup/", signup_form())

    assert response.status_code == 429
    page = response.content.decode()
    assert "Tu vas un peu vite. Attends un petit moment et réessaie." in page
    assert 'value="Léa_douce"' in page
    assert Member.objects.count() == 0


@pytest.mark.django_db
def test_signed_in_member_is_sent_home_from_signup(client: Client, member: Member) -> None:
    client.force_login(member)

    response = client.get("/signup/")

    assert response.status_code == 302
    assert response["Location"] == "/"
