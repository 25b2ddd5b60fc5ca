from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views import View

from cocon.accounts.actions.parental import do_confirm_parental_consent, read_parent_token


class ParentConfirmView(View):
    """A parent confirms a young member's account from the link in the e-mail.

    GET only shows a button: mail scanners that follow links must not confirm by accident.
    """

    def get(self, request: HttpRequest, token: str) -> HttpResponse:
        member = read_parent_token(token)
        status = 200 if member is not None else 400
        return render(
            request,
            "accounts/parent_confirm.html",
            {"member": member, "token": token},
            status=status,
        )

    def post(self, request: HttpRequest, token: str, *args: Any) -> HttpResponse:
        member = read_parent_token(token)
        if member is None:
            return render(
                request,
                "accounts/parent_confirm.html",
                {"member": None, "token": token},
                status=400,
            )
        do_confirm_parental_consent(member)
        return render(
            request, "accounts/parent_confirm.html", {"member": member, "confirmed": True}
        )
