"""Change a member's own settings."""

from __future__ import annotations

from django.db import transaction

from cocon.accounts.models import Member
from cocon.safety.actions.audit import do_audit


def do_update_settings(member: Member, changes: dict[str, str]) -> bool:
    """Apply validated changes; return whether anything changed."""
    before = {name: getattr(member, name) for name in changes}
    changed = {name: value for name, value in changes.items() if before[name] != value}
    if not changed:
        return False
    with transaction.atomic():
        for name, value in changed.items():
            setattr(member, name, value)
        member.save(update_fields=list(changed))
        # E-mail addresses are personal data: the audit row records that they changed, not the value.
        do_audit(
            member,
            "account.settings",
            target=member,
            before={k: ("…" if k == "email" else before[k]) for k in changed},
            after={k: ("…" if k == "email" else v) for k, v in changed.items()},
        )
    return True
