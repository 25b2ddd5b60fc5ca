"""Block and mute another member from the pages."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.pseudonyms import fold_pseudonym
from cocon.community.actions.relations import (
    do_block_member,
    do_mute_member,
    do_unblock_member,
    do_unmute_member,
)
from cocon.community.views.common import member_of

ACTIONS = {
    "block": do_block_member,
    "unblock": do_unblock_member,
    "mute": do_mute_member,
    "unmute": do_unmute_member,
}


class MemberRelationView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, pseudonym: str) -> HttpResponse:
        target = get_object_or_404(
            Member, pseudonym_key=fold_pseudonym(pseudonym[:64]), is_active=True
        )
        action = request.POST.get("action", "")
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = reverse("community:feed")
        if action not in ACTIONS:
            messages.error(request, pgettext("relation error", "Unknown action."))
            return HttpResponseRedirect(next_url)
        func = ACTIONS[action]
        try:
            func(member_of(request), target)
        except CoconError as exc:
            messages.error(request, str(exc.message))
            return HttpResponseRedirect(next_url)
        done = {
            "block": pgettext("relation done", "Blocked. You will not see each other any more."),
            "unblock": pgettext("relation done", "Unblocked."),
            "mute": pgettext("relation done", "Muted. You will not see their messages any more."),
            "unmute": pgettext("relation done", "Unmuted."),
        }[action]
        messages.success(request, done)
        return HttpResponseRedirect(next_url)
