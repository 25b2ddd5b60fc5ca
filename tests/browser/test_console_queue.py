"""A moderator works the queue in Chromium: claim, reveal blurred text, decide (CSP-safe JS)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

pytest.importorskip("playwright")

from playwright.sync_api import Page, expect  # noqa: E402

from cocon.accounts.models import Member  # noqa: E402
from cocon.community.models import Notification  # noqa: E402
from cocon.safety.actions.queue import do_enqueue  # noqa: E402
from cocon.safety.models import Exposure, QueueItem  # noqa: E402


def _sign_in(page: Page, someone: Member, base_url: str) -> None:
    client = Client()
    client.force_login(someone)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base_url}]
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_moderator_works_the_queue_in_the_browser(
    new_page: Callable[..., Page],
    live_server: Any,
    moderator: Member,
    member: Member,
) -> None:
    item, _ = do_enqueue(
        "held", severity=90, target_type="community.post", target_id=1, member=member,
        payload={"text": "je vais te retrouver à la sortie", "verdict": {"spans": [{"start": 0, "end": 20, "category": "threat"}]}},
        engine_action="block", engine_categories=["threat"],
    )  # fmt: skip
    page = new_page(mobile=False)
    _sign_in(page, moderator, live_server.url)

    page.goto("/console/")
    page.get_by_role("button", name="Prendre l'élément suivant").click()
    text = page.locator("#content-text")
    expect(text).to_have_class("content-text blurred")
    page.get_by_role("button", name="Ce contenu peut être pénible. Afficher le texte").click()
    expect(text).to_have_class("content-text")
    page.get_by_label("Retirer et avertir").check()
    page.get_by_label("Raison expliquée au membre").select_option("threat")
    page.get_by_role("button", name="Décider").click()

    expect(page.get_by_role("heading", name="Décision enregistrée")).to_be_visible()
    item.refresh_from_db()
    assert (item.status, item.decision, item.engine_outcome) == ("decided", "warn", "confirmed")
    assert Exposure.objects.filter(moderator=moderator, kind="reveal").count() == 1
    assert Notification.objects.get(recipient=member, kind="team").code == "sanction.warn"
    assert page.problems.csp_violations == []  # type: ignore[attr-defined]
    assert page.problems.page_errors == []  # type: ignore[attr-defined]
    assert QueueItem.objects.exclude(status="decided").count() == 0


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_queue_page_shows_new_items_without_a_reload(
    new_page: Callable[..., Page],
    live_server: Any,
    moderator: Member,
    member: Member,
) -> None:
    page = new_page(mobile=False)
    _sign_in(page, moderator, live_server.url)
    page.goto("/console/")
    expect(page.locator("#queue-live")).to_contain_text("La file est vide.")

    do_enqueue(
        "held", severity=90, target_type="community.post", target_id=1, member=member,
        payload={"text": "un message retenu pendant que la page est ouverte"},
        engine_action="hold", engine_categories=["sexual"],
    )  # fmt: skip

    # The page polls every 10 s: the new item appears without navigation.
    expect(page.get_by_role("link", name="Ouvrir")).to_be_visible(timeout=25_000)
    expect(page.locator("#queue-live")).not_to_contain_text("La file est vide.")
    expect(page.locator("#queue-live tbody tr")).to_have_count(1)
    assert page.problems.csp_violations == []  # type: ignore[attr-defined]
    assert page.problems.page_errors == []  # type: ignore[attr-defined]
