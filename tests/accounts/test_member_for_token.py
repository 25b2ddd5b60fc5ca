"""The API token lookup: one query gives the member, whole, and whether they are staff."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.forms.models import model_to_dict

from cocon.accounts.actions.tokens import do_create_token, do_revoke_token, member_for_token
from cocon.accounts.models import ApiToken, Member, Role


def test_a_live_token_gives_its_member_with_every_field_in_one_query(
    member: Member, django_assert_num_queries: Any
) -> None:
    token, raw = do_create_token(member)
    an_hour_ago = token.created_at - dt.timedelta(hours=1)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=an_hour_ago)
    with django_assert_num_queries(2):  # the lookup, and the last use refreshed
        found = member_for_token(raw)
    assert found is not None
    fresh = Member.objects.get(pk=member.pk)
    assert (found.pk, found._state.adding, found._state.db) == (member.pk, False, "default")
    assert model_to_dict(found, exclude=["groups", "user_permissions"]) == model_to_dict(
        fresh, exclude=["groups", "user_permissions"]
    )
    token.refresh_from_db()
    assert token.last_used_at is not None and token.last_used_at > an_hour_ago
    with django_assert_num_queries(1):  # used a moment ago: nothing to refresh
        assert member_for_token(raw) == member


def test_the_token_lookup_knows_who_is_staff_without_asking_for_groups(
    member: Member,
    moderator: Member,
    member_factory: Callable[..., Member],
    django_assert_num_queries: Any,
) -> None:
    root = member_factory(pseudonym="Racine", roles=())
    Member.objects.filter(pk=root.pk).update(is_superuser=True)
    peer = member_factory(pseudonym="Pair", roles=(Role.PEER_SUPPORTER,))
    expected = {member.pk: False, moderator.pk: True, root.pk: True, peer.pk: False}
    for someone in (member, moderator, root, peer):
        found = member_for_token(do_create_token(someone)[1])
        assert found is not None
        with django_assert_num_queries(0):
            assert found.is_team is expected[someone.pk]


def test_revoked_unknown_or_oversized_tokens_and_inactive_members_give_nobody(
    member: Member,
) -> None:
    token, raw = do_create_token(member)
    assert member_for_token("cct_" + "x" * 43) is None
    assert member_for_token("cct_" + "x" * 300) is None
    assert member_for_token("") is None
    do_revoke_token(token)
    assert member_for_token(raw) is None
    _token, raw = do_create_token(member)
    Member.objects.filter(pk=member.pk).update(is_active=False)
    assert member_for_token(raw) is None
