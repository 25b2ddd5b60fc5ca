"""Golden phrasings: playground slang and intimidation the lexicons missed.

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
    # intimidation (fr.threats.patterns.tsv, en.threats.patterns.tsv)
    ("t'as intérêt à te taire", "cat:threat"),
    ("t'as intérêt à pas venir demain", "cat:threat"),
    ("you better not show up tomorrow", "cat:threat"),
    ("you better not tell anyone or else", "cat:threat"),
    ("le num de kevin c'est quoi", "cat:personal_info"),  # someone else's details still hold
    # teasing is read only with laughter and love said, and only for a mild put-down
    ("t'es trop con mdr je t'aime pas", "cat:abuse"),
    ("t'es qu'une pute mdr je t'adore", "cat:abuse action:block"),
    ("lol you're ugly, nobody loves you", "cat:abuse"),
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
    "t'as intérêt à réviser pour demain",
    "t'as intérêt à venir à ma soirée hein",
    "t'as intérêt à pas le dire à maman pour la surprise",
    "you better not be late lol",
    "you better not forget my birthday",
    "you better not tell anyone about my surprise party lol",
    # the number of a room, a page or a bus is nobody's contact (fr.grooming.patterns.tsv)
    "qui a le numéro de la salle pour la perm ?",
    "c'est quoi le numéro de la page ?",
    "t'as le numéro de ta chambre à l'hôtel ?",
    "c'est quoi le numéro de salle pour l'oral",
    "mdr t'es moche sur cette photo, je t'adore",
    "je vais mourir de peur demain au contrôle",
    "i'd die for a slice of pizza right now",
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
    # a weak hint (a secret kept) may be noted; it acts only beside a second grooming move
    found = [r for r in verdict.reasons if r.split(".")[0] in attacks and not r.endswith("_hint")]
    assert not found, (text, verdict.reasons)
    assert verdict.action == "allow", (text, verdict.reasons)
