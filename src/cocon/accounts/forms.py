"""What a page form shows back: each field's value and its messages.

The rules themselves live in ``validation.py`` (shared with the API); pages only carry the
typed values and the ``CoconError`` field messages back to the template, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cocon.accounts.errors import CoconError

# Longest value echoed back into a page; the validators refuse anything longer anyway.
MAX_ECHO = 2000


@dataclass(frozen=True)
class FieldState:
    value: str = ""
    errors: list[str] = field(default_factory=list)

    @property
    def checked(self) -> bool:
        return self.value.lower() in {"on", "true", "1", "yes"}


def read_fields(data: Mapping[str, object], names: Iterable[str]) -> dict[str, str]:
    """Return the submitted text of each named field ("" when missing)."""
    values: dict[str, str] = {}
    for name in names:
        value = data.get(name)
        values[name] = value[:MAX_ECHO] if isinstance(value, str) else ""
    return values


def form_state(
    values: Mapping[str, str], error: CoconError | None = None, *, names: Iterable[str] = ()
) -> dict[str, FieldState]:
    """Return one FieldState per field, with the error's messages attached to their field."""
    fields = dict(error.fields) if error is not None else {}
    state = {
        name: FieldState(value=values.get(name, ""), errors=[str(m) for m in fields.get(name, [])])
        for name in [*values, *names]
    }
    for name, messages in fields.items():
        if name not in state:
            state[name] = FieldState(errors=[str(m) for m in messages])
    return state


def has_nul(values: Mapping[str, str]) -> list[str]:
    """Return the fields holding a NUL character, which no database text column accepts."""
    return [name for name, value in values.items() if "\x00" in value]
