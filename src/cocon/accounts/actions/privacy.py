"""Download my data, delete my account: effective at once and audited."""

from __future__ import annotations

import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.accounts.privacy import DeleteMode, erasers, exporters
from cocon.safety.actions.audit import do_audit


def _account_section(member: Member) -> dict[str, Any]:
    return {
        "pseudonym": member.pseudonym,
        "email": member.email,
        "birth_year": member.birth_year,
        "birth_month": member.birth_month,
        "country": member.country,
        "province": member.province,
        "language": member.language,
        "bio": member.bio,
        "date_joined": member.date_joined.isoformat(),
        "parent_email": member.parent_email,
        "parental_consent_required": member.parental_consent_required,
        "parental_consent_at": member.parental_consent_at.isoformat()
        if member.parental_consent_at
        else None,
        "roles": sorted(group.name for group in member.groups.all()),
        "consents": [
            {
                "kind": c.kind,
                "version": c.version,
                "language": c.language,
                "given_at": c.given_at.isoformat(),
            }
            for c in member.consents.all()
        ],
        "api_tokens": [
            {
                "name": t.name,
                "created_at": t.created_at.isoformat(),
                "last_used_at": t.last_used_at.isoformat() if t.last_used_at else None,
                "revoked_at": t.revoked_at.isoformat() if t.revoked_at else None,
            }
            for t in member.api_tokens.all()
        ],
    }


def do_export_member_data(member: Member) -> dict[str, Any]:
    """Return one JSON-ready document with everything Cocon holds about the member."""
    document: dict[str, Any] = {
        "format": "cocon-export-1",
        "exported_at": timezone.now().isoformat(),
        "account": _account_section(member),
    }
    for section, exporter in sorted(exporters().items()):
        document[section] = exporter(member)
    do_audit(member, "privacy.export", target=member)
    return document


def do_delete_account(member: Member, *, mode: DeleteMode) -> None:
    """Delete the account at once; the member's content is deleted or kept anonymised.

    Every app's eraser runs first, inside the same transaction, so nothing is half-deleted.
    """
    with transaction.atomic():
        member_id = member.pk
        for _section, eraser in sorted(erasers().items()):
            eraser(member, mode)
        do_audit(
            member,
            "privacy.delete_account",
            target_type="accounts.member",
            target_id=member_id,
            after={"mode": mode},
        )
        if mode == "anonymise":
            # Keep the row so anonymised content still points somewhere, but strip every identifier.
            member.pseudonym = "deleted-" + secrets.token_hex(6)
            member.email = ""
            member.parent_email = ""
            member.bio = ""
            member.real_name = ""
            member.is_active = False
            member.set_unusable_password()
            member.save()
            member.consents.all().delete()
            member.api_tokens.all().delete()
            member.groups.clear()
        else:
            member.delete()
