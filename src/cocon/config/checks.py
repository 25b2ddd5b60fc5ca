"""System checks that stop a production deployment with an unsafe configuration."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured


@register(Tags.security, deploy=False)
def check_production_settings(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    if not settings.PRODUCTION:
        return []
    errors: list[Error] = []
    if (
        not settings.SECRET_KEY
        or settings.SECRET_KEY == settings.DEV_SECRET_KEY
        or len(settings.SECRET_KEY) < 40
    ):
        errors.append(
            Error(
                "COCON_SECRET_KEY must be set to a long random value in production.",
                id="cocon.E001",
            )
        )
    if settings.DEBUG:
        errors.append(Error("COCON_DEBUG must be off in production.", id="cocon.E002"))
    if not settings.ALLOWED_HOSTS or "*" in settings.ALLOWED_HOSTS:
        errors.append(
            Error("COCON_ALLOWED_HOSTS must list the site's host names.", id="cocon.E003")
        )
    if not (settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE):
        errors.append(
            Error("Session and CSRF cookies must be secure in production.", id="cocon.E004")
        )
    if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        errors.append(
            Error(
                "Set COCON_EMAIL_BACKEND: the console backend sends no parent e-mails.",
                id="cocon.E005",
            )
        )
    return errors


@register(deploy=False)
def check_guard_deep(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """Refuse COCON_GUARD_DEEP when its encoder cannot load, rather than screen without it."""
    if not settings.COCON_GUARD_DEEP:
        return []
    from cocon.guard.deep import DeepModel
    from cocon.guard.errors import DeepUnavailableError

    try:
        DeepModel.load()
    except DeepUnavailableError as error:
        return [
            Error(f"COCON_GUARD_DEEP is on but deep mode cannot load: {error}", id="cocon.E006")
        ]
    return []


def refuse_unsafe_production() -> None:
    """Stop start-up under any server (not only manage.py) when production is unsafe."""
    errors = check_production_settings()
    if errors:
        details = "\n".join(f"{error.id}: {error.msg}" for error in errors)
        raise ImproperlyConfigured("Cocon refuses to start in production:\n" + details)
