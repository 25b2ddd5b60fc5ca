"""Tell members about replies, support and messages from the team; mark what they have read."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.community.models import Comment, Notification, NotificationKind, Post
from cocon.community.queries.notifications import as_team_message
from cocon.safety.team_messages import TeamMessage


def do_notify_reply(comment: Comment) -> None:
    post = comment.post
    if post.author_id is None or post.author_id == comment.author_id:
        return
    Notification.objects.create(
        recipient_id=post.author_id, kind=NotificationKind.REPLY, post=post, comment=comment
    )


def do_notify_support(post: Post) -> None:
    """Count one more person sending support; unread support on a post is one notification."""
    if post.author_id is None:
        return
    updated = Notification.objects.filter(
        recipient_id=post.author_id, kind=NotificationKind.SUPPORT, post=post, read_at__isnull=True
    ).update(count=F("count") + 1, created_at=timezone.now())
    if not updated:
        Notification.objects.create(
            recipient_id=post.author_id, kind=NotificationKind.SUPPORT, post=post
        )


def do_notify_team(member: Member, *, code: str, body: str) -> Notification:
    """Put a message from the Cocon team, already in the member's language, in their list.

    Safety sends every decision it tells a member through here (see
    ``cocon.safety.team_messages``), so it shows in the one list and its unread count.
    """
    return Notification.objects.create(
        recipient=member, kind=NotificationKind.TEAM, code=code, body=body
    )


def deliver_team_message(member: Member, code: str, body: str) -> TeamMessage:
    """The sending end of safety's team-message channel (registered in ``CommunityConfig``)."""
    return as_team_message(do_notify_team(member, code=code, body=body))


def do_notify_care(member: Member, *, code: str, body: str) -> Notification:
    """Tell the member the team wrote in their care conversation (``body`` says no more).

    Like support, unread notices are one notification whose count grows: three messages from
    the team before the member looks are one line to read, not three. Care sends through here
    (see ``cocon.care.notices``); the text of the conversation never comes this way.
    """
    unread = Notification.objects.filter(
        recipient=member, kind=NotificationKind.CARE, read_at__isnull=True
    ).order_by("-id")
    notice = unread.first()
    # Read in between (the member opened the conversation)? Then this message is a new notice.
    if notice is not None and unread.filter(pk=notice.pk).update(
        count=F("count") + 1, code=code, body=body, created_at=timezone.now()
    ):
        notice.refresh_from_db()
        return notice
    return Notification.objects.create(
        recipient=member, kind=NotificationKind.CARE, code=code, body=body
    )


def deliver_care_notice(member: Member, code: str, body: str) -> int:
    """The sending end of care's notice channel (registered in ``CommunityConfig``)."""
    return do_notify_care(member, code=code, body=body).pk


def do_mark_care_notices_read(member: Member) -> int:
    """The member read their care conversation: the notices pointing to it are read."""
    return Notification.objects.filter(
        recipient=member, kind=NotificationKind.CARE, read_at__isnull=True
    ).update(read_at=timezone.now())


def do_mark_notifications_read(member: Member, ids: list[int] | None = None) -> int:
    """Mark the member's notifications (all, or those ``ids``) read; return how many changed."""
    with transaction.atomic():
        unread = Notification.objects.filter(recipient=member, read_at__isnull=True)
        if ids is not None:
            unread = unread.filter(pk__in=ids)
        return unread.update(read_at=timezone.now())
