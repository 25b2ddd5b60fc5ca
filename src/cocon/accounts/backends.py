"""Authenticate by pseudonym through the same lockout-aware check as the API."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest

from cocon.accounts.actions.login import authenticate_member
from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member


class PseudonymBackend(ModelBackend):
    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Member | None:
        try:
            return authenticate_member(username or kwargs.get("pseudonym") or "", password or "")
        except CoconError:
            return None
