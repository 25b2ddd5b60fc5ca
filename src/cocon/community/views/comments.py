"""Edit, delete and send a nudged reply."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.community.access import access_own_comment_by_id, check_edit_comment_permission
from cocon.community.actions.comments import (
    do_delete_comment,
    do_edit_comment,
    do_send_comment_anyway,
)
from cocon.community.models import Status
from cocon.community.presenters import outcome_message
from cocon.community.text import clean_text, text_limit
from cocon.community.views.common import error_context, form_text, member_of, render_page


def _back(comment_post_id: int) -> HttpResponse:
    return HttpResponseRedirect(reverse("community:post", args=[comment_post_id]) + "#replies")


class CommentEditView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest, comment_id: int) -> HttpResponse:
        comment = access_own_comment_by_id(member_of(request), comment_id)
        try:
            check_edit_comment_permission(member_of(request), comment)
        except CoconError as exc:
            return render_page(
                request,
                "comment_edit",
                {"comment": comment, "typed": comment.body, "closed": True, **error_context(exc)},
                status=exc.status,
            )
        return render_page(
            request,
            "comment_edit",
            {"comment": comment, "typed": comment.body, "body_limit": text_limit("comment")},
        )

    def post(self, request: HttpRequest, comment_id: int) -> HttpResponse:
        member = member_of(request)
        comment = access_own_comment_by_id(member, comment_id)
        typed = form_text(request)
        context = {"comment": comment, "typed": typed, "body_limit": text_limit("comment")}
        try:
            check_edit_comment_permission(member, comment)
            body = clean_text(typed, kind="comment")
        except CoconError as exc:
            return render_page(
                request, "comment_edit", {**context, **error_context(exc)}, status=exc.status
            )
        do_edit_comment(member, comment, body)
        if comment.status == Status.BLOCKED:
            refusal = CoconError("refused", outcome_message(comment.status), status=422)
            return render_page(
                request, "comment_edit", {**context, **error_context(refusal)}, status=422
            )
        messages.success(request, pgettext("edit done", "Your reply is updated."))
        return _back(comment.post_id)


class CommentSendAnywayView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, comment_id: int) -> HttpResponse:
        comment = access_own_comment_by_id(member_of(request), comment_id)
        try:
            do_send_comment_anyway(member_of(request), comment)
        except CoconError as exc:
            messages.error(request, str(exc.message))
        return _back(comment.post_id)


class CommentDeleteView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, comment_id: int) -> HttpResponse:
        comment = access_own_comment_by_id(member_of(request), comment_id)
        do_delete_comment(member_of(request), comment)
        messages.success(request, pgettext("delete done", "Your reply is deleted."))
        return _back(comment.post_id)
