"""The help page: help lines for my country, by topic, emergency numbers first."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.resources.models import Topic
from cocon.resources.presenters import present_entry
from cocon.resources.queries.directory import get_visible_entries, select_help
from cocon.resources.validation import validate_topic
from cocon.resources.views.place import Place, picker_links, place_for_request


def place_context(place: Place | None) -> dict[str, Any]:
    return {"place": place, "countries": picker_links()}


class HelpIndexView(View):
    template_name = "resources/help/index.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        try:
            place = place_for_request(request)
            topic = validate_topic(request.GET.get("topic", ""))
        except CoconError as error:
            failed = {**place_context(None), "error": error}
            return render(request, self.template_name, failed, status=error.status)
        context: dict[str, Any] = {**place_context(place), "topic": topic}
        if place is not None:
            language = place.language
            visible = get_visible_entries(place.country, place.province, language)
            present = {t for e in visible for t in (e.topics or ()) if t != Topic.EMERGENCY}
            entries = select_help(visible, (topic,) if topic else ())
            context.update(
                topics=[
                    {"code": code, "label": label}
                    for code, label in Topic.choices
                    if code in present
                ],
                topic_label=dict(Topic.choices).get(topic, ""),
                emergency=[present_entry(e, language) for e in entries if e.is_emergency],
                entries=[present_entry(e, language) for e in entries if not e.is_emergency],
            )
        return render(request, self.template_name, context)
