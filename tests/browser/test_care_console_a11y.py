"""Accessibility of the care console and the member's care inbox: axe-core, no serious or
critical violation, in French and in English, on a phone and on a desk screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from playwright.sync_api import Page

from cocon.accounts.models import Member, Role
from cocon.care.actions.cases import do_open_or_join_case
from cocon.care.actions.duty import do_set_on_duty
from cocon.care.actions.messages import do_send_member_message, do_send_team_message
from cocon.care.actions.referrals import do_record_referral, do_set_referral_outcome
from cocon.resources.models import Partner


def _sign_in(page: Page, member: Member, base_url: str) -> None:
    client = Client()
    client.force_login(member)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base_url}]
    )


@pytest.mark.browser
@pytest.mark.parametrize(
    ("language", "mobile"), [("fr", True), ("en", False)], ids=["fr-phone", "en-desk"]
)
def test_care_console_and_inbox_have_no_serious_accessibility_violations(
    new_page: Callable[..., Page],
    live_server: Any,
    member_factory: Callable[..., Member],
    check_accessibility: Callable[[Page], list[dict[str, Any]]],
    language: str,
    mobile: bool,
) -> None:
    lead = member_factory(
        pseudonym=f"resp_{language}",
        birth_year=1990,
        language=language,
        roles=(Role.MODERATOR, Role.CARE_LEAD),
    )
    author = member_factory(pseudonym=f"Alix_{language}", language=language)
    do_set_on_duty(lead, True)
    case, _opened = do_open_or_join_case(
        author,
        source="verdict",
        risk="high",
        reasons=("self_harm.ideation",),
        content_type="community.post",
        content_id=1,
    )
    quiet, _opened = do_open_or_join_case(
        member_factory(pseudonym=f"Sacha_{language}", language=language),
        source="sos",
        risk="moderate",
    )
    do_send_member_message(author, "Je ne sais pas trop à qui parler ce soir.")
    do_send_team_message(lead, case, "Bonjour, c'est l'équipe. Est-ce que tu es en sécurité ?")
    partner = Partner.objects.create(name="Maison des ados", country="FR")
    referral = do_record_referral(lead, case, partner=partner, consent=True, consent_note="oral")
    do_set_referral_outcome(lead, referral, "Rendez-vous pris pour jeudi.")
    do_record_referral(lead, case, partner=partner, consent=False)

    page = new_page(locale=f"{language}-FR", mobile=mobile, bypass_csp=True)
    _sign_in(page, lead, live_server.url)
    problems: dict[str, list[dict[str, Any]]] = {}
    for name, url in (
        ("console inbox", "/care/"),
        ("case", f"/care/cases/{case.pk}/"),
        ("case, first contact template", f"/care/cases/{case.pk}/?template=first_contact"),
        ("case, contact details", f"/care/cases/{case.pk}/?contact=1"),
        ("quiet case", f"/care/cases/{quiet.pk}/"),
        ("metrics", "/care/metrics/"),
    ):
        response = page.goto(url)
        assert response is not None and response.status == 200, (name, response)
        problems[name] = check_accessibility(page)

    # A refused referral outcome shows its error next to the form.
    page.goto(f"/care/cases/{case.pk}/")
    page.locator(f"#care-referral-outcome-{referral.pk}").fill("<b>non</b>")
    page.locator(f"#referral-{referral.pk} button[type=submit]").click()
    page.wait_for_selector(f"#care-referral-error-{referral.pk}")
    problems["case, refused outcome"] = check_accessibility(page)

    member_page = new_page(locale=f"{language}-FR", mobile=mobile, bypass_csp=True)
    _sign_in(member_page, author, live_server.url)
    response = member_page.goto("/care/inbox/")
    assert response is not None and response.status == 200
    problems["member inbox"] = check_accessibility(member_page)

    assert {name: found for name, found in problems.items() if found} == {}
    assert page.problems.page_errors == []  # type: ignore[attr-defined]


@pytest.mark.browser
def test_blocked_login_with_its_appeal_form_has_no_serious_accessibility_violations(
    new_page: Callable[..., Page],
    live_server: Any,
    member_factory: Callable[..., Member],
    check_accessibility: Callable[[Page], list[dict[str, Any]]],
) -> None:
    from cocon.safety.actions.sanctions import do_sanction

    someone = member_factory(pseudonym="Eden_axe")
    do_sanction(someone, "suspend", reason="harassment")
    page = new_page(bypass_csp=True)
    page.goto("/login/")
    page.get_by_label("Pseudo").fill(someone.pseudonym)
    page.get_by_label("Mot de passe").fill("un-mot-de-passe-solide-42")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_selector("#login-appeal-title")
    problems = {"blocked": check_accessibility(page)}
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.wait_for_selector("#field-text-error")
    problems["appeal refused"] = check_accessibility(page)
    page.get_by_label("Ta demande").fill(
        "Je pense que c'est une erreur, je n'ai rien dit de méchant."
    )
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.wait_for_selector("text=Ta demande de réexamen est envoyée.")
    problems["appeal sent"] = check_accessibility(page)

    assert {name: found for name, found in problems.items() if found} == {}
