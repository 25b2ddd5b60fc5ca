"""The care leads' steps (emergency escalation, contact details, referrals) refuse in the action.

Each action calls ``check_lead_step`` itself, so the API and the pages cannot disagree, and a
team member who tries anyway leaves a row in the audit log: seeing who reached for a young
person's phone number or for the emergency services without the role is the point of the log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cocon.accounts.errors import CoconError
from cocon.care.permissions import is_care_staff
from cocon.safety.actions.audit import do_audit


def check_lead_step(
    actor: Any,
    check: Callable[[Any], None],
    *,
    refused_action: str,
    target_type: str,
    target_id: int,
    after: dict[str, Any],
) -> None:
    """Apply ``check`` (a care-lead rule); a team member refused here leaves an audit row.

    Only staff are audited: members and visitors are turned away before they reach a case.
    Call it before the action opens its transaction, so the refusal itself stays recorded.
    """
    try:
        check(actor)
    except CoconError as refused:
        if is_care_staff(actor):
            do_audit(
                actor,
                refused_action,
                target_type=target_type,
                target_id=target_id,
                reason=refused.code,
                after=after,
            )
        raise
