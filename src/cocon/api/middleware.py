"""Make every error under /api/ speak the API's error format, even those raised by routing.

Django and ninja answer some failures themselves (an unknown path, a wrong method) with
plain text; API clients must always get ``{"error": {...}}``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from cocon.api.errors import ERROR_CODES


def _message(status: int) -> str:
    messages = {
        403: _("You are not allowed to do this."),
        404: _("We could not find this."),
        405: _("This method is not allowed here."),
        413: _("This request is too large."),
    }
    return messages.get(status, _("This request could not be handled."))


def _has_nul(request: HttpRequest) -> bool:
    """Whether the query or body carries a NUL character, which no text column can store."""
    if "\x00" in request.META.get("QUERY_STRING", "") or "%00" in request.META.get(
        "QUERY_STRING", ""
    ):
        return True
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        body = request.body
        return b"\x00" in body or b"\\u0000" in body
    return False


class ApiErrorFormatMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/") and _has_nul(request):
            # Refused once here rather than in every endpoint: PostgreSQL would fail on it.
            message = _("This text contains a character that cannot be saved.")
            return JsonResponse(
                {"error": {"code": "invalid_characters", "message": message, "fields": {}}},
                status=400,
            )
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and 400 <= response.status_code < 600
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            status = response.status_code if response.status_code < 500 else 500
            code = ERROR_CODES.get(status, "error" if status < 500 else "server_error")
            replacement = JsonResponse(
                {"error": {"code": code, "message": _message(status), "fields": {}}}, status=status
            )
            if response.has_header("Allow"):
                replacement["Allow"] = response["Allow"]
            return replacement
        return response
