"""Shared fixtures named after domain nouns; factories take keyword-only arguments."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from hypothesis import settings

from cocon.accounts.actions.tokens import do_create_token
from cocon.accounts.models import Member, Role

PASSWORD = "un-mot-de-passe-solide-42"

# CI draws the same examples on every run, so a landing never hangs on a fresh random draw;
# local runs keep drawing new ones (and `--hypothesis-seed` replays one) to find what CI cannot.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _clear_cache() -> None:
    """Rate-limit counters live in the cache; each test starts with none."""
    cache.clear()


@pytest.fixture
def member_factory(db: Any) -> Callable[..., Member]:
    counter = {"n": 0}

    def make(
        *,
        pseudonym: str | None = None,
        birth_year: int = 2008,
        birth_month: int = 1,
        country: str = "FR",
        province: str = "",
        language: str = "fr",
        email: str = "",
        roles: tuple[str, ...] = (Role.MEMBER,),
        password: str = PASSWORD,
    ) -> Member:
        counter["n"] += 1
        member = Member.objects.create_user(
            pseudonym or f"membre{counter['n']}x",
            password,
            birth_year=birth_year,
            birth_month=birth_month,
            country=country,
            province=province,
            language=language,
            email=email,
        )
        for role in roles:
            member.groups.add(Group.objects.get_or_create(name=role)[0])
        return member

    return make


@pytest.fixture
def member(member_factory: Callable[..., Member]) -> Member:
    return member_factory(pseudonym="Camille")


@pytest.fixture
def moderator(member_factory: Callable[..., Member]) -> Member:
    return member_factory(pseudonym="modo_sam", birth_year=1995, roles=(Role.MODERATOR,))


@pytest.fixture
def care_lead(member_factory: Callable[..., Member]) -> Member:
    return member_factory(
        pseudonym="care_lou", birth_year=1990, roles=(Role.MODERATOR, Role.CARE_LEAD)
    )


class ApiClient:
    """A JSON client that sends a bearer token, as a mobile app would."""

    def __init__(self, token: str | None = None) -> None:
        self.client = Client()
        self.token = token

    def _headers(self, extra: dict[str, str] | None) -> dict[str, str]:
        headers = dict(extra or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def request(
        self,
        method: str,
        path: str,
        data: Any = None,
        *,
        raw: str | bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        body = raw if raw is not None else (json.dumps(data) if data is not None else None)
        func = getattr(self.client, method.lower())
        kwargs: dict[str, Any] = {"headers": self._headers(headers)}
        if body is not None:
            kwargs["data"] = body
            kwargs["content_type"] = "application/json"
        return func(path, **kwargs)

    def get(self, path: str, **kw: Any) -> Any:
        return self.request("GET", path, **kw)

    def post(self, path: str, data: Any = None, **kw: Any) -> Any:
        return self.request("POST", path, data, **kw)

    def patch(self, path: str, data: Any = None, **kw: Any) -> Any:
        return self.request("PATCH", path, data, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        return self.request("DELETE", path, **kw)


@pytest.fixture
def api() -> ApiClient:
    return ApiClient()


@pytest.fixture
def member_api(member: Member) -> ApiClient:
    _token, raw = do_create_token(member)
    return ApiClient(raw)


@pytest.fixture
def api_for() -> Callable[[Member], ApiClient]:
    def make(someone: Member) -> ApiClient:
        return ApiClient(do_create_token(someone)[1])

    return make
