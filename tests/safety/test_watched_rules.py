"""Watched rules run before the engine and apply at once on every worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.safety.actions.rules import do_deactivate_rule
from cocon.safety.models import AuditEntry, QueueItem, RulesVersion, WatchedRule
from cocon.safety.queries.content import register_text_source, unregister_text_source
from cocon.safety.queries.rule_test import test_rule as run_rule_test
from cocon.safety.queries.rules import regex_problem, word_problem
from cocon.safety.screening import screen_text

pytestmark = pytest.mark.django_db


def test_word_rule_matches_after_normalisation(rule_factory: Callable[..., WatchedRule]) -> None:
    rule = rule_factory(pattern="patate douce", action="hold")

    screening = screen_text("T'es une P4TATE   DOUUUCE toi", record=False)

    assert screening.action == "hold"
    assert screening.rule == f"watched.{rule.pk}"
    assert "abuse.watched" in screening.reasons
    assert screening.watched == (
        {"rule_id": rule.pk, "category": "abuse", "action": "hold", "start": 9, "end": 25},
    )


def test_word_rule_does_not_match_inside_another_word(
    rule_factory: Callable[..., WatchedRule],
) -> None:
    rule_factory(pattern="rat")

    assert screen_text("On a bien ratissé le jardin", record=False).watched == ()


def test_regex_rule_matches_raw_text_with_digits(rule_factory: Callable[..., WatchedRule]) -> None:
    rule_factory(pattern=r"snap\s*:\s*\w+", kind="regex", category="personal_info", action="hold")

    screening = screen_text("ajoute moi snap: lulu2010", record=False)

    assert screening.action == "hold"
    assert screening.verdict["engine_action"] in ("allow", "hold")


def test_stricter_engine_action_wins_over_a_nudge_rule(
    rule_factory: Callable[..., WatchedRule],
) -> None:
    rule_factory(pattern="nul", action="flag")

    screening = screen_text("je vais te tuer", record=False)

    assert screening.action == "block"
    assert not screening.rule.startswith("watched.")


def test_flag_rule_publishes_and_queues_for_a_moderator(
    rule_factory: Callable[..., WatchedRule], member: Member
) -> None:
    rule_factory(pattern="concours", category="spam", action="flag")

    screening = screen_text(
        "Participez au concours",
        author=member,
        context={"target_type": "community.post", "target_id": 7},
    )

    assert screening.flagged
    assert screening.rule == screening.verdict["engine_rule"]
    item = QueueItem.objects.get(kind="rule_hit")
    assert (item.target_type, item.target_id, item.member_id) == ("community.post", "7", member.pk)


def test_expired_rule_no_longer_applies(rule_factory: Callable[..., WatchedRule]) -> None:
    rule_factory(pattern="patate", expires_at=timezone.now() - dt.timedelta(minutes=1))

    assert screen_text("patate", record=False).watched == ()


def test_deactivated_rule_stops_at_once(
    rule_factory: Callable[..., WatchedRule], moderator: Member
) -> None:
    rule = rule_factory(pattern="patate")
    assert screen_text("patate", record=False).action == "block"

    assert do_deactivate_rule(moderator, rule) is True
    assert do_deactivate_rule(moderator, rule) is False

    assert screen_text("patate", record=False).watched == ()


def test_rule_written_by_another_process_applies_without_restart(moderator: Member) -> None:
    assert screen_text("brocoli", record=False).watched == ()
    # What another worker does: a new row and a new version number in the database, no cache.
    WatchedRule.objects.create(
        kind="word", pattern="brocoli", category="abuse", action="nudge", created_by=moderator
    )
    RulesVersion.objects.update_or_create(pk=1, defaults={"version": 999})

    screening = screen_text("brocoli", record=False)
    assert screening.watched[0]["action"] == "nudge"
    assert screening.action in ("nudge", "hold", "block")


def test_rule_changes_are_audited(
    rule_factory: Callable[..., WatchedRule], moderator: Member
) -> None:
    rule = rule_factory(pattern="patate")
    do_deactivate_rule(moderator, rule)

    rows = list(
        AuditEntry.objects.filter(target_type="safety.watchedrule").values_list(
            "action", "actor_id", "target_id"
        )
    )
    assert rows == [
        ("rule.create", moderator.pk, str(rule.pk)),
        ("rule.deactivate", moderator.pk, str(rule.pk)),
    ]


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        ("", "pattern_length"),
        ("a" * 201, "pattern_length"),
        ("(a+)+$", "pattern_unsafe"),
        (r"(\w*)*x", "pattern_unsafe"),
        (r"(a)\1", "pattern_unsafe"),
        ("[unclosed", "pattern_invalid"),
        ("x*", "pattern_matches_everything"),
        (r"snap\s*:\s*\w+", None),
    ],
)
def test_regex_guard_refuses_unsafe_patterns(pattern: str, code: str | None) -> None:
    assert regex_problem(pattern) == code


def test_word_guard_refuses_empty_words() -> None:
    assert word_problem("  ") == "pattern_length"
    assert word_problem("a") == "pattern_too_short"
    assert word_problem("patate") is None


@pytest.fixture
def text_source() -> Iterator[None]:
    register_text_source(
        "test",
        lambda since: [
            ("community.post", "1", "Quelle P4TATE celui-là"),
            ("community.post", "2", "rien à voir"),
        ],
    )
    yield
    unregister_text_source("test")


@pytest.mark.usefixtures("text_source")
def test_rule_test_box_shows_matches_in_recent_texts() -> None:
    scanned, matched, shown = run_rule_test("word", "patate")

    assert (scanned, matched) == (2, 1)
    assert shown[0].target_id == "1"
    assert shown[0].excerpt[shown[0].start : shown[0].end] == "P4TATE"
