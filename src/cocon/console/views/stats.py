from __future__ import annotations

from typing import Any

from django.views.generic import TemplateView

from cocon.console.views.base import ModeratorRequiredMixin, shift_context
from cocon.safety.models import NudgeOutcomeKind, QueueKind
from cocon.safety.queries.stats import (
    engine_quality,
    median_minutes_to_decision,
    nudge_outcomes,
    queue_sizes,
)


def _bars(values: dict[str, int], labels: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    top = max(values.values(), default=0) or 1
    return [
        {"label": label, "value": values.get(key, 0), "pct": round(100 * values.get(key, 0) / top)}
        for key, label in labels
    ]


class StatsView(ModeratorRequiredMixin, TemplateView):
    template_name = "console/stats/index.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        quality = engine_quality()
        for row in quality:
            row["precision_pct"] = (
                round(100 * row["precision"]) if row["precision"] is not None else None
            )
            row["recall_pct"] = round(100 * row["recall"]) if row["recall"] is not None else None
        context.update(
            queue=_bars(queue_sizes(), list(QueueKind.choices)),
            nudges=_bars(nudge_outcomes(), list(NudgeOutcomeKind.choices)),
            median_minutes=median_minutes_to_decision(),
            quality=quality,
            **shift_context(self.request),
        )
        return context
