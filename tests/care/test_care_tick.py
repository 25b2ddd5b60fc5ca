from __future__ import annotations

import datetime as dt
from io import StringIO

from django.core import mail
from django.core.management import call_command

from cocon.care.actions.cases import do_acknowledge_case, do_close_case
from cocon.care.models import CareCase, CareEvent
from cocon.safety.models import AuditEntry


def run_tick(at: dt.datetime) -> str:
    out = StringIO()
    call_command("care_tick", "--now", at.isoformat(), stdout=out)
    return out.getvalue()


def test_tick_alerts_care_leads_when_a_case_is_not_acknowledged_at_half_its_deadline(
    case, care_lead, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    care_lead.email = "lou@cocon.test"
    care_lead.save()
    assert case.priority == "high"
    with django_capture_on_commit_callbacks(execute=True):
        early = run_tick(case.opened_at + dt.timedelta(minutes=7))
    assert early.strip() == "care_tick: leads alerted for [], follow-ups []"
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        due = run_tick(case.opened_at + dt.timedelta(minutes=7, seconds=30))
    assert due.strip() == f"care_tick: leads alerted for [{case.pk}], follow-ups []"
    case.refresh_from_db()
    assert case.leads_alerted_at == case.opened_at + dt.timedelta(minutes=7, seconds=30)
    assert [m.to for m in mail.outbox] == [["lou@cocon.test"]]
    assert (
        AuditEntry.objects.filter(
            action="care.leads_alerted", reason="not_acknowledged_at_half_deadline"
        ).count()
        == 1
    )
    run_tick(case.opened_at + dt.timedelta(minutes=20))
    assert AuditEntry.objects.filter(action="care.leads_alerted").count() == 1


def test_tick_leaves_acknowledged_cases_alone(case, moderator):
    do_acknowledge_case(moderator, case)
    assert "leads alerted for []" in run_tick(case.opened_at + dt.timedelta(hours=1))


def test_tick_sends_the_follow_up_reminder_a_day_after_a_high_risk_case_closes(case, moderator):
    do_close_case(moderator, case, outcome="safe")
    case.refresh_from_db()
    assert case.follow_up_at == case.closed_at + dt.timedelta(hours=24)
    assert "follow-ups []" in run_tick(case.closed_at + dt.timedelta(hours=23))
    assert f"follow-ups [{case.pk}]" in run_tick(case.closed_at + dt.timedelta(hours=24))
    assert "follow-ups []" in run_tick(case.closed_at + dt.timedelta(hours=25))
    assert CareEvent.objects.filter(case=case, kind="follow_up_due").count() == 1
    assert CareCase.objects.get(pk=case.pk).follow_up_sent_at is not None


def test_tick_refuses_a_time_without_zone(db):
    import pytest
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("care_tick", "--now", "2026-11-02T20:00:00")
