"""The five-step check-in: one page per step without JavaScript, swapped in place with htmx."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.accounts.ratelimit import check_rate_limit
from cocon.care.templatetags.care import remember_help_offer
from cocon.community.access import check_post_permission
from cocon.community.actions.checkins import do_create_checkin
from cocon.community.models import MOOD_FACES, Emotion, Mood, Need, Status, Theme, Visibility
from cocon.community.presenters import outcome_message
from cocon.community.text import attachment_error, text_limit
from cocon.community.validation import STEPS, validate_checkin, validate_step
from cocon.community.views.common import error_context, form_text, is_htmx, member_of, render_page

SESSION_KEY = "community_checkin"
STEP_FIELDS = {1: "mood", 2: "emotions", 3: "theme", 4: "need"}


def _answers(request: HttpRequest) -> dict[str, Any]:
    return dict(request.session.get(SESSION_KEY) or {})


def _first_missing_step(answers: dict[str, Any]) -> int:
    for step, name in STEP_FIELDS.items():
        if name not in answers:
            return step
    return 5


def _raw_step(request: HttpRequest, step: int) -> dict[str, Any]:
    if step == 2:
        return {"emotions": request.POST.getlist("emotions")}
    name = STEP_FIELDS[step]
    return {name: request.POST.get(name, "")}


class CheckinStepView(LoginRequiredMixin, View):
    def context(
        self, request: HttpRequest, step: int, answers: dict[str, Any], **extra: Any
    ) -> dict[str, Any]:
        return {
            "step": step,
            "steps": range(1, 6),
            "step_names": STEPS,
            "answers": answers,
            "moods": [(value, label, MOOD_FACES[value]) for value, label in Mood.choices],
            "emotions": Emotion.choices,
            "themes": Theme.objects.filter(is_active=True),
            "needs": Need.choices,
            "visibilities": Visibility.choices,
            "body_limit": text_limit("post"),
            **extra,
        }

    def get(self, request: HttpRequest, step: int = 1) -> HttpResponse:
        answers = _answers(request)
        if not 1 <= step <= 5:
            return HttpResponseRedirect(reverse("community:checkin-step", args=[1]))
        missing = _first_missing_step(answers)
        if step > missing:
            return HttpResponseRedirect(reverse("community:checkin-step", args=[missing]))
        return render_page(request, "checkin", self.context(request, step, answers))

    def post(self, request: HttpRequest, step: int = 1) -> HttpResponse:
        answers = _answers(request)
        if not 1 <= step <= 5:
            return HttpResponseRedirect(reverse("community:checkin-step", args=[1]))
        going_back = request.POST.get("go") == "back"
        if step < 5:
            try:
                answers.update(validate_step(STEP_FIELDS[step], _raw_step(request, step)))
            except CoconError as exc:
                if not going_back:
                    return render_page(
                        request,
                        "checkin",
                        self.context(request, step, answers, **error_context(exc)),
                        status=400,
                    )
            request.session[SESSION_KEY] = answers
            target = max(step - 1, 1) if going_back else step + 1
            return self._go(request, target, answers)
        # Step 5: the message and who can read it.
        body = form_text(request)
        answers["body"] = body
        answers["visibility"] = request.POST.get("visibility", "")
        request.session[SESSION_KEY] = answers
        if going_back:
            return self._go(request, 4, answers)
        try:
            permission = check_post_permission(member_of(request))
            if request.FILES:
                raise attachment_error()
            data = validate_checkin(answers)
            check_rate_limit(request, "post", key=f"member:{member_of(request).pk}")
        except CoconError as exc:
            return render_page(
                request,
                "checkin",
                self.context(request, 5, answers, **error_context(exc)),
                status=exc.status,
            )
        post = do_create_checkin(member_of(request), data, permission=permission)
        if post.status == Status.BLOCKED:
            refusal = CoconError(
                "refused",
                outcome_message(post.status),
                fields={"body": [outcome_message(post.status)]},
                status=422,
            )
            return render_page(
                request,
                "checkin",
                self.context(request, 5, answers, **error_context(refusal)),
                status=422,
            )
        request.session.pop(SESSION_KEY, None)
        remember_help_offer(request, post.screening)
        if post.visibility == Visibility.JOURNAL:
            messages.success(
                request,
                pgettext("check-in done", "Saved in your private journal. Only you can read it."),
            )
            url = reverse("community:journal")
        elif post.status == Status.VISIBLE:
            messages.success(
                request, pgettext("check-in done", "Shared. Thank you for trusting the community.")
            )
            url = reverse("community:post", args=[post.pk])
        else:
            url = reverse("community:post", args=[post.pk])
        return _redirect(request, url)

    def _go(self, request: HttpRequest, step: int, answers: dict[str, Any]) -> HttpResponse:
        url = reverse("community:checkin-step", args=[step])
        if is_htmx(request):
            response = render_page(request, "checkin", self.context(request, step, answers))
            response["HX-Push-Url"] = url
            return response
        return HttpResponseRedirect(url)


def _redirect(request: HttpRequest, url: str) -> HttpResponse:
    if is_htmx(request):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)


class CheckinStartView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        if request.GET.get("new"):
            request.session.pop(SESSION_KEY, None)
        return HttpResponseRedirect(reverse("community:checkin-step", args=[1]))
