"""What the community stores about a member, for "download my data" and "delete my account"."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from cocon.accounts.models import Member
from cocon.accounts.privacy import DeleteMode
from cocon.community.models import Block, Comment, Mute, Notification, Post, Reaction


def export_member(member: Member) -> dict[str, Any]:
    posts = Post.objects.filter(author=member).select_related("theme").order_by("id")
    return {
        "checkins": [
            {
                "id": p.pk,
                "created_at": p.created_at.isoformat(),
                "edited_at": p.edited_at.isoformat() if p.edited_at else None,
                "mood": p.mood,
                "emotions": p.emotions,
                "theme": p.theme.slug,
                "need": p.need,
                "visibility": p.visibility,
                "status": p.status,
                "body": p.body,
            }
            for p in posts
        ],
        "comments": [
            {
                "id": c.pk,
                "post_id": c.post_id,
                "created_at": c.created_at.isoformat(),
                "status": c.status,
                "body": c.body,
            }
            for c in Comment.objects.filter(author=member).order_by("id")
        ],
        "reactions": [
            {"post_id": r.post_id, "kind": r.kind, "created_at": r.created_at.isoformat()}
            for r in Reaction.objects.filter(member=member).order_by("id")
        ],
        "blocked": list(
            Block.objects.filter(blocker=member).values_list("blocked__pseudonym", flat=True)
        ),
        "muted": list(Mute.objects.filter(muter=member).values_list("muted__pseudonym", flat=True)),
        "notifications": [
            n.as_dict() for n in Notification.objects.filter(recipient=member).order_by("id")
        ],
    }


def erase_member(member: Member, mode: DeleteMode) -> None:
    """Delete everything, or keep public posts and replies detached from the person.

    The private journal, reactions, blocks, mutes and notifications always go.
    """
    with transaction.atomic():
        Notification.objects.filter(recipient=member).delete()
        Reaction.objects.filter(member=member).delete()
        Block.objects.filter(blocker=member).delete()
        Block.objects.filter(blocked=member).delete()
        Mute.objects.filter(muter=member).delete()
        Mute.objects.filter(muted=member).delete()
        Post.objects.filter(author=member, visibility="journal").delete()
        if mode == "anonymise":
            Post.objects.filter(author=member).update(
                author=None, is_detached=True, visibility="anonymous"
            )
            Comment.objects.filter(author=member).update(author=None, is_detached=True)
        else:
            Comment.objects.filter(author=member).delete()
            Post.objects.filter(author=member).delete()
