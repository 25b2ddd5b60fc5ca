from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import pgettext
from django.views.generic import TemplateView

from cocon.accounts.errors import CoconError
from cocon.console.permissions import access_member_by_id, access_sanction_by_id
from cocon.console.validation import validate_sanction
from cocon.console.views.base import ModeratorRequiredMixin
from cocon.safety.actions.audit import do_audit
from cocon.safety.actions.notes import do_add_member_note
from cocon.safety.actions.sanctions import do_lift_sanction, do_sanction
from cocon.safety.models import MemberNote, QueueItem, Report, Sanction, SanctionKind, Strike
from cocon.safety.reasons import REASONS


class MemberView(ModeratorRequiredMixin, TemplateView):
    template_name = "console/member/index.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        someone = access_member_by_id(self.request.user, kwargs["member_id"])
        do_audit(self.request.user, "view.member", target=someone)
        context.update(
            someone=someone,
            sanctions=Sanction.objects.filter(member=someone).select_related("appeal"),
            strikes=Strike.objects.filter(member=someone),
            items=QueueItem.objects.filter(member=someone).order_by("-created_at")[:50],
            reports_against=Report.objects.filter(target_member=someone).count(),
            notes=MemberNote.objects.filter(member=someone).select_related("author")[:50],
            kinds=SanctionKind.choices,
            reasons=list(REASONS.items()),
        )
        return context

    def post(self, request: HttpRequest, member_id: int) -> HttpResponse:
        someone = access_member_by_id(request.user, member_id)
        if "note_text" in request.POST:
            text = request.POST.get("note_text", "").strip()
            if not text or len(text) > 1000:
                context = self.get_context_data(member_id=member_id)
                context["error"] = CoconError(
                    "invalid",
                    pgettext("console error", "Write a note of 1 to 1000 characters."),
                    status=400,
                )
                return render(request, self.template_name, context, status=400)
            do_add_member_note(request.user, someone, text)
            return redirect("console:member", member_id=someone.pk)
        try:
            data = validate_sanction(request.POST.dict())
            if someone.is_team:
                raise CoconError(
                    "forbidden",
                    pgettext("console error", "Team accounts are managed by administrators."),
                    status=403,
                )
        except CoconError as error:
            context = self.get_context_data(member_id=member_id)
            context["error"] = error
            return render(request, self.template_name, context, status=error.status)
        do_sanction(someone, data.kind, reason=data.reason, actor=request.user, note=data.note)
        return redirect("console:member", member_id=someone.pk)


class SanctionLiftView(ModeratorRequiredMixin, TemplateView):
    def post(self, request: HttpRequest, sanction_id: int) -> HttpResponse:
        sanction = access_sanction_by_id(request.user, sanction_id)
        do_lift_sanction(sanction, actor=request.user, reason="moderator")
        return redirect("console:member", member_id=sanction.member_id)
