import json
from typing import Any

from django.core.management.base import BaseCommand

from cocon.safety.queries.transparency import confirmed_decisions


class Command(BaseCommand):
    help = "Write moderators' decisions on texts as JSON Lines (the shared/data/eval format) for retraining."

    def handle(self, *args: Any, **options: Any) -> None:
        count = 0
        for record in confirmed_decisions():
            self.stdout.write(json.dumps(record, ensure_ascii=False))
            count += 1
        self.stderr.write(f"{count} decisions exported.")
