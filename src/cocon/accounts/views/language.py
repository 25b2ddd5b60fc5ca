"""The language switcher: Django's set_language, plus the member's profile when signed in."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views import View
from django.views.i18n import set_language

from cocon.accounts.actions.settings import do_update_settings
from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.validation import validate_settings


class LanguageView(View):
    def post(self, request: HttpRequest) -> HttpResponse:
        member = request.user
        if isinstance(member, Member) and member.is_authenticated:
            try:
                changes = validate_settings(member, {"language": request.POST.get("language", "")})
            except CoconError:
                changes = {}
            do_update_settings(member, changes)
        # set_language checks the code and the `next` address, sets the cookie and redirects.
        return set_language(request)
