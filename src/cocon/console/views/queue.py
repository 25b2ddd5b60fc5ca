from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.generic import TemplateView

from cocon.console.views.base import ModeratorRequiredMixin, shift_context
from cocon.safety.actions.queue import do_claim_next
from cocon.safety.models import QueueItem, QueueKind, QueueStatus
from cocon.safety.queries.stats import queue_sizes

# How often an open queue page fetches its list again (console.js); new items, claims and
# decisions by other moderators show up without a reload.
REFRESH_SECONDS = 10


class QueueView(ModeratorRequiredMixin, TemplateView):
    """The review queue; ``?partial=1`` returns only the live part (kinds and table)."""

    template_name = "console/queue/index.html"

    def get_template_names(self) -> list[str]:
        if self.request.GET.get("partial") == "1":
            return ["console/queue/_live.html"]
        return [self.template_name]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        kind = self.request.GET.get("kind", "")
        rows = QueueItem.objects.exclude(status=QueueStatus.DECIDED).select_related("claimed_by")
        if kind in QueueKind.values:
            rows = rows.filter(kind=kind)
        sizes = queue_sizes()
        context.update(
            items=rows.order_by("-severity", "created_at", "id")[:200],
            kinds=[(value, label, sizes.get(value, 0)) for value, label in QueueKind.choices],
            kind=kind,
            refresh_seconds=REFRESH_SECONDS,
            **shift_context(self.request),
        )
        return context


class ClaimNextView(ModeratorRequiredMixin, TemplateView):
    def post(self, request: HttpRequest) -> HttpResponse:
        kind = request.POST.get("kind", "")
        item = do_claim_next(request.user, kind=kind if kind in QueueKind.values else None)
        if item is None:
            return redirect("console:queue")
        return redirect("console:item", item_id=item.pk)
