"""The compiled patterns kept between processes (cocon.guard.pattern_cache)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cocon.guard import pattern_cache
from cocon.guard.anchors import compile_anchored

_TEXTS = [
    "les juifs sont des rats",
    "t'es qu'un connard",
    "je veux mourir ce soir",
    "mon snap c'est lea_2010",
    "on se voit demain au lycée ?",
    "appelle-moi au 06 12 34 56 78",
    "women belong in the kitchen",
]

# Prints every verdict of _TEXTS, one JSON line each.
_SCRIPT = """
import json, sys
from cocon.guard import Guard
texts = json.loads(sys.argv[1])
guard = Guard().load()
for text in texts:
    v = guard.check(text)
    print(json.dumps([v.action, v.rule, v.reasons, [[s.start, s.end] for s in v.spans]]))
"""


def _verdicts(cache: str) -> list[str]:
    env = {**os.environ, "COCON_GUARD_CACHE": cache, "PYTHONPATH": "src"}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps(_TEXTS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return done.stdout.splitlines()


def test_a_restart_reads_the_programs_back_and_judges_the_same(tmp_path: Path) -> None:
    plain = _verdicts("off")
    assert _verdicts(str(tmp_path)) == plain  # compiles, then writes the cache
    written = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("patterns-*.json")}
    assert written
    assert _verdicts(str(tmp_path)) == plain  # reads it back
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("patterns-*.json")} == written


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    plain = _verdicts("off")
    _verdicts(str(tmp_path))
    for path in tmp_path.glob("patterns-*.json"):
        rows = json.loads(path.read_text())
        rows[0][1] = "AAAA"  # a program of one bogus word: _sre refuses it
        path.write_text(json.dumps(rows))
    assert _verdicts(str(tmp_path)) == plain
    (next(iter(tmp_path.glob("patterns-*.json")))).write_text("{not json")
    assert _verdicts(str(tmp_path)) == plain


def test_the_file_is_named_after_every_pattern_and_can_be_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COCON_GUARD_CACHE", str(tmp_path))
    first = pattern_cache.cache_path([r"\bchat\b", r"\bchien\b"])
    assert first is not None and first.parent == tmp_path
    assert pattern_cache.cache_path([r"\bchat\b", r"\bchiens\b"]) != first
    assert not pattern_cache.restore([r"\bchat\b"])  # nothing written yet
    compile_anchored(r"\bchat\b")
    pattern_cache.store([r"\bchat\b"])
    assert pattern_cache.restore([r"\bchat\b"])
    monkeypatch.setenv("COCON_GUARD_CACHE", "off")
    assert pattern_cache.cache_path([r"\bchat\b"]) is None
    assert not pattern_cache.restore([r"\bchat\b"])
