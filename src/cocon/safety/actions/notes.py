"""Moderators' internal notes about a member."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from cocon.safety.actions.audit import do_audit
from cocon.safety.models import MemberNote


def do_add_member_note(moderator: Any, member: Any, text: str) -> MemberNote:
    with transaction.atomic():
        note = MemberNote.objects.create(member=member, author=moderator, text=text[:1000])
        do_audit(moderator, "member.note", target=member, after={"note_id": note.pk})
    return note
