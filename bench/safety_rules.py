"""Screening throughput with 0, 50 and 200 watched rules (prints figures; asserts nothing).

DJANGO_SETTINGS_MODULE=cocon.config.settings .venv/bin/python bench/safety_rules.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cocon.config.settings")
os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")

import django  # noqa: E402

django.setup()

from django.test.utils import setup_databases, teardown_databases  # noqa: E402

TEXTS = [
    "Demain j'ai un exposé et j'ai peur de bloquer devant toute la classe",
    "t'es qu'un c0nnnard franchement",
    "appelle moi au 06 12 34 56 78",
    "personne ne me parle au lycée, je me sens seule",
] * 50


def main() -> None:
    old = setup_databases(verbosity=0, interactive=False)
    try:
        from cocon.safety.actions.rules import do_create_rule
        from cocon.safety.screening import screen_text

        screen_text("warm up", record=False)
        made = 0
        for count in (0, 50, 200):
            while made < count:
                kind = "regex" if made % 5 == 0 else "word"
                pattern = rf"mot{made}\s*\d+" if kind == "regex" else f"motsurveille{made}"
                do_create_rule(None, kind=kind, pattern=pattern, category="abuse", action="hold")
                made += 1
            start = time.perf_counter()
            for text in TEXTS:
                screen_text(text, record=False)
            elapsed = time.perf_counter() - start
            print(
                f"{count:4d} rules: {len(TEXTS) / elapsed:8.0f} texts/s ({1000 * elapsed / len(TEXTS):.2f} ms per text)"
            )
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
