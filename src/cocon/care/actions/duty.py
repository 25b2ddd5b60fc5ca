"""The on-duty switch of moderators."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.models import DutyShift
from cocon.care.permissions import check_care_staff_permission
from cocon.safety.actions.audit import do_audit


def is_on_duty(moderator: Member) -> bool:
    return DutyShift.objects.filter(moderator=moderator, ended_at__isnull=True).exists()


def do_set_on_duty(moderator: Member, on: bool) -> bool:
    """Start or end the moderator's shift (the team only); return whether anything changed."""
    check_care_staff_permission(moderator)
    with transaction.atomic():
        shift = (
            DutyShift.objects.select_for_update()
            .filter(moderator=moderator, ended_at__isnull=True)
            .first()
        )
        if on and shift is None:
            shift = DutyShift.objects.create(moderator=moderator)
            do_audit(moderator, "care.duty_on", target=shift)
            return True
        if not on and shift is not None:
            shift.ended_at = timezone.now()
            shift.save(update_fields=["ended_at"])
            do_audit(moderator, "care.duty_off", target=shift)
            return True
    return False
