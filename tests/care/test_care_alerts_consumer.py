"""The console's WebSocket: staff receive an alert when a case opens; others are refused."""

from __future__ import annotations

from typing import Any

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from cocon.care.actions.cases import do_open_or_join_case
from cocon.config.asgi import application

# Transactional: the WebSocket stack closes "old" connections, which on PostgreSQL would close
# the test transaction. Transactional tests start from an emptied database, so the data that
# migrations seed (themes, help directory) is put back by the fixture below.
pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _seeded_data(transactional_db: Any) -> None:
    from cocon.community.models import Theme
    from cocon.community.themes import ensure_themes
    from cocon.resources.seed import ensure_directory_seeded

    ensure_themes(Theme)
    ensure_directory_seeded()


def session_headers(someone: Any) -> list[tuple[bytes, bytes]]:
    client = Client()
    client.force_login(someone)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    return [
        (b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()),
        (b"origin", b"http://testserver"),
    ]


def test_staff_receive_an_alert_when_a_case_opens(
    member, moderator, django_capture_on_commit_callbacks
):
    def open_case() -> Any:
        # The test transaction never commits: run the on-commit alert as a commit would.
        with django_capture_on_commit_callbacks(execute=True):
            return do_open_or_join_case(
                member, source="verdict", risk="imminent", reasons=["self_harm.plan"]
            )

    async_to_sync(staff_receive_alert)(moderator, open_case)


async def staff_receive_alert(moderator: Any, open_case: Any) -> None:
    headers = await sync_to_async(session_headers)(moderator)
    communicator = WebsocketCommunicator(application, "/ws/care/alerts/", headers=headers)
    connected, _ = await communicator.connect()
    assert connected
    assert await communicator.receive_json_from() == {"type": "hello"}
    case, _ = await sync_to_async(open_case)()
    alert = await communicator.receive_json_from(timeout=5)
    assert (
        alert["type"],
        alert["event"],
        alert["case"]["id"],
        alert["case"]["priority"],
        alert["case"]["member"],
    ) == ("alert", "opened", case.pk, "imminent", "Camille")
    await communicator.disconnect()


def test_members_and_anonymous_are_refused(member):
    async_to_sync(members_refused)(member)


async def members_refused(member: Any) -> None:
    headers = await sync_to_async(session_headers)(member)
    communicator = WebsocketCommunicator(application, "/ws/care/alerts/", headers=headers)
    connected, code = await communicator.connect()
    assert (connected, code) == (False, 4403)
    anonymous = WebsocketCommunicator(
        application, "/ws/care/alerts/", headers=[(b"origin", b"http://testserver")]
    )
    connected, code = await anonymous.connect()
    assert (connected, code) == (False, 4403)
