from typing import Any

from django.core.management.base import BaseCommand, CommandError

from cocon.safety.actions.audit import verify_audit_chain


class Command(BaseCommand):
    help = "Verify the hash chain of the append-only audit log."

    def handle(self, *args: Any, **options: Any) -> None:
        ok, count, bad_id = verify_audit_chain()
        if not ok:
            raise CommandError(
                f"Audit chain broken at entry {bad_id} (after checking {count} rows)."
            )
        self.stdout.write(f"Audit chain intact: {count} entries.")
