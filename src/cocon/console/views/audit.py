from __future__ import annotations

from typing import Any

from django.views.generic import TemplateView

from cocon.console.views.base import ModeratorRequiredMixin
from cocon.safety.actions.audit import do_audit
from cocon.safety.models import AuditEntry


class AuditLogView(ModeratorRequiredMixin, TemplateView):
    template_name = "console/audit/index.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        action = self.request.GET.get("action", "")[:64]
        rows = AuditEntry.objects.order_by("-id")
        if action:
            rows = rows.filter(action__startswith=action)
        before = self.request.GET.get("before", "")
        if before.isdigit() and len(before) < 18:
            rows = rows.filter(id__lt=int(before))
        entries = list(rows[:100])
        do_audit(self.request.user, "view.audit_log", reason=action)
        context.update(
            entries=entries,
            action=action,
            next_before=entries[-1].pk if len(entries) == 100 else None,
        )
        return context
