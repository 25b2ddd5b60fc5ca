"""API authentication: a bearer token (mobile apps) or the page session with its CSRF token."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import translation
from ninja.security import HttpBearer, SessionAuth

from cocon.accounts.actions.tokens import member_for_token


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        member = member_for_token(token)
        if member is not None:
            request.user = member
            request.api_token = token  # type: ignore[attr-defined]
            # The locale middleware ran before the token was read: the profile language wins.
            translation.activate(member.language)
            request.LANGUAGE_CODE = member.language
        return member


class MemberSessionAuth(SessionAuth):
    """The browser session; ninja checks the CSRF token on unsafe methods."""

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = request.user
        return user if user.is_authenticated and user.is_active else None


member_auth = [TokenAuth(), MemberSessionAuth()]
