"""The SOS button in Debian's Chromium, with JavaScript switched off: one tap, the numbers,
then "contact me now"."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402
from playwright.sync_api import Browser, Page, expect  # noqa: E402

from cocon.accounts.models import Member  # noqa: E402
from cocon.resources.models import SosRequest  # noqa: E402
from cocon.resources.seed import ensure_directory_seeded  # noqa: E402
from cocon.safety.models import AuditEntry  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _directory() -> None:
    """The flush after a transactional test also removes the seeded directory."""
    ensure_directory_seeded()


@pytest.fixture
def chromium(browser: Browser) -> Browser:
    """The suite's one Chromium (tests/browser/conftest.py): one Playwright loop per process."""
    return browser


@pytest.fixture
def page_for(chromium: Browser, live_server: Any) -> Iterator[Callable[..., Page]]:
    contexts = []

    def make(member: Member | None = None, *, locale: str = "fr-FR") -> Page:
        context = chromium.new_context(
            base_url=live_server.url,
            locale=locale,
            java_script_enabled=False,
            viewport={"width": 360, "height": 740},
        )
        if member is not None:
            client = Client()
            client.force_login(member)
            cookie = client.cookies[settings.SESSION_COOKIE_NAME]
            context.add_cookies(
                [
                    {
                        "name": settings.SESSION_COOKIE_NAME,
                        "value": cookie.value,
                        "url": live_server.url,
                    }
                ]
            )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def test_a_belgian_member_taps_sos_and_asks_the_team_to_contact_them(
    page_for: Callable[..., Page], member_factory: Callable[..., Member]
) -> None:
    member = member_factory(pseudonym="Noa", country="BE")
    page = page_for(member)
    page.goto("/")
    page.get_by_role("link", name="SOS : obtenir de l’aide maintenant").click()
    expect(page.get_by_role("heading", name="Tu as besoin d’aide maintenant")).to_be_visible()
    expect(page.locator(".sos-number__call").first).to_have_text("112")
    expect(page.locator('.sos-number--line a[href="tel:080032123"]')).to_have_text("0800 32 123")
    page.get_by_label("Ce que tu veux nous dire (facultatif)").fill("je ne vais pas bien")
    page.get_by_role("button", name="Demander à l’équipe de me contacter maintenant").click()
    expect(page.get_by_role("status")).to_contain_text("Ta demande est envoyée.")
    sos = SosRequest.objects.get(member=member)
    assert sos.message == "je ne vais pas bien"
    assert (
        AuditEntry.objects.filter(action="resources.sos_requested", target_id=str(sos.pk)).count()
        == 1
    )


def test_a_visitor_from_quebec_sees_the_quebec_line_in_one_tap(
    page_for: Callable[..., Page],
) -> None:
    page = page_for(locale="fr-CA")
    page.goto("/help/survival-kit/")
    page.get_by_role("link", name="SOS : obtenir de l’aide maintenant").click()
    expect(page.locator('a[href="tel:18662773553"]')).to_have_text("1 866 APPELLE (277-3553)")
    expect(page.locator('a[href="sms:535353"]')).to_be_visible()
    expect(page.locator('a[href="tel:911"]')).to_be_visible()
    expect(page.get_by_text("Connecte-toi pour que l’équipe puisse te contacter.")).to_be_visible()
