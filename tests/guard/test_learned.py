"""The learned layer: hashing, prediction and the committed artefact's metadata."""

from __future__ import annotations

import doctest
import hashlib
import importlib
import io
import json
import math
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard.features import FeatureConfig, feature_counts, hash_features
from cocon.guard.learned import (
    ARRAY_NAMES,
    ARTEFACT_NAME,
    TARGETS,
    LearnedModel,
    has_run,
    model_reading,
    normalize_for_model,
    normalizer_fingerprint,
    squashed,
    without_runs,
)

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO.parent / "shared" / "data" / "eval"

# Hand-written for these tests; no dataset text.
ABUSIVE = (
    "t'es qu'un sale connard, ferme ta gueule",
    "espèce de grosse vache, personne veut de toi",
    "you stupid bitch, shut up",
    "ta mère la pute",
)
KIND = (
    "merci pour ton aide, tu es adorable",
    "on révise ensemble pour le contrôle de demain ?",
    "thank you so much, have a lovely day",
    "bonne nuit à tous, à demain",
)


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    return LearnedModel.load()


def predict(model: LearnedModel, text: str) -> dict[str, float]:
    return model.predict(normalize_for_model(text))


@pytest.mark.parametrize("name", ["cocon.guard.features", "cocon.guard.learned"])
def test_docstring_examples_pass(name: str) -> None:
    assert doctest.testmod(importlib.import_module(name)).failed == 0


def test_predict_returns_a_probability_per_target(model: LearnedModel) -> None:
    scores = predict(model, "salut, ça va ?")
    assert sorted(scores) == ["abusive", "hate", "self_harm"]
    assert all(0.0 <= p <= 1.0 for p in scores.values())


@pytest.mark.parametrize("text", ["", " ", "a", "🙂", "\u200b", "x" * 5000])
def test_predict_accepts_degenerate_texts(model: LearnedModel, text: str) -> None:
    scores = model.predict(text)
    assert all(0.0 <= p <= 1.0 for p in scores.values())


def test_every_abusive_sentence_outscores_every_kind_one(model: LearnedModel) -> None:
    worst_kind = max(predict(model, text)["abusive"] for text in KIND)
    best_abusive = min(predict(model, text)["abusive"] for text in ABUSIVE)
    assert best_abusive > worst_kind


def test_clear_insults_are_abusive_and_kind_words_are_not(model: LearnedModel) -> None:
    assert predict(model, "t'es qu'un sale connard, ferme ta gueule")["abusive"] > 0.8
    assert predict(model, "thank you so much, have a lovely day")["abusive"] < 0.5


def test_suicidal_post_scores_above_everyday_post(model: LearnedModel) -> None:
    risky = predict(model, "i can't do this anymore, i want to kill myself tonight")
    everyday = predict(model, "what time does the football match start tomorrow")
    assert risky["self_harm"] > 0.5 > everyday["self_harm"]


def test_predict_is_deterministic(model: LearnedModel) -> None:
    text = normalize_for_model(ABUSIVE[0])
    assert model.predict(text) == model.predict(text)


def test_obfuscated_insult_scores_like_the_plain_one(model: LearnedModel) -> None:
    plain = predict(model, "sale connard")["abusive"]
    for disguised in ("sale c0nnnnard", "sale c.o.n.n.a.r.d", "SALE СОNNARD"):
        assert predict(model, disguised)["abusive"] == pytest.approx(plain, abs=0.05)


def test_hash_features_is_stable_across_runs_and_processes() -> None:
    # Pinned values: a change of hash function silently invalidates every committed artefact.
    config = FeatureConfig()
    buckets = hash_features("t'es nul", config)
    digest = hashlib.sha256(buckets.astype("<i8").tobytes()).hexdigest()
    code = (
        "from cocon.guard.features import FeatureConfig, hash_features; import hashlib;"
        'print(hashlib.sha256(hash_features("t\'es nul", FeatureConfig())'
        ".astype('<i8').tobytes()).hexdigest())"
    )
    for seed in ("0", "12345"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO / "src")},
        )
        assert done.stdout.strip() == digest
    assert buckets[:4].tolist() == PINNED_BUCKETS


PINNED_BUCKETS = [261882, 216576, 136275, 216705]


def test_hash_features_counts_every_ngram_once_per_occurrence() -> None:
    config = FeatureConfig(n_bits=20, word_unigrams=False, word_bigrams=False)
    # " ab " padded: 4 characters, so 3 bigrams + 2 trigrams + 1 four-gram.
    assert hash_features("ab", config).shape == (6,)
    assert sorted(hash_features("ab ab", config).tolist()) == sorted(
        hash_features("ab", config).tolist() * 2
    )


def test_character_ngrams_stay_inside_words() -> None:
    """No n-gram spans two words (the word pairs carry that), so a word's part is its own."""
    config = FeatureConfig(n_bits=20, word_unigrams=False, word_bigrams=False)
    apart = sorted(hash_features("ab", config).tolist() + hash_features("cd", config).tolist())
    assert sorted(hash_features("ab cd", config).tolist()) == apart


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abé ,'!😀\n", max_size=60))
def test_prediction_from_remembered_words_equals_the_full_sum(text: str) -> None:
    """predict() adds up what each word contributes, remembered per word: it must give what
    summing the weights of every bucket of hash_features gives."""
    model = LearnedModel.load()
    buckets = hash_features(model_reading(text), model.config)
    weights = model.weights_[:, buckets].astype(np.float64).sum(axis=1)
    scale = 1.0 / math.sqrt(max(buckets.shape[0], 1))
    expected = model.predict(text)
    for k, target in enumerate(TARGETS):
        bias = float(model.bias_[k])
        a, b = (float(x) for x in model.calibration_[k])
        z = a * (weights[k] * scale + bias) + b
        assert expected[target] == pytest.approx(1.0 / (1.0 + math.exp(-z)), abs=1e-9)


def test_hash_features_stay_in_range_for_any_bit_width() -> None:
    for bits in (4, 10, 18, 20):
        buckets = hash_features("Ça va? 😀 très bien!!! 123", FeatureConfig(n_bits=bits))
        assert buckets.min() >= 0
        assert buckets.max() < 1 << bits


def test_feature_counts_match_the_inference_sum() -> None:
    config = FeatureConfig(n_bits=12)
    text = "tu es nul nul nul"
    weights = np.random.default_rng(0).normal(size=1 << config.n_bits)
    buckets, values = feature_counts(text, config)
    trained_view = float((weights[buckets] * values).sum())
    hashed = hash_features(text, config)
    inference_view = float(weights[hashed].sum() / np.sqrt(hashed.shape[0]))
    assert trained_view == pytest.approx(inference_view, rel=1e-5)


def test_load_is_shared_between_callers() -> None:
    # Load time and predict speed are printed by bench/guard_learned.py, not asserted here.
    assert LearnedModel.load() is LearnedModel.load()


# --- the committed artefact -----------------------------------------------------------------


@pytest.fixture(scope="module")
def metadata() -> dict[str, object]:
    text = (resources.files("cocon.guard") / "models" / f"{ARTEFACT_NAME}.json").read_text()
    loaded: dict[str, object] = json.loads(text)
    return loaded


def test_artefact_feature_config_is_the_codes(metadata: dict[str, object]) -> None:
    assert metadata["features"] == FeatureConfig().to_dict()
    assert metadata["targets"] == list(TARGETS)
    assert metadata["artefact"] == ARTEFACT_NAME


def test_artefact_was_trained_on_the_current_normaliser(metadata: dict[str, object]) -> None:
    # The model reads normalised text: if the normaliser now folds text differently, inference
    # no longer sees what training saw.  Fix: python -m cocon.guard train, commit the artefact.
    assert metadata["normalizer_fingerprint"] == normalizer_fingerprint(), (
        "cocon.guard.normalize changed since the artefact was trained: retrain it"
    )


def test_artefact_records_versions_and_data_hashes(metadata: dict[str, object]) -> None:
    versions = metadata["versions"]
    assert isinstance(versions, dict)
    assert {"python", "numpy", "scikit-learn"} <= set(versions)
    training = metadata["training"]
    assert isinstance(training, dict)
    assert re.fullmatch(r"[0-9a-f]{64}", training["rows_sha256"])
    assert training["files_sha256"]


def test_artefact_holds_numbers_only() -> None:
    npz = (resources.files("cocon.guard") / "models" / f"{ARTEFACT_NAME}.npz").read_bytes()
    with np.load(io.BytesIO(npz), allow_pickle=False) as arrays:
        assert set(arrays.files) == ARRAY_NAMES
        for name in arrays.files:
            assert arrays[name].dtype.kind == "f", name


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


# Everything a string in the metadata may be: a key, a name, a hash, a version, a date.
_ALLOWED = re.compile(
    r"[a-z0-9_.@:+\-]+|[0-9a-f]{64}|\d{4}-\d{2}-\d{2}|[\w\-]+\.jsonl|[a-z_\-]+(\.[a-z_\-]+)*"
    r"|recall_at_precision_0\.90"
)


def test_artefact_metadata_holds_no_free_text(metadata: dict[str, object]) -> None:
    offending = [s for s in _strings(metadata) if not _ALLOWED.fullmatch(s) or len(s) > 64]
    assert offending == []


def test_artefact_data_hash_matches_the_evaluation_files(metadata: dict[str, object]) -> None:
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"{SHARED_EVAL} is absent: the data hash can only be checked beside it")
    training = metadata["training"]
    assert isinstance(training, dict)
    recorded = training["files_sha256"]
    on_disk = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(SHARED_EVAL.glob("*.jsonl"))
    }
    assert recorded == on_disk


def test_artefact_rows_hash_matches_the_training_rows(metadata: dict[str, object]) -> None:
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"{SHARED_EVAL} is absent: the data hash can only be checked beside it")
    from cocon.guard.train import load_all, rows_sha256

    rows = [r for r in load_all(SHARED_EVAL) if r.split == "train" and r.labels]
    training = metadata["training"]
    assert isinstance(training, dict)
    assert training["rows_sha256"] == rows_sha256(rows)


def test_word_memory_gives_the_same_scores_when_threads_race_to_fill_it() -> None:
    """Fresh models met by eight threads at once score every text as one thread does."""
    package = resources.files("cocon.guard") / "models"
    npz = (package / f"{ARTEFACT_NAME}.npz").read_bytes()
    meta = json.loads((package / f"{ARTEFACT_NAME}.json").read_text("utf-8"))
    texts = [f"mot{k} autre{k % 7} t'es nul {k} fois" for k in range(300)]
    alone = LearnedModel.from_bytes(npz, meta)
    expected = [alone.predict(text) for text in texts]
    shared = LearnedModel.from_bytes(npz, meta)
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(shared.predict, texts))
    assert got == expected


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("hahahahahahahahahahahahahahahaha", "hahaha"),
        ("!" * 40, "!!!"),
        ("." * 25, "..."),
        ("no " * 9, "no no no"),
        ("les " * 5000, "les les les"),
        ("je suis là " * 60, "je suis là je suis là je suis là"),
        ("ok mdr " * 30 + "bref", "ok mdr ok mdr ok mdr bref"),
    ],
)
def test_a_long_run_says_what_three_repeats_say(model: LearnedModel, long: str, short: str) -> None:
    """The model sums every n-gram, so a run typed on and on saturated it: forty "!" or a long
    laugh were abuse, a row of dots self-harm, "les" typed thousands of times hate."""
    assert predict(model, long) == predict(model, short)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ha", "no", "les", "!", "je", "suis"]), max_size=40))
def test_runs_are_cut_and_other_words_kept(words: list[str]) -> None:
    """without_runs keeps every word outside a run, in order, and at most three repeats of any
    run of up to four words; squashed keeps a word without long runs as it is."""
    kept = without_runs(words)
    assert (kept != words) == has_run(words)
    assert len(kept) <= len(words)
    for size in range(1, 5):
        for i in range(len(kept) - 4 * size + 1):
            unit = kept[i : i + size]
            assert not all(kept[i + k * size : i + (k + 1) * size] == unit for k in range(4))
    assert set(kept) == set(words)
    for word in words:
        assert squashed(word) == word


def test_ordinary_text_is_read_as_typed() -> None:
    for text in ("on se voit demain ? ça marche !", "i am so so tired...", "mdrrr t'es bête"):
        assert model_reading(normalize_for_model(text)) == normalize_for_model(text)


def _fresh() -> LearnedModel:
    """A model that has met no word yet (LearnedModel.load() is shared and already warm)."""
    shared = LearnedModel.load()
    return LearnedModel(
        config=shared.config,
        weights_=shared.weights_,
        bias_=shared.bias_,
        calibration_=shared.calibration_,
        metadata=shared.metadata,
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcé ,'!😀\nxyz", max_size=40), max_size=12))
def test_learning_a_batch_first_changes_no_probability(texts: list[str]) -> None:
    """learn() hashes a batch's new words at once; predict() must then return exactly what a
    model that met each message alone returns (each word's sums do not depend on its batch)."""
    alone, batched = _fresh(), _fresh()
    expected = [alone.predict(t) for t in texts]
    batched.learn(texts)
    assert [batched.predict(t) for t in texts] == expected


def test_learn_remembers_every_word_so_predict_hashes_nothing() -> None:
    model = _fresh()
    texts = ["salut toi", "ha ha ha ha ha ha ok", "", "   ", "connnnnard !!!!!!!!"]
    model.learn(texts)
    assert {w for t in texts for w in t.split()} <= set(model._words.parts)
    size = len(model._words.parts)
    for text in texts:
        model.predict(text)
    assert len(model._words.parts) == size
