from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def member_context(request: HttpRequest) -> dict[str, Any]:
    """Expose whether the signed-in member may take part or is waiting for a parent."""
    user = getattr(request, "user", None)
    waiting = bool(
        user is not None and user.is_authenticated and not getattr(user, "has_full_access", True)
    )
    return {"awaiting_parent": waiting}
