"""The signup page: one form, validated and executed by the same code as the API."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from cocon.accounts.actions.signup import do_signup
from cocon.accounts.charter import CHARTER_SECTIONS, CHARTER_TITLE, SCREENING_TEXT, SCREENING_TITLE
from cocon.accounts.errors import CoconError
from cocon.accounts.forms import form_state, read_fields
from cocon.accounts.models import Country, Language, Province
from cocon.accounts.ratelimit import check_rate_limit
from cocon.accounts.validation import PSEUDONYM_MESSAGES, validate_signup
from cocon.accounts.views.forms import check_no_nul

SIGNUP_FIELDS = (
    "pseudonym",
    "password",
    "birth_year",
    "birth_month",
    "country",
    "province",
    "language",
    "email",
    "parent_email",
    "accept_charter",
    "accept_screening",
)
BACKEND = "cocon.accounts.backends.PseudonymBackend"


def consent_age_rows() -> list[tuple[str, int]]:
    """Return (place, age) pairs from the configurable digital-consent table, for the hint."""
    labels: dict[str, Any] = dict(Country.choices)
    provinces: dict[str, Any] = dict(Province.choices)
    rows: list[tuple[str, int]] = []
    table: dict[str, int] = settings.COCON_DIGITAL_CONSENT_AGES
    for key, age in table.items():
        if key == "default":
            continue
        country, _sep, province = key.partition("-")
        if province:
            label = str(provinces.get(province, province))
        else:
            label = str(labels.get(country, country))
        rows.append((label, int(age)))
    rows.append((pgettext("signup consent ages", "Elsewhere"), int(table.get("default", 13))))
    return rows


def signup_context(values: dict[str, str], error: CoconError | None = None) -> dict[str, Any]:
    return {
        "form": form_state(values, error, names=SIGNUP_FIELDS),
        "error": error,
        "months": list(MONTHS.items()),
        "countries": Country.choices,
        "provinces": [choice for choice in Province.choices if choice[0]],
        "languages": Language.choices,
        "consent_ages": consent_age_rows(),
        "this_year": timezone.localdate().year,
        "min_age": settings.COCON_MIN_AGE,
        "max_age": settings.COCON_MAX_AGE,
        "charter_title": CHARTER_TITLE,
        "charter_sections": CHARTER_SECTIONS,
        "screening_title": SCREENING_TITLE,
        "screening_text": SCREENING_TEXT,
    }


class SignupView(View):
    template_name = "accounts/signup.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            return redirect("home")
        values = {"country": Country.FRANCE, "language": (get_language() or "fr")[:2]}
        return render(request, self.template_name, signup_context(values))

    def post(self, request: HttpRequest) -> HttpResponse:
        values = read_fields(request.POST, SIGNUP_FIELDS)
        try:
            check_rate_limit(request, "signup")
            check_no_nul(values)
            data = validate_signup(dict(values))
            member = do_signup(data)
        except CoconError as error:
            return self.refuse(request, values, error)
        except IntegrityError:
            # Two people raced for the same pseudonym: the loser is told as if it was taken before.
            taken = CoconError(
                "invalid",
                _("Some answers need another look."),
                fields={"pseudonym": [str(PSEUDONYM_MESSAGES["pseudonym_taken"])]},
            )
            return self.refuse(request, values, taken)
        login(request, member, backend=BACKEND)
        if member.has_full_access:
            messages.success(
                request,
                pgettext("signup done", "Welcome to Cocon, %(pseudonym)s!")
                % {"pseudonym": member.pseudonym},
            )
        else:
            messages.info(
                request,
                pgettext(
                    "signup done",
                    "Welcome, %(pseudonym)s! We have sent an e-mail to your parent. Until they confirm, "
                    "you can read and use the help pages.",
                )
                % {"pseudonym": member.pseudonym},
            )
        response = redirect("home")
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, member.language, samesite="Lax")
        return response

    def refuse(
        self, request: HttpRequest, values: dict[str, str], error: CoconError
    ) -> HttpResponse:
        # The password is never sent back into the page.
        values = {**values, "password": ""}
        return render(
            request, self.template_name, signup_context(values, error), status=error.status
        )
