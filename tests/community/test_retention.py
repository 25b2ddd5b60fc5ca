from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.utils import timezone

from cocon.community.actions.posts import do_delete_post
from cocon.community.actions.retention import do_purge_deleted_content
from cocon.community.models import Post


def test_purge_erases_only_content_deleted_before_the_retention_delay(
    member: Any, post_factory: Callable[..., Any]
) -> None:
    old, recent, kept = post_factory(member), post_factory(member), post_factory(member)
    do_delete_post(member, old)
    do_delete_post(member, recent)
    Post.objects.filter(pk=old.pk).update(deleted_at=timezone.now() - dt.timedelta(days=91))
    assert do_purge_deleted_content() == (1, 0)
    assert sorted(Post.objects.values_list("pk", flat=True)) == sorted([recent.pk, kept.pk])
