"""train: the split rule, determinism and the artefact, on a tiny hand-written corpus."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from cocon.guard.learned import ARRAY_NAMES, LearnedModel, normalize_for_model
from cocon.guard.train import (
    TrainConfig,
    chat_test_keys,
    conversation_key,
    cross_validate,
    load_all,
    load_rows,
    main,
    sample_weights,
    trained_labels,
)

pytest.importorskip("sklearn", reason="training needs scikit-learn (the training extra)")

INSULTS = ["t'es qu'un sale connard", "ferme ta gueule bouffon", "espèce de grosse merde",
           "va te faire foutre abruti", "sale con de merde", "pauvre débile va"]  # fmt: skip
KIND = ["merci pour ton aide", "on révise demain ?", "bonne journée à toi",
        "trop bien ton dessin", "à plus tard les amis", "bravo pour ton match"]  # fmt: skip
SAD = ["i want to die, nothing matters anymore", "i have a plan to end my life tonight",
       "i cut myself again and want it all to stop"]  # fmt: skip
FINE = ["my cat did the funniest thing today", "who wants to play football later",
        "just finished my homework, time for games"]  # fmt: skip


def _y(
    abusive: int | None = None, hate: int | None = None, risk: object = None
) -> dict[str, object]:
    return {"abusive": abusive, "hate": hate, "self_harm_risk": risk}


def _write(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    data = tmp_path / "eval"
    data.mkdir()
    v1, v2 = [], []
    for c in range(10):
        for turn, (bad, good) in enumerate(zip(INSULTS, KIND, strict=True)):
            for label, text in ((1, bad), (0, good)):
                rid = f"{c}:{turn}:{label}"
                base = {"text": f"{text} {c}", "lang": "fr", "turn": turn, "role": "x"}
                v1.append({**base, "id": f"v1:{rid}", "conversation_id": f"cyberado:chat{c}",
                           "y": _y(abusive=label, hate=label if turn % 2 else 0)})  # fmt: skip
                v2.append({**base, "id": f"v2:{rid}", "conversation_id": f"cyberado_v2:chat{c}",
                           "y": _y(abusive=label)})  # fmt: skip
    _write(data / "cyberagressionado_v1.jsonl", v1)
    _write(data / "cyberagressionado_v2_reannotated.jsonl", v2)
    posts = [
        {"id": f"p{i}-{j}", "text": f"{text} ({i})", "lang": "en", "y": _y(risk=label)}
        for i in range(12)
        for j, (label, text) in enumerate([(1, t) for t in SAD] + [(0, t) for t in FINE])
    ]
    _write(data / "posts.jsonl", posts)
    users = [
        {"id": f"u{i}", "text": " ".join(SAD if level >= 2 else FINE), "lang": "en",
         "y": _y(risk=level_name)}
        for i, (level, level_name) in enumerate(
            [(0, "none"), (1, "indicator"), (2, "ideation"), (3, "behavior"), (4, "attempt")] * 3
        )
    ]  # fmt: skip
    _write(data / "users.jsonl", users)
    return data


def test_same_conversation_falls_on_the_same_side_in_both_annotations(corpus: Path) -> None:
    rows = load_all(corpus)
    sides: dict[str, set[str]] = {}
    for row in rows:
        if row.file.startswith("cyberagressionado"):
            sides.setdefault(row.group, set()).add(row.split)
    assert all(len(s) == 1 for s in sides.values())
    assert sorted(sides) == [f"chat{c}" for c in range(10)]
    assert chat_test_keys(corpus) == {k for k, s in sides.items() if s == {"test"}}
    assert len(chat_test_keys(corpus)) == 2  # ceil(20 % of 10)


def test_conversation_key_drops_the_file_prefix() -> None:
    assert conversation_key("cyberado:scenario_x") == conversation_key("cyberado_v2:scenario_x")


def test_other_rows_split_by_id_about_eighty_twenty(corpus: Path) -> None:
    rows = load_rows(corpus / "posts.jsonl")
    test_share = sum(r.split == "test" for r in rows) / len(rows)
    assert 0.05 < test_share < 0.4
    assert [r.split for r in rows] == [r.split for r in load_rows(corpus / "posts.jsonl")]


def test_labels_skip_nulls_and_v1_abuse_and_map_cssrs_levels(corpus: Path) -> None:
    v1 = load_rows(corpus / "cyberagressionado_v1.jsonl")
    assert all(set(r.labels) == {"abusive", "hate"} for r in v1)
    assert all(set(trained_labels(r)) == {"hate"} for r in v1)
    users = load_rows(corpus / "users.jsonl")
    assert [(r.ordinal, r.labels["self_harm"]) for r in users[:5]] == [
        (0, 0), (1, 0), (2, 1), (3, 1), (4, 1)
    ]  # fmt: skip


def test_sample_weights_balance_keyword_corpora_but_keep_chat_prior() -> None:
    params = TrainConfig(file_weights={}, natural_prior=frozenset({"chat"}))
    files = ["chat", "chat", "chat", "kw", "kw", "kw"]
    weights = sample_weights(files, np.array([1, 1, 0, 1, 1, 0]), params)
    assert weights.mean() == pytest.approx(1.0)
    assert weights[0] == weights[2]  # natural prior: every chat row alike
    assert weights[3] * 2 == pytest.approx(weights[5])  # balanced: each class half the file


def test_train_writes_a_deterministic_numbers_only_artefact(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["--data", str(corpus), "--out", str(first), "--bits", "14"]) == 0
    assert main(["--data", str(corpus), "--out", str(second), "--bits", "14"]) == 0
    for name in ("guard-v1.npz", "guard-v1.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes()

    npz = (first / "guard-v1.npz").read_bytes()
    meta = json.loads((first / "guard-v1.json").read_text())
    with np.load(io.BytesIO(npz), allow_pickle=False) as arrays:
        assert set(arrays.files) == ARRAY_NAMES
        assert all(arrays[n].dtype.kind == "f" for n in arrays.files)
    words = {w for t in INSULTS + KIND + SAD + FINE for w in t.split() if len(w) >= 5}
    blob = (first / "guard-v1.json").read_text()
    assert [w for w in words if w in blob] == []
    assert meta["training"]["date"] == "2023-11-14"
    assert meta["features"]["n_bits"] == 14

    model = LearnedModel.from_bytes(npz, meta)
    insult = model.predict(normalize_for_model("sale connard"))
    kind = model.predict(normalize_for_model("merci pour ton aide"))
    assert insult["abusive"] > kind["abusive"]
    sad = model.predict(normalize_for_model("i want to end my life"))
    fine = model.predict(normalize_for_model("who wants to play football"))
    assert sad["self_harm"] > fine["self_harm"]


def test_cross_validation_predicts_every_row_out_of_fold(corpus: Path) -> None:
    rows, predictions = cross_validate(corpus, "posts.jsonl", 3)
    assert len(rows) == len(predictions) == 72
    assert all(0.0 <= p["self_harm"] <= 1.0 for p in predictions)


def test_train_refuses_a_missing_data_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", str(tmp_path / "nowhere"), "--out", str(tmp_path)]) == 2
    assert "no evaluation data" in capsys.readouterr().err
