"""Regional French (Québec, Belgium, Switzerland): put-downs caught, ordinary words left alone.

Team-written phrasings; the lexicons are fr.regional.tsv and fr.regional.patterns.tsv.
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard

CAUGHT = [
    ("t'es tellement niaiseux", "nudge"),
    ("t'es ben épais mon gars", "nudge"),
    ("t'es cave ou quoi", "nudge"),
    ("ferme ta yeule", "nudge"),
    ("mange de la marde", "nudge"),
    ("crisse de cave", "nudge"),
    ("m'as te casser la yeule", "block"),
    ("gros fif", "block"),
    ("t'es juste une guidoune", "block"),
    ("décrisse d'icitte", "nudge"),
    ("t'es une biesse", "nudge"),
    ("t'es snul toi", "nudge"),
    ("sale baraki", "nudge"),
    ("t'es tadié ou bien", "nudge"),
    ("t'es une vidange", "nudge"),
]
CLEAN = [
    "on descend à la cave chercher du vin",
    "tu descends à la cave ?",
    "vous êtes dans la cave",
    "ce livre est épais",
    "une soupe bien épaisse",
    "t'es pas cave, t'as juste pas compris",
    "mon chum m'a offert des fleurs",
    "le calice de la messe",
    "la vidange de l'auto est faite",
    "le nono de mon chien est trop mignon",
]


@pytest.mark.parametrize(("text", "action"), CAUGHT)
def test_regional_put_downs_are_caught(guard: Guard, text: str, action: str) -> None:
    verdict = guard.check(text)
    assert verdict.action == action, verdict.reasons
    assert verdict.spans


@pytest.mark.parametrize("text", CLEAN)
def test_regional_look_alikes_stay_clean(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    assert verdict.action == "allow", verdict.reasons
    assert not [s for s in verdict.spans if s.category in ("abuse", "hate", "threat")]
