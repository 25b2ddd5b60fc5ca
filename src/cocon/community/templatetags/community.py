from __future__ import annotations

from typing import Any

from django import template

from cocon.community.models import Notification

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context: dict[str, Any]) -> int:
    """Return the signed-in member's unread notifications (0 for visitors)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).count()


@register.simple_tag(takes_context=True)
def post_author(context: dict[str, Any], obj: Any) -> str:
    """Return the author name ``obj`` shows to the viewing member (pseudonym, anonymous, team)."""
    from cocon.community.presenters import author_label

    return author_label(obj, context["request"].user)
