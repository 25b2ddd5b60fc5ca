"""The member's side: the conversation with the team, the answer to the offer, contact details."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.ratelimit import check_rate_limit
from cocon.care.actions.answers import ANSWERS, do_record_member_answer
from cocon.care.actions.contacts import do_set_contact, has_contact
from cocon.care.actions.messages import do_read_team_messages, do_send_member_message
from cocon.care.queries.cases import get_member_conversation
from cocon.care.validation import validate_choice, validate_message, validate_note, validate_phone
from cocon.resources.queries.directory import get_emergency_numbers, get_suicide_line


def _inbox_context(member: Member, **extra: Any) -> dict[str, Any]:
    return {
        "conversation": get_member_conversation(member),
        "has_contact": has_contact(member),
        "suicide_line": get_suicide_line(member.country, member.province, member.language),
        "emergency_numbers": get_emergency_numbers(
            member.country, member.province, member.language
        ),
        **extra,
    }


class InboxView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        member: Member = request.user  # type: ignore[assignment]
        context = _inbox_context(member)
        do_read_team_messages(member)
        return render(request, "care/inbox/index.html", context)

    def post(self, request: HttpRequest) -> HttpResponse:
        member: Member = request.user  # type: ignore[assignment]
        try:
            body = validate_message(request.POST.get("body"))
            check_rate_limit(request, "post", key=f"member:{member.pk}")
        except CoconError as error:
            context = _inbox_context(
                member, form_error=error, draft=str(request.POST.get("body", ""))[:4000]
            )
            return render(request, "care/inbox/index.html", context, status=error.status)
        do_send_member_message(member, body)
        messages.success(
            request, pgettext("care inbox", "Your message has been sent to the Cocon team.")
        )
        return HttpResponseRedirect(reverse("care:inbox"))


class AnswerView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest) -> HttpResponse:
        member: Member = request.user  # type: ignore[assignment]
        try:
            answer = validate_choice(request.POST.get("answer"), "answer", ANSWERS)
        except CoconError as error:
            return render(request, "care/error.html", {"error": error}, status=error.status)
        do_record_member_answer(member, answer)
        if answer == "need_help":
            messages.success(
                request,
                pgettext(
                    "care answer",
                    "The team has been told: someone will write to you here very soon. If you are in danger, call the emergency number now.",
                ),
            )
            return HttpResponseRedirect(reverse("care:inbox"))
        messages.success(
            request,
            pgettext(
                "care answer",
                "Thank you for telling us. You can write to the team here whenever you need.",
            ),
        )
        next_url = request.POST.get("next", "")
        if next_url and url_has_allowed_host_and_scheme(
            next_url, {request.get_host()}, require_https=request.is_secure()
        ):
            return HttpResponseRedirect(next_url)
        return HttpResponseRedirect(reverse("care:inbox"))


class ContactView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest) -> HttpResponse:
        member: Member = request.user  # type: ignore[assignment]
        try:
            phone = validate_phone(request.POST.get("phone"))
            other = validate_note(request.POST.get("other"), "other")
        except CoconError as error:
            return render(
                request,
                "care/inbox/index.html",
                _inbox_context(member, contact_error=error),
                status=error.status,
            )
        saved = do_set_contact(member, phone=phone, other=other)
        if saved is None:
            messages.info(
                request, pgettext("care contact", "Your contact details have been removed.")
            )
        else:
            messages.success(
                request,
                pgettext(
                    "care contact",
                    "Thank you. Only the care leads can see these details, and every time they do it is recorded.",
                ),
            )
        return HttpResponseRedirect(reverse("care:inbox"))
