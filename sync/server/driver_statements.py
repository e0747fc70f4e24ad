"""The reads every sync runs, sent by psycopg itself on PostgreSQL.

SQLAlchemy spends about 50 µs of the server's CPU on each statement beyond psycopg's own
40 (its execution context and result objects; measured on this machine). A sync runs the
same handful of small reads each time (who the token is, the locks and high-water mark,
the newest revision, a scope version, the ops already applied), so each of those is a
:class:`DriverStatement`: SQLAlchemy compiles it once, psycopg runs it.

Guarantees:
- The text and parameters are the ones SQLAlchemy would send (it compiles them); on
  SQLite, or any other back end, SQLAlchemy runs the statement as usual.
- It runs on the connection's own transaction (or autocommit), like any statement.
- A push's queued writes (:mod:`sync.server.push_writes`) are sent first, as the engine
  listener does for statements SQLAlchemy runs: nothing reads around a queued write.
- The engine's ``before_cursor_execute`` listeners see it as they see any statement
  (with no execution context), so what counts or logs statements still counts it.
- Rows come back as tuples, in the statement's column order; a database error comes as
  the SQLAlchemy exception SQLAlchemy would raise (``DBAPIError`` and its kinds).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Executable
from sqlalchemy.sql.elements import ClauseElement


class DriverStatement:
    """One read statement (see the module docstring). Statements with expanding ``IN``
    lists cannot be one: their text depends on the number of values. ``elsewhere``: the
    statement SQLAlchemy runs on other back ends instead (e.g. that expanding ``IN`` where
    PostgreSQL takes an array); by default the same one."""

    def __init__(self, statement: Executable, *, elsewhere: Executable | None = None) -> None:
        self.statement = statement
        self.elsewhere = statement if elsewhere is None else elsewhere
        self._compiled: tuple[str, dict[str, Any]] | None = None

    def rows(self, conn: Connection, params: Mapping[str, Any] | None = None) -> Sequence[Any]:
        """Every row the statement reads."""
        if conn.dialect.name != "postgresql":
            return conn.execute(self.elsewhere, dict(params or {})).all()
        if self._compiled is None:
            assert isinstance(self.statement, ClauseElement)
            compiled = self.statement.compile(dialect=conn.dialect)
            if "POSTCOMPILE" in str(compiled):
                raise TypeError("an expanding IN has no one text: use = ANY of an array")
            self._compiled = (str(compiled), dict(compiled.params))
        text, defaults = self._compiled
        values = {**defaults, **(params or {})}
        from sync.server import push_writes  # it builds its statements from this module

        push_writes.send_first(conn)
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        conn.dispatch.before_cursor_execute(conn, cursor, text, values, None, False)
        try:
            cursor.execute(text, values)
            return cursor.fetchall()
        except conn.dialect.loaded_dbapi.Error as error:  # wrapped as SQLAlchemy wraps its own
            raise DBAPIError.instance(
                text, values, error, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
            ) from error
        finally:
            cursor.close()

    def first(self, conn: Connection, params: Mapping[str, Any] | None = None) -> Any:
        """The first row, or None."""
        found = self.rows(conn, params)
        return found[0] if found else None

    def scalar(self, conn: Connection, params: Mapping[str, Any] | None = None) -> Any:
        """The first column of the first row, or None."""
        row = self.first(conn, params)
        return None if row is None else row[0]
