"""A domain error carrying a stable code, a translated message and per-field messages.

Views and API endpoints raise it for every 4xx; the API turns it into
``{"error": {"code", "message", "fields"}}`` and pages show it next to the form.
"""

from __future__ import annotations

from typing import Any


class CoconError(Exception):
    """A refusal the member can act on."""

    status = 400

    def __init__(
        self,
        code: str,
        message: Any,
        *,
        fields: dict[str, list[str]] | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(str(message))
        self.code = code
        self.message = message
        self.fields = fields or {}
        if status is not None:
            self.status = status

    def as_dict(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.code,
                "message": str(self.message),
                "fields": {name: [str(m) for m in msgs] for name, msgs in self.fields.items()},
            }
        }
