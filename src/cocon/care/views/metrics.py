"""Care metrics in the console: server-rendered SVG bars, no script."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cocon.care.queries.metrics import care_metrics
from cocon.care.views.cases import CareStaffView

BAR_WIDTH = 300


class MetricsView(CareStaffView):
    def get(self, request: HttpRequest) -> HttpResponse:
        metrics = care_metrics()
        longest = max(
            [v for r in metrics["rows"] for v in (r.ack_p90, r.contact_p90) if v is not None]
            or [1.0]
        )
        bars = []
        for row in metrics["rows"]:
            bars.append(
                {
                    "row": row,
                    "ack50": round(BAR_WIDTH * (row.ack_p50 or 0) / longest),
                    "ack90": round(BAR_WIDTH * (row.ack_p90 or 0) / longest),
                    "contact50": round(BAR_WIDTH * (row.contact_p50 or 0) / longest),
                    "contact90": round(BAR_WIDTH * (row.contact_p90 or 0) / longest),
                }
            )
        return render(
            request,
            "care/metrics/index.html",
            {"metrics": metrics, "bars": bars, "bar_width": BAR_WIDTH},
        )
