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


PENDING_OFFER_KEY = "care_pending_offer"


def remember_help_offer(request: Any, screening: Any) -> None:
    """Keep a just-written text's screening so the next page shows its help offer once.

    Pages redirect after posting (post, journal, feed); the help must follow the author there.
    """
    stored = screening if isinstance(screening, dict) else getattr(screening, "verdict", None)
    if stored and hasattr(request, "session"):
        request.session[PENDING_OFFER_KEY] = {
            "risk": _risk_of(screening),
            "reasons": list(_reasons_of(screening)),
            "verdict": stored if isinstance(stored, dict) else {},
        }


def _risk_of(screening: Any) -> str:
    if isinstance(screening, dict):
        return str(screening.get("risk", "none"))
    return str(getattr(screening, "risk", "none"))


def _reasons_of(screening: Any) -> tuple[str, ...]:
    if isinstance(screening, dict):
        return tuple(str(r) for r in screening.get("reasons", ()))
    return tuple(str(r) for r in getattr(screening, "reasons", ()))


@register.inclusion_tag("care/partials/help_offer.html", takes_context=True)
def care_pending_help_offer(context: template.Context) -> dict[str, Any]:
    """Render, once, the help offer remembered for the author's last message."""
    request = context.get("request")
    session = getattr(request, "session", None)
    pending = session.pop(PENDING_OFFER_KEY, None) if session is not None else None
    if not pending:
        return {"offer": None}
    return care_help_offer(context, pending)
