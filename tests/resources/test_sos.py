"""A member asks the team to contact them now: recorded, audited, signalled on commit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from cocon.accounts.models import Member
from cocon.resources.actions.sos import do_mark_sos_handled, do_request_sos
from cocon.resources.models import SosRequest
from cocon.safety.models import AuditEntry

pytestmark = pytest.mark.django_db

SOS_URL = "/help/sos/request/"


def test_sos_request_is_recorded_audited_and_signalled_on_commit(
    member_client: Client,
    member: Member,
    sos_signals: list[dict[str, Any]],
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(SOS_URL, {"message": "j'ai peur ce soir"})
    assert response.status_code == 302
    assert response["Location"] == "/help/sos/?sent=1"
    sos = SosRequest.objects.get()
    assert (sos.member, sos.message, sos.handled_at) == (member, "j'ai peur ce soir", None)
    entry = AuditEntry.objects.get(action="resources.sos_requested")
    assert (entry.actor_id, entry.target_type, entry.target_id, entry.after) == (
        member.pk,
        "resources.sosrequest",
        str(sos.pk),
        {"has_message": True},
    )
    assert sos_signals == [{"signal": sos_signals[0]["signal"], "sos_request": sos}]


def test_the_signal_waits_for_the_commit(
    member: Member, sos_signals: list[dict[str, Any]], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        do_request_sos(member)
    assert sos_signals == []
    assert len(callbacks) == 1


def test_a_double_tap_keeps_one_request(
    member_client: Client,
    sos_signals: list[dict[str, Any]],
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        first = member_client.post(SOS_URL, {"message": ""})
        second = member_client.post(SOS_URL, {"message": ""})
    assert (first["Location"], second["Location"]) == ("/help/sos/?sent=1", "/help/sos/?sent=again")
    assert SosRequest.objects.count() == 1
    assert AuditEntry.objects.filter(action="resources.sos_requested").count() == 1
    assert len(sos_signals) == 1


def test_new_words_after_a_first_request_are_kept_as_a_new_request(member: Member) -> None:
    do_request_sos(member)
    _sos, created = do_request_sos(member, "en fait c'est urgent")
    assert created is True
    assert list(SosRequest.objects.values_list("message", flat=True)) == [
        "en fait c'est urgent",
        "",
    ]


def test_a_handled_request_does_not_swallow_the_next_one(member: Member, care_lead: Member) -> None:
    first, _created = do_request_sos(member)
    assert do_mark_sos_handled(care_lead, first) is True
    assert do_mark_sos_handled(care_lead, first) is False
    _second, created = do_request_sos(member)
    assert created is True
    assert AuditEntry.objects.filter(action="resources.sos_handled").count() == 1


def test_a_member_waiting_for_a_parent_can_still_ask_for_help(
    member_factory: Callable[..., Member],
) -> None:
    young = member_factory(pseudonym="Lou13", birth_year=2012)
    young.parental_consent_required = True
    young.save()
    assert young.has_full_access is False
    client = Client()
    client.force_login(young)
    assert client.post(SOS_URL, {}).status_code == 302
    assert SosRequest.objects.filter(member=young).count() == 1


def test_a_visitor_is_sent_to_sign_in_and_nothing_is_recorded(client: Client) -> None:
    response = client.post(SOS_URL, {"message": "aide"})
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/help/sos/"
    assert SosRequest.objects.count() == 0


@pytest.mark.parametrize(
    ("message", "code_text"),
    [
        ("<script>alert(1)</script>", "Seulement du texte et des emoji"),
        ("a" * 501, "Ton message est trop long : 500 caractères au maximum."),
        ("bonjour\x00", "Seulement du texte et des emoji"),
    ],
)
def test_bad_words_are_refused_in_french_and_kept_in_the_form(
    member_client: Client, message: str, code_text: str
) -> None:
    response = member_client.post(SOS_URL, {"message": message})
    assert response.status_code == 400
    body = response.content.decode()
    assert code_text in body
    assert "Ta demande n’est pas encore envoyée." in body
    assert SosRequest.objects.count() == 0
    if "\x00" not in message:
        assert response.context["message"] == message


def test_a_get_on_the_request_url_goes_back_to_the_sos_page(member_client: Client) -> None:
    response = member_client.get(SOS_URL)
    assert (response.status_code, response["Location"]) == (302, "/help/sos/")


def test_sos_requests_are_in_the_member_data_export_and_erased_with_the_account(
    member: Member,
) -> None:
    from cocon.accounts.privacy import erasers, exporters

    do_request_sos(member, "coucou")
    exported = exporters()["resources"](member)
    assert [r["message"] for r in exported["sos_requests"]] == ["coucou"]
    erasers()["resources"](member, "anonymise")
    assert SosRequest.objects.get().message == ""
    erasers()["resources"](member, "delete")
    assert SosRequest.objects.count() == 0


def test_a_failing_receiver_never_loses_the_members_request(
    member_client: Client,
    sos_signals: list[dict[str, Any]],
    django_capture_on_commit_callbacks: Any,
    caplog: Any,
) -> None:
    from cocon.resources.signals import sos_requested

    def broken(sender: Any, **kwargs: Any) -> None:
        raise RuntimeError("care is down")

    sos_requested.connect(broken, dispatch_uid="test-broken-receiver")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = member_client.post(SOS_URL, {"message": "vite"})
    finally:
        sos_requested.disconnect(dispatch_uid="test-broken-receiver")
    assert (response.status_code, response["Location"]) == (302, "/help/sos/?sent=1")
    assert SosRequest.objects.get().message == "vite"
    assert len(sos_signals) == 1
    assert "sos_requested receiver" in caplog.text
