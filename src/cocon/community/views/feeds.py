"""The feeds: latest (all themes or one), needs support, my posts."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.community.models import Theme
from cocon.community.queries.feeds import FeedKind, get_feed_for_member, parse_cursor
from cocon.community.views.common import error_context, member_of, render_page


class FeedView(LoginRequiredMixin, View):
    kind: FeedKind = "latest"

    def get(self, request: HttpRequest) -> HttpResponse:
        member = member_of(request)
        themes = list(Theme.objects.filter(is_active=True))
        theme = None
        slug = request.GET.get("theme", "")
        if slug and self.kind in ("latest", "support"):
            theme = next((t for t in themes if t.slug == slug), None)
        context: dict[str, Any] = {"kind": self.kind, "themes": themes, "theme": theme}
        try:
            cursor = parse_cursor(request.GET.get("cursor"))
        except CoconError as exc:
            return render_page(
                request, "feed", {**context, **error_context(exc), "page": None}, status=400
            )
        page = get_feed_for_member(
            member, self.kind, theme_id=theme.pk if theme else None, cursor=cursor
        )
        context["page"] = page
        context["items"] = [(p, page.my_reactions.get(p.pk, set())) for p in page.posts]
        return render_page(request, "feed", context)
