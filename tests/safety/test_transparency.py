"""Monthly transparency export and the learning-loop export."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.safety.actions.decisions import do_decide_item
from cocon.safety.actions.queue import do_claim_item, do_enqueue
from cocon.safety.actions.sanctions import do_sanction
from cocon.safety.models import AuditEntry

pytestmark = pytest.mark.django_db


def _month() -> str:
    return timezone.localdate().strftime("%Y-%m")


def test_transparency_report_counts_per_action_and_reason(
    member: Member, moderator: Member
) -> None:
    do_sanction(member, "warn", reason="abuse", actor=moderator)
    do_sanction(member, "mute_24h", reason="abuse", actor=moderator)
    out = StringIO()

    call_command("transparency_report", month=_month(), stdout=out)

    report = json.loads(out.getvalue())
    assert report["sanctions"] == [
        {"kind": "mute_24h", "reason": "abuse", "count": 1},
        {"kind": "warn", "reason": "abuse", "count": 1},
    ]
    assert {"action": "sanction.warn", "reason": "abuse", "count": 1} in report["audit"]
    assert "pseudonym" not in out.getvalue() and member.pseudonym not in out.getvalue()


def test_transparency_report_as_csv(member: Member, moderator: Member) -> None:
    do_sanction(member, "warn", reason="abuse", actor=moderator)
    out = StringIO()

    call_command("transparency_report", month=_month(), format="csv", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0] == "month,section,key,count"
    assert f"{_month()},sanctions,warn/abuse,1" in lines


def test_transparency_report_refuses_a_bad_month() -> None:
    with pytest.raises(CommandError):
        call_command("transparency_report", month="2026-13")


def test_other_months_are_not_counted(member: Member, moderator: Member) -> None:
    do_sanction(
        member, "warn", reason="abuse", actor=moderator, now=timezone.now() - dt.timedelta(days=70)
    )
    out = StringIO()

    call_command("transparency_report", month=_month(), stdout=out)

    assert json.loads(out.getvalue())["sanctions"] == []


def test_decisions_export_in_eval_format(member: Member, moderator: Member) -> None:
    item, _ = do_enqueue("held", severity=45, target_type="community.post", target_id=1, member=member,
                         payload={"text": "t'es qu'un boloss", "verdict": {"lang": "fr"}}, engine_action="nudge",
                         engine_categories=["abuse"])  # fmt: skip
    do_claim_item(item.pk, moderator)
    do_decide_item(item, moderator, decision="remove", reason="abuse")
    out = StringIO()

    call_command("export_decisions", stdout=out, stderr=StringIO())

    record = json.loads(out.getvalue().splitlines()[0])
    assert record == {
        "id": f"cocon:{item.pk}",
        "text": "t'es qu'un boloss",
        "lang": "fr",
        "labels": {
            "kind": "held",
            "decision": "remove",
            "reason": "abuse",
            "engine_action": "nudge",
            "engine_outcome": "confirmed",
        },
        "y": {"abusive": 1, "hate": 0, "self_harm_risk": None},
        "source": "cocon:moderation",
    }


def test_every_moderator_action_leaves_an_audit_row_that_cannot_be_changed(
    member: Member, moderator: Member
) -> None:
    do_sanction(member, "warn", reason="abuse", actor=moderator)
    entry = AuditEntry.objects.get(action="sanction.warn")

    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="x")
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    call_command("verify_audit_log", stdout=StringIO())
