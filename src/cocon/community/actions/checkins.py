"""Share a check-in: screen it, store it with its status, and (for nudges) send it anyway."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.care.actions.cases import handle_screening
from cocon.community.access import (
    PostPermission,
    check_edit_post_permission,
    check_post_permission,
)
from cocon.community.models import Post, Status, Visibility
from cocon.community.screening import record_sent_anyway, screen, stored_verdict
from cocon.community.validation import CheckinData
from cocon.safety.screening import TextKind


def do_create_checkin(
    author: Member, data: CheckinData, *, permission: PostPermission | None = None
) -> Post:
    """Store a check-in; its status follows the screening (allow, nudge, hold or block).

    ``permission``: what the caller's ``check_post_permission`` just returned, if it asked.
    """
    check_post_permission(author, checked=permission)
    kind: TextKind = "journal" if data.visibility == Visibility.JOURNAL else "post"
    screening, status = screen(
        data.body,
        author=author,
        kind=kind,
        context={"theme": data.theme.slug, "need": data.need, "mood": data.mood},
    )
    with transaction.atomic():
        post = Post.objects.create(
            author=author,
            theme=data.theme,
            mood=data.mood,
            emotions=data.emotions,
            need=data.need,
            visibility=data.visibility,
            body=data.body,
            status=status,
            screening=stored_verdict(screening),
        )
        handle_screening(author, screening, content_type="community.post", content_id=post.pk)
    return post


def do_send_post_anyway(author: Member, post: Post) -> bool:
    """Send a nudged post to a moderator as it is; return whether it changed.

    The author keeps their words, but a message the engine found hurtful never reaches the
    public without a human decision.
    """
    check_edit_post_permission(author, post)
    if post.status != Status.PENDING_NUDGE:
        return False
    with transaction.atomic():
        post.screening = {
            **post.screening,
            "sent_anyway": True,
            "sent_anyway_at": timezone.now().isoformat(),
        }
        post.save(update_fields=["screening"])
        record_sent_anyway(post)  # queues it and sets the status to held
        post.status = Status.HELD
    return True
