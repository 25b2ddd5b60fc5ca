import csv
import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from cocon.safety.queries.transparency import transparency_report


def _previous_month() -> str:
    today = timezone.localdate()
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


class Command(BaseCommand):
    help = "Print the monthly transparency report: counts per action and reason (JSON or CSV)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--month", default="", help="YYYY-MM (default: last month)")
        parser.add_argument("--format", choices=("json", "csv"), default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        month = options["month"] or _previous_month()
        parts = month.split("-")
        if len(parts) != 2 or not all(p.isdigit() for p in parts) or not 1 <= int(parts[1]) <= 12:
            raise CommandError("--month must look like 2026-11")
        report = transparency_report(month)
        if options["format"] == "json":
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        writer = csv.writer(self.stdout if self.stdout else sys.stdout)
        writer.writerow(["month", "section", "key", "count"])
        for section in ("audit", "decisions", "reports", "sanctions"):
            for row in report[section]:
                key = "/".join(str(v) for k, v in row.items() if k != "count")
                writer.writerow([month, section, key, row["count"]])
