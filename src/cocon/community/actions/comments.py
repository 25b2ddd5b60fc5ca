"""Reply to a post, edit (screened again) and delete one's own replies."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.actions.cases import handle_screening
from cocon.community.access import (
    check_comment_permission,
    check_delete_comment_permission,
    check_edit_comment_permission,
)
from cocon.community.actions.notifications import do_notify_reply
from cocon.community.models import Comment, Post, Status
from cocon.community.screening import record_sent_anyway, screen, stored_verdict


def _context(post: Post) -> dict[str, object]:
    return {"post_id": post.pk, "post_body": post.body, "post_author_id": post.author_id}


def do_create_comment(author: Member, post: Post, body: str) -> Comment:
    """Store a reply; when it is published the post author is told and the post is answered."""
    check_comment_permission(author, post)
    screening, status = screen(body, author=author, kind="comment", context=_context(post))
    with transaction.atomic():
        comment = Comment.objects.create(
            post=post, author=author, body=body, status=status, screening=stored_verdict(screening)
        )
        handle_screening(author, screening, content_type="community.comment", content_id=comment.pk)
        if status == Status.VISIBLE:
            _on_published(comment)
    return comment


def _on_published(comment: Comment) -> None:
    Post.objects.filter(pk=comment.post_id).update(reply_count=F("reply_count") + 1)
    do_notify_reply(comment)


def do_send_comment_anyway(author: Member, comment: Comment) -> bool:
    check_edit_comment_permission(author, comment)
    if comment.status != Status.PENDING_NUDGE:
        return False
    with transaction.atomic():
        # Like posts: a nudged reply sent anyway waits for a moderator, never goes straight out.
        comment.screening = {**comment.screening, "sent_anyway": True}
        comment.save(update_fields=["screening"])
        record_sent_anyway(comment)  # queues it and sets the status to held
        comment.status = Status.HELD
    return True


def do_edit_comment(author: Member, comment: Comment, body: str) -> bool:
    check_edit_comment_permission(author, comment)
    if body == comment.body and comment.status != Status.PENDING_NUDGE:
        return False
    screening, status = screen(body, author=author, kind="comment", context=_context(comment.post))
    with transaction.atomic():
        was_visible = comment.status == Status.VISIBLE
        comment.body = body
        comment.status = status
        comment.screening = {**stored_verdict(screening), "edited": True}
        comment.edited_at = timezone.now()
        comment.save(update_fields=["body", "status", "screening", "edited_at"])
        handle_screening(author, screening, content_type="community.comment", content_id=comment.pk)
        if was_visible and status != Status.VISIBLE:
            Post.objects.filter(pk=comment.post_id, reply_count__gt=0).update(
                reply_count=F("reply_count") - 1
            )
        elif not was_visible and status == Status.VISIBLE:
            _on_published(comment)
    return True


def do_delete_comment(author: Member, comment: Comment) -> bool:
    check_delete_comment_permission(author, comment)
    with transaction.atomic():
        was_visible = comment.status == Status.VISIBLE
        comment.status = Status.DELETED
        comment.deleted_at = timezone.now()
        comment.save(update_fields=["status", "deleted_at"])
        if was_visible:
            Post.objects.filter(pk=comment.post_id, reply_count__gt=0).update(
                reply_count=F("reply_count") - 1
            )
    return True
