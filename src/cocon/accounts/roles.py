"""Create the role groups and their permissions after every migrate."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from cocon.accounts.models import Role

# Permissions by "app_label.codename"; apps that define more extend this through their own
# Meta.permissions and are matched by the app labels below.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.MEMBER: [],
    Role.PEER_SUPPORTER: [],
    Role.MODERATOR: ["safety.*", "console.*", "community.view_*", "accounts.view_member"],
    Role.CARE_LEAD: ["safety.*", "console.*", "care.*", "community.view_*", "accounts.view_member"],
    Role.ADMINISTRATOR: ["*"],
}


def _matching(pattern: str) -> Q:
    if pattern == "*":
        return Q()
    app_label, _dot, codename = pattern.partition(".")
    query = Q(content_type__app_label=app_label)
    if codename.endswith("*"):
        query &= Q(codename__startswith=codename[:-1])
    elif codename:
        query &= Q(codename=codename)
    return query


def ensure_roles_after_migrate(**kwargs: Any) -> None:
    """Run ``ensure_roles`` after ``migrate``, but not after ``flush``.

    ``flush`` sends post_migrate without a ``plan``; it is followed by fixtures or test data
    restored with their own primary keys, which freshly created groups would collide with.
    """
    if "plan" in kwargs:
        ensure_roles()


def ensure_roles(**kwargs: Any) -> None:
    """Create each role's group and give it its permissions; safe to run again."""
    for role, patterns in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        if not patterns:
            continue
        query = Q(pk__in=[])
        for pattern in patterns:
            query |= _matching(pattern)
        group.permissions.add(*Permission.objects.filter(query))
