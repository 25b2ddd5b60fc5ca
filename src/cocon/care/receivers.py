"""Signals from other apps that open or join care cases."""

from __future__ import annotations

from typing import Any

from cocon.care.actions.cases import do_open_or_join_case
from cocon.care.models import Source


def open_case_for_sos(sender: Any, sos_request: Any, **kwargs: Any) -> None:
    """An SOS is a request for contact now: a high-priority case."""
    do_open_or_join_case(
        sos_request.member,
        source=Source.SOS,
        risk="high",
        content_type="resources.sosrequest",
        content_id=sos_request.pk,
        actor=sos_request.member,
        note=(sos_request.message or "")[:500],
    )
