"""Edit (screened again) and delete (soft) one's own posts."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.actions.cases import handle_screening
from cocon.community.access import check_delete_post_permission, check_edit_post_permission
from cocon.community.models import Post, Status, Visibility
from cocon.community.screening import screen, stored_verdict
from cocon.safety.screening import TextKind


def do_edit_post(author: Member, post: Post, body: str) -> bool:
    """Replace the message; the new text is screened like a new one. Return whether it changed."""
    check_edit_post_permission(author, post)
    if body == post.body and post.status != Status.PENDING_NUDGE:
        return False
    kind: TextKind = "journal" if post.visibility == Visibility.JOURNAL else "post"
    screening, status = screen(
        body, author=author, kind=kind, context={"theme": post.theme.slug, "edit": True}
    )
    with transaction.atomic():
        post.body = body
        post.status = status
        post.screening = {**stored_verdict(screening), "edited": True}
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "status", "screening", "edited_at"])
        handle_screening(author, screening, content_type="community.post", content_id=post.pk)
    return True


def do_delete_post(author: Member, post: Post) -> bool:
    """Soft-delete: gone for everyone, kept for moderators until the retention delay."""
    check_delete_post_permission(author, post)
    with transaction.atomic():
        post.status = Status.DELETED
        post.deleted_at = timezone.now()
        post.save(update_fields=["status", "deleted_at"])
    return True
