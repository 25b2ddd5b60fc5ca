"""My data: download it as one JSON file, or delete my account at once."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from django.views import View

from cocon.accounts.actions.privacy import do_delete_account, do_export_member_data
from cocon.accounts.errors import CoconError
from cocon.accounts.forms import form_state, read_fields
from cocon.accounts.models import Member
from cocon.accounts.privacy import DeleteMode

DELETE_MODES: tuple[DeleteMode, ...] = ("delete", "anonymise")


def _member(request: HttpRequest) -> Member:
    member = request.user
    assert isinstance(member, Member)  # noqa: S101 - LoginRequiredMixin guarantees it
    return member


class PrivacyView(LoginRequiredMixin, View):
    template_name = "accounts/privacy.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": form_state({"mode": "anonymise"})})


class ExportDataView(LoginRequiredMixin, View):
    """POST only: the export is audited, so no link or prefetch may trigger it."""

    def post(self, request: HttpRequest) -> HttpResponse:
        member = _member(request)
        document = do_export_member_data(member)
        body = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
        filename = f"cocon-{member.pk}-{timezone.localdate().isoformat()}.json"
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


class DeleteAccountView(LoginRequiredMixin, View):
    template_name = "accounts/privacy.html"

    def post(self, request: HttpRequest) -> HttpResponse:
        member = _member(request)
        values = read_fields(request.POST, ["mode", "password"])
        try:
            mode = self.validate(member, values)
        except CoconError as error:
            values["password"] = ""
            context = {"form": form_state(values, error), "error": error}
            return render(request, self.template_name, context, status=error.status)
        do_delete_account(member, mode=mode)
        logout(request)
        messages.success(
            request,
            pgettext("account deleted", "Your account has been deleted. Take care of yourself."),
        )
        return redirect("home")

    def validate(self, member: Member, values: dict[str, str]) -> DeleteMode:
        fields: dict[str, list[str]] = {}
        mode = next((m for m in DELETE_MODES if m == values["mode"]), None)
        if mode is None:
            fields["mode"] = [
                str(
                    pgettext_lazy(
                        "delete account error", "Please choose what happens to your posts."
                    )
                )
            ]
        if (
            not values["password"]
            or len(values["password"]) > 256
            or not member.check_password(values["password"])
        ):
            fields["password"] = [
                str(pgettext_lazy("delete account error", "This password is not right."))
            ]
        if fields:
            status = 403 if list(fields) == ["password"] else 400
            raise CoconError(
                "invalid", _("Some answers need another look."), fields=fields, status=status
            )
        assert mode is not None  # noqa: S101 - no field error means the mode is known
        return mode
