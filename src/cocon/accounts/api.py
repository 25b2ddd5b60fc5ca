"""Accounts API: signup, tokens, my settings, my data, deleting my account."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Router, Status

from cocon.accounts.actions.login import authenticate_member
from cocon.accounts.actions.password_reset import do_send_password_reset
from cocon.accounts.actions.privacy import do_delete_account, do_export_member_data
from cocon.accounts.actions.settings import do_update_settings
from cocon.accounts.actions.signup import do_signup
from cocon.accounts.actions.tokens import do_create_token, do_revoke_token
from cocon.accounts.charter import CHARTER_SECTIONS, CHARTER_TITLE
from cocon.accounts.errors import CoconError
from cocon.accounts.models import ApiToken, Member
from cocon.accounts.ratelimit import check_rate_limit
from cocon.accounts.schemas import (
    CharterOut,
    DeleteIn,
    LoginIn,
    MemberOut,
    OkOut,
    PasswordResetIn,
    SettingsIn,
    SignupIn,
    TokenInfo,
    TokenOut,
)
from cocon.accounts.validation import validate_settings, validate_signup
from cocon.api.auth import member_auth

router = Router(tags=["accounts"])
ERRORS = {400: dict, 401: dict, 403: dict, 404: dict, 409: dict, 422: dict, 423: dict, 429: dict}


def member_out(member: Member) -> dict[str, Any]:
    return {
        "id": member.pk,
        "pseudonym": member.pseudonym,
        "email": member.email,
        "country": member.country,
        "province": member.province,
        "language": member.language,
        "bio": member.bio,
        "age": member.age,
        "full_access": member.has_full_access,
        "roles": sorted(group.name for group in member.groups.all()),
    }


def current_member(request: HttpRequest) -> Member:
    member = request.auth  # type: ignore[attr-defined]
    assert isinstance(member, Member)  # noqa: S101 - the router's auth guarantees it
    return member


@router.post(
    "/auth/signup", response={201: TokenOut, **ERRORS}, auth=None, summary="Create an account"
)
def signup(request: HttpRequest, payload: SignupIn) -> Status[dict[str, Any]]:
    check_rate_limit(request, "signup")
    data = validate_signup(payload.dict())
    member = do_signup(data)
    _token, raw = do_create_token(member, name="signup")
    return Status(201, {"token": raw, "member": member_out(member)})


@router.post(
    "/auth/login", response={200: TokenOut, **ERRORS}, auth=None, summary="Get an API token"
)
def login(request: HttpRequest, payload: LoginIn) -> dict[str, Any]:
    check_rate_limit(request, "login")
    member = authenticate_member(payload.pseudonym, payload.password)
    _token, raw = do_create_token(member, name=payload.token_name)
    return {"token": raw, "member": member_out(member)}


@router.post(
    "/auth/logout", response={200: OkOut, **ERRORS}, auth=member_auth, summary="Revoke this token"
)
def logout(request: HttpRequest) -> dict[str, Any]:
    raw = getattr(request, "api_token", None)
    if raw:
        from cocon.accounts.actions.tokens import digest_token

        token = ApiToken.objects.filter(digest=digest_token(raw)).first()
        if token is not None:
            do_revoke_token(token)
    else:
        from django.contrib.auth import logout as session_logout

        session_logout(request)
    return {"ok": True, "detail": ""}


@router.get("/auth/tokens", response={200: list[TokenInfo], **ERRORS}, auth=member_auth)
def list_tokens(request: HttpRequest) -> list[dict[str, Any]]:
    member = current_member(request)
    return [
        {
            "id": t.pk,
            "name": t.name,
            "created_at": t.created_at.isoformat(),
            "last_used_at": t.last_used_at.isoformat() if t.last_used_at else None,
            "revoked": t.revoked_at is not None,
        }
        for t in member.api_tokens.all()
    ]


@router.delete("/auth/tokens/{token_id}", response={200: OkOut, **ERRORS}, auth=member_auth)
def revoke_token(request: HttpRequest, token_id: int) -> dict[str, Any]:
    member = current_member(request)
    token = get_object_or_404(ApiToken, pk=token_id, member=member)
    return {"ok": do_revoke_token(token), "detail": ""}


@router.post("/auth/password-reset", response={200: OkOut, **ERRORS}, auth=None)
def password_reset(request: HttpRequest, payload: PasswordResetIn) -> dict[str, Any]:
    check_rate_limit(request, "password_reset")
    do_send_password_reset(payload.email)
    return {"ok": True, "detail": _("If this address belongs to an account, a link is on its way.")}


@router.get("/me", response={200: MemberOut, **ERRORS}, auth=member_auth, summary="My account")
def me(request: HttpRequest) -> dict[str, Any]:
    return member_out(current_member(request))


@router.patch(
    "/me", response={200: MemberOut, **ERRORS}, auth=member_auth, summary="Change my settings"
)
def update_me(request: HttpRequest, payload: SettingsIn) -> dict[str, Any]:
    member = current_member(request)
    do_update_settings(member, validate_settings(member, payload.dict()))
    return member_out(member)


@router.get(
    "/me/export", response={200: dict, **ERRORS}, auth=member_auth, summary="Download my data"
)
def export_me(request: HttpRequest) -> dict[str, Any]:
    return do_export_member_data(current_member(request))


@router.post(
    "/me/delete", response={200: OkOut, **ERRORS}, auth=member_auth, summary="Delete my account"
)
def delete_me(request: HttpRequest, payload: DeleteIn) -> dict[str, Any]:
    member = current_member(request)
    if not member.check_password(payload.password):
        raise CoconError(
            "invalid_password",
            _("This password is not right."),
            fields={"password": [_("This password is not right.")]},
            status=403,
        )
    do_delete_account(member, mode=payload.mode)
    return {"ok": True, "detail": _("Your account has been deleted.")}


@router.get(
    "/charter", response={200: CharterOut, **ERRORS}, auth=None, summary="The kindness charter"
)
def charter(request: HttpRequest) -> dict[str, Any]:
    return {
        "version": settings.COCON_CHARTER_VERSION,
        "language": translation.get_language() or "fr",
        "title": str(CHARTER_TITLE),
        "sections": [{"title": str(t), "text": str(x)} for t, x in CHARTER_SECTIONS],
    }
