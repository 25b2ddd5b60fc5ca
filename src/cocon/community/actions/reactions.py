"""Send or take back a supportive reaction (one of each kind per member and post)."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from cocon.accounts.models import Member
from cocon.community.access import check_react_permission
from cocon.community.actions.notifications import do_notify_support
from cocon.community.models import Post, Reaction


def do_toggle_reaction(member: Member, post: Post, kind: str) -> bool:
    """Add the reaction if absent, remove it if present; return whether it is now on."""
    check_react_permission(member, post)
    with transaction.atomic():
        deleted, _detail = Reaction.objects.filter(post=post, member=member, kind=kind).delete()
        if deleted:
            return False
        first_from_member = not Reaction.objects.filter(post=post, member=member).exists()
        try:
            with transaction.atomic():
                Reaction.objects.create(post=post, member=member, kind=kind)
        except IntegrityError:
            # A double click raced us: the reaction is there, which is what was asked.
            return True
        if first_from_member:
            do_notify_support(post)
    return True
