"""Run the care deadlines once, or every N seconds with --every (cron, systemd timer or a sidecar)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cocon.care.actions.tick import do_care_tick


class Command(BaseCommand):
    help = "Alert care leads about cases not acknowledged at half their deadline and send follow-up reminders."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--every", type=int, default=0, help="Repeat every N seconds (0: run once)."
        )
        parser.add_argument("--now", default="", help="ISO time to run as (tests and replays).")

    def handle(self, *args: Any, **options: Any) -> None:
        now = None
        if options["now"]:
            try:
                now = dt.datetime.fromisoformat(options["now"])
            except ValueError as exc:
                raise CommandError(f"--now: {exc}") from exc
            if now.tzinfo is None:
                raise CommandError("--now needs a time zone, e.g. 2026-11-02T20:00:00+00:00")
        while True:
            result = do_care_tick(now)
            self.stdout.write(
                f"care_tick: leads alerted for {list(result.leads_alerted)}, follow-ups {list(result.follow_ups)}"
            )
            if not options["every"]:
                return
            time.sleep(options["every"])
