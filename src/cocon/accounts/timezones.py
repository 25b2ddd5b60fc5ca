"""The member's own clock: dates told to a member are shown in the time zone where they live.

Cocon serves France, Belgium, Switzerland and Canada; a suspension "until 14:00" means nothing to
a member in Québec if it is Paris time.  The zone follows the country (and, in Canada, the
province) given at signup; anything else falls back to the site's ``TIME_ZONE``.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone

from cocon.accounts.models import Member

_BY_COUNTRY = {"FR": "Europe/Paris", "BE": "Europe/Brussels", "CH": "Europe/Zurich"}
_BY_PROVINCE = {"QC": "America/Toronto", "ON": "America/Toronto", "NB": "America/Moncton"}


def member_timezone(member: Member) -> dt.tzinfo:
    """Return the time zone of ``member``'s country (Canadian province), else the site's."""
    if member.country == "CA":
        return ZoneInfo(_BY_PROVINCE.get(member.province, "America/Toronto"))
    name = _BY_COUNTRY.get(member.country)
    return ZoneInfo(name) if name else timezone.get_default_timezone()


def member_localtime(member: Member, when: dt.datetime) -> dt.datetime:
    """Return ``when`` on ``member``'s clock."""
    return timezone.localtime(when, member_timezone(member))
