"""``{% care_help_offer screening %}``: the help shown to an author right after writing."""

from __future__ import annotations

from typing import Any

from django import template

from cocon.care.queries.help import help_for_screening

register = template.Library()


@register.inclusion_tag("care/partials/help_offer.html", takes_context=True)
def care_help_offer(context: template.Context, screening: Any) -> dict[str, Any]:
    """Render the help offer for ``screening`` (a Screening or a post's stored screening dict)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not screening:
        return {"offer": None}
    return {
        "offer": help_for_screening(user, screening),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
