"""The author is told which words may hurt and why, in their language."""

from __future__ import annotations

import pytest

from cocon.safety.explain import explain_screening
from cocon.safety.screening import screen_text

pytestmark = pytest.mark.django_db


def test_nudge_is_explained_in_french() -> None:
    text = "t'es qu'un c0nnnard"
    explanation = explain_screening(screen_text(text, record=False), text, language="fr")

    assert explanation["action"] == "nudge"
    assert explanation["intro"].startswith("Avant de partager : certains mots peuvent blesser.")
    assert explanation["items"] == [
        {
            "words": "c0nnnard",
            "category": "abuse",
            "why": "Ces mots peuvent blesser : ils rabaissent la personne.",
            "suggestion": "Dis ce avec quoi tu n'es pas d'accord, sans coller d'étiquette à la personne.",
        }
    ]


def test_hold_for_personal_information_is_explained_in_english() -> None:
    text = "mon numéro c'est le 06 12 34 56 78"
    explanation = explain_screening(screen_text(text, record=False), text, language="en")

    assert (
        explanation["intro"]
        == "Your message is kept for a moment: a moderator from the Cocon team is reading it."
    )
    assert {item["category"] for item in explanation["items"]} == {"personal_info"}


def test_the_authors_own_distress_is_never_listed_as_hurtful_words() -> None:
    text = "je veux mourir, plus rien n'a de sens"
    explanation = explain_screening(screen_text(text, record=False), text, language="fr")

    assert explanation["items"] == []
