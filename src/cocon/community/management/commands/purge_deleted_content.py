from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from cocon.community.actions.retention import do_purge_deleted_content


class Command(BaseCommand):
    help = "Erase posts and replies deleted longer ago than COCON_DELETED_RETENTION_DAYS."

    def handle(self, *args: Any, **options: Any) -> None:
        posts, comments = do_purge_deleted_content()
        self.stdout.write(f"erased {posts} posts and {comments} replies")
