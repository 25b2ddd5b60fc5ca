"""Administrators edit the help directory and the partner structures; every change is audited."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.forms.models import model_to_dict
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.resources.models import HelpResource, Partner, Status
from cocon.safety.actions.audit import do_audit

AUDITED_EXCLUDE = ("updated_at",)


def snapshot(obj: models.Model) -> dict[str, Any]:
    """Return the audited fields of ``obj`` as JSON-friendly values."""
    data = model_to_dict(obj, exclude=AUDITED_EXCLUDE)
    return {
        key: (value.isoformat() if hasattr(value, "isoformat") else value)
        for key, value in data.items()
    }


def _changes(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def do_save_help_resource(actor: Member, resource: HelpResource, *, verified: bool = False) -> bool:
    """Save an edited or new directory entry and audit what changed.

    ``verified`` means the administrator has just checked the entry: it records them and
    today's date, and an entry still marked unverified becomes a secondary source (verified
    by the team, not an official page) so that members can see it.
    Return whether anything changed.
    """
    with transaction.atomic():
        is_new = resource.pk is None
        before = {} if is_new else snapshot(HelpResource.objects.get(pk=resource.pk))
        if verified:
            resource.verified_by = actor
            resource.last_verified = timezone.localdate()
            if resource.status == Status.UNVERIFIED:
                resource.status = Status.SECONDARY
        resource.save()
        old, new = _changes(before, snapshot(resource))
        if not is_new and not new:
            return False
        action = "resources.help_resource_created" if is_new else "resources.help_resource_changed"
        do_audit(
            actor,
            "resources.help_resource_verified" if verified else action,
            target=resource,
            before=old,
            after=new,
        )
    return True


def do_delete_help_resource(actor: Member, resource: HelpResource) -> None:
    with transaction.atomic():
        do_audit(
            actor, "resources.help_resource_deleted", target=resource, before=snapshot(resource)
        )
        resource.delete()


def do_save_partner(actor: Member, partner: Partner) -> bool:
    """Save an edited or new partner structure and audit what changed."""
    with transaction.atomic():
        is_new = partner.pk is None
        before = {} if is_new else snapshot(Partner.objects.get(pk=partner.pk))
        partner.save()
        old, new = _changes(before, snapshot(partner))
        if not is_new and not new:
            return False
        action = "resources.partner_created" if is_new else "resources.partner_changed"
        do_audit(actor, action, target=partner, before=old, after=new)
    return True


def do_delete_partner(actor: Member, partner: Partner) -> None:
    with transaction.atomic():
        do_audit(actor, "resources.partner_deleted", target=partner, before=snapshot(partner))
        partner.delete()
