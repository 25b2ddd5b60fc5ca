"""Validate check-in answers, step by step for the pages and all at once for the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.community.models import Emotion, Mood, Need, Theme, Visibility
from cocon.community.text import clean_text

STEPS = ("mood", "emotions", "theme", "need", "message")

STEP_MESSAGES = {
    "mood": pgettext_lazy("check-in error", "Choose the face that is closest to how you feel."),
    "emotions": pgettext_lazy("check-in error", "Choose at least one emotion from the list."),
    "theme": pgettext_lazy("check-in error", "Choose what it is about from the list."),
    "need": pgettext_lazy("check-in error", "Choose what you need right now."),
    "visibility": pgettext_lazy("check-in error", "Choose who can read your message."),
}


@dataclass(frozen=True)
class CheckinData:
    mood: int
    emotions: list[str]
    theme: Theme
    need: str
    body: str
    visibility: str


def parse_mood(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str) and raw.strip().isdigit() and len(raw.strip()) == 1:
        raw = int(raw.strip())
    return raw if isinstance(raw, int) and raw in Mood.values else None


def parse_emotions(raw: object) -> list[str] | None:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list | tuple) or not raw or len(raw) > len(Emotion.values):
        return None
    if not all(isinstance(e, str) and e in Emotion.values for e in raw):
        return None
    # Keep the list's order and drop duplicates.
    return [e for e in Emotion.values if e in raw]


def parse_theme(raw: object) -> Theme | None:
    if not isinstance(raw, str) or not raw or len(raw) > 40:
        return None
    return Theme.objects.filter(slug=raw, is_active=True).first()


def parse_choice(raw: object, values: list[str]) -> str | None:
    return raw if isinstance(raw, str) and raw in values else None


def validate_step(step: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Return the clean answers of one page step (JSON-safe for the session) or raise."""
    if step == "mood":
        mood = parse_mood(raw.get("mood"))
        if mood is None:
            raise _invalid("mood")
        return {"mood": mood}
    if step == "emotions":
        emotions = parse_emotions(raw.get("emotions"))
        if emotions is None:
            raise _invalid("emotions")
        return {"emotions": emotions}
    if step == "theme":
        theme = parse_theme(raw.get("theme"))
        if theme is None:
            raise _invalid("theme")
        return {"theme": theme.slug}
    if step == "need":
        need = parse_choice(raw.get("need"), Need.values)
        if need is None:
            raise _invalid("need")
        return {"need": need}
    raise ValueError(step)


def validate_checkin(raw: dict[str, Any]) -> CheckinData:
    """Return the whole check-in, validated, or one CoconError listing every field's problem."""
    fields: dict[str, list[str]] = {}
    mood = parse_mood(raw.get("mood"))
    if mood is None:
        fields["mood"] = [str(STEP_MESSAGES["mood"])]
    emotions = parse_emotions(raw.get("emotions"))
    if emotions is None:
        fields["emotions"] = [str(STEP_MESSAGES["emotions"])]
    theme = parse_theme(raw.get("theme"))
    if theme is None:
        fields["theme"] = [str(STEP_MESSAGES["theme"])]
    need = parse_choice(raw.get("need"), Need.values)
    if need is None:
        fields["need"] = [str(STEP_MESSAGES["need"])]
    visibility = parse_choice(raw.get("visibility"), Visibility.values)
    if visibility is None:
        fields["visibility"] = [str(STEP_MESSAGES["visibility"])]
    body = ""
    try:
        body = clean_text(
            raw.get("body"), kind="journal" if visibility == Visibility.JOURNAL else "post"
        )
    except CoconError as exc:
        if fields:
            fields.update(exc.fields)
        else:
            raise
    if fields:
        raise CoconError("invalid", _("Some answers need another look."), fields=fields)
    assert mood is not None and emotions is not None and theme is not None  # noqa: S101
    assert need is not None and visibility is not None  # noqa: S101
    return CheckinData(
        mood=mood, emotions=emotions, theme=theme, need=need, body=body, visibility=visibility
    )


def _invalid(field: str) -> CoconError:
    message = STEP_MESSAGES[field]
    return CoconError("invalid", message, fields={field: [str(message)]})
