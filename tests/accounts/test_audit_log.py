"""The audit log is append-only and its hash chain detects tampering."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from cocon.accounts.models import Member
from cocon.safety.actions.audit import do_audit, verify_audit_chain
from cocon.safety.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_chain_verifies_after_several_entries(member: Member) -> None:
    for i in range(3):
        do_audit(member, "test.action", target=member, reason=f"r{i}", after={"n": i})

    assert verify_audit_chain() == (True, AuditEntry.objects.count(), None)
    call_command("verify_audit_log")


def test_application_cannot_update_or_delete_entries(member: Member) -> None:
    entry = do_audit(member, "test.action", target=member)

    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().update(reason="x")
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()


def test_tampering_in_the_database_is_detected(member: Member) -> None:
    first = do_audit(member, "test.action", target=member, reason="original")
    do_audit(member, "test.action", target=member)
    if connection.vendor == "postgresql":
        pytest.skip(
            "the database trigger forbids the tampering this test simulates (see the trigger test)"
        )
    with connection.cursor() as cursor:
        cursor.execute("UPDATE safety_auditentry SET reason = 'forged' WHERE id = %s", [first.pk])

    assert verify_audit_chain() == (False, 1, first.pk)
    with pytest.raises(CommandError):
        call_command("verify_audit_log")


def test_postgresql_trigger_refuses_updates(member: Member) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL only; SQLite relies on the model guard")
    from django.db import DatabaseError, transaction

    entry = do_audit(member, "test.action", target=member)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE safety_auditentry SET reason = 'forged' WHERE id = %s", [entry.pk])
