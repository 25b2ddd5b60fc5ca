"""python -m cocon.guard: classify streams JSON Lines and never stops on a bad line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cocon.guard.cli import main

SRC = str(Path(__file__).resolve().parents[2] / "src")
INPUT = "\n".join(
    [
        json.dumps({"id": "a", "text": "t'es nul"}),
        "this is not json",
        json.dumps({"id": "b"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 3, "text": "je veux mourir ce soir"}),
        "",
        json.dumps({"id": "c", "text": "salut ça va"}),
    ]
)


def _run(*args: str, stdin: str) -> list[dict[str, object]]:
    env = {**os.environ, "PYTHONPATH": SRC}
    done = subprocess.run(
        [sys.executable, "-m", "cocon.guard", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def _check_stream(out: list[dict[str, object]]) -> None:
    assert [o["id"] for o in out] == ["a", None, "b", None, 3, "c"]
    assert out[0]["action"] == "nudge"
    assert out[1]["error"]["code"] == "invalid_json"  # type: ignore[index]
    assert out[2]["error"]["code"] == "missing_text"  # type: ignore[index]
    assert out[3]["error"]["code"] == "not_an_object"  # type: ignore[index]
    assert out[4]["risk"] == "imminent"
    assert out[5]["action"] == "allow"


def test_classify_writes_one_line_per_input_and_reports_bad_lines() -> None:
    _check_stream(_run("classify", "--no-learned", stdin=INPUT))


def test_classify_with_workers_keeps_the_input_order() -> None:
    _check_stream(_run("classify", "--workers", "2", "--no-learned", stdin=INPUT))


def test_classify_reads_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(INPUT, encoding="utf-8")
    assert main(["classify", "--no-learned", str(path)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    _check_stream(out)


def test_explain_marks_the_spans(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "--no-learned", "t'es un c0nnard"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "t'es un [[c0nnard]]"
    assert "action: nudge  (rule: abuse.mild)" in out
    assert "abuse.insult" in out


def test_bench_prints_throughput_and_percentiles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "-n", "300", "--no-learned"]) == 0
    out = capsys.readouterr().out
    assert "messages/s" in out
    assert "p99" in out
    assert "RSS" in out


def test_bench_reads_real_messages_from_a_jsonl_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "messages.jsonl"
    lines = [
        json.dumps({"text": f"message numéro {k} écrit par l'équipe pour mesurer la vitesse"})
        for k in range(40)
    ]
    corpus.write_text("\n".join([*lines, "not json", '{"text": "trop court"}']), "utf-8")
    assert main(["bench", "-n", "100", "--no-learned", "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert f"messages: 100 (from {corpus}" in out
    assert "messages/s" in out


def test_bench_says_whether_its_caches_were_warm(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "-n", "200", "--no-learned"]) == 0
    assert "caches cold" in capsys.readouterr().out
    assert main(["bench", "-n", "200", "--no-learned", "--warm"]) == 0
    out = capsys.readouterr().out
    assert "caches warm: every message seen once" in out
    assert "messages/s" in out


def test_classify_flushes_line_by_line_with_the_same_verdicts() -> None:
    _check_stream(_run("classify", "--flush", stdin=INPUT))


def test_classify_lines_screens_a_chunk_in_order() -> None:
    from cocon.guard import Guard
    from cocon.guard.cli import classify_line, classify_lines

    guard = Guard()
    lines = INPUT.splitlines()
    assert classify_lines(lines, guard) == [classify_line(line, guard) for line in lines]


def test_bench_screens_in_batches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "-n", "300", "--batch", "64"]) == 0
    out = capsys.readouterr().out
    assert "batches of 64 (Guard.check_many)" in out
    assert "messages/s" in out
