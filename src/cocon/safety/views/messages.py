"""Messages from the Cocon team to the member (decisions, outcomes of their reports)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView

from cocon.safety.models import Message


class MessagesView(LoginRequiredMixin, TemplateView):
    template_name = "safety/messages/index.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["team_messages"] = Message.objects.filter(member_id=int(self.request.user.pk or 0))[
            :100
        ]
        return context
