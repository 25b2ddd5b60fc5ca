"""The report form that posts, comments and profiles link to (``safety:report``)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.accounts.ratelimit import check_rate_limit
from cocon.safety.actions.reports import do_report
from cocon.safety.models import ReportReason
from cocon.safety.validation import validate_report

TEMPLATE = "safety/report/index.html"


class ReportView(LoginRequiredMixin, View):
    """``/safety/report/?type=post&id=12``: choose a reason, add a note, send."""

    def _context(self, request: HttpRequest, data: Any, **extra: Any) -> dict[str, Any]:
        return {
            "target_type": str(data.get("target_type") or data.get("type") or "")[:10],
            "target_id": str(data.get("target_id") or data.get("id") or "")[:20],
            "reasons": ReportReason.choices,
            "chosen": str(data.get("reason") or ""),
            "note": str(data.get("note") or "")[:500],
            **extra,
        }

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, TEMPLATE, self._context(request, request.GET))

    def post(self, request: HttpRequest) -> HttpResponse:
        try:
            check_rate_limit(request, "report", key=f"member:{request.user.pk}")
            data = validate_report(request.user, request.POST.dict())  # type: ignore[arg-type]
        except CoconError as error:
            return render(
                request,
                TEMPLATE,
                self._context(request, request.POST, error=error),
                status=error.status,
            )
        _report, created = do_report(
            request.user, target_type=data.target_type, target_id=data.target_id, target_member=data.target_member,
            reason=data.reason, note=data.note, text=data.text,
        )  # fmt: skip
        return render(request, "safety/report/done.html", {"merged": not created})
