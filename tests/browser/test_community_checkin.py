"""The community flow in Chromium: a five-step check-in, a reply and support from another
member, the notification and the journal chart, in French and in English, plus axe-core."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from playwright.sync_api import Page, expect

from cocon.community.actions.comments import do_create_comment
from cocon.community.actions.reactions import do_toggle_reaction
from cocon.community.models import Post, Theme
from cocon.community.themes import ensure_themes

WORDS = {
    "fr": {
        "locale": "fr-FR",
        "next": "Suivant",
        "back": "Retour",
        "share": "Partager",
        "step2": "Étape 2 sur 5",
        "message": "Ton message (texte et emoji uniquement)",
        "shared": "Partagé.",
        "replied": "Quelqu’un a répondu à ton message.",
        "support": "1 personne t’a envoyé du soutien.",
        "mood": "Mon humeur",
        "html_error": "enlève les balises HTML",
    },
    "en": {
        "locale": "en-GB",
        "next": "Next",
        "back": "Back",
        "share": "Share",
        "step2": "Step 2 of 5",
        "message": "Your message (text and emoji only)",
        "shared": "Shared.",
        "replied": "Someone replied to your message.",
        "support": "1 person sent you support.",
        "mood": "My mood",
        "html_error": "please remove the HTML tags",
    },
}


def _sign_in(page: Page, member: Any, base_url: str) -> None:
    client = Client()
    client.force_login(member)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base_url}]
    )


@pytest.mark.browser
@pytest.mark.parametrize("language", ["fr", "en"])
def test_member_checks_in_in_five_steps_gets_a_reply_and_support_and_sees_the_journal_chart(
    new_page: Callable[..., Page],
    live_server: Any,
    member_factory: Callable[..., Any],
    language: str,
) -> None:
    words = WORDS[language]
    ensure_themes(Theme)  # the live server's database is flushed between tests
    author = member_factory(pseudonym=f"Lina_{language}", language=language)
    helper = member_factory(pseudonym=f"Sam_{language}", language=language)
    page = new_page(locale=words["locale"])
    _sign_in(page, author, live_server.url)

    page.goto("/checkin/?new=1")
    page.locator('input[name="mood"][value="2"]').check()
    page.get_by_role("button", name=words["next"]).click()
    expect(page.locator(".progress")).to_have_text(words["step2"])
    page.wait_for_url("**/checkin/2/")  # htmx swapped the step in place and pushed the URL
    page.locator('input[name="emotions"][value="stress"]').check()
    page.locator('input[name="emotions"][value="hope"]').check()
    page.get_by_role("button", name=words["next"]).click()
    page.locator('input[name="theme"][value="school"]').check()
    page.get_by_role("button", name=words["back"]).click()
    expect(page.locator('input[name="emotions"][value="hope"]')).to_be_checked()
    page.get_by_role("button", name=words["next"]).click()
    expect(page.locator('input[name="theme"][value="school"]')).to_be_checked()
    page.get_by_role("button", name=words["next"]).click()
    page.locator('input[name="need"][value="encouragement"]').check()
    page.get_by_role("button", name=words["next"]).click()

    # A refusal keeps the text.
    page.get_by_label(words["message"]).fill("Exposé demain <b>stress</b>")
    page.locator('input[name="visibility"][value="community"]').check()
    page.get_by_role("button", name=words["share"]).click()
    expect(page.get_by_role("alert")).to_contain_text(words["html_error"])
    expect(page.get_by_label(words["message"])).to_have_value("Exposé demain <b>stress</b>")
    page.get_by_label(words["message"]).fill("Exposé demain, un peu de stress 😬")
    page.get_by_role("button", name=words["share"]).click()
    expect(page.get_by_role("status").first).to_contain_text(words["shared"])
    post = Post.objects.get(author=author)
    assert (post.mood, post.emotions, post.theme.slug, post.need, post.status) == (
        2,
        ["hope", "stress"],
        "school",
        "encouragement",
        "visible",
    )

    do_create_comment(helper, post, "Tu vas assurer 💪")
    do_toggle_reaction(helper, post, "heart")
    page.goto("/notifications/")
    expect(page.get_by_role("main")).to_contain_text(words["replied"])
    expect(page.get_by_role("main")).to_contain_text(words["support"])
    page.goto("/journal/?days=7")
    expect(
        page.get_by_role(
            "img", name=words["mood"] if language == "en" else "Mon humeur, jour après jour"
        )
    ).to_be_visible()
    assert page.problems.csp_violations == []  # type: ignore[attr-defined]
    assert page.problems.page_errors == []  # type: ignore[attr-defined]


@pytest.mark.browser
def test_community_pages_have_no_serious_accessibility_violations(
    new_page: Callable[..., Page],
    live_server: Any,
    member_factory: Callable[..., Any],
    check_accessibility: Callable[[Page], list[dict[str, Any]]],
) -> None:
    from cocon.community.demo import seed

    seed()
    member = member_factory(pseudonym="Axe_membre")
    page = new_page(bypass_csp=True)
    _sign_in(page, member, live_server.url)
    page.goto("/checkin/?new=1")
    problems = {}
    for step, pick in enumerate(
        [
            'input[name="mood"][value="3"]',
            'input[name="emotions"][value="joy"]',
            'input[name="theme"][value="friends"]',
            'input[name="need"][value="vent"]',
        ],
        start=1,
    ):
        problems[f"checkin {step}"] = check_accessibility(page)
        page.locator(pick).check()
        page.get_by_role("button", name="Suivant").click()
        page.wait_for_url(f"**/checkin/{step + 1}/")
    problems["checkin 5"] = check_accessibility(page)
    page.get_by_label("Ton message (texte et emoji uniquement)").fill("Une journée tranquille 🙂")
    page.locator('input[name="visibility"][value="journal"]').check()
    page.get_by_role("button", name="Partager").click()
    page.wait_for_url("**/journal/")
    problems["journal"] = check_accessibility(page)
    for url in (
        "/feed/",
        "/feed/support/",
        "/notifications/",
        f"/posts/{Post.objects.filter(visibility='community').first().pk}/",
    ):  # type: ignore[union-attr]
        page.goto(url)
        problems[url] = check_accessibility(page)
    assert {name: found for name, found in problems.items() if found} == {}
