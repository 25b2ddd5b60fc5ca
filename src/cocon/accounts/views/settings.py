"""My settings: language, country and province, e-mail, a short bio."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.actions.settings import do_update_settings
from cocon.accounts.errors import CoconError
from cocon.accounts.forms import form_state, read_fields
from cocon.accounts.models import Country, Language, Member, Province
from cocon.accounts.validation import validate_settings
from cocon.accounts.views.forms import check_no_nul

SETTINGS_FIELDS = ("language", "country", "province", "email", "bio")


def settings_context(values: dict[str, str], error: CoconError | None = None) -> dict[str, Any]:
    return {
        "form": form_state(values, error, names=SETTINGS_FIELDS),
        "error": error,
        "countries": Country.choices,
        "provinces": [choice for choice in Province.choices if choice[0]],
        "languages": Language.choices,
    }


class SettingsView(LoginRequiredMixin, View):
    template_name = "accounts/settings.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        member = request.user
        assert isinstance(member, Member)  # noqa: S101 - LoginRequiredMixin guarantees it
        values = {name: str(getattr(member, name)) for name in SETTINGS_FIELDS}
        return render(request, self.template_name, settings_context(values))

    def post(self, request: HttpRequest) -> HttpResponse:
        member = request.user
        assert isinstance(member, Member)  # noqa: S101 - LoginRequiredMixin guarantees it
        # A field left out of the form (the province select hidden by the script) keeps its value.
        raw: dict[str, object] = {
            name: request.POST[name] for name in SETTINGS_FIELDS if name in request.POST
        }
        values = {**{n: str(getattr(member, n)) for n in SETTINGS_FIELDS}, **read_fields(raw, raw)}
        try:
            check_no_nul(values)
            changes = validate_settings(member, raw)
        except CoconError as error:
            return render(
                request, self.template_name, settings_context(values, error), status=error.status
            )
        changed = do_update_settings(member, changes)
        # Answer in the language just chosen, not the one the form was shown in.
        translation.activate(member.language)
        if changed:
            messages.success(request, pgettext("settings saved", "Your settings are saved."))
        else:
            messages.info(request, pgettext("settings saved", "Nothing has changed."))
        response = redirect("accounts:settings")
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, member.language, samesite="Lax")
        return response
