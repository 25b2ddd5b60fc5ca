"""Signals other apps listen to; sent only once the transaction that caused them commits."""

from __future__ import annotations

from django.dispatch import Signal

# Sent with ``sos_request`` (a SosRequest) after a member asks the team to contact them now.
# The care app connects to it to open (or join) a care case.
sos_requested = Signal()
