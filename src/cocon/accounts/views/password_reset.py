"""Forgotten password: ask for a link by e-mail, then choose a new password."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from django.views import View

from cocon.accounts.actions.password_reset import do_send_password_reset
from cocon.accounts.errors import CoconError
from cocon.accounts.forms import form_state, read_fields
from cocon.accounts.ratelimit import check_rate_limit
from cocon.accounts.validation import validate_email_field
from cocon.accounts.views.forms import check_no_nul


class PasswordResetRequestView(View):
    template_name = "accounts/password_reset.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": form_state({"email": ""})})

    def post(self, request: HttpRequest) -> HttpResponse:
        values = read_fields(request.POST, ["email"])
        email = values["email"].strip()
        try:
            check_rate_limit(request, "password_reset")
            check_no_nul(values)
            if not email or len(email) > 254 or not validate_email_field(email):
                raise CoconError(
                    "invalid",
                    _("Some answers need another look."),
                    fields={
                        "email": [
                            str(
                                pgettext_lazy(
                                    "password reset error", "Please give a valid e-mail address."
                                )
                            )
                        ]
                    },
                )
        except CoconError as error:
            context = {"form": form_state(values, error), "error": error}
            return render(request, self.template_name, context, status=error.status)
        do_send_password_reset(email)
        # Same answer whether or not the address is known, so nobody can probe for accounts.
        messages.info(
            request,
            pgettext(
                "password reset", "If this address belongs to an account, a link is on its way."
            ),
        )
        return redirect("accounts:login")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:login")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(
            self.request, pgettext("password reset", "Your new password is saved. You can sign in.")
        )
        return response
