"""Helpers shared by the community pages: htmx partials and error rendering."""

from __future__ import annotations

from typing import Any, cast

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def render_page(
    request: HttpRequest, folder: str, context: dict[str, Any], *, status: int = 200
) -> HttpResponse:
    """Render ``folder/index.html``, or only ``folder/partial.html`` for an htmx request."""
    name = "partial.html" if is_htmx(request) else "index.html"
    return render(request, f"community/{folder}/{name}", context, status=status)


def error_context(exc: CoconError) -> dict[str, Any]:
    return {
        "error": exc.message,
        "error_code": exc.code,
        "field_errors": {k: v for k, v in exc.fields.items()},
    }


def form_text(request: HttpRequest, name: str = "body") -> str:
    """Return what the member typed (kept as it is, to give it back on any refusal)."""
    value = request.POST.get(name, "")
    return value[:20000]


def member_of(request: HttpRequest) -> Member:
    """Return the signed-in member (views are behind LoginRequiredMixin)."""
    return cast(Member, request.user)
