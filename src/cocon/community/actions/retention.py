"""Erase soft-deleted posts and replies once moderators no longer need them."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from cocon.community import conf
from cocon.community.models import Comment, Post, Status


def do_purge_deleted_content(now: dt.datetime | None = None) -> tuple[int, int]:
    """Delete posts and replies soft-deleted before the retention delay; return both counts."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=conf.deleted_retention_days())
    with transaction.atomic():
        comments, _detail = Comment.objects.filter(
            status=Status.DELETED, deleted_at__lt=cutoff
        ).delete()
        posts = Post.objects.filter(status=Status.DELETED, deleted_at__lt=cutoff)
        post_count = posts.count()
        posts.delete()
    return post_count, comments
