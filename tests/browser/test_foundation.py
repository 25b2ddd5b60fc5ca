"""Foundation in a real browser: signup → sign out → sign in → settings → download my data,
in French and in English, on a 360 px wide screen, with accessibility checks."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from cocon.accounts.models import Member

PASSWORD = "une phrase assez longue 42"


@dataclass(frozen=True)
class Words:
    """The visible words a person follows through the flow, in one language."""

    locale: str
    language: str
    welcome: str
    join: str
    pseudonym: str
    password: str
    month: str
    year: str
    country: str
    province: str
    charter_box: str
    screening_box: str
    create: str
    needs_another_look: str
    accept_charter_error: str
    hello: str
    sign_out: str
    signed_out: str
    sign_in: str
    settings: str
    bio: str
    save: str
    saved: str
    my_data: str
    download: str


FRENCH = Words(
    locale="fr-FR",
    language="fr",
    welcome="Bienvenue sur Cocon",
    join="Rejoindre Cocon",
    pseudonym="Pseudo",
    password="Mot de passe",
    month="Mois",
    year="Année",
    country="Pays",
    province="Province (Canada seulement)",
    charter_box="J’ai lu la charte de bienveillance et je l’accepte.",
    screening_box="J’accepte que mes messages soient vérifiés pour protéger tout le monde.",
    create="Créer mon compte",
    needs_another_look="Certaines réponses sont à revoir.",
    accept_charter_error="Lis et accepte la charte de bienveillance.",
    hello="Salut",
    sign_out="Se déconnecter",
    signed_out="Tu es déconnecté·e. À bientôt !",
    sign_in="Se connecter",
    settings="Réglages",
    bio="Quelques mots sur toi (facultatif)",
    save="Enregistrer",
    saved="Tes réglages sont enregistrés.",
    my_data="Mes données",
    download="Télécharger mes données",
)

ENGLISH = Words(
    locale="en-GB",
    language="en",
    welcome="Welcome to Cocon",
    join="Join Cocon",
    pseudonym="Pseudonym",
    password="Password",
    month="Month",
    year="Year",
    country="Country",
    province="Province (Canada only)",
    charter_box="I have read the kindness charter and I accept it.",
    screening_box="I agree that my messages are screened to keep everyone safe.",
    create="Create my account",
    needs_another_look="Some answers need another look.",
    accept_charter_error="Please read and accept the kindness charter.",
    hello="Hello",
    sign_out="Sign out",
    signed_out="You are signed out. See you soon!",
    sign_in="Sign in",
    settings="Settings",
    bio="A few words about you (optional)",
    save="Save",
    saved="Your settings are saved.",
    my_data="My data",
    download="Download my data",
)


def nav(page: Page) -> Any:
    return page.get_by_role("navigation")


def fits_the_screen(page: Page) -> bool:
    return bool(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))


@pytest.mark.browser
@pytest.mark.parametrize("words", [FRENCH, ENGLISH], ids=["french", "english"])
def test_newcomer_signs_up_signs_in_changes_settings_and_downloads_their_data(
    new_page: Callable[..., Page], words: Words, tmp_path: Path
) -> None:
    page = new_page(locale=words.locale)
    pseudonym = f"Lina_{words.language}"
    birth_year = str(timezone.localdate().year - 17)

    # Home, in the browser's language.
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", words.language)
    expect(page.get_by_role("heading", level=1)).to_have_text(words.welcome)
    assert fits_the_screen(page)
    page.get_by_role("main").get_by_role("link", name=words.join).click()

    # Signup: the province is hidden by the script until Canada is chosen.
    expect(page.get_by_role("heading", level=1)).to_have_text(words.join)
    expect(page.get_by_label(words.province)).to_be_hidden()
    page.get_by_label(words.pseudonym).fill(pseudonym)
    page.get_by_label(words.password).fill(PASSWORD)
    page.get_by_label(words.month).select_option("3")
    page.get_by_label(words.year).fill(birth_year)
    page.get_by_label(words.screening_box).check()
    assert fits_the_screen(page)

    # Forgetting the charter: told why, nothing typed is lost except the password.
    page.get_by_role("button", name=words.create).click()
    expect(page.get_by_role("alert")).to_contain_text(words.needs_another_look)
    expect(page.get_by_role("alert")).to_contain_text(words.accept_charter_error)
    expect(page.get_by_label(words.pseudonym)).to_have_value(pseudonym)
    expect(page.get_by_label(words.year)).to_have_value(birth_year)
    expect(page.get_by_label(words.month)).to_have_value("3")
    expect(page.get_by_label(words.screening_box)).to_be_checked()
    expect(page.get_by_label(words.password)).to_have_value("")
    page.get_by_label(words.password).fill(PASSWORD)
    page.get_by_label(words.charter_box).check()
    page.get_by_role("button", name=words.create).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(f"{words.hello} {pseudonym}")
    member = Member.objects.get(pseudonym=pseudonym)
    assert (member.language, member.country, member.has_full_access) == (words.language, "FR", True)

    # Sign out, then back in.
    page.get_by_role("button", name=words.sign_out).click()
    expect(page.get_by_role("status")).to_contain_text(words.signed_out)
    nav(page).get_by_role("link", name=words.sign_in).click()
    page.get_by_label(words.pseudonym).fill(pseudonym.lower())
    page.get_by_label(words.password).fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name=words.sign_in).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{words.hello} {pseudonym}")

    # Settings: move to Québec and write a bio.
    nav(page).get_by_role("link", name=words.settings).click()
    page.get_by_label(words.country).select_option("CA")
    expect(page.get_by_label(words.province)).to_be_visible()
    page.get_by_label(words.province).select_option("QC")
    page.get_by_label(words.bio).fill("J’aime dessiner ✏️")
    page.get_by_role("button", name=words.save, exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(words.saved)
    expect(page.get_by_label(words.province)).to_have_value("QC")

    # Download my data: one JSON file with what was just saved.
    nav(page).get_by_role("link", name=words.my_data).click()
    with page.expect_download() as download_info:
        page.get_by_role("button", name=words.download).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".json")
    saved_to = tmp_path / download.suggested_filename
    download.save_as(saved_to)
    document = json.loads(saved_to.read_text(encoding="utf-8"))
    account = document["account"]
    assert (account["pseudonym"], account["country"], account["province"]) == (
        pseudonym,
        "CA",
        "QC",
    )
    assert account["bio"] == "J’aime dessiner ✏️"
    assert account["language"] == words.language
    assert sorted(c["kind"] for c in account["consents"]) == ["charter", "screening"]

    problems = page.problems  # type: ignore[attr-defined]
    assert problems.csp_violations == []
    assert problems.page_errors == []


@pytest.mark.browser
def test_fourteen_year_old_in_france_waits_for_a_parent_in_the_browser(
    new_page: Callable[..., Page],
) -> None:
    page = new_page()
    page.goto("/signup/")
    page.get_by_label(FRENCH.pseudonym).fill("Jeune_Noa")
    page.get_by_label(FRENCH.password).fill(PASSWORD)
    page.get_by_label(FRENCH.month).select_option("1")
    page.get_by_label(FRENCH.year).fill(str(timezone.localdate().year - 14))
    page.get_by_label(FRENCH.charter_box).check()
    page.get_by_label(FRENCH.screening_box).check()
    page.get_by_role("button", name=FRENCH.create).click()

    expect(page.get_by_role("alert")).to_contain_text(
        "À ton âge, la loi de ton pays demande qu’un parent confirme."
    )
    page.get_by_label(FRENCH.password).fill(PASSWORD)
    page.get_by_label("L’e-mail d’un parent (si tu es jeune)").fill("parent@example.org")
    page.get_by_role("button", name=FRENCH.create).click()

    expect(page.get_by_role("note")).to_contain_text(
        "Ton compte attend la confirmation d’un parent."
    )
    assert Member.objects.get(pseudonym="Jeune_Noa").has_full_access is False


@pytest.mark.browser
def test_language_switcher_changes_the_interface(new_page: Callable[..., Page]) -> None:
    page = new_page()
    page.goto("/charter/")
    expect(page.get_by_role("heading", level=1)).to_have_text("La charte de bienveillance de Cocon")

    page.get_by_label("Langue", exact=True).select_option("en")
    page.get_by_role("button", name="Changer").click()

    expect(page).to_have_url(f"{page.url.split('/charter/')[0]}/charter/")
    expect(page.get_by_role("heading", level=1)).to_have_text("The Cocon kindness charter")


ANONYMOUS_PAGES = ["/", "/signup/", "/login/", "/charter/", "/password/reset/"]
MEMBER_PAGES = ["/", "/settings/", "/privacy/", "/charter/"]


def sign_in(page: Page, pseudonym: str) -> None:
    page.goto("/login/")
    page.get_by_label("Pseudo").fill(pseudonym)
    page.get_by_label("Mot de passe").fill("un-mot-de-passe-solide-42")
    page.get_by_role("main").get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Salut {pseudonym}")


@pytest.mark.browser
@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_pages_have_no_serious_accessibility_violation(
    new_page: Callable[..., Page],
    check_accessibility: Callable[[Page], list[dict[str, Any]]],
    member_factory: Callable[..., Member],
    locale: str,
) -> None:
    page = new_page(locale=locale, bypass_csp=True)
    found: dict[str, list[dict[str, Any]]] = {}
    for path in ANONYMOUS_PAGES:
        page.goto(path)
        found[path] = check_accessibility(page)
        assert fits_the_screen(page), path

    # The signup page with every error shown.
    page.goto("/signup/")
    page.locator("form.form button[type=submit]").click()
    page.get_by_role("alert").wait_for()
    found["/signup/ (errors)"] = check_accessibility(page)

    member_factory(pseudonym="Axe_Test", language=locale[:2])
    page.goto("/login/")
    page.locator("#field-pseudonym").fill("Axe_Test")
    page.locator("#field-password").fill("un-mot-de-passe-solide-42")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/")
    for path in MEMBER_PAGES:
        page.goto(path)
        found[f"{path} (member)"] = check_accessibility(page)
        assert fits_the_screen(page), path

    assert {path: v for path, v in found.items() if v} == {}


@pytest.mark.browser
def test_a_refused_submit_moves_focus_to_the_error_summary(
    new_page: Callable[..., Page], member_factory: Callable[..., Member]
) -> None:
    member_factory(pseudonym="Focus_Lea")
    page = new_page()
    page.goto("/login/")
    page.get_by_label("Pseudo").fill("Focus_Lea")
    page.get_by_label("Mot de passe").fill("pas-le-bon-mot-de-passe")
    page.get_by_role("main").get_by_role("button", name="Se connecter").click()
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("Pseudo ou mot de passe incorrect.")
    expect(summary).to_be_focused()
    assert not page.problems.csp_violations  # type: ignore[attr-defined]
