from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import pgettext
from django.views.generic import TemplateView

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.console.permissions import access_queue_item_by_id, check_decide_item_permission
from cocon.console.validation import validate_decision
from cocon.console.views.base import ModeratorRequiredMixin, shift_context
from cocon.safety.actions.audit import do_audit
from cocon.safety.actions.decisions import do_decide_item, do_record_exposure
from cocon.safety.actions.queue import do_claim_item, do_release_item
from cocon.safety.models import Decision, QueueItem, Sanction, Strike
from cocon.safety.reasons import REASONS

# Categories whose text is blurred until the moderator chooses to read it.
DISTRESSING = {"abuse", "hate", "threat", "sexual", "incitement", "self_harm", "harassment"}


def _segments(text: str, spans: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Split ``text`` into (piece, category or "") so the template can mark the spans."""
    out: list[tuple[str, str]] = []
    last = 0
    for span in sorted(spans, key=lambda s: int(s.get("start", 0))):
        start, end = int(span.get("start", 0)), int(span.get("end", 0))
        if start < last or end > len(text) or start >= end:
            continue
        out.append((text[last:start], ""))
        out.append((text[start:end], str(span.get("category", ""))))
        last = end
    out.append((text[last:], ""))
    return [piece for piece in out if piece[0]]


class ItemView(ModeratorRequiredMixin, TemplateView):
    template_name = "console/item/index.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        item: QueueItem = access_queue_item_by_id(self.request.user, kwargs["item_id"])
        do_audit(self.request.user, "view.queue_item", target=item)
        payload = item.payload or {}
        verdict = payload.get("verdict") or {}
        spans = list(verdict.get("spans") or [])
        categories = set(item.engine_categories or []) | {str(s.get("category")) for s in spans}
        context.update(
            item=item,
            segments=_segments(str(payload.get("text", "")), spans),
            thread=payload.get("thread") or [],
            blurred=bool(categories & DISTRESSING) or item.kind in ("harassment", "suspension"),
            decisions=Decision.choices,
            reasons=[(code, label) for code, label in REASONS.items()],
            reports=item.reports.select_related("reporter").all(),
            mine=item.claimed_by_id == self.request.user.pk,
            member_obj=item.member,
            member_strikes=Strike.objects.filter(member=item.member)[:20] if item.member_id else [],
            member_sanctions=Sanction.objects.filter(member=item.member)[:20]
            if item.member_id
            else [],
            payload_extra={
                k: v for k, v in payload.items() if k not in ("text", "verdict", "thread")
            },
            **shift_context(self.request),
        )
        return context


class ItemClaimView(ModeratorRequiredMixin, TemplateView):
    def post(self, request: HttpRequest, item_id: int) -> HttpResponse:
        item = access_queue_item_by_id(request.user, item_id)
        if request.POST.get("release"):
            do_release_item(item, request.user)
            return redirect("console:queue")
        if do_claim_item(item.pk, request.user) is None:
            raise CoconError(
                "already_claimed",
                pgettext("console error", "Another moderator is handling this item."),
                status=409,
            )
        return redirect("console:item", item_id=item.pk)


class ItemRevealView(ModeratorRequiredMixin, TemplateView):
    def post(self, request: HttpRequest, item_id: int) -> HttpResponse:
        item = access_queue_item_by_id(request.user, item_id)
        do_record_exposure(item, request.user)
        if request.headers.get("accept", "").startswith("application/json"):
            return JsonResponse({"ok": True})
        return redirect("console:item", item_id=item.pk)


class ItemDecideView(ModeratorRequiredMixin, TemplateView):
    def post(self, request: HttpRequest, item_id: int) -> HttpResponse:
        item = access_queue_item_by_id(request.user, item_id)
        data = validate_decision(request.POST.dict())
        assert isinstance(request.user, Member)  # noqa: S101 - the mixin let only moderators in
        check_decide_item_permission(request.user, item)
        do_decide_item(
            item, request.user, decision=data.decision, reason=data.reason, note=data.note
        )
        return render(
            request, "console/item/decided.html", {"item": item, **shift_context(request)}
        )
