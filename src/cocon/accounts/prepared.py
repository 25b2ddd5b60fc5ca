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

On PostgreSQL the statement is also prepared once per connection (Django never prepares its
own), so the server does not plan it again on every request: planning the feed query costs
it several times more than running it. The query's constants are written into the prepared
text as literals, so that its generic plan can use the partial indexes whose conditions they
match; only the placeholders stay parameters. ``COCON_DB_PREPARED_STATEMENTS = False`` turns
this off (behind a connection pooler that does not support prepared statements).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connections
from django.db.backends.utils import CursorDebugWrapper, CursorWrapper
from django.db.models import QuerySet


@dataclass(frozen=True)
class PreparedQuery:
    """One compiled ``values_list`` query and where its placeholders go."""

    sql: str
    params: tuple[Any, ...]
    slots: tuple[str | None, ...]  # for each parameter: the placeholder's name, or None
    names: tuple[str, ...]  # the selected names, in column order
    expressions: tuple[Any, ...]  # the selected expressions, for the converters
    server_prepared: bool

    def parameters(self, values: Mapping[str, Any]) -> list[Any]:
        """Return the statement's parameters, ``values`` put in the placeholders' places."""
        return [
            values[slot] if slot is not None else constant
            for slot, constant in zip(self.slots, self.params, strict=True)
        ]

    def rows(self, values: Mapping[str, Any], using: str = "default") -> list[dict[str, Any]]:
        """Run the query with ``values`` for its placeholders; return one dict per row."""
        params = self.parameters(values)
        connection = connections[using]
        converters = self._converters(connection)
        cursor = _preparing_cursor(connection) if self.server_prepared else connection.cursor()
        with cursor:
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

    def _converters(self, connection: Any) -> list[tuple[int, Any, Any]]:
        """Return the converters Django applies to each column, once per connection."""
        known: dict[int, list[tuple[int, Any, Any]]] = connection.__dict__.setdefault(
            "_cocon_prepared_converters", {}
        )
        found = known.get(id(self))
        if found is None:
            found = known[id(self)] = [
                (position, converter, expression)
                for position, expression in enumerate(self.expressions)
                for converter in (
                    connection.ops.get_db_converters(expression)
                    + expression.get_db_converters(connection)
                )
            ]
        return found


def _server_prepares(connection: Any) -> bool:
    return connection.vendor == "postgresql" and bool(
        getattr(settings, "COCON_DB_PREPARED_STATEMENTS", False)
    )


def _preparing_cursor(connection: Any) -> Any:
    """Return a Django cursor that binds parameters server-side and prepares its statements."""
    connection.ensure_connection()
    connection.validate_thread_sharing()
    with connection.wrap_database_errors:
        raw = _preparing_cursor_class()(connection.connection)
    if connection.queries_logged:
        return _PreparedDebugCursor(raw, connection)
    return connection.make_cursor(raw)


class _PreparedDebugCursor(CursorDebugWrapper):
    """Log the whole SQL (psycopg keeps no text of a prepared statement's execution)."""

    def execute(self, sql: Any, params: Any = None) -> Any:
        logged = self.db.ops.compose_sql(sql, params)
        with self.debug_sql(logged, params, use_last_executed_query=False):
            return CursorWrapper.execute(self, sql, params)


@functools.cache
def _preparing_cursor_class() -> type:
    from django.db.backends.postgresql.base import ServerBindingCursor

    class PreparingCursor(ServerBindingCursor):
        def execute(self, query: Any, params: Any = None, **kwargs: Any) -> Any:
            kwargs.setdefault("prepare", True)
            return super().execute(query, params, **kwargs)  # type: ignore[misc]

    return PreparingCursor


def _inline_constants(
    connection: Any, sql: str, params: tuple[Any, ...], slots: tuple[str | None, ...]
) -> str:
    """Return ``sql`` with its constant parameters written as SQL literals."""
    from psycopg import sql as psycopg_sql

    connection.ensure_connection()
    pieces = re.split(r"(%%|%s)", sql)
    position = 0
    for n, piece in enumerate(pieces):
        if piece != "%s":
            continue
        if slots[position] is None:
            literal = psycopg_sql.Literal(params[position]).as_string(connection.connection)
            pieces[n] = literal.replace("%", "%%")
        position += 1
    return "".join(pieces)


_lock = threading.Lock()
_prepared: dict[tuple[str, bool, Hashable], PreparedQuery] = {}


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
    connection = connections[using]
    server_prepared = _server_prepares(connection)
    found = _prepared.get((using, server_prepared, key))
    if found is not None:
        return found
    queryset = build(placeholders)
    compiler = queryset.query.get_compiler(using)
    sql, raw_params = compiler.as_sql()
    params = tuple(raw_params)
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
    if server_prepared:
        sql = _inline_constants(connection, sql, params, slots)
        slots = tuple(slot for slot in slots if slot is not None)
        params = (None,) * len(slots)
    # The compiler knows each selected column's name (values_list() aliases every one).
    names = tuple(alias for _column, _sql, alias in compiler.select)
    expressions = tuple(column for column, _sql, _alias in compiler.select)
    if not all(names) or len(set(names)) != len(names):
        raise RuntimeError("prepare() needs a values_list() queryset")
    prepared = PreparedQuery(sql, params, slots, names, expressions, server_prepared)
    with _lock:
        _prepared[(using, server_prepared, key)] = prepared
    return prepared
