"""Explain a screening to its author, in their language: which words, why, and a kinder way.

Community shows this with a nudge (``{% include "safety/nudge.html" with explanation=... %}``)
or with a refusal. The engine only gives codes and character spans; the words come from here.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation
from django.utils.translation import pgettext

MAX_ITEMS = 5


def _texts(category: str) -> tuple[str, str]:
    why = {
        "abuse": pgettext("nudge why", "These words can hurt: they put the person down."),
        "hate": pgettext("nudge why", "These words attack who someone is."),
        "threat": pgettext("nudge why", "This can read as a threat, even as a joke."),
        "sexual": pgettext(
            "nudge why", "This is sexual, and it may make the person uncomfortable."
        ),
        "incitement": pgettext(
            "nudge why", "This could push someone who is fragile to hurt themselves."
        ),
        "personal_info": pgettext(
            "nudge why", "This shares contact details, which can put you or someone else at risk."
        ),
    }
    suggestion = {
        "abuse": pgettext(
            "nudge suggestion", "Say what you disagree with, without labelling the person."
        ),
        "hate": pgettext("nudge suggestion", "Talk about what happened, not about who people are."),
        "threat": pgettext(
            "nudge suggestion", "Say how angry you are instead: “this makes me furious” is fine."
        ),
        "sexual": pgettext("nudge suggestion", "Keep it about feelings and respect."),
        "incitement": pgettext(
            "nudge suggestion",
            "If you are angry, say it; if you are worried about someone, tell the team.",
        ),
        "personal_info": pgettext(
            "nudge suggestion", "Keep contact details private; the team can help you talk safely."
        ),
    }
    default_why = pgettext("nudge why", "The Cocon team asked to look again at these words.")
    default_suggestion = pgettext("nudge suggestion", "Could you say it another way?")
    return why.get(category, default_why), suggestion.get(category, default_suggestion)


def explain_screening(screening: Any, text: str, *, language: str = "fr") -> dict[str, Any]:
    """Return ``{"action", "intro", "items": [{"words", "category", "why", "suggestion"}]}``."""
    with translation.override(language):
        intro = {
            "nudge": pgettext(
                "nudge intro",
                "Before you share: some words may hurt. You can rephrase, cancel, or send anyway — a moderator will then read it first.",
            ),
            "hold": pgettext(
                "nudge intro",
                "Your message is kept for a moment: a moderator from the Cocon team is reading it.",
            ),
            "block": pgettext("nudge intro", "This message cannot be published on Cocon."),
        }.get(screening.action, "")
        items: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for span in screening.spans:
            category = str(span.get("category", ""))
            if category in ("self_harm", "distress", "abuse_disclosure", "bullied"):
                continue  # the author's own pain is never "wrong words"; care handles it
            words = text[int(span["start"]) : int(span["end"])]
            if not words or (words.lower(), category) in seen:
                continue
            seen.add((words.lower(), category))
            why, suggestion = _texts(category)
            items.append(
                {"words": words, "category": category, "why": why, "suggestion": suggestion}
            )
            if len(items) == MAX_ITEMS:
                break
    return {"action": screening.action, "intro": intro, "items": items}
