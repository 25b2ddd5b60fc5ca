"""On PostgreSQL: two moderators claim at once and exactly one wins; a rule saved in another
process applies here without a restart."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, connections

from cocon.accounts.models import Member
from cocon.safety.actions.queue import do_claim_item, do_claim_next, do_enqueue
from cocon.safety.screening import screen_text

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres") is False, reason="PostgreSQL only"
    ),
]
ROOT = Path(__file__).resolve().parents[2]


def _race(workers: list[Callable[[], Any]]) -> list[Any]:
    barrier = threading.Barrier(len(workers))
    results: list[Any] = [None] * len(workers)

    def run(index: int, work: Callable[[], Any]) -> None:
        try:
            barrier.wait()
            results[index] = work()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize("attempt", range(5))
def test_two_moderators_claiming_the_same_item_exactly_one_wins(
    moderator: Member, second_moderator: Member, attempt: int
) -> None:
    item, _ = do_enqueue("held", severity=50, target_type="community.post", target_id=attempt)

    results = _race(
        [
            lambda: do_claim_item(item.pk, moderator),
            lambda: do_claim_item(item.pk, second_moderator),
        ]
    )

    assert sum(result is not None for result in results) == 1


def test_two_moderators_taking_the_next_item_get_different_items(
    moderator: Member, second_moderator: Member
) -> None:
    first, _ = do_enqueue("held", severity=60, target_type="community.post", target_id=1)
    second, _ = do_enqueue("held", severity=50, target_type="community.post", target_id=2)

    results = _race([lambda: do_claim_next(moderator), lambda: do_claim_next(second_moderator)])

    assert sorted(r.pk for r in results if r is not None) == sorted([first.pk, second.pk])


def test_rule_saved_in_another_process_applies_here() -> None:
    assert screen_text("rutabaga", record=False).watched == ()
    settings_dict = connection.settings_dict
    url = f"postgres://{settings_dict['USER']}@{settings_dict['HOST']}:{settings_dict['PORT']}/{settings_dict['NAME']}"
    script = (
        "import django; django.setup();"
        "from cocon.safety.actions.rules import do_create_rule;"
        "do_create_rule(None, kind='word', pattern='rutabaga', category='abuse', action='block')"
    )
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "cocon.config.settings",
        "PYTHONPATH": str(ROOT / "src"),
    }
    subprocess.run([sys.executable, "-c", script], env=env, check=True, cwd=ROOT, timeout=120)  # noqa: S603

    screening = screen_text("quel RUTABAGA celui-là", record=False)

    assert (screening.action, screening.watched[0]["action"]) == ("block", "block")
