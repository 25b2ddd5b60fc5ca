"""Re-create the seeded help directory when a table flush has emptied it.

Transactional tests (live servers, browsers) flush every table after each test, which also
removes the rows written by the data migration ``0002_seed_directory``. Call
``ensure_directory_seeded()`` at the start of such a test, or run
``python -m django shell -c "from cocon.resources.seed import ensure_directory_seeded; ensure_directory_seeded()"``.
"""

from __future__ import annotations

import importlib
from typing import Any

from cocon.resources.models import HelpResource


def seed_entries() -> list[dict[str, Any]]:
    """Return the entries frozen in the seeding migration."""
    migration = importlib.import_module("cocon.resources.migrations.0002_seed_directory")
    return [dict(row) for row in migration.ENTRIES]


def ensure_directory_seeded() -> int:
    """Write the seeded entries if the directory is empty; return how many were written."""
    if HelpResource.objects.exists():
        return 0
    rows = [HelpResource(**row) for row in seed_entries()]
    for row in rows:
        row.save()
    return len(rows)
