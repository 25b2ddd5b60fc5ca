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
from cocon.community.actions.comments import do_delete_comment, do_edit_comment, do_send_comment_anyway
from cocon.community.models import Status
from cocon.community.presenters import outcome_message
from cocon.community.text import clean_text, text_limit
from cocon.community.views.common import error_context, form_text, render_page


def _back(comment_post_id: int) -> HttpResponse:
    return HttpResponseRedirect(reverse("community:post", args=[comment_post_id]) + "#replies")


class CommentEditView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest, comment_id: int) -> HttpResponse:
        comment = access_own_comment_by_id(request.user, comment_id)  # type: ignore[arg-type]
        try:
            check_edit_comment_permission(request.user, comment)  # type: ignore[arg-type]
        except CoconError as exc:
            return render_page(request, "comment_edit", {"comment": comment, "typed": comment.body, "closed": True, **error_context(exc)}, status=exc.status)
        return render_page(request, "comment_edit", {"comment": comment, "typed": comment.body, "body_limit": text_limit("comment")})

    def post(self, request: HttpRequest, comment_id: int) -> HttpResponse:
        member = request.user
        comment = access_own_comment_by_id(member, comment_id)  # type: ignore[arg-type]
        typed = form_text(request)
        context = {"comment": comment, "typed": typed, "body_limit": text_limit("comment")}
        try:
            check_edit_comment_permission(member, comment)  # type: ignore[arg-type]
            body = clean_text(typed, kind="comment")
        except CoconError as exc:
            return render_page(request, "comment_edit", {**context, **error_context(exc)}, status=exc.status)
        do_edit_comment(member, comment, body)  # type: ignore[arg-type]
        if comment.status == Status.BLOCKED:
            exc = CoconError("refused", outcome_message(comment.status), status=422)
            return render_page(request, "comment_edit", {**context, **error_context(exc)}, status=422)
        messages.success(request, pgettext("edit done", "Your reply is updated."))
        return _back(comment.post_id)


class CommentSendAnywayView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, comment_id: int) -> HttpResponse:
        comment = access_own_comment_by_id(request.user, comment_id)  # type: ignore[arg-type]
        try:
            do_send_comment_anyway(request.user, comment)  # type: ignore[arg-type]
        except CoconError as exc:
            messages.error(request, str(exc.message))
        return _back(comment.post_id)


class CommentDeleteView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, comment_id: int) -> HttpResponse:
        comment = access_own_comment_by_id(request.user, comment_id)  # type: ignore[arg-type]
        do_delete_comment(request.user, comment)  # type: ignore[arg-type]
        messages.success(request, pgettext("delete done", "Your reply is deleted."))
        return _back(comment.post_id)
