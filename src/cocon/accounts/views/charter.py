"""The kindness charter and the plain-words screening consent, readable by anyone."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.views.generic import TemplateView

from cocon.accounts.charter import CHARTER_SECTIONS, CHARTER_TITLE, SCREENING_TEXT, SCREENING_TITLE


class CharterView(TemplateView):
    template_name = "accounts/charter.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            charter_title=CHARTER_TITLE,
            charter_sections=CHARTER_SECTIONS,
            charter_version=settings.COCON_CHARTER_VERSION,
            screening_title=SCREENING_TITLE,
            screening_text=SCREENING_TEXT,
            screening_version=settings.COCON_SCREENING_CONSENT_VERSION,
        )
        return context
