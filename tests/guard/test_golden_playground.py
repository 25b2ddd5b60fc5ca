"""Golden phrasings: playground slang the lexicons missed (fr.aggression.tsv, en.aggression.tsv).

Team-written from general knowledge of how teenagers put each other down, never copied from a
dataset. Each insult stands beside a look-alike that uses the same words kindly or literally.
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard

from .conftest import assert_expectation

AGGRESSION = [
    ("t'es qu'une tchoin", "cat:abuse action:block"),
    ("ferme-la sale cagole", "cat:abuse"),
    ("t'es un schlag", "cat:abuse"),
    ("t'es guez mon pauvre", "cat:abuse"),
    ("t'es éclaté au sol", "cat:abuse"),
    ("sale paysan va", "cat:abuse"),
    ("t'es qu'un assisté", "cat:abuse"),
    ("t'es qu'un chien", "cat:abuse"),
    ("sale fragile", "cat:abuse"),
    ("sale puceau", "cat:abuse"),
    ("t'es triso ou quoi", "cat:hate"),
    ("t'as un qi de poisson rouge", "cat:abuse"),
    ("même ta mère t'aime pas", "cat:abuse"),
    ("personne veut traîner avec toi", "cat:abuse"),
    ("t'es la honte de ta famille", "cat:abuse"),
    ("t'aurais jamais dû naître", "cat:abuse action:block"),
    ("even your mom hates you", "cat:abuse"),
    ("no one wants to hang out with you", "cat:abuse"),
    ("you should've never been born", "cat:abuse action:block"),
    ("shut up fatso", "cat:abuse"),
    ("you fat cow", "cat:abuse"),
    ("you're such a sped", "cat:hate"),
    ("are you autistic or something", "cat:hate"),
]

LOOK_ALIKES = [
    "je suis puceau et alors",
    "t'as qu'un chien ou t'en as deux ?",
    "c'est une blague ?",
    "t'es fragile en ce moment, prends soin de toi",
    "mon grand-père était paysan",
    "ma tante est assistante sociale",
    "t'as un qi de génie toi",
    "personne te parle de ça",
    "il m'a dit que j'étais la honte de ma famille",
    "my mom hates when i'm late",
    "i'm in sped classes and i like them",
    "my sister is autistic and she's amazing",
    "the fat cow in the field was mooing",
    "you should never have to hide who you are",
    "nobody wants to talk about the exam",
]


@pytest.mark.parametrize(("text", "expect"), AGGRESSION)
def test_playground_slang_is_read(guard: Guard, text: str, expect: str) -> None:
    verdict = guard.check(text)
    assert verdict.action != "allow", (text, verdict.reasons)
    assert_expectation(verdict, expect, text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_said_kindly_or_literally_pass(guard: Guard, text: str) -> None:
    verdict = guard.check(text)
    attacks = {"abuse", "hate", "threat", "sexual", "incitement"}
    assert not any(r.split(".")[0] in attacks for r in verdict.reasons), (text, verdict.reasons)
    assert verdict.action == "allow", (text, verdict.reasons)
