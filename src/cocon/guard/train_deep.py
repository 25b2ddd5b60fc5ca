"""Train deep mode's heads: ``python -m cocon.guard train --deep``.

Same rows and split as the learned layer (:mod:`cocon.guard.train`). Each head is a logistic
regression on the encoder's embedding of the normalised text. How much a head's log-odds count
next to the learned layer's is chosen on out-of-fold scores of the *training* split (both layers
refitted per fold, folds by conversation or row), never on the held-out part, so the held-out
figures that ``evaluate --deep`` prints stay honest.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from cocon.guard.deep import (
    DEEP_ARTEFACT_NAME,
    ENCODER_PACKAGE,
    DeepHeads,
    blend,
    embed,
    encoder_fingerprint,
    encoder_version,
    load_encoder,
)
from cocon.guard.evaluate import roc_auc
from cocon.guard.features import FeatureConfig
from cocon.guard.learned import TARGETS, LearnedModel, normalize_for_model
from cocon.guard.train import (
    SPLIT_SALT,
    Row,
    TrainConfig,
    _training_date,
    data_files,
    file_sha256,
    fit_model,
    held_out_metrics,
    library_versions,
    load_all,
    npz_bytes,
    rows_sha256,
    sample_weights,
    trained_labels,
    write_artefact,
)

__all__ = ["DeepConfig", "train_deep", "fit_heads", "choose_blend"]

FloatArray = npt.NDArray[np.float64]
SUICIDE_FILE = "suicide_detection_reddit_en_dev.jsonl"


@dataclass(frozen=True, kw_only=True)
class DeepConfig:
    """Hyper-parameters of the heads; recorded in the artefact.

    ``only_files`` keeps a target's head to some files: the C-SSRS rows are whole post histories
    of a user, a different unit from the single posts the self-harm head reads.
    """

    c: dict[str, float] = field(
        default_factory=lambda: {"abusive": 1.0, "hate": 1.0, "self_harm": 4.0}
    )
    only_files: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {"self_harm": (SUICIDE_FILE,)}
    )
    blend_grid: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0, 3.0)
    folds: int = 4
    max_iter: int = 3000

    def to_dict(self) -> dict[str, Any]:
        """Return the parameters as a JSON-ready dict."""
        return {
            "c": dict(sorted(self.c.items())),
            "only_files": {k: list(v) for k, v in sorted(self.only_files.items())},
            "blend_grid": list(self.blend_grid),
            "folds": self.folds,
            "max_iter": self.max_iter,
        }


def _head_rows(rows: Sequence[Row], target: str, config: DeepConfig) -> list[int]:
    only = config.only_files.get(target)
    return [
        i
        for i, row in enumerate(rows)
        if target in trained_labels(row) and (only is None or row.file in only)
    ]


def fit_heads(
    rows: Sequence[Row], embeddings: npt.NDArray[np.float32], config: DeepConfig
) -> tuple[npt.NDArray[np.float32], FloatArray]:
    """Fit one logistic head per target; return (weights (n_targets, 512), bias (n_targets,))."""
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((len(TARGETS), embeddings.shape[1]), dtype=np.float32)
    bias = np.zeros(len(TARGETS), dtype=np.float64)
    for t, target in enumerate(TARGETS):
        chosen = _head_rows(rows, target, config)
        if not chosen:
            continue
        y = np.array([rows[i].labels[target] for i in chosen], dtype=np.int64)
        if len(set(y.tolist())) < 2:
            bias[t] = 20.0 if y[0] else -20.0
            continue
        share = sample_weights([rows[i].file for i in chosen], y, TrainConfig().for_target(target))
        head = LogisticRegression(C=config.c[target], max_iter=config.max_iter)
        head.fit(embeddings[chosen], y, sample_weight=share)
        weights[t] = head.coef_[0].astype(np.float32)
        bias[t] = float(head.intercept_[0])
    return weights, bias


def _fold(row: Row, k: int) -> int:
    # By group, so both annotations of a chat and all rows of a conversation share a fold.
    digest = hashlib.sha256((SPLIT_SALT + "deep-fold:" + row.group).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % k


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return float(np.log(p / (1.0 - p)))


def choose_blend(
    rows: Sequence[Row],
    embeddings: npt.NDArray[np.float32],
    config: DeepConfig,
    *,
    features: FeatureConfig,
    params: TrainConfig,
    log: Any = None,
) -> tuple[FloatArray, dict[str, dict[str, float]]]:
    """Return the blend weight per target and the sweep it came from.

    Out-of-fold scores of both layers on the training rows; for each target the weight with the
    best mean ROC-AUC over the files annotating it (each file counts once, whatever its size).
    """
    fast_z = np.zeros((len(rows), len(TARGETS)))
    deep_z = np.zeros((len(rows), len(TARGETS)))
    folds = np.array([_fold(row, config.folds) for row in rows])
    for fold in range(config.folds):
        inside = [i for i in range(len(rows)) if folds[i] != fold]
        held = np.flatnonzero(folds == fold)
        fitted = [rows[i] for i in inside]
        model, _ = fit_model(fitted, features=features, params=params)
        weights, bias = fit_heads(fitted, embeddings[inside], config)
        for i in held.tolist():
            predicted = model.predict(normalize_for_model(rows[i].text))
            fast_z[i] = [_logit(predicted[t]) for t in TARGETS]
        deep_z[held] = embeddings[held].astype(np.float64) @ weights.T.astype(np.float64) + bias
        if log is not None:
            print(f"deep: fold {fold + 1}/{config.folds} scored", file=log, flush=True)
    chosen = np.ones(len(TARGETS))
    sweep: dict[str, dict[str, float]] = {}
    for t, target in enumerate(TARGETS):
        index = _head_rows(rows, target, config)
        files = sorted({rows[i].file for i in index})
        table: dict[str, float] = {}
        for weight in (0.0, *config.blend_grid):
            aucs = []
            for name in files:
                part = [i for i in index if rows[i].file == name]
                y = np.array([rows[i].labels[target] for i in part])
                if 0 < y.sum() < len(y):
                    aucs.append(roc_auc(y, fast_z[part, t] + weight * deep_z[part, t]))
            table[str(weight)] = round(float(np.mean(aucs)), 4) if aucs else float("nan")
        sweep[target] = table
        best = max(config.blend_grid, key=lambda w: table[str(w)])
        chosen[t] = best
        if log is not None:
            print(f"deep: {target} blend sweep {json.dumps(table)} -> {best}", file=log)
    return chosen, sweep


def deep_artefact_bytes(heads: DeepHeads) -> bytes:
    """Return the ``.npz`` bytes of the heads (fixed timestamps: same numbers, same bytes)."""
    return npz_bytes(
        {
            "bias": heads.bias_.astype(np.float32),
            "blend": heads.blend_.astype(np.float32),
            "weights": heads.weights_.astype(np.float32),
        }
    )


def train_deep(
    data_dir: Path,
    out_dir: Path,
    *,
    config: DeepConfig | None = None,
    log: Any = None,
) -> dict[str, Any]:
    """Fit the heads on the train part of ``data_dir``, choose the blend, write the artefact.

    Needs the training extra (scikit-learn) and the deep extra (the encoder). Takes about three
    minutes on one core, most of it embedding 32,000 texts.
    """
    config = config or DeepConfig()
    encoder = load_encoder()
    rows = load_all(data_dir)
    train_rows = [row for row in rows if row.split == "train" and row.labels]
    test_rows = [row for row in rows if row.split == "test"]
    if log is not None:
        print(f"deep: embedding {len(train_rows) + len(test_rows)} texts", file=log, flush=True)
    train_x = embed(encoder, [normalize_for_model(row.text) for row in train_rows])
    test_x = embed(encoder, [normalize_for_model(row.text) for row in test_rows])
    learned = LearnedModel.load()
    features = FeatureConfig(**learned.metadata["features"])
    params = TrainConfig.from_dict(learned.metadata["training"]["params"])
    blend_weights, sweep = choose_blend(
        train_rows, train_x, config, features=features, params=params, log=log
    )
    weights, bias = fit_heads(train_rows, train_x, config)
    heads = DeepHeads(
        weights_=weights,
        bias_=bias.astype(np.float32).astype(np.float64),
        blend_=blend_weights.astype(np.float32).astype(np.float64),
        metadata={},
    )
    test_logits = heads.logits(test_x).tolist()
    blend_weights_list = heads.blend_.tolist()
    metrics = held_out_metrics(
        data_dir,
        test_rows,
        [
            blend(learned.predict(normalize_for_model(row.text)), logits, blend_weights_list)
            for row, logits in zip(test_rows, test_logits, strict=True)
        ],
        log=log,
    )
    counts: dict[str, dict[str, int]] = {}
    for target in TARGETS:
        per_file = Counter(train_rows[i].file for i in _head_rows(train_rows, target, config))
        counts[target] = dict(sorted(per_file.items()))
    metadata: dict[str, Any] = {
        "artefact": DEEP_ARTEFACT_NAME,
        "format": 1,
        "targets": list(TARGETS),
        "input": "normalize_for_model(text)[:4000]",
        "encoder": {
            "package": ENCODER_PACKAGE,
            "version": encoder_version(),
            "fingerprint": encoder_fingerprint(encoder),
        },
        "learned_artefact": learned.metadata.get("artefact"),
        "learned_rows_sha256": learned.metadata["training"]["rows_sha256"],
        "training": {
            "date": _training_date(),
            "files_sha256": {path.name: file_sha256(path) for path in data_files(data_dir)},
            "rows_sha256": rows_sha256(train_rows),
            "rows": counts,
            "params": config.to_dict(),
            "blend_sweep_out_of_fold": sweep,
        },
        "versions": library_versions(),
        "metrics_test_split": metrics,
    }
    write_artefact(out_dir, DEEP_ARTEFACT_NAME, deep_artefact_bytes(heads), metadata)
    return metadata
