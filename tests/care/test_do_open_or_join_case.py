from __future__ import annotations

import datetime as dt

from django.core import mail

from cocon.care.actions.cases import do_open_or_join_case, handle_screening
from cocon.care.models import CareCase, CareEvent, CareSignal
from cocon.safety.models import AuditEntry
from cocon.safety.screening import Screening


def test_open_case_sets_priority_and_deadlines_from_risk(
    member, on_duty_moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        case, opened = do_open_or_join_case(
            member, source="verdict", risk="imminent", reasons=["self_harm.plan"]
        )
    assert opened is True
    assert (case.priority, case.state, case.source, case.country) == (
        "imminent",
        "open",
        "verdict",
        "FR",
    )
    assert case.deadline_at - case.opened_at == dt.timedelta(minutes=5)
    assert case.escalate_at - case.opened_at == dt.timedelta(minutes=2, seconds=30)
    assert case.leads_alerted_at is None
    assert list(CareEvent.objects.filter(case=case).values_list("kind", "to_state")) == [
        ("opened", "open")
    ]
    assert list(
        AuditEntry.objects.filter(action__startswith="care.").values_list("action", flat=True)
    ) == ["care.duty_on", "care.case_opened"]


def test_a_member_has_one_open_case_and_new_signals_join_it(member, on_duty_moderator):
    first, opened = do_open_or_join_case(member, source="verdict", risk="moderate")
    second, opened_again = do_open_or_join_case(
        member, source="sos", risk="moderate", content_type="resources.sosrequest", content_id=4
    )
    assert (opened, opened_again) == (True, False)
    assert first.pk == second.pk
    assert CareCase.objects.filter(member=member).count() == 1
    assert list(CareSignal.objects.filter(case=first).values_list("source", "content_id")) == [
        ("verdict", ""),
        ("sos", "4"),
    ]
    assert AuditEntry.objects.filter(action="care.signal_joined").count() == 1


def test_a_more_urgent_signal_raises_priority_and_brings_the_deadline_closer(
    member, on_duty_moderator
):
    case, _ = do_open_or_join_case(member, source="verdict", risk="moderate")
    old_deadline = case.deadline_at
    raised, _ = do_open_or_join_case(member, source="verdict", risk="imminent")
    raised.refresh_from_db()
    assert raised.priority == "imminent"
    assert raised.deadline_at < old_deadline
    assert raised.deadline_at - raised.opened_at <= dt.timedelta(minutes=5, seconds=1)
    assert AuditEntry.objects.filter(action="care.priority_raised").count() == 1
    lower, _ = do_open_or_join_case(member, source="verdict", risk="low")
    lower.refresh_from_db()
    assert lower.priority == "imminent"


def test_nobody_on_duty_alerts_care_leads_at_once(
    member, care_lead, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    care_lead.email = "lou@cocon.test"
    care_lead.save()
    with django_capture_on_commit_callbacks(execute=True):
        case, _ = do_open_or_join_case(member, source="sos", risk="high")
    case.refresh_from_db()
    assert case.leads_alerted_at is not None
    assert case.escalate_at == case.opened_at
    assert [m.to for m in mail.outbox] == [["lou@cocon.test"]]
    assert f"Care case #{case.pk} (high)" in mail.outbox[0].subject
    assert (
        AuditEntry.objects.filter(action="care.leads_alerted", reason="nobody_on_duty").count() == 1
    )


def test_handle_screening_opens_a_case_from_moderate_risk_or_a_disclosure(
    member_factory, on_duty_moderator
):
    worried, disclosing, fine, low = (member_factory() for _ in range(4))
    assert (
        handle_screening(
            worried,
            Screening(action="allow", rule="", risk="moderate", reasons=("self_harm.ideation",)),
            content_type="community.post",
            content_id=1,
        )
        is not None
    )
    assert (
        handle_screening(
            disclosing,
            Screening(action="allow", rule="", risk="none", reasons=("abuse_disclosure.violence",)),
            content_type="community.post",
            content_id=2,
        )
        is not None
    )
    assert (
        handle_screening(
            fine,
            Screening(action="allow", rule="", risk="none"),
            content_type="community.post",
            content_id=3,
        )
        is None
    )
    assert (
        handle_screening(
            low,
            Screening(action="allow", rule="", risk="low", reasons=("distress.hopeless",)),
            content_type="community.post",
            content_id=4,
        )
        is None
    )
    assert sorted(CareCase.objects.values_list("member_id", "priority")) == sorted(
        [(worried.pk, "moderate"), (disclosing.pk, "moderate")]
    )


def test_sos_request_opens_a_high_priority_case(
    member, on_duty_moderator, django_capture_on_commit_callbacks
):
    from cocon.resources.actions.sos import do_request_sos

    with django_capture_on_commit_callbacks(execute=True):
        sos, _ = do_request_sos(member, "j'ai besoin de parler")
    case = CareCase.objects.get(member=member)
    assert (case.priority, case.source) == ("high", "sos")
    assert list(case.signals.values_list("content_type", "content_id")) == [
        ("resources.sosrequest", str(sos.pk))
    ]
