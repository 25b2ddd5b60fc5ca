"""The SOS page: my country's emergency number and suicide line, and "contact me now"."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.resources.actions.sos import do_request_sos
from cocon.resources.presenters import present_entry
from cocon.resources.queries.directory import get_emergency_numbers, get_suicide_lines
from cocon.resources.validation import validate_sos_message
from cocon.resources.views.help import place_context
from cocon.resources.views.place import Place, place_for_request


def sos_context(place: Place | None) -> dict[str, Any]:
    context = place_context(place)
    if place is not None:
        context["emergency"] = [
            present_entry(e, place.language)
            for e in get_emergency_numbers(place.country, place.province, place.language)
        ]
        context["suicide_lines"] = [
            present_entry(e, place.language)
            for e in get_suicide_lines(place.country, place.province, place.language)
        ]
    return context


class SosView(View):
    template_name = "resources/sos/index.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        try:
            place = place_for_request(request)
        except CoconError as error:
            return render(
                request,
                self.template_name,
                {**sos_context(None), "error": error},
                status=error.status,
            )
        context = sos_context(place)
        context["sent"] = request.GET.get("sent") in ("1", "again")
        context["again"] = request.GET.get("sent") == "again"
        return render(request, self.template_name, context)


class SosRequestView(View):
    """POST only: record that the member wants the team to contact them now."""

    template_name = "resources/sos/index.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return redirect("resources:sos")

    def post(self, request: HttpRequest) -> HttpResponse:
        member = request.user
        if not isinstance(member, Member):
            return redirect(f"{reverse('accounts:login')}?next={reverse('resources:sos')}")
        try:
            message = validate_sos_message(request.POST.get("message", ""))
        except CoconError as error:
            context = sos_context(place_for_request_safe(request))
            context.update(error=error, message=request.POST.get("message", ""))
            return render(request, self.template_name, context, status=error.status)
        _sos, created = do_request_sos(member, message)
        return redirect(f"{reverse('resources:sos')}?sent={'1' if created else 'again'}")


def place_for_request_safe(request: HttpRequest) -> Place | None:
    try:
        return place_for_request(request)
    except CoconError:
        return None
