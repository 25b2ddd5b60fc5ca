"""Tell the team: WebSocket alerts to the console, e-mail and webhook to the care leads.

Nothing here runs inside a transaction: callers schedule these with ``transaction.on_commit``
so an alert never announces a case that was rolled back.
"""

from __future__ import annotations

import json
import logging
import urllib.request
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from cocon.accounts.models import Member, Role
from cocon.care.conf import webhook_url
from cocon.care.models import CareCase

logger = logging.getLogger(__name__)

ALERT_GROUP = "care.alerts"


def case_payload(case: CareCase) -> dict[str, Any]:
    """What the console needs to show a case: no message text, no contact details."""
    return {
        "id": case.pk,
        "priority": case.priority,
        "state": case.state,
        "source": case.source,
        "country": case.country,
        "province": case.province,
        "member": case.member.pseudonym,
        "opened_at": case.opened_at.isoformat(),
        "deadline_at": case.deadline_at.isoformat(),
        "url": reverse("care:case", kwargs={"case_id": case.pk}),
    }


def send_alert(case_id: int, event: str) -> None:
    """Push ``event`` ("opened", "joined", "raised", "leads", "follow_up") about a case."""
    layer = get_channel_layer()
    if layer is None:
        return
    case = CareCase.objects.select_related("member").filter(pk=case_id).first()
    if case is None:
        return
    try:
        async_to_sync(layer.group_send)(
            ALERT_GROUP, {"type": "care.alert", "event": event, "case": case_payload(case)}
        )
    except Exception:  # the alert is best effort: the tick and the console list stay the truth
        logger.exception("care alert for case %s could not be sent", case_id)


def care_lead_emails() -> list[str]:
    leads = Member.objects.filter(groups__name=Role.CARE_LEAD, is_active=True).exclude(email="")
    return sorted(set(leads.values_list("email", flat=True)))


def notify_care_leads(case_id: int, reason: str) -> None:
    """E-mail the care leads and call the webhook about a case nobody acknowledged in time."""
    case = CareCase.objects.select_related("member").filter(pk=case_id).first()
    if case is None:
        return
    payload = {"event": "care.leads_alerted", "reason": reason, "case": case_payload(case)}
    link = settings.COCON_BASE_URL.rstrip("/") + case_payload(case)["url"]
    recipients = care_lead_emails()
    if recipients:
        # Team-internal, no member text: the case number, its priority and the link.
        subject = f"[Cocon] Care case #{case.pk} ({case.priority}) needs a care lead"
        body = (
            f"Case #{case.pk}, priority {case.priority}, opened {case.opened_at:%Y-%m-%d %H:%M %Z}, "
            f"deadline {case.deadline_at:%H:%M %Z}. Reason: {reason}.\n{link}\n"
        )
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
        except Exception:
            logger.exception("care lead e-mail for case %s failed", case_id)
    url = webhook_url()
    if url:
        request = urllib.request.Request(  # noqa: S310 - the operator configures this URL
            url,
            data=json.dumps({**payload, "link": link}).encode("utf-8"),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=5):  # noqa: S310
                pass
        except Exception:
            logger.exception("care webhook for case %s failed", case_id)
    send_alert(case_id, "leads")
