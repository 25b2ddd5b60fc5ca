"""Risk levels for the author's own safety (C-SSRS-inspired)."""

from __future__ import annotations

import pytest

from cocon.guard import Guard


@pytest.mark.parametrize(
    ("text", "risk", "code"),
    [
        ("personne ne m'aime", "low", "distress.hopeless"),
        ("j'aimerais ne plus exister", "moderate", "self_harm.passive"),
        ("je me scarifie", "moderate", "self_harm.act"),
        ("je sais comment je vais faire", "high", "self_harm.plan"),
        ("j'ai acheté des médocs", "high", "self_harm.means"),
        ("j'ai fait une tentative de suicide", "high", "self_harm.attempt"),
        ("adieu à tous", "imminent", "self_harm.farewell"),
        ("ce soir j'en finis", "imminent", "self_harm.timeframe"),
    ],
)
def test_each_level_is_reached_and_says_why(
    lexicon_guard: Guard, text: str, risk: str, code: str
) -> None:
    verdict = lexicon_guard.check(text)
    assert verdict.risk == risk
    assert code in verdict.reasons
    assert verdict.care


def test_a_timeframe_far_from_the_ideation_does_not_make_it_imminent(
    lexicon_guard: Guard,
) -> None:
    text = (
        "demain j'ai un contrôle de maths et franchement je stresse beaucoup parce que le prof "
        "est sévère et que je n'ai pas assez révisé cette semaine. parfois je veux mourir"
    )
    assert lexicon_guard.check(text).risk == "moderate"


def test_a_method_alone_is_no_risk_but_counts_with_ideation(lexicon_guard: Guard) -> None:
    assert lexicon_guard.check("j'ai une boîte de doliprane").risk == "none"
    assert lexicon_guard.check("je veux mourir, j'ai une boîte de doliprane").risk == "high"


def test_the_self_harm_score_follows_the_level(lexicon_guard: Guard) -> None:
    scores = [
        lexicon_guard.check(t).scores["self_harm"]
        for t in (
            "bonjour",
            "personne ne m'aime",
            "je me scarifie",
            "j'ai acheté des médocs",
            "adieu à tous",
        )
    ]
    assert scores == sorted(scores)
    assert scores[0] == 0.0
