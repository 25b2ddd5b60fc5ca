"""Queries compiled once per process (and prepared once per PostgreSQL connection)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from cocon.accounts.models import Member
from cocon.accounts.prepared import prepare

# Placeholders must be values the field accepts: Django drops a lookup it knows is always
# true (a small integer field compared with -2e9), which prepare() would refuse.
PLACEHOLDERS = {"pseudonym": "cocon-placeholder-pseudonym", "after": -2_000_000_009}


def _active_named(values: Any) -> Any:
    return Member.objects.filter(
        pseudonym=values["pseudonym"], id__gt=values["after"], is_active=True, country="FR"
    ).values_list("id", "pseudonym", "date_joined")


@pytest.mark.parametrize("server_side", [True, False])
def test_a_prepared_query_answers_like_the_orm_for_every_value(
    member: Member, member_factory: Any, server_side: bool
) -> None:
    member_factory(pseudonym="Noa")
    with override_settings(COCON_DB_PREPARED_STATEMENTS=server_side):
        query = prepare(("test-active-named",), _active_named, PLACEHOLDERS)
        for pseudonym in ("Camille", "Noa", "nobody"):
            for after in (0, member.pk):
                values = {"pseudonym": pseudonym, "after": after}
                expected = list(_active_named(values).values("id", "pseudonym", "date_joined"))
                assert query.rows(values) == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
@override_settings(COCON_DB_PREPARED_STATEMENTS=True)
def test_on_postgresql_constants_are_literals_the_statement_is_prepared_and_logged_whole(
    member: Member,
) -> None:
    query = prepare(("test-active-named",), _active_named, PLACEHOLDERS)
    assert query.server_prepared
    assert sorted(query.slots) == ["after", "pseudonym"]
    assert """"accounts_member"."country" = 'FR'""" in query.sql
    with CaptureQueriesContext(connection) as captured:
        assert query.rows({"pseudonym": "Camille", "after": 0})[0]["id"] == member.pk
    assert "'Camille'" in captured.captured_queries[0]["sql"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        statements = [row[0] for row in cursor.fetchall()]
    assert any('"accounts_member"."pseudonym" = $' in s for s in statements)


@pytest.mark.parametrize(
    ("placeholders", "problem"),
    [
        ({**PLACEHOLDERS, "unused": -2_000_000_010}, "did not reach"),
        ({"pseudonym": "Camille", "after": 0}, "written into the SQL text"),
    ],
)
def test_placeholders_must_be_parameters(db: Any, placeholders: Any, problem: str) -> None:
    def build(values: Any) -> Any:
        return (
            Member.objects.filter(pseudonym=values["pseudonym"], id__gt=values["after"])
            .extra(where=["pseudonym <> 'Camille'"])  # noqa: S610 - a constant, for the test
            .values_list("id")
        )

    with pytest.raises(RuntimeError, match=problem):
        prepare(("test-placeholders", problem), build, placeholders)
