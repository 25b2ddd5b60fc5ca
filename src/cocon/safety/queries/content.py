"""Read and hide members' content through generic references ("app.model", id).

Community (or any app storing texts) may register a text source; without one, posts and
comments are read from ``community.Post``/``community.Comment`` when those models exist and
have a recognisable text field, so the rules test box works as soon as they land.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from django.apps import apps
from django.db.models import Model
from django.utils import timezone

from cocon.safety.models import ContentState

TextSource = Callable[[dt.datetime], Iterable[tuple[str, str, str]]]
_sources: dict[str, TextSource] = {}

TEXT_FIELDS = ("body", "text", "content", "message")
DATE_FIELDS = ("created_at", "created", "published_at")
AUTHOR_FIELDS = ("author", "member")
HIDDEN_STATES = ("held", "hidden", "removed", "banned")


def register_text_source(name: str, source: TextSource) -> None:
    """Register ``source(since)`` yielding ``(target_type, target_id, text)`` of recent texts."""
    _sources[name] = source


def unregister_text_source(name: str) -> None:
    _sources.pop(name, None)


def _field(model: type[Model], names: tuple[str, ...]) -> str | None:
    existing = {f.name for f in model._meta.get_fields()}
    return next((name for name in names if name in existing), None)


def _model_source(label: str) -> TextSource | None:
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    text_field = _field(model, TEXT_FIELDS)
    date_field = _field(model, DATE_FIELDS)
    if text_field is None or date_field is None:
        return None

    def source(since: dt.datetime) -> Iterable[tuple[str, str, str]]:
        rows = model._default_manager.filter(**{f"{date_field}__gte": since}).order_by(
            f"-{date_field}"
        )
        for pk, text in rows.values_list("pk", text_field)[:5000]:
            yield model._meta.label_lower, str(pk), str(text or "")

    return source


def recent_texts(days: int) -> Iterable[tuple[str, str, str]]:
    """Yield the texts stored in the last ``days`` days by every source."""
    since = timezone.now() - dt.timedelta(days=days)
    sources = dict(_sources)
    for label in ("community.Post", "community.Comment"):
        if label.lower() not in sources:
            found = _model_source(label)
            if found is not None:
                sources[label.lower()] = found
    for source in sources.values():
        yield from source(since)


def resolve_target(target_type: str, target_id: str) -> Model | None:
    """Return the object a generic reference points to, or ``None``."""
    try:
        model = apps.get_model(target_type)
    except (LookupError, ValueError):
        return None
    try:
        found: Model | None = model._default_manager.filter(pk=target_id).first()
        return found
    except (ValueError, TypeError):
        return None


def target_text(obj: Model | None) -> str:
    if obj is None:
        return ""
    name = _field(type(obj), TEXT_FIELDS)
    return str(getattr(obj, name, "") or "") if name else ""


def target_author_id(obj: Model | None) -> int | None:
    if obj is None:
        return None
    if obj._meta.label_lower == "accounts.member":
        return int(obj.pk)
    name = _field(type(obj), AUTHOR_FIELDS)
    return getattr(obj, f"{name}_id", None) if name else None


def hidden_target_ids(target_type: str) -> set[str]:
    """Return ids of content of ``target_type`` hidden by moderation (held, hidden, removed)."""
    return set(
        ContentState.objects.filter(target_type=target_type, state__in=HIDDEN_STATES).values_list(
            "target_id", flat=True
        )
    )


def is_hidden(target_type: str, target_id: Any) -> bool:
    return ContentState.objects.filter(
        target_type=target_type, target_id=str(target_id), state__in=HIDDEN_STATES
    ).exists()


def content_state(target_type: str, target_id: Any) -> str:
    row = ContentState.objects.filter(target_type=target_type, target_id=str(target_id)).first()
    return row.state if row else ""
