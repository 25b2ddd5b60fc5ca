"""Score the engine against labelled files: ``python -m cocon.guard evaluate FILE...``.

Every metric is computed with numpy alone (no scikit-learn at evaluation time), on the
dimensions a file annotates (``y`` not null), by default on the held-out part of the split that
training used, so that the printed figures are honest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from cocon.guard.learned import TARGETS, LearnedModel, normalize_for_model

__all__ = [
    "roc_auc",
    "spearman",
    "precision_recall_f1",
    "recall_at_precision",
    "obfuscate",
    "obfuscate_hard",
    "misspell",
    "score_rows",
    "main",
]

RISK_LEVELS = ("none", "low", "moderate", "high", "imminent")
ABUSIVE_CATEGORIES = ("abuse", "hate", "threat", "sexual", "incitement")
FloatArray = npt.NDArray[np.float64]


def rankdata(values: npt.ArrayLike) -> FloatArray:
    """Return 1-based ranks, ties sharing their average rank.

    Examples
    --------
    >>> rankdata([10, 20, 20, 30]).tolist()
    [1.0, 2.5, 2.5, 4.0]
    """
    x = np.asarray(values, dtype=np.float64)
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(x.shape[0], dtype=np.float64)
    sorted_x = x[order]
    # Runs of equal values get the mean of the positions they span.
    boundaries = np.flatnonzero(np.diff(sorted_x)) + 1
    starts = np.concatenate(([0], boundaries))
    ends = np.concatenate((boundaries, [x.shape[0]]))
    mean_rank = (starts + ends + 1) / 2.0
    ranks[order] = np.repeat(mean_rank, ends - starts)
    return ranks


def roc_auc(labels: npt.ArrayLike, scores: npt.ArrayLike) -> float:
    """Return the area under the ROC curve (Mann-Whitney U), ties counting one half.

    Returns NaN when only one class is present.

    Examples
    --------
    >>> roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    0.75
    """
    y = np.asarray(labels).astype(bool)
    n_pos = int(y.sum())
    n_neg = y.shape[0] - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = rankdata(scores)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def spearman(x: npt.ArrayLike, y: npt.ArrayLike) -> float:
    """Return Spearman's rank correlation (Pearson on average ranks); NaN if one is constant.

    Examples
    --------
    >>> spearman([1, 2, 3, 4], [10, 20, 30, 40])
    1.0
    """
    rx, ry = rankdata(x), rankdata(y)
    rx -= rx.mean()
    ry -= ry.mean()
    denominator = float(np.sqrt((rx * rx).sum() * (ry * ry).sum()))
    if denominator == 0.0:
        return float("nan")
    return float((rx * ry).sum() / denominator)


def precision_recall_f1(
    labels: npt.ArrayLike, predicted: npt.ArrayLike
) -> tuple[float, float, float]:
    """Return precision, recall and F1 of binary predictions (0.0 where undefined).

    Examples
    --------
    >>> precision_recall_f1([1, 1, 0, 0], [1, 0, 1, 0])
    (0.5, 0.5, 0.5)
    """
    y = np.asarray(labels).astype(bool)
    p = np.asarray(predicted).astype(bool)
    tp = float((y & p).sum())
    precision = tp / float(p.sum()) if p.any() else 0.0
    recall = tp / float(y.sum()) if y.any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def recall_at_precision(labels: npt.ArrayLike, scores: npt.ArrayLike, minimum: float) -> float:
    """Return the best recall over thresholds whose precision is at least ``minimum``.

    Examples
    --------
    >>> recall_at_precision([1, 1, 0, 1], [0.9, 0.8, 0.7, 0.6], 0.9)
    0.6666666666666666
    """
    y = np.asarray(labels).astype(bool)
    s = np.asarray(scores, dtype=np.float64)
    if not y.any():
        return float("nan")
    order = np.argsort(-s, kind="mergesort")
    y_sorted, s_sorted = y[order], s[order]
    tp = np.cumsum(y_sorted)
    seen = np.arange(1, y.shape[0] + 1)
    # Only the last position of a run of tied scores is a reachable threshold.
    last_of_tie = np.append(s_sorted[1:] != s_sorted[:-1], True)
    ok = last_of_tie & (tp / seen >= minimum)
    return float(tp[ok].max() / y.sum()) if ok.any() else 0.0


# --- obfuscation ----------------------------------------------------------------------------

# Vowels only: the common disguise ("c0nn4rd"), and one the normaliser must fold.
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0"})
# Latin letters and Cyrillic or Greek twins that render the same.
_LOOKALIKE = str.maketrans(
    {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
)
OBFUSCATIONS = ("leet", "lookalike", "stretch", "dots", "spaced")


def _longest_word(words: list[str]) -> int:
    """Return the index of the longest word made of letters only (the first one, on a tie)."""
    return max(range(len(words)), key=lambda i: len(words[i]) if words[i].isalpha() else 0)


def obfuscate(text: str, mode: str) -> str:
    """Return ``text`` disguised the way people dodge filters.

    ``leet`` and ``lookalike`` swap letters everywhere; ``stretch`` repeats the vowels of words
    of four letters or more; ``dots`` writes those words ``c.o.n.n.a.r.d``; ``spaced`` writes the
    longest word ``c o n n a r d`` (one word only: two spaced words in a row cannot be told
    apart, by a person either).

    Examples
    --------
    >>> obfuscate("sale con", "leet")
    's4l3 c0n'
    >>> obfuscate("espece de connard", "spaced")
    'espece de c o n n a r d'
    """
    if mode == "leet":
        return text.translate(_LEET)
    if mode == "lookalike":
        return text.translate(_LOOKALIKE)
    words = text.split(" ")
    if mode == "stretch":
        return " ".join(
            "".join(c * 4 if c in "aeiouAEIOU" else c for c in w) if len(w) >= 4 else w
            for w in words
        )
    if mode == "dots":
        return " ".join(".".join(w) if len(w) >= 4 and w.isalpha() else w for w in words)
    if mode == "spaced":
        longest = _longest_word(words)
        words[longest] = " ".join(words[longest])
        return " ".join(words)
    raise ValueError(f"unknown obfuscation {mode!r}")


def obfuscation_mode(row_id: str, modes: tuple[str, ...] = OBFUSCATIONS) -> str:
    """Return the disguise applied to a row, chosen by a hash so that runs repeat."""
    digest = hashlib.sha256(("obfuscate:" + row_id).encode("utf-8")).digest()
    return modes[digest[0] % len(modes)]


# Harder disguises, seen on social media and made by "fancy text" generators: every letter
# that has a leet form swapped at once, small capitals, a star for a letter, an emoji inside the
# longest word, every letter typed twice.
HARD_OBFUSCATIONS = ("fullleet", "smallcaps", "mask", "emoji", "doubled")
_FULL_LEET = str.maketrans({"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "t": "7", "l": "1"})
_SMALL_CAPS = str.maketrans(
    dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))
)


def obfuscate_hard(text: str, mode: str) -> str:
    """Return ``text`` disguised one of the :data:`HARD_OBFUSCATIONS` ways.

    ``mask`` hides the second letter of each word of four letters or more ("c*nnard"),
    ``emoji`` breaks the longest word with an emoji, ``doubled`` types every letter twice.

    Examples
    --------
    >>> obfuscate_hard("sale con", "fullleet"), obfuscate_hard("sale con", "smallcaps")
    ('$@13 c0n', 'ꜱᴀʟᴇ ᴄᴏɴ')
    >>> obfuscate_hard("espece de connard", "mask"), obfuscate_hard("sale connard", "emoji")
    ('e*pece de c*nnard', 'sale con🤬nard')
    >>> obfuscate_hard("sale con", "doubled")
    'ssaallee ccoonn'
    """
    lowered = text.lower()
    if mode == "fullleet":
        return lowered.translate(_FULL_LEET)
    if mode == "smallcaps":
        return lowered.translate(_SMALL_CAPS)
    words = text.split(" ")
    if mode == "mask":
        return " ".join(w[0] + "*" + w[2:] if len(w) >= 4 and w.isalpha() else w for w in words)
    if mode == "emoji":
        longest = _longest_word(words)
        word = words[longest]
        if len(word) >= 4 and word.isalpha():
            words[longest] = word[: len(word) // 2] + "🤬" + word[len(word) // 2 :]
        return " ".join(words)
    if mode == "doubled":
        return " ".join("".join(c * 2 for c in w) if w.isalpha() else w for w in words)
    raise ValueError(f"unknown obfuscation {mode!r}")


# Misspellings the normaliser cannot undo and the typo reader is for (HateCheck's "spelling
# variations"): two letters swapped, one dropped, two words glued together.
MISSPELLINGS = ("swap", "drop", "glue")


def misspell(text: str, mode: str) -> str:
    """Return ``text`` with its longest word misspelt the way people type in a hurry.

    Examples
    --------
    >>> misspell("espece de connard", "swap"), misspell("espece de connard", "drop")
    ('espece de conanrd', 'espece de conard')
    >>> misspell("sale connard va", "glue")
    'sale connardva'
    """
    words = text.split(" ")
    longest = _longest_word(words)
    word = words[longest]
    if mode == "glue":
        if longest + 1 < len(words):
            words[longest : longest + 2] = [word + words[longest + 1]]
        elif longest > 0:
            words[longest - 1 : longest + 1] = [words[longest - 1] + word]
        return " ".join(words)
    if len(word) < 5 or not word.isalpha():
        return text
    middle = len(word) // 2
    if mode == "swap":
        # two different neighbours from the middle on (swapping "nn" would change nothing)
        i = next((k for k in range(middle, len(word) - 1) if word[k] != word[k + 1]), middle)
        words[longest] = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif mode == "drop":
        words[longest] = word[:middle] + word[middle + 1 :]
    else:
        raise ValueError(f"unknown misspelling {mode!r}")
    return " ".join(words)


# --- scoring --------------------------------------------------------------------------------

Scorer = Callable[[str], dict[str, float]]


def model_scorer() -> Scorer:
    """Return a scorer built on the learned layer alone (the fallback without the engine)."""
    model = LearnedModel.load()

    def score(text: str) -> dict[str, float]:
        result = model.predict(normalize_for_model(text))
        return result

    return score


def guard_scorer(*, deep: bool = False) -> Scorer | None:
    """Return a scorer on the full engine verdict, or None while the engine does not exist."""
    try:
        from cocon.guard.engine import Guard
    except ImportError:
        return None
    guard: Any = Guard(deep=deep).load()

    def score(text: str) -> dict[str, float]:
        verdict = guard.check(text)
        scores: dict[str, float] = verdict.scores
        risk = str(verdict.risk)
        return {
            "abusive": max(float(scores.get(c, 0.0)) for c in ABUSIVE_CATEGORIES),
            "hate": float(scores.get("hate", 0.0)),
            "self_harm": float(scores.get("self_harm", 0.0)),
            "risk_level": float(RISK_LEVELS.index(risk)) if risk in RISK_LEVELS else 0.0,
        }

    return score


def score_rows(
    rows: Sequence[Any], predictions: Sequence[dict[str, float]], *, threshold: float = 0.5
) -> dict[str, Any]:
    """Return the metrics of ``predictions`` against the labels of ``rows``.

    Parameters
    ----------
    rows : sequence of :class:`cocon.guard.train.Row`
    predictions : sequence of dict
        One dict per row with a probability per target, and optionally ``risk_level`` (the
        engine's risk, 0 = none to 4 = imminent), preferred over ``self_harm`` for C-SSRS.
    threshold : float
        Probability from which a prediction counts as positive.
    """
    report: dict[str, Any] = {"n": len(rows)}
    for target in TARGETS:
        index = [i for i, row in enumerate(rows) if target in row.labels]
        if not index:
            continue
        y = np.array([rows[i].labels[target] for i in index])
        s = np.array([predictions[i][target] for i in index], dtype=np.float64)
        precision, recall, f1 = precision_recall_f1(y, s >= threshold)
        entry = {
            "n": len(index),
            "positives": int(y.sum()),
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "roc_auc": round(roc_auc(y, s), 4),
        }
        if target == "self_harm":
            entry["recall_at_precision_0.90"] = round(recall_at_precision(y, s, 0.90), 4)
        report[target] = entry
    ordinal = [
        (row.ordinal, predictions[i]) for i, row in enumerate(rows) if row.ordinal is not None
    ]
    if ordinal:
        levels = np.array([o for o, _ in ordinal], dtype=np.float64)
        has_level = all("risk_level" in p for _, p in ordinal)
        key = "risk_level" if has_level else "self_harm"
        risk = np.array([p[key] for _, p in ordinal], dtype=np.float64)
        # Ideation is the engine's "moderate" risk; the model alone uses its threshold.
        flag = risk >= (2.0 if has_level else threshold)
        report["cssrs"] = {
            "n": len(ordinal),
            "score": key,
            "spearman_rho": round(spearman(risk, levels), 4),
            "recall_ideation_and_above": (
                round(float(flag[levels >= 2].mean()), 4) if (levels >= 2).any() else float("nan")
            ),
            "mean_score_by_level": {
                name: round(float(risk[levels == i].mean()), 4)
                for i, name in enumerate(("none", "indicator", "ideation", "behavior", "attempt"))
                if (levels == i).any()
            },
        }
    return report


def obfuscation_report(
    rows: Sequence[Any],
    scorer: Scorer,
    *,
    threshold: float = 0.5,
    kinds: tuple[str, ...] = OBFUSCATIONS,
    disguise: Callable[[str, str], str] = obfuscate,
) -> dict[str, Any]:
    """Return the recall on each target's positives, clean and disguised, and their ratio.

    ``kinds`` and ``disguise`` default to the obfuscations; pass :data:`MISSPELLINGS` and
    :func:`misspell` for the spelling variations.
    """
    report: dict[str, Any] = {}
    for target in ("abusive", "hate"):
        positives = [row for row in rows if row.labels.get(target) == 1]
        if not positives:
            continue
        clean = np.array([scorer(row.text)[target] >= threshold for row in positives])
        modes = [obfuscation_mode(row.id, kinds) for row in positives]
        dirty = np.array(
            [
                scorer(disguise(row.text, mode))[target] >= threshold
                for row, mode in zip(positives, modes, strict=True)
            ]
        )
        kept = float(dirty.mean() / clean.mean()) if clean.any() else float("nan")
        by_mode = {
            mode: round(float(dirty[[m == mode for m in modes]].mean()), 4)
            for mode in kinds
            if mode in modes
        }
        report[target] = {
            "positives": len(positives),
            "recall_clean": round(float(clean.mean()), 4),
            "recall_obfuscated": round(float(dirty.mean()), 4),
            "recall_kept": round(kept, 4),
            "recall_obfuscated_by_mode": by_mode,
        }
    return report


def format_report(title: str, report: dict[str, Any]) -> str:
    """Return a report as aligned, human-readable lines."""
    lines = [f"{title}  (n={report.get('n', '?')})"]
    for target in TARGETS:
        entry = report.get(target)
        if entry is None:
            continue
        line = (
            f"  {target:<10} n={entry['n']:<6} pos={entry['positives']:<6} "
            f"P={entry['precision']:.3f} R={entry['recall']:.3f} F1={entry['f1']:.3f} "
            f"ROC-AUC={entry['roc_auc']:.3f}"
        )
        if "recall_at_precision_0.90" in entry:
            line += f" R@P>=0.90={entry['recall_at_precision_0.90']:.3f}"
        lines.append(line)
    if "cssrs" in report:
        c = report["cssrs"]
        lines.append(
            f"  c-ssrs     n={c['n']:<6} spearman_rho={c['spearman_rho']:.3f} "
            f"recall(ideation+)={c['recall_ideation_and_above']:.3f} "
            f"mean by level={json.dumps(c['mean_score_by_level'])}"
        )
    for key, label in (
        ("obfuscation", "obfuscated"),
        ("hard_obfuscation", "hard-obfuscated"),
        ("misspelt", "misspelt"),
    ):
        for target, entry in report.get(key, {}).items():
            lines.append(
                f"  {label:<10} {target:<10} positives={entry['positives']} "
                f"recall clean={entry['recall_clean']:.3f} "
                f"{label}={entry['recall_obfuscated']:.3f} kept={entry['recall_kept']:.3f} "
                f"by mode={json.dumps(entry['recall_obfuscated_by_mode'])}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run ``python -m cocon.guard evaluate``; return the exit status."""
    from cocon.guard.train import (
        TrainConfig,
        chat_test_keys,
        cross_validate,
        file_sha256,
        load_rows,
    )

    parser = argparse.ArgumentParser(
        prog="python -m cocon.guard evaluate",
        description="Precision, recall, F1 and ROC-AUC per category against labelled JSONL.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument(
        "--split",
        choices=("test", "all"),
        default="test",
        help="score the held-out part (default) or every row",
    )
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument(
        "--model-only",
        action="store_true",
        help="score the learned layer alone instead of the full engine verdict",
    )
    parser.add_argument(
        "--obfuscate",
        action="store_true",
        help="also score an obfuscated copy of the positives and print the recall kept",
    )
    parser.add_argument(
        "--cv",
        type=int,
        default=0,
        metavar="K",
        help="K-fold cross-validation of the learned layer (retrains K times; needs the "
        "training extra and the other files of the data directory)",
    )
    parser.add_argument(
        "--deep",
        action="store_true",
        help="score the engine in deep mode (sentence encoder; needs cocon[deep])",
    )
    parser.add_argument(
        "--misspell",
        action="store_true",
        help="also score a misspelt copy of the positives (letters swapped or dropped, words glued)",
    )
    parser.add_argument(
        "--obfuscate-hard",
        action="store_true",
        help="also score a copy of the positives in harder disguises (full leet, small "
        "capitals, masked letters, an emoji inside a word, doubled letters)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = parser.parse_args(argv)
    if args.deep and (args.model_only or args.cv):
        parser.error("--deep scores the full engine: not with --model-only or --cv")

    scorer: Scorer | None = None
    if not args.cv:
        from cocon.guard.errors import DeepUnavailableError

        try:
            scorer = None if args.model_only else guard_scorer(deep=args.deep)
        except DeepUnavailableError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        engine = "learned model" if scorer is None else "guard"
        engine += ", deep mode" if args.deep else ""
        scorer = scorer or model_scorer()
    training = LearnedModel.load().metadata.get("training", {})
    trained_on = set(training.get("files_sha256", {}).values())
    status = 0
    for path in args.files:
        if not path.is_file():
            print(f"error: {path}: no such file", file=sys.stderr)
            status = 2
            continue
        if args.cv:
            rows, predictions = cross_validate(
                path.parent, path.name, args.cv, params=TrainConfig()
            )
            title = f"{path.name} [{args.cv}-fold CV, learned model]"
        else:
            assert scorer is not None  # noqa: S101 - set above whenever args.cv is 0
            rows = load_rows(path, test_keys=chat_test_keys(path.parent))
            split = args.split
            if split == "test" and file_sha256(path) not in trained_on:
                # A file training never read (HOLDOUT, an outside export) is held out whole.
                split = "all (unseen file)"
            elif split == "test":
                rows = [row for row in rows if row.split == "test"]
            predictions = [scorer(row.text) for row in rows]
            title = f"{path.name} [split={split}, {engine}]"
        report = score_rows(rows, predictions, threshold=args.threshold)
        if args.obfuscate and scorer is not None:
            report["obfuscation"] = obfuscation_report(rows, scorer, threshold=args.threshold)
        if args.obfuscate_hard and scorer is not None:
            report["hard_obfuscation"] = obfuscation_report(
                rows,
                scorer,
                threshold=args.threshold,
                kinds=HARD_OBFUSCATIONS,
                disguise=obfuscate_hard,
            )
        if args.misspell and scorer is not None:
            report["misspelt"] = obfuscation_report(
                rows, scorer, threshold=args.threshold, kinds=MISSPELLINGS, disguise=misspell
            )
        if args.json:
            print(json.dumps({"file": path.name, "title": title, **report}, sort_keys=True))
        else:
            print(format_report(title, report))
    return status
