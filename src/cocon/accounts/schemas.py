"""API schemas for accounts. Inputs accept loose types and are validated by validation.py."""

from __future__ import annotations

from typing import Any, Literal

from ninja import Schema
from pydantic import Field


class SignupIn(Schema):
    pseudonym: str = Field(max_length=200)
    password: str = Field(max_length=1000)
    birth_year: int
    birth_month: int
    country: str = Field("FR", max_length=16)
    province: str = Field("", max_length=16)
    language: str = Field("fr", max_length=8)
    email: str = Field("", max_length=400)
    parent_email: str = Field("", max_length=400)
    accept_charter: bool = False
    accept_screening: bool = False


class LoginIn(Schema):
    pseudonym: str = Field(max_length=200)
    password: str = Field(max_length=1000)
    token_name: str = Field("", max_length=60)


class MemberOut(Schema):
    id: int
    pseudonym: str
    email: str
    country: str
    province: str
    language: str
    bio: str
    age: int
    full_access: bool
    roles: list[str]


class TokenOut(Schema):
    token: str
    member: MemberOut


class TokenInfo(Schema):
    id: int
    name: str
    created_at: str
    last_used_at: str | None
    revoked: bool


class SettingsIn(Schema):
    email: str | None = Field(None, max_length=400)
    language: str | None = Field(None, max_length=8)
    country: str | None = Field(None, max_length=16)
    province: str | None = Field(None, max_length=16)
    bio: str | None = Field(None, max_length=5000)


class DeleteIn(Schema):
    mode: Literal["delete", "anonymise"]
    password: str = Field(max_length=1000)


class PasswordResetIn(Schema):
    email: str = Field(max_length=400)


class OkOut(Schema):
    ok: bool
    detail: str = ""


class CharterOut(Schema):
    version: str
    language: str
    title: str
    sections: list[dict[str, Any]]
