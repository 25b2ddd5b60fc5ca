"""Sign in and sign out with a session, through the lockout-aware check the API uses."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.actions.login import authenticate_member
from cocon.accounts.errors import CoconError
from cocon.accounts.forms import form_state, read_fields
from cocon.accounts.ratelimit import check_rate_limit
from cocon.accounts.views.forms import check_no_nul

BACKEND = "cocon.accounts.backends.PseudonymBackend"


def safe_next(request: HttpRequest, candidate: str) -> str:
    """Return ``candidate`` when it points inside Cocon, else the home page."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return resolve_url(settings.LOGIN_REDIRECT_URL)


class LoginView(View):
    template_name = "accounts/login.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        values = {"pseudonym": "", "next": read_fields(request.GET, ["next"])["next"]}
        return render(request, self.template_name, {"form": form_state(values)})

    def post(self, request: HttpRequest) -> HttpResponse:
        values = read_fields(request.POST, ["pseudonym", "password", "next"])
        try:
            check_rate_limit(request, "login")
            check_no_nul(values)
            member = authenticate_member(values["pseudonym"].strip(), values["password"])
        except CoconError as error:
            values["password"] = ""
            context = {"form": form_state(values, error), "error": error}
            return render(request, self.template_name, context, status=error.status)
        login(request, member, backend=BACKEND)
        response = redirect(safe_next(request, values["next"]))
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, member.language, samesite="Lax")
        return response


class LogoutView(View):
    """GET asks to confirm (links must not sign anyone out); POST signs out."""

    template_name = "accounts/logout.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name)

    def post(self, request: HttpRequest) -> HttpResponse:
        logout(request)
        messages.info(request, pgettext("logout done", "You are signed out. See you soon!"))
        return redirect("home")
