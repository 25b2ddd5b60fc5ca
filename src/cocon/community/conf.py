"""Community settings with their defaults; operators override them in Django settings.

Reading through functions (not module constants) lets tests use ``override_settings``.
"""

from __future__ import annotations

from django.conf import settings

DEFAULT_LINK_ALLOWLIST = (
    "filsantejeunes.com",
    "e-enfance.org",
    "3018.fr",
    "suicide-ecoute.fr",
    "jeunessejecoute.ca",
    "teljeunes.com",
    "147.ch",
    "103ecoute.be",
    "cocon.invalid",
)


def post_max_chars() -> int:
    return int(getattr(settings, "COCON_POST_MAX_CHARS", 2000))


def comment_max_chars() -> int:
    return int(getattr(settings, "COCON_COMMENT_MAX_CHARS", 1000))


def bio_max_chars() -> int:
    return int(getattr(settings, "COCON_BIO_MAX_CHARS", 300))


def link_allowlist() -> tuple[str, ...]:
    """Return the help sites whose links members may share (domains, subdomains included)."""
    return tuple(
        d.lower().strip(".")
        for d in getattr(settings, "COCON_LINK_ALLOWLIST", DEFAULT_LINK_ALLOWLIST)
    )


def edit_window_minutes() -> int:
    return int(getattr(settings, "COCON_EDIT_WINDOW_MINUTES", 15))


def deleted_retention_days() -> int:
    """Return how long soft-deleted posts and comments stay available to moderators."""
    return int(getattr(settings, "COCON_DELETED_RETENTION_DAYS", 90))


def feed_page_size() -> int:
    return int(getattr(settings, "COCON_FEED_PAGE_SIZE", 20))
