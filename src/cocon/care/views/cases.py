"""The console's care pages: open cases, one case, the steps taken in it, the on-duty switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.care.actions.cases import do_acknowledge_case, do_close_case, do_set_case_state
from cocon.care.actions.contacts import has_contact
from cocon.care.actions.duty import do_set_on_duty, is_on_duty
from cocon.care.actions.escalations import check_may_escalate, do_record_escalation
from cocon.care.actions.messages import do_read_case, do_send_team_message
from cocon.care.actions.referrals import (
    check_may_refer,
    do_record_referral,
    do_set_referral_outcome,
)
from cocon.care.first_contact import TEMPLATES, render_template
from cocon.care.models import CareCase, Outcome, State
from cocon.care.permissions import (
    access_case_by_id,
    access_referral_by_id,
    check_care_staff_permission,
    check_case_open,
    check_case_transition,
    is_care_lead,
)
from cocon.care.queries.cases import get_open_care_cases, get_recent_closed_cases
from cocon.care.validation import (
    validate_bool,
    validate_called_at,
    validate_message,
    validate_note,
    validate_outcome,
    validate_partner,
    validate_short,
)
from cocon.resources.queries.directory import get_emergency_numbers, get_suicide_lines
from cocon.resources.queries.partners import find_partners


def _actor(request: HttpRequest) -> Member:
    return request.user  # type: ignore[return-value]


def error_page(request: HttpRequest, error: CoconError) -> HttpResponse:
    return render(request, "care/error.html", {"error": error}, status=error.status)


class CareStaffView(LoginRequiredMixin, View):
    """Refuse anyone outside the team with a clear 403 page."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        try:
            check_care_staff_permission(request.user)
            return super().dispatch(request, *args, **kwargs)
        except CoconError as error:
            return error_page(request, error)


class CaseListView(CareStaffView):
    def get(self, request: HttpRequest) -> HttpResponse:
        actor: Member = request.user  # type: ignore[assignment]
        return render(
            request,
            "care/cases/index.html",
            {
                "cases": get_open_care_cases(),
                "closed": get_recent_closed_cases(),
                "on_duty": is_on_duty(actor),
                "is_care_lead": is_care_lead(actor),
            },
        )


class DutyView(CareStaffView):
    def post(self, request: HttpRequest) -> HttpResponse:
        actor: Member = request.user  # type: ignore[assignment]
        on = validate_bool(request.POST.get("on"), "on")
        do_set_on_duty(actor, on)
        if on:
            messages.success(
                request, pgettext("care duty", "You are on duty: new cases will ring here.")
            )
        else:
            messages.info(request, pgettext("care duty", "You are off duty."))
        return HttpResponseRedirect(reverse("care:cases"))


def case_context(
    request: HttpRequest,
    case: CareCase,
    *,
    show_contact: bool = False,
    contact: dict[str, str] | None = None,
    draft: str = "",
    referral_draft: tuple[int, str] | None = None,
) -> dict[str, Any]:
    """The case page's context; ``referral_draft`` keeps a refused outcome text in its form.

    ``contact`` is what ``do_read_case`` returned: the context reads nothing protected itself.
    """
    actor: Member = request.user  # type: ignore[assignment]
    lead = is_care_lead(actor)
    member = case.member
    referrals = list(case.referrals.select_related("partner", "by"))
    for referral in referrals:
        referral.form_outcome = (  # type: ignore[attr-defined]
            referral_draft[1]
            if referral_draft is not None and referral_draft[0] == referral.pk
            else referral.outcome
        )
    return {
        "case": case,
        "member": member,
        "signals": case.signals.all(),
        "events": case.events.select_related("actor"),
        "messages_": case.messages.select_related("sender"),
        "escalations": case.escalations.select_related("by"),
        "referrals": referrals,
        "referral_error_id": referral_draft[0] if referral_draft is not None else None,
        "emergency_numbers": get_emergency_numbers(case.country, case.province, member.language),
        "suicide_lines": get_suicide_lines(case.country, case.province, member.language),
        "partners": find_partners(case.country, topics=(), age=member.age) if case.country else [],
        "is_care_lead": lead,
        "has_contact": has_contact(member),
        "contact": contact,
        "show_contact": show_contact,
        "templates": TEMPLATES,
        "draft": draft,
        "outcomes": Outcome.choices,
        "can_follow_up": State.FOLLOW_UP in _allowed(case),
        "on_duty": is_on_duty(actor),
    }


def _allowed(case: CareCase) -> frozenset[str]:
    from cocon.care.permissions import TRANSITIONS

    return TRANSITIONS.get(case.state, frozenset())


class CaseDetailView(CareStaffView):
    def get(self, request: HttpRequest, case_id: int) -> HttpResponse:
        case = access_case_by_id(_actor(request), case_id)
        show_contact = request.GET.get("contact") == "1"
        # One action: a moderator asking for the contact is refused (and audited) before the
        # member's messages are marked read.
        contact = do_read_case(_actor(request), case, with_contact=show_contact)
        template = request.GET.get("template", "")
        draft = render_template(template, case.member) if template in TEMPLATES else ""
        return render(
            request,
            "care/case/index.html",
            case_context(request, case, show_contact=show_contact, contact=contact, draft=draft),
        )


# The steps that are the care leads' (the actions check again, after the state).
LEAD_STEP_CHECKS: dict[str, Callable[[Member, CareCase], None]] = {
    "escalate": check_may_escalate,
    "refer": check_may_refer,
}


class CaseStepView(CareStaffView):
    """One POST per step: acknowledge, message, follow_up, escalate, refer, close."""

    def post(self, request: HttpRequest, case_id: int, step: str) -> HttpResponse:
        steps: dict[str, Callable[[HttpRequest, CareCase], str]] = {
            "acknowledge": self._acknowledge,
            "message": self._message,
            "follow-up": self._follow_up,
            "escalate": self._escalate,
            "refer": self._refer,
            "close": self._close,
        }
        handler = steps.get(step)
        if handler is None:
            raise CoconError(
                "care.unknown_step", pgettext("care error", "Unknown step."), status=404
            )
        case = access_case_by_id(_actor(request), case_id)
        try:
            # The role before the state: a moderator trying a care lead's step on a closed
            # case is refused and audited, a care lead there gets the 409.
            lead_check = LEAD_STEP_CHECKS.get(step)
            if lead_check is not None:
                lead_check(_actor(request), case)
            check_case_open(case)
            done = handler(request, case)
        except CoconError as error:
            if error.status in (401, 403, 404):
                raise
            context = case_context(request, case, draft=str(request.POST.get("body", ""))[:4000])
            context["form_error"] = error
            return render(request, "care/case/index.html", context, status=error.status)
        messages.success(request, done)
        return HttpResponseRedirect(reverse("care:case", kwargs={"case_id": case.pk}))

    def _acknowledge(self, request: HttpRequest, case: CareCase) -> str:
        do_acknowledge_case(_actor(request), case)
        return pgettext("care step done", "You took this case.")

    def _message(self, request: HttpRequest, case: CareCase) -> str:
        body = validate_message(request.POST.get("body"))
        do_send_team_message(_actor(request), case, body)
        return pgettext("care step done", "Message sent to the member (signed Cocon).")

    def _follow_up(self, request: HttpRequest, case: CareCase) -> str:
        check_case_transition(case, State.FOLLOW_UP)
        do_set_case_state(
            _actor(request), case, State.FOLLOW_UP, note=validate_note(request.POST.get("note"))
        )
        return pgettext("care step done", "The case is in follow-up.")

    def _escalate(self, request: HttpRequest, case: CareCase) -> str:
        service = validate_short(request.POST.get("service"), "service", required=True)
        called_at = validate_called_at(request.POST.get("called_at"))
        reference = validate_short(request.POST.get("reference"), "reference", required=False)
        outcome = validate_note(request.POST.get("outcome"), "outcome")
        do_record_escalation(
            _actor(request),
            case,
            service=service,
            called_at=called_at,
            reference=reference,
            outcome=outcome,
        )
        return pgettext("care step done", "Emergency escalation recorded.")

    def _refer(self, request: HttpRequest, case: CareCase) -> str:
        partner = validate_partner(request.POST.get("partner"))
        consent = validate_bool(request.POST.get("consent"), "consent")
        consent_note = validate_short(
            request.POST.get("consent_note"), "consent_note", required=False
        )
        do_record_referral(
            _actor(request), case, partner=partner, consent=consent, consent_note=consent_note
        )
        return pgettext("care step done", "Referral recorded.")

    def _close(self, request: HttpRequest, case: CareCase) -> str:
        outcome = validate_outcome(request.POST.get("outcome"))
        note = validate_note(request.POST.get("note"))
        do_close_case(_actor(request), case, outcome=outcome, note=note)
        return pgettext("care step done", "Case closed.")


class ReferralOutcomeView(CareStaffView):
    """POST what came of a referral from the case page; back to the case with a message."""

    def post(self, request: HttpRequest, referral_id: int) -> HttpResponse:
        referral = access_referral_by_id(_actor(request), referral_id)
        text = request.POST.get("outcome")
        try:
            changed = do_set_referral_outcome(_actor(request), referral, text)
        except CoconError as error:
            if error.status in (401, 403, 404):
                raise
            context = case_context(
                request, referral.case, referral_draft=(referral.pk, str(text or "")[:4000])
            )
            context["referral_error"] = error
            return render(request, "care/case/index.html", context, status=error.status)
        if changed:
            messages.success(request, pgettext("care step done", "Referral outcome saved."))
        else:
            messages.info(
                request, pgettext("care step done", "The referral already had this outcome.")
            )
        url = reverse("care:case", kwargs={"case_id": referral.case_id})
        return HttpResponseRedirect(f"{url}#referral-{referral.pk}")
