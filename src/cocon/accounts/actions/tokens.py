"""Revocable API tokens for mobile apps: shown once, stored as a digest."""

from __future__ import annotations

import hashlib
import secrets

from django.utils import timezone

from cocon.accounts.models import ApiToken, Member


def digest_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def do_create_token(member: Member, *, name: str = "") -> tuple[ApiToken, str]:
    """Create a token and return it with its raw value, which is never stored."""
    raw = "cct_" + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(member=member, digest=digest_token(raw), name=name[:60])
    return token, raw


def member_for_token(raw: str) -> Member | None:
    """Return the member owning a live token, refreshing its last use."""
    if not raw or len(raw) > 200:
        return None
    # The digest is unique: no ORDER BY (``first()`` would sort by the model's ordering).
    token = next(
        iter(
            ApiToken.objects.select_related("member")
            .filter(digest=digest_token(raw), revoked_at=None)
            .order_by()[:1]
        ),
        None,
    )
    if token is None or not token.member.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.member


def do_revoke_token(token: ApiToken) -> bool:
    """Revoke a token; return False if it already was."""
    if token.revoked_at is not None:
        return False
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    return True
