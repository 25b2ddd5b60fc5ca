"""Build and compile a queryset once per process, then run its SQL with new values.

Building the feed's queryset and compiling it to SQL costs more CPU than the database spends
answering it. The SQL only depends on the query's *shape* (which feed, whether a theme or a
cursor is given, the page size); the viewer, the theme and the cursor are parameters. So each
shape is built once with placeholder values, compiled by Django as usual, and the SQL is kept
with, for each parameter, the placeholder it stands for. Later calls put the real values in
those places and read the rows through the same converters Django would apply.

Placeholders are values no real query uses (negative ids, a marker string); compiling checks
that each one reached the parameters and never the SQL text, so a placeholder can never be
baked into the statement and shared between viewers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import connections
from django.db.models import QuerySet


@dataclass(frozen=True)
class PreparedQuery:
    """One compiled ``values_list`` query and where its placeholders go."""

    sql: str
    params: tuple[Any, ...]
    slots: tuple[str | None, ...]  # for each parameter: the placeholder's name, or None
    names: tuple[str, ...]  # the selected names, in column order
    expressions: tuple[Any, ...]  # the selected expressions, for the converters

    def rows(self, values: Mapping[str, Any], using: str = "default") -> list[dict[str, Any]]:
        """Run the query with ``values`` for its placeholders; return one dict per row."""
        params = [
            values[slot] if slot is not None else constant
            for slot, constant in zip(self.slots, self.params, strict=True)
        ]
        connection = connections[using]
        converters = [
            (position, converter, expression)
            for position, expression in enumerate(self.expressions)
            for converter in (
                connection.ops.get_db_converters(expression)
                + expression.get_db_converters(connection)
            )
        ]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            raw = cursor.fetchall()
        result = []
        for row in raw:
            if converters:
                row = list(row)
                for position, converter, expression in converters:
                    row[position] = converter(row[position], expression, connection)
            result.append(dict(zip(self.names, row, strict=True)))
        return result


_lock = threading.Lock()
_prepared: dict[tuple[str, Hashable], PreparedQuery] = {}


def prepare(
    key: Hashable,
    build: Callable[[Mapping[str, Any]], QuerySet[Any, Any]],
    placeholders: Mapping[str, Any],
    using: str = "default",
) -> PreparedQuery:
    """Return the compiled query for ``key``, building it with ``placeholders`` the first time.

    ``build`` receives the placeholder values and must return a ``values_list`` queryset whose
    SQL depends on ``key`` only.
    """
    found = _prepared.get((using, key))
    if found is not None:
        return found
    queryset = build(placeholders)
    query = queryset.query
    compiler = query.get_compiler(using)
    sql, params = compiler.as_sql()
    by_value = {value: name for name, value in placeholders.items()}
    slots = tuple(
        by_value.get(param)
        if isinstance(param, int | str) and not isinstance(param, bool)
        else None
        for param in params
    )
    for name, value in placeholders.items():
        if name not in slots:
            raise RuntimeError(f"placeholder {name!r} did not reach the query's parameters")
        if str(value) in sql:
            raise RuntimeError(f"placeholder {name!r} was written into the SQL text")
    # The compiler knows each selected column's name (values_list() aliases every one).
    names = tuple(alias for _column, _sql, alias in compiler.select)
    expressions = tuple(column for column, _sql, _alias in compiler.select)
    if not all(names) or len(set(names)) != len(names):
        raise RuntimeError("prepare() needs a values_list() queryset")
    prepared = PreparedQuery(sql, tuple(params), slots, names, expressions)
    with _lock:
        _prepared[(using, key)] = prepared
    return prepared
