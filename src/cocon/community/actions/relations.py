"""Block (hides both ways, forbids replies) and mute (hides theirs from me) other members."""

from __future__ import annotations

from django.db import transaction

from cocon.accounts.models import Member
from cocon.community.access import check_block_permission
from cocon.community.models import Block, Mute


def do_block_member(member: Member, target: Member) -> bool:
    check_block_permission(member, target)
    with transaction.atomic():
        _obj, created = Block.objects.get_or_create(blocker=member, blocked=target)
    return created


def do_unblock_member(member: Member, target: Member) -> bool:
    with transaction.atomic():
        deleted, _detail = Block.objects.filter(blocker=member, blocked=target).delete()
    return bool(deleted)


def do_mute_member(member: Member, target: Member) -> bool:
    check_block_permission(member, target)
    with transaction.atomic():
        _obj, created = Mute.objects.get_or_create(muter=member, muted=target)
    return created


def do_unmute_member(member: Member, target: Member) -> bool:
    with transaction.atomic():
        deleted, _detail = Mute.objects.filter(muter=member, muted=target).delete()
    return bool(deleted)
