"""Sign in and sign out with a session, through the lockout-aware check the API uses.

A suspended or banned member whose password is right is told why in their own language and,
when the decision can still be appealed, gets the appeal form on the same page: the refusal
is remembered in the session for ``APPEAL_WINDOW`` so the form needs no password.
"""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.actions.login import (
    APPEAL_AVAILABLE,
    LoginBlocked,
    authenticate_member,
    do_appeal_blocked_login,
)
from cocon.accounts.errors import CoconError
from cocon.accounts.forms import form_state, read_fields
from cocon.accounts.models import Member
from cocon.accounts.ratelimit import check_rate_limit
from cocon.accounts.views.forms import check_no_nul

BACKEND = "cocon.accounts.backends.PseudonymBackend"
BLOCKED_KEY = "login_blocked"
APPEAL_WINDOW = 30 * 60  # seconds


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
        if request.POST.get("intent") == "appeal":
            return self.appeal(request)
        values = read_fields(request.POST, ["pseudonym", "password", "next"])
        try:
            check_rate_limit(request, "login")
            check_no_nul(values)
            member = authenticate_member(values["pseudonym"].strip(), values["password"])
        except LoginBlocked as blocked:
            return self.blocked(request, values, blocked)
        except CoconError as error:
            values["password"] = ""
            context = {"form": form_state(values, error), "error": error}
            return render(request, self.template_name, context, status=error.status)
        request.session.pop(BLOCKED_KEY, None)
        login(request, member, backend=BACKEND)
        response = redirect(safe_next(request, values["next"]))
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, member.language, samesite="Lax")
        return response

    def blocked(
        self, request: HttpRequest, values: dict[str, str], blocked: LoginBlocked
    ) -> HttpResponse:
        """The password was right but a sanction keeps the member out: say why, offer the appeal."""
        appeal = blocked.appeal == APPEAL_AVAILABLE
        if appeal:
            request.session[BLOCKED_KEY] = {
                "member": blocked.member.pk,
                "sanction": blocked.sanction.pk,
                "at": time.time(),
            }
        else:
            request.session.pop(BLOCKED_KEY, None)
        values["password"] = ""
        context = {"form": form_state(values), "error": blocked, "appeal_form": appeal}
        return self._render_as(request, blocked.language, context, status=blocked.status)

    def appeal(self, request: HttpRequest) -> HttpResponse:
        """Send the appeal of the member whose login was refused a moment ago."""
        pending: dict[str, Any] = request.session.get(BLOCKED_KEY) or {}
        fresh = time.time() - float(pending.get("at", 0)) < APPEAL_WINDOW
        member = Member.objects.filter(pk=int(pending.get("member", 0))).first() if fresh else None
        if member is None:
            request.session.pop(BLOCKED_KEY, None)
            messages.info(
                request,
                pgettext("login appeal", "Please sign in again to ask for a review."),
            )
            return redirect("accounts:login")
        text = request.POST.get("text")
        with translation.override(member.language):
            try:
                check_rate_limit(request, "login")
                check_no_nul({"text": text if isinstance(text, str) else ""})
                do_appeal_blocked_login(member.pk, int(pending["sanction"]), text)
            except CoconError as error:
                values = {"pseudonym": member.pseudonym, "next": ""}
                context = {
                    "form": form_state(values),
                    "appeal_error": error,
                    "appeal_text": str(text or "")[:4000] if isinstance(text, str) else "",
                    "appeal_form": error.status == 400,
                }
                if error.status != 400:  # already appealed, or lifted meanwhile
                    request.session.pop(BLOCKED_KEY, None)
                return self._render_as(request, member.language, context, status=error.status)
            request.session.pop(BLOCKED_KEY, None)
            messages.success(
                request,
                pgettext(
                    "login appeal",
                    "Your request for a review has been sent. A moderator who did not take the "
                    "decision will read it; sign in again later to see the answer.",
                ),
            )
        return redirect("accounts:login")

    def _render_as(
        self, request: HttpRequest, language: str, context: dict[str, Any], *, status: int
    ) -> HttpResponse:
        """Render the page in the member's language: their password proved who they are."""
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = render(request, self.template_name, context, status=status)
        response.headers["Content-Language"] = language
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
