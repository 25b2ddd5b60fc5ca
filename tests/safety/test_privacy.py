"""Safety's part of "download my data" and "delete my account"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cocon.accounts.actions.privacy import do_delete_account, do_export_member_data
from cocon.accounts.models import Member
from cocon.community.models import Notification
from cocon.safety.actions.sanctions import do_sanction
from cocon.safety.models import BannedIdentity

pytestmark = pytest.mark.django_db


def test_export_lists_sanctions_and_the_team_message_among_the_notifications(
    member: Member, moderator: Member
) -> None:
    do_sanction(member, "warn", reason="abuse", actor=moderator)

    export = do_export_member_data(member)
    section = export["safety"]

    assert [s["kind"] for s in section["sanctions"]] == ["warn"]
    assert "messages_from_team" not in section
    [team] = [n for n in export["community"]["notifications"] if n["kind"] == "team"]
    assert team["code"] == "sanction.warn"
    assert team["body"].startswith("L'équipe Cocon t'envoie un avertissement")
    assert section["reports_made"] == [] and section["strikes"] == [] and section["appeals"] == []


def test_deleting_the_account_keeps_only_the_ban_fingerprint(
    member_factory: Callable[..., Member], moderator: Member
) -> None:
    banned = member_factory(pseudonym="Trolleur", email="troll@example.org")
    do_sanction(banned, "ban", reason="hate", actor=moderator)

    do_delete_account(banned, mode="anonymise")

    assert not Notification.objects.filter(recipient=banned, kind="team").exists()
    assert BannedIdentity.objects.filter(pseudonym_key="trolleur").count() == 1
