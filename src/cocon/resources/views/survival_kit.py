"""The cyberbullying survival kit, with who to call in my country."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.resources.presenters import present_entry
from cocon.resources.queries.directory import get_cyberbullying_help, get_emergency_numbers
from cocon.resources.survival_kit import SECTIONS
from cocon.resources.views.help import place_context
from cocon.resources.views.place import place_for_request


class SurvivalKitView(View):
    template_name = "resources/survival_kit/index.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        status = 200
        try:
            place = place_for_request(request)
            error = None
        except CoconError as exc:
            place, error, status = None, exc, exc.status
        context = {**place_context(place), "sections": SECTIONS, "error": error}
        if place is not None:
            context["who_to_call"] = [
                present_entry(e, place.language)
                for e in get_cyberbullying_help(place.country, place.province, place.language)
            ]
            context["emergency"] = [
                present_entry(e, place.language)
                for e in get_emergency_numbers(place.country, place.province, place.language)
            ]
        return render(request, self.template_name, context, status=status)
