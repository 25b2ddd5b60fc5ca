"""Care settings with their defaults; each may be set in Django settings or as an env variable.

``COCON_CARE_DEADLINES``: minutes per priority for a human to acknowledge a case.
``COCON_CARE_WEBHOOK_URL``: optional URL that receives a JSON POST when care leads are alerted.
``COCON_CARE_KEY``: Fernet key for contact details; derived from SECRET_KEY when unset (dev).
``COCON_CARE_FOLLOW_UP_HOURS``: hours after closing a high or imminent case to follow it up.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from typing import Any

from django.conf import settings

DEFAULT_DEADLINES = {"imminent": 5, "high": 15, "moderate": 120, "low": 1440}


def setting(name: str, default: Any) -> Any:
    """Return ``name`` from Django settings, else the environment, else ``default``."""
    if hasattr(settings, name):
        return getattr(settings, name)
    raw = os.environ.get(name)
    if raw is None:
        return default
    if isinstance(default, dict):
        return {**default, **json.loads(raw)}
    if isinstance(default, int):
        return int(raw)
    return raw


def deadline_for(priority: str) -> dt.timedelta:
    minutes = {**DEFAULT_DEADLINES, **setting("COCON_CARE_DEADLINES", {})}
    return dt.timedelta(minutes=int(minutes[priority]))


def webhook_url() -> str:
    return str(setting("COCON_CARE_WEBHOOK_URL", ""))


def follow_up_delay() -> dt.timedelta:
    return dt.timedelta(hours=int(setting("COCON_CARE_FOLLOW_UP_HOURS", 24)))


def care_key() -> bytes:
    """Return the Fernet key for contact details (derived from SECRET_KEY when not set)."""
    key = str(setting("COCON_CARE_KEY", ""))
    if key:
        return key.encode("ascii")
    digest = hashlib.sha256(("cocon.care.contact:" + settings.SECRET_KEY).encode("utf-8")).digest()
    return base64.urlsafe_b64encode(digest)
