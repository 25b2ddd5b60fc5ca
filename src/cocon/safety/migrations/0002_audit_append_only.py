"""On PostgreSQL, make the audit table append-only in the database itself.

TRUNCATE stays possible for the database owner (test flushes, a retention job run by an
operator); the application itself only ever inserts.
"""

from django.db import migrations


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        """
        CREATE OR REPLACE FUNCTION cocon_audit_append_only() RETURNS trigger AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only';
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER cocon_audit_no_update BEFORE UPDATE OR DELETE ON safety_auditentry
            FOR EACH ROW EXECUTE FUNCTION cocon_audit_append_only();
        """
    )


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP TRIGGER IF EXISTS cocon_audit_no_update ON safety_auditentry;")


class Migration(migrations.Migration):
    dependencies = [("safety", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
