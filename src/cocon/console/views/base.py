"""Staff-only page views: the permission is checked here and again in every action call."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cocon.accounts.errors import CoconError
from cocon.console.permissions import is_moderator
from cocon.safety.conf import conf
from cocon.safety.queries.stats import shift_exposure


class ModeratorRequiredMixin(AccessMixin):
    """Anonymous visitors go to the login page; signed-in members get a 403."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not is_moderator(request.user):
            raise PermissionDenied
        try:
            return super().dispatch(request, *args, **kwargs)  # type: ignore[misc,no-any-return]
        except CoconError as error:
            return render(request, "console/error.html", {"error": error}, status=error.status)


def shift_context(request: HttpRequest) -> dict[str, Any]:
    exposure = shift_exposure(request.user)
    return {"shift": exposure, "needs_break": exposure["decided"] >= conf("BREAK_AFTER_ITEMS")}
