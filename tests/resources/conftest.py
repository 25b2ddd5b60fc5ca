"""Fixtures for the help directory: an administrator, a partner factory, a signal recorder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client

from cocon.accounts.models import Member, Role
from cocon.resources.models import Partner
from cocon.resources.signals import sos_requested


@pytest.fixture
def administrator(member_factory: Callable[..., Member]) -> Member:
    admin = member_factory(pseudonym="admin_ana", birth_year=1990, roles=(Role.ADMINISTRATOR,))
    admin.is_staff = True
    admin.save()
    return admin


@pytest.fixture
def admin_client(administrator: Member) -> Client:
    client = Client()
    client.force_login(administrator)
    return client


@pytest.fixture
def member_client(member: Member) -> Client:
    client = Client()
    client.force_login(member)
    return client


@pytest.fixture
def sos_signals() -> Iterator[list[dict[str, Any]]]:
    """Record every ``sos_requested`` signal sent during the test.

    Other apps' receivers (the care app opens a case) are detached meanwhile: these tests
    check the resources side of the contract, the care tests check what a receiver does.
    """
    received: list[dict[str, Any]] = []

    def receiver(sender: Any, **kwargs: Any) -> None:
        received.append(kwargs)

    others = sos_requested.receivers
    sos_requested.receivers = []
    sos_requested.sender_receivers_cache.clear()
    sos_requested.connect(receiver, dispatch_uid="test-sos-recorder")
    yield received
    sos_requested.receivers = others
    sos_requested.sender_receivers_cache.clear()


@pytest.fixture
def partner_factory(db: Any) -> Callable[..., Partner]:
    def make(
        *,
        name: str = "Espace Santé Jeunes",
        country: str = "FR",
        region: str = "",
        postcode_prefixes: str = "",
        topics: tuple[str, ...] = (),
        age_min: int | None = None,
        age_max: int | None = None,
        active: bool = True,
    ) -> Partner:
        return Partner.objects.create(
            name=name,
            country=country,
            region=region,
            postcode_prefixes=postcode_prefixes,
            topics=list(topics),
            age_min=age_min,
            age_max=age_max,
            contact="01 00 00 00 00",
            hours="lun–ven",
            active=active,
        )

    return make
