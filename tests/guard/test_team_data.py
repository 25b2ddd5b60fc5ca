"""The team-written training sentences: labelled, deterministic, and never the tests' own.

If a golden sentence were also a training sentence, the golden suite would test memory, not
generalisation.
"""

from __future__ import annotations

from pathlib import Path

from cocon.guard.normalize import normalize
from cocon.guard.team_data import TEAM_FILE, team_records
from cocon.guard.train import load_all, team_rows

TESTS = Path(__file__).resolve().parents[1]


def test_records_are_labelled_and_deterministic() -> None:
    records = team_records()
    assert records == team_records()
    assert len({r["id"] for r in records}) == len(records)
    harmless = [r for r in records if r["y"]["hate"] == 0]
    hateful = [r for r in records if r["y"]["hate"] == 1]
    assert harmless and hateful
    assert all(r["y"]["abusive"] == 0 for r in harmless)
    # the hateful counterparts teach the hate model only
    assert all(r["y"]["abusive"] is None for r in hateful)
    # no self-harm label: the self-harm model stays an English model (deep mode reads French)
    assert all(r["y"]["self_harm_risk"] is None for r in records)


def test_no_training_sentence_appears_in_a_test() -> None:
    corpus = normalize(
        "\n".join(p.read_text(encoding="utf-8") for p in sorted(TESTS.rglob("*.py")))
    ).text
    leaked = [r["text"] for r in team_records() if normalize(r["text"]).text in corpus]
    assert leaked == []


def test_team_rows_join_every_training_run(tmp_path: Path) -> None:
    # An empty data directory still trains on the team's rows, split like any other source.
    rows = load_all(tmp_path)
    assert rows == team_rows()
    assert {row.file for row in rows} == {TEAM_FILE}
    assert {row.split for row in rows} == {"train", "test"}
