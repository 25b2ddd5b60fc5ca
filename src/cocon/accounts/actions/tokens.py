"""Revocable API tokens for mobile apps: shown once, stored as a digest."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from cocon.accounts.models import ApiToken, Member, team_flag
from cocon.accounts.prepared import prepare


def digest_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def do_create_token(member: Member, *, name: str = "") -> tuple[ApiToken, str]:
    """Create a token and return it with its raw value, which is never stored."""
    raw = "cct_" + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(member=member, digest=digest_token(raw), name=name[:60])
    return token, raw


def _member_fields() -> tuple[str, ...]:
    return tuple(f.attname for f in Member._meta.concrete_fields)


def _token_query(values: Mapping[str, Any]) -> QuerySet[Any, Any]:
    # The digest is unique: no ORDER BY (the model's ordering would sort the one row).
    return (
        ApiToken.objects.filter(digest=values["digest"], revoked_at=None)
        .annotate(member_is_team=team_flag("member"))
        .order_by()
        .values_list(
            "id", "last_used_at", "member_is_team", *(f"member__{f}" for f in _member_fields())
        )[:1]
    )


def member_for_token(raw: str) -> Member | None:
    """Return the member owning a live token, refreshing its last use.

    One query, compiled once per process, reads the token, its member and whether the member
    is staff (``Member.is_team``, so that the request needs no query on the member's groups).
    """
    if not raw or len(raw) > 200:
        return None
    query = prepare("api-token", _token_query, {"digest": "cocon-placeholder-digest"})
    found = query.rows({"digest": digest_token(raw)})
    if not found:
        return None
    row = found[0]
    fields = _member_fields()
    member = Member.from_db("default", list(fields), [row[f"member__{f}"] for f in fields])
    if not member.is_active:
        return None
    member.known_is_team = bool(row["member_is_team"])
    now = timezone.now()
    last_used_at = row["last_used_at"]
    if last_used_at is None or (now - last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=row["id"]).update(last_used_at=now)
    return member


def do_revoke_token(token: ApiToken) -> bool:
    """Revoke a token; return False if it already was."""
    if token.revoked_at is not None:
        return False
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    return True
