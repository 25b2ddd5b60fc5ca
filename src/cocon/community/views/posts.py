"""A post with its replies; replying, supporting, editing, deleting, sending a nudged post."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import pgettext
from django.views import View

from cocon.accounts.errors import CoconError
from cocon.accounts.ratelimit import check_rate_limit
from cocon.community.access import (
    access_own_post_by_id,
    access_post_by_id,
    can_still_edit,
    check_comment_permission,
    check_edit_post_permission,
    check_react_permission,
)
from cocon.community.actions.checkins import do_send_post_anyway
from cocon.community.actions.comments import do_create_comment
from cocon.community.actions.posts import do_delete_post, do_edit_post
from cocon.community.actions.reactions import do_toggle_reaction
from cocon.community.models import REACTION_LABELS, Post, ReactionKind, Status, Visibility
from cocon.community.presenters import author_label, author_pseudonym, outcome_message
from cocon.community.queries.feeds import get_comments_for_member, get_reactions_for_post
from cocon.community.text import attachment_error, clean_text, text_limit
from cocon.community.views.common import error_context, form_text, is_htmx, member_of, render_page


def reaction_choices(mine: set[str]) -> list[dict[str, Any]]:
    return [
        {
            "kind": kind,
            "emoji": emoji,
            "label": REACTION_LABELS[ReactionKind(kind)],
            "on": kind in mine,
        }
        for kind, emoji in ReactionKind.choices
    ]


def post_context(request: HttpRequest, post: Post, **extra: Any) -> dict[str, Any]:
    member = member_of(request)
    mine, support_count = get_reactions_for_post(member, post)
    comments = get_comments_for_member(member, post)
    return {
        "post": post,
        "author_name": author_label(post, member),
        "author_pseudonym": author_pseudonym(post, member),
        "is_mine": post.author_id == member.pk,
        "can_edit": post.author_id == member.pk and can_still_edit(post),
        "support_count": support_count,
        "reactions": reaction_choices(mine),
        "comments": [
            {
                "comment": c,
                "author_name": author_label(c, member),
                "is_mine": c.author_id == member.pk,
                "can_edit": c.author_id == member.pk and can_still_edit(c),
                "outcome": outcome_message(c.status),
            }
            for c in comments
        ],
        "outcome": outcome_message(post.status),
        "comment_limit": text_limit("comment"),
        "can_reply": post.status == Status.VISIBLE and post.visibility != Visibility.JOURNAL,
        **extra,
    }


class PostDetailView(LoginRequiredMixin, View):
    """Show a post; POST adds a reply (the typed text comes back on any refusal)."""

    def get(self, request: HttpRequest, post_id: int) -> HttpResponse:
        post = access_post_by_id(member_of(request), post_id)
        return render_page(request, "post", post_context(request, post))

    def post(self, request: HttpRequest, post_id: int) -> HttpResponse:
        member = member_of(request)
        post = access_post_by_id(member, post_id)
        typed = form_text(request)
        try:
            check_comment_permission(member, post)
            if request.FILES:
                raise attachment_error()
            body = clean_text(typed, kind="comment")
            check_rate_limit(request, "post", key=f"member:{member.pk}")
        except CoconError as exc:
            return render_page(
                request,
                "post",
                post_context(request, post, typed=typed, **error_context(exc)),
                status=exc.status,
            )
        comment = do_create_comment(member, post, body)
        if comment.status == Status.BLOCKED:
            refusal = CoconError("refused", outcome_message(comment.status), status=422)
            return render_page(
                request,
                "post",
                post_context(request, post, typed=typed, **error_context(refusal)),
                status=422,
            )
        if comment.status == Status.VISIBLE:
            messages.success(
                request,
                pgettext("reply done", "Your reply is published. Thank you for your kindness."),
            )
        else:
            messages.info(request, outcome_message(comment.status))
        if is_htmx(request):
            post.refresh_from_db()
            return render_page(request, "post", post_context(request, post))
        return HttpResponseRedirect(reverse("community:post", args=[post.pk]) + "#replies")


class PostReactView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, post_id: int) -> HttpResponse:
        member = member_of(request)
        post = access_post_by_id(member, post_id)
        kind = request.POST.get("kind", "")
        try:
            if kind not in ReactionKind.values:
                message = pgettext("reaction error", "Choose one of ❤️ 🤗 💪 🙏 🌟.")
                raise CoconError("invalid", message, fields={"kind": [message]})
            check_react_permission(member, post)
        except CoconError as exc:
            return render_page(
                request,
                "post",
                post_context(request, post, **error_context(exc)),
                status=exc.status,
            )
        do_toggle_reaction(member, post, kind)
        if is_htmx(request):
            mine, _count = get_reactions_for_post(member, post)
            from django.shortcuts import render

            return render(
                request,
                "community/post/reactions.html",
                {"post": post, "reactions": reaction_choices(mine)},
            )
        return HttpResponseRedirect(
            request.POST.get("next_anchor")
            and reverse("community:post", args=[post.pk])
            or reverse("community:post", args=[post.pk])
        )


class PostEditView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest, post_id: int) -> HttpResponse:
        post = access_own_post_by_id(member_of(request), post_id)
        try:
            check_edit_post_permission(member_of(request), post)
        except CoconError as exc:
            return render_page(
                request,
                "edit",
                {"post": post, "typed": post.body, **error_context(exc), "closed": True},
                status=exc.status,
            )
        return render_page(
            request, "edit", {"post": post, "typed": post.body, "body_limit": text_limit("post")}
        )

    def post(self, request: HttpRequest, post_id: int) -> HttpResponse:
        member = member_of(request)
        post = access_own_post_by_id(member, post_id)
        typed = form_text(request)
        try:
            check_edit_post_permission(member, post)
            body = clean_text(
                typed, kind="journal" if post.visibility == Visibility.JOURNAL else "post"
            )
        except CoconError as exc:
            return render_page(
                request,
                "edit",
                {
                    "post": post,
                    "typed": typed,
                    "body_limit": text_limit("post"),
                    **error_context(exc),
                },
                status=exc.status,
            )
        do_edit_post(member, post, body)
        if post.status == Status.BLOCKED:
            refusal = CoconError("refused", outcome_message(post.status), status=422)
            return render_page(
                request,
                "edit",
                {
                    "post": post,
                    "typed": typed,
                    "body_limit": text_limit("post"),
                    **error_context(refusal),
                },
                status=422,
            )
        messages.success(request, pgettext("edit done", "Your message is updated."))
        return HttpResponseRedirect(reverse("community:post", args=[post.pk]))


class PostSendAnywayView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, post_id: int) -> HttpResponse:
        member = member_of(request)
        post = access_own_post_by_id(member, post_id)
        try:
            do_send_post_anyway(member, post)
        except CoconError as exc:
            return render_page(
                request,
                "post",
                post_context(request, post, **error_context(exc)),
                status=exc.status,
            )
        return HttpResponseRedirect(reverse("community:post", args=[post.pk]))


class PostDeleteView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest, post_id: int) -> HttpResponse:
        post = access_own_post_by_id(member_of(request), post_id)
        return render_page(request, "delete", {"post": post})

    def post(self, request: HttpRequest, post_id: int) -> HttpResponse:
        member = member_of(request)
        post = access_own_post_by_id(member, post_id)
        do_delete_post(member, post)
        messages.success(request, pgettext("delete done", "Your message is deleted."))
        target = (
            "community:journal" if post.visibility == Visibility.JOURNAL else "community:feed-mine"
        )
        return HttpResponseRedirect(reverse(target))
