"""Contact details a member chose to give, encrypted at rest (Fernet); every read audited.

Only care leads read them (``check_contact_permission``, in ``do_view_contact`` itself, the one
function the API and the case page call); a team member refused there is audited too.
"""

from __future__ import annotations

import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.actions.lead_steps import check_lead_step
from cocon.care.conf import care_key
from cocon.care.models import CareContact
from cocon.care.permissions import check_contact_permission, check_member_permission
from cocon.safety.actions.audit import do_audit


def _fernet() -> Fernet:
    return Fernet(care_key())


def do_set_contact(member: Member, *, phone: str, other: str) -> CareContact | None:
    """Store (or with both empty, delete) the member's contact details."""
    check_member_permission(member)
    with transaction.atomic():
        if not phone and not other:
            deleted, _ = CareContact.objects.filter(member=member).delete()
            if deleted:
                do_audit(
                    member,
                    "care.contact_deleted",
                    target_type="care.carecontact",
                    target_id=member.pk,
                )
            return None
        token = _fernet().encrypt(json.dumps({"phone": phone, "other": other}).encode("utf-8"))
        contact, _created = CareContact.objects.update_or_create(
            member=member, defaults={"encrypted": token, "updated_at": timezone.now()}
        )
        do_audit(
            member,
            "care.contact_set",
            target=contact,
            after={"phone": bool(phone), "other": bool(other)},
        )
    return contact


def decrypt_contact(contact: CareContact) -> dict[str, str]:
    try:
        data: dict[str, Any] = json.loads(_fernet().decrypt(bytes(contact.encrypted)))
    except InvalidToken:
        return {"phone": "", "other": "", "error": "undecryptable"}
    return {"phone": str(data.get("phone", "")), "other": str(data.get("other", ""))}


def do_view_contact(
    actor: Member, member: Member, *, case_id: int | None = None
) -> dict[str, str] | None:
    """Return the member's contact details to a care lead; every read and refusal is audited."""
    check_lead_step(
        actor,
        check_contact_permission,
        refused_action="care.contact_refused",
        target_type="accounts.member",
        target_id=member.pk,
        after={"case": case_id},
    )
    contact = CareContact.objects.filter(member=member).first()
    with transaction.atomic():
        do_audit(
            actor,
            "care.contact_viewed",
            target_type="accounts.member",
            target_id=member.pk,
            after={"case": case_id, "found": contact is not None},
        )
    return decrypt_contact(contact) if contact is not None else None


def has_contact(member: Member) -> bool:
    return CareContact.objects.filter(member=member).exists()
