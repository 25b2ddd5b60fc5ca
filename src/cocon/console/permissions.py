"""Who may use the console, and access to queue items and sanctions through one chokepoint."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member, Role
from cocon.safety.conf import conf
from cocon.safety.models import Appeal, QueueItem, QueueKind, QueueStatus, Sanction

CONSOLE_ROLES = (Role.MODERATOR, Role.CARE_LEAD, Role.ADMINISTRATOR)


def is_moderator(user: Any) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if not user.is_active:
        return False
    return any(user.has_role(role) for role in CONSOLE_ROLES)


def check_moderator_permission(user: Any) -> Member:
    """Return the moderator or raise 403 for anyone else."""
    if not is_moderator(user):
        raise CoconError(
            "forbidden",
            pgettext_lazy("console error", "This page is for the Cocon team only."),
            status=403,
        )
    return user  # type: ignore[no-any-return]


def _not_found() -> CoconError:
    return CoconError(
        "not_found", pgettext_lazy("console error", "We could not find this."), status=404
    )


def access_queue_item_by_id(user: Any, item_id: Any) -> QueueItem:
    check_moderator_permission(user)
    if not isinstance(item_id, int) and not (
        isinstance(item_id, str) and item_id.isdigit() and len(item_id) < 18
    ):
        raise _not_found()
    item = QueueItem.objects.select_related("member", "claimed_by").filter(pk=int(item_id)).first()
    if item is None:
        raise _not_found()
    return item


def access_sanction_by_id(user: Any, sanction_id: Any) -> Sanction:
    check_moderator_permission(user)
    sanction = Sanction.objects.select_related("member").filter(pk=sanction_id).first()
    if sanction is None:
        raise _not_found()
    return sanction


def access_member_by_id(user: Any, member_id: Any) -> Member:
    check_moderator_permission(user)
    found = Member.objects.filter(pk=member_id).first()
    if found is None:
        raise _not_found()
    return found


def check_decide_item_permission(
    moderator: Member, item: QueueItem, *, now: dt.datetime | None = None
) -> None:
    """Refuse a decision on an item that is decided, or not claimed by this moderator."""
    now = now or timezone.now()
    if item.status == QueueStatus.DECIDED:
        raise CoconError(
            "already_decided",
            pgettext_lazy("console error", "Another moderator already decided this item."),
            status=409,
        )
    if item.status != QueueStatus.CLAIMED or item.claimed_by_id != moderator.pk:
        raise CoconError(
            "not_claimed",
            pgettext_lazy("console error", "Claim this item before deciding."),
            status=409,
        )
    if item.claimed_at is not None and item.claimed_at < now - dt.timedelta(
        minutes=conf("CLAIM_MINUTES")
    ):
        raise CoconError(
            "claim_expired",
            pgettext_lazy("console error", "Your claim expired. Claim the item again."),
            status=409,
        )
    if item.kind == QueueKind.APPEAL:
        appeal = Appeal.objects.select_related("sanction").filter(pk=item.target_id).first()
        if appeal is not None and appeal.sanction.created_by_id == moderator.pk:
            raise CoconError(
                "same_moderator",
                pgettext_lazy(
                    "console error",
                    "An appeal must be decided by another moderator than the one who sanctioned.",
                ),
                status=403,
            )
