from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.generic import TemplateView

from cocon.accounts.errors import CoconError
from cocon.console.permissions import check_moderator_permission
from cocon.console.validation import validate_rule
from cocon.console.views.base import ModeratorRequiredMixin
from cocon.safety.actions.audit import do_audit
from cocon.safety.actions.rules import do_create_rule, do_deactivate_rule
from cocon.safety.models import Category, RuleAction, RuleKind, WatchedRule
from cocon.safety.queries.rule_test import test_rule as run_rule_test


class RulesView(ModeratorRequiredMixin, TemplateView):
    template_name = "console/rules/index.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            rules=WatchedRule.objects.select_related("created_by")[:500],
            kinds=RuleKind.choices,
            categories=Category.choices,
            actions=RuleAction.choices,
            form=kwargs.get("form", {}),
        )
        return context

    def post(self, request: HttpRequest) -> HttpResponse:
        moderator = check_moderator_permission(request.user)
        raw = request.POST.dict()
        try:
            data = validate_rule(raw, for_test="test" in raw)
        except CoconError as error:
            context = self.get_context_data(form=raw)
            context["error"] = error
            return render(request, self.template_name, context, status=error.status)
        if "test" in raw:
            scanned, matched, shown = run_rule_test(data.kind, data.pattern)
            do_audit(
                moderator,
                "rule.test",
                reason=data.pattern[:200],
                after={"scanned": scanned, "matched": matched},
            )
            context = self.get_context_data(form=raw)
            context.update(tested=True, scanned=scanned, matched=matched, examples=shown)
            return render(request, self.template_name, context)
        do_create_rule(
            moderator, kind=data.kind, pattern=data.pattern, category=data.category, action=data.action,
            expires_at=data.expires_at, note=data.note,
        )  # fmt: skip
        return redirect("console:rules")


class RuleDeactivateView(ModeratorRequiredMixin, TemplateView):
    def post(self, request: HttpRequest, rule_id: int) -> HttpResponse:
        moderator = check_moderator_permission(request.user)
        rule = WatchedRule.objects.filter(pk=rule_id).first()
        if rule is not None:
            do_deactivate_rule(moderator, rule)
        return redirect("console:rules")
