"""evaluate: metric functions against hand-computed values, obfuscation, the command."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from cocon.guard import Guard
from cocon.guard.evaluate import (
    OBFUSCATIONS,
    main,
    obfuscate,
    obfuscation_mode,
    precision_recall_f1,
    rankdata,
    recall_at_precision,
    roc_auc,
    score_rows,
    spearman,
)
from cocon.guard.normalize import normalize
from cocon.guard.train import Row


def test_roc_auc_counts_ordered_pairs() -> None:
    # Pairs (pos, neg): (0.35, 0.1) ok, (0.35, 0.4) wrong, (0.8, *) ok -> 3 of 4.
    assert roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75


def test_roc_auc_counts_ties_as_half() -> None:
    assert roc_auc([0, 1], [0.5, 0.5]) == 0.5
    # pos 0.5 vs negs 0.5 (tie, 1/2) and 0.2 (win) -> 1.5 / 2.
    assert roc_auc([0, 0, 1], [0.5, 0.2, 0.5]) == 0.75


def test_roc_auc_is_nan_with_one_class() -> None:
    assert math.isnan(roc_auc([1, 1], [0.2, 0.3]))


def test_rankdata_averages_ties() -> None:
    assert rankdata([3, 1, 3, 2]).tolist() == [3.5, 1.0, 3.5, 2.0]


def test_spearman_matches_hand_computation() -> None:
    # Ranks x: 1 2 3 4 5, y: 2 1 4 3 5 -> d^2 = 1+1+1+1+0 = 4; rho = 1 - 6*4/(5*24) = 0.8.
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(spearman([1, 1, 1], [1, 2, 3]))


def test_precision_recall_f1_match_hand_computation() -> None:
    # tp=2, fp=1, fn=2: P=2/3, R=1/2, F1=2*(1/3)/(7/6)=4/7.
    p, r, f1 = precision_recall_f1([1, 1, 1, 1, 0, 0], [1, 1, 0, 0, 1, 0])
    assert (p, r) == (pytest.approx(2 / 3), 0.5)
    assert f1 == pytest.approx(4 / 7)
    assert precision_recall_f1([0, 0], [0, 0]) == (0.0, 0.0, 0.0)


def test_recall_at_precision_picks_the_best_allowed_threshold() -> None:
    labels = [1, 1, 0, 1, 1, 0]
    scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]
    # Precision at each cut: 1, 1, 2/3, 3/4, 4/5, 4/6.
    assert recall_at_precision(labels, scores, 0.75) == 1.0
    assert recall_at_precision(labels, scores, 0.9) == 0.5
    # Tied scores cannot be separated: the cut falls after the whole tie.
    assert recall_at_precision([1, 0], [0.5, 0.5], 0.9) == 0.0


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("leet", "3sp3c3 d3 c0nn4rd"),
        ("lookalike", "\u0435s\u0440\u0435\u0441\u0435 d\u0435 \u0441\u043enn\u0430rd"),
        ("stretch", "eeeespeeeeceeee de coooonnaaaard"),
        ("dots", "e.s.p.e.c.e de c.o.n.n.a.r.d"),
        ("spaced", "espece de c o n n a r d"),
    ],
)
def test_obfuscate_disguises_the_text(mode: str, expected: str) -> None:
    assert obfuscate("espece de connard", mode) == expected


@pytest.mark.parametrize("mode", OBFUSCATIONS)
def test_normaliser_undoes_each_obfuscation(mode: str) -> None:
    text = "espece de connard"
    assert normalize(obfuscate(text, mode)).text == normalize(text).text


def test_obfuscation_mode_is_deterministic_and_covers_all_modes() -> None:
    modes = {obfuscation_mode(f"row-{i}") for i in range(200)}
    assert modes == set(OBFUSCATIONS)
    assert obfuscation_mode("row-1") == obfuscation_mode("row-1")


def _row(labels: dict[str, int], ordinal: int | None = None) -> Row:
    return Row(
        file="f.jsonl", id="x", text="", lang="fr", labels=labels, ordinal=ordinal,
        group="x", split="test", fold_key=0,
    )  # fmt: skip


def test_score_rows_skips_unannotated_dimensions() -> None:
    rows = [_row({"abusive": 1}), _row({"abusive": 0}), _row({})]
    preds = [{"abusive": 0.9, "hate": 0.9, "self_harm": 0.0}] * 2 + [
        {"abusive": 0.9, "hate": 0.9, "self_harm": 0.9}
    ]
    report = score_rows(rows, preds)
    assert set(report) == {"n", "abusive"}
    assert report["abusive"]["n"] == 2
    assert report["abusive"]["precision"] == 0.5


def test_score_rows_reports_cssrs_rank_correlation_on_risk_levels() -> None:
    rows = [_row({"self_harm": int(o >= 2)}, ordinal=o) for o in range(5)]
    preds = [
        {"abusive": 0.0, "hate": 0.0, "self_harm": 0.1 * o, "risk_level": float(o)}
        for o in range(5)
    ]
    cssrs = score_rows(rows, preds)["cssrs"]
    assert cssrs["score"] == "risk_level"
    assert cssrs["spearman_rho"] == 1.0
    assert cssrs["recall_ideation_and_above"] == 1.0


# Hand-written rows in the evaluation format.
TINY = [
    {"id": "t1", "text": "t'es qu'un sale connard", "lang": "fr",
     "y": {"abusive": 1, "hate": None, "self_harm_risk": None}},
    {"id": "t2", "text": "merci beaucoup pour ton aide", "lang": "fr",
     "y": {"abusive": 0, "hate": None, "self_harm_risk": None}},
    {"id": "t3", "text": "ferme ta gueule espèce de bouffon", "lang": "fr",
     "y": {"abusive": 1, "hate": None, "self_harm_risk": None}},
    {"id": "t4", "text": "on se voit demain pour réviser", "lang": "fr",
     "y": {"abusive": 0, "hate": None, "self_harm_risk": None}},
]  # fmt: skip


def test_evaluate_command_prints_metrics_for_the_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in TINY) + "\n", encoding="utf-8")
    assert main([str(path), "--split", "all", "--model-only", "--obfuscate", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["abusive"]["n"] == 4
    assert report["abusive"]["roc_auc"] == 1.0
    assert "hate" not in report
    assert report["obfuscation"]["abusive"]["positives"] == 2


def test_evaluate_command_scores_the_engine_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in TINY) + "\n", encoding="utf-8")
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "guard" in out
    # Training never read this file, so the held-out part is all of it.
    assert "split=all (unseen file)" in out
    assert "n=4" in out
    assert "abusive" in out


def test_evaluate_command_reports_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "absent.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("swap", "espece de conanrd"),
        ("drop", "espece de conard"),
        ("glue", "espece deconnard"),
    ],
)
def test_misspell_changes_the_longest_word(mode: str, expected: str) -> None:
    from cocon.guard.evaluate import misspell

    assert misspell("espece de connard", mode) == expected


def test_misspell_leaves_short_or_odd_text_alone() -> None:
    from cocon.guard.evaluate import misspell

    assert misspell("tg", "swap") == "tg"
    assert misspell("", "drop") == ""
    with pytest.raises(ValueError, match="unknown misspelling"):
        misspell("espece de connard", "shout")


def test_misspelt_report_counts_every_mode(tmp_path: Path) -> None:
    from cocon.guard.evaluate import MISSPELLINGS, misspell, obfuscation_report

    rows = [
        Row(
            file="f.jsonl",
            id=f"r{i}",
            text="espece de sale connard",
            lang="fr",
            labels={"abusive": 1},
            ordinal=None,
            group=f"r{i}",
            split="test",
            fold_key=i,
        )  # fmt: skip
        for i in range(60)
    ]
    guard = Guard()

    def scorer(text: str) -> dict[str, float]:
        return {"abusive": guard.check(text).scores["abuse"], "hate": 0.0}

    report = obfuscation_report(rows, scorer, kinds=MISSPELLINGS, disguise=misspell)
    entry = report["abusive"]
    assert set(entry["recall_obfuscated_by_mode"]) == set(MISSPELLINGS)
    assert entry["recall_clean"] == 1.0
    assert entry["recall_kept"] == 1.0  # the typo reader reads every disguise back


@pytest.mark.parametrize("mode", ["fullleet", "smallcaps", "mask", "emoji", "doubled"])
def test_the_engine_sees_through_each_hard_obfuscation(mode: str) -> None:
    from cocon.guard import Guard
    from cocon.guard.evaluate import obfuscate_hard

    guard = Guard()
    for text in ("espece de connard", "t'es qu'une sale pute", "you stupid bitch"):
        disguised = obfuscate_hard(text, mode)
        assert disguised != text
        verdict = guard.check(disguised)
        assert verdict.action in ("nudge", "block"), (disguised, verdict.reasons)
        assert any(r.startswith("abuse") for r in verdict.reasons), (disguised, verdict.reasons)


def test_obfuscate_hard_refuses_an_unknown_mode() -> None:
    from cocon.guard.evaluate import obfuscate_hard

    with pytest.raises(ValueError, match="unknown obfuscation"):
        obfuscate_hard("sale con", "rot13")


def test_evaluate_command_reports_the_hard_obfuscations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in TINY) + "\n", encoding="utf-8")
    assert main([str(path), "--split", "all", "--obfuscate-hard", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    hard = report["hard_obfuscation"]["abusive"]
    assert hard["positives"] == 2
    assert set(hard["recall_obfuscated_by_mode"]) <= {
        "fullleet", "smallcaps", "mask", "emoji", "doubled"
    }  # fmt: skip
