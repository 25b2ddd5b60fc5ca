"""A member asks the team to contact them now (the SOS button)."""

from __future__ import annotations

import datetime as dt
import logging

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.resources.models import SosRequest
from cocon.resources.signals import sos_requested
from cocon.safety.actions.audit import do_audit

logger = logging.getLogger(__name__)

# A second tap within this window with nothing new to say is the same request.
DUPLICATE_WINDOW = dt.timedelta(minutes=15)


def do_request_sos(member: Member, message: str = "") -> tuple[SosRequest, bool]:
    """Record an SOS request, audit it and, on commit, send ``sos_requested``.

    Return the request and whether a new one was recorded: a double tap (an unhandled
    request from the last minutes with the same or no message) returns the existing one.
    """
    with transaction.atomic():
        recent = (
            SosRequest.objects.select_for_update()
            .filter(
                member=member,
                handled_at__isnull=True,
                created_at__gte=timezone.now() - DUPLICATE_WINDOW,
            )
            .first()
        )
        if recent is not None and (not message or message == recent.message):
            return recent, False
        sos = SosRequest.objects.create(member=member, message=message)
        do_audit(
            member, "resources.sos_requested", target=sos, after={"has_message": bool(message)}
        )
        transaction.on_commit(lambda: _announce(sos))
    return sos, True


def _announce(sos: SosRequest) -> None:
    """Send ``sos_requested``; a failing receiver is logged, never shown to the member, whose
    request is already recorded and listed for the team."""
    for receiver, result in sos_requested.send_robust(sender=SosRequest, sos_request=sos):
        if isinstance(result, Exception):
            logger.error(
                "sos_requested receiver %r failed for SOS #%s", receiver, sos.pk, exc_info=result
            )


def do_mark_sos_handled(actor: Member, sos: SosRequest) -> bool:
    """Mark an SOS request as handled by ``actor``; return False when it already was."""
    with transaction.atomic():
        sos = SosRequest.objects.select_for_update().get(pk=sos.pk)
        if sos.handled_at is not None:
            return False
        sos.handled_at = timezone.now()
        sos.handled_by = actor
        sos.save(update_fields=["handled_at", "handled_by"])
        do_audit(
            actor,
            "resources.sos_handled",
            target=sos,
            after={"handled_at": sos.handled_at.isoformat()},
        )
    return True
