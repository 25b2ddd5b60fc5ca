"""Members report a post, a comment or a member; enough trusted reports hide the content."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from cocon.safety.actions.audit import do_audit
from cocon.safety.actions.patterns import check_targeted_harassment
from cocon.safety.actions.queue import do_enqueue, do_set_content_state, severity_for
from cocon.safety.conf import conf
from cocon.safety.models import QueueKind, Report
from cocon.safety.queries.content import content_state


def trusted_reporter_count(target_type: str, target_id: str, *, now: dt.datetime) -> int:
    """Return how many distinct members with accounts old enough reported this content."""
    oldest = now - dt.timedelta(hours=conf("REPORTER_MIN_AGE_HOURS"))
    return (
        Report.objects.filter(
            target_type=target_type, target_id=target_id, reporter__date_joined__lte=oldest
        )
        .values("reporter_id")
        .distinct()
        .count()
    )


def do_report(
    reporter: Any,
    *,
    target_type: str,
    target_id: Any,
    target_member: Any,
    reason: str,
    note: str = "",
    text: str = "",
    now: dt.datetime | None = None,
) -> tuple[Report, bool]:
    """File a report; a second report by the same member on the same target merges into the first."""
    now = now or timezone.now()
    target_id = str(target_id)
    with transaction.atomic():
        existing = Report.objects.filter(
            reporter=reporter, target_type=target_type, target_id=target_id
        ).first()
        if existing is not None:
            return existing, False
        engine: dict[str, Any] = {}
        if text and target_type != "accounts.member":
            from cocon.safety.screening import screen_text

            engine = screen_text(text, record=False).verdict
        categories = sorted(
            {str(s.get("category")) for s in engine.get("spans", ()) if s.get("category")}
        )
        item, _created = do_enqueue(
            QueueKind.REPORT,
            severity=severity_for(reason),
            target_type=target_type,
            target_id=target_id,
            member=target_member,
            payload={"text": text[:5000], "verdict": engine},
            engine_action=str(engine.get("engine_action", "")),
            engine_categories=categories,
        )
        report = Report.objects.create(
            reporter=reporter,
            target_type=target_type,
            target_id=target_id,
            target_member=target_member,
            reason=reason,
            note=note[:500],
            queue_item=item,
            created_at=now,
        )
        do_audit(
            reporter,
            "report.create",
            target=report,
            reason=reason,
            after={"target": f"{target_type}:{target_id}"},
        )
        if (
            target_type != "accounts.member"
            and content_state(target_type, target_id) not in ("hidden", "removed", "held")
            and trusted_reporter_count(target_type, target_id, now=now) >= conf("REPORTS_TO_HIDE")
        ):
            do_set_content_state(target_type, target_id, "hidden")
            do_audit(
                None,
                "content.hide_by_reports",
                target_type=target_type,
                target_id=target_id,
                reason=reason,
            )
        if target_member is not None and target_member.pk != reporter.pk:
            check_targeted_harassment(target_member.pk, reporter.pk, now=now)
    return report, True
