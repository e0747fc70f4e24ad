"""The writes of one push on PostgreSQL, queued and sent together.

A push used to send each field it set as a statement of its own (its history row and the
field in one ``INSERT``): a round trip to PostgreSQL, and SQLAlchemy's and psycopg's work
for a statement, per field. 26 of them for a laptop's first push of a visit. Now a push
takes its sequence numbers ahead, several in one statement, and queues what it writes; the
queue goes as one statement: history, fields, new rows, tombstones and the record of the
applied ops, each part taking its rows as arrays (``unnest``). One round trip to
PostgreSQL however many rows, where there were five.

Guarantees, for the transaction the queue belongs to:
- Nothing reads around a queued write. Every statement run on the connection while writes
  are queued runs after them: a listener on the engine (:func:`send_first`, installed by
  :func:`install`) sends the queue first. The push sends what is left before it ends.
- A queued write's revision is final. It is a number taken from the history sequence
  after the writer registered with :class:`sync.server.turns.Writers`, so it is above
  the floor a reader respects, exactly as a number the ``INSERT`` takes itself would be.
- Numbers taken and not used leave gaps in ``history.seq``. Nothing needs revisions to be
  consecutive; a cursor never passes the highest ``seq`` stored (see ``pull``).
- Within the queue, later writes of one field or row win, as they would have one by one.
"""

from __future__ import annotations

import functools
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from sync.server.driver_statements import DriverStatement

_INFO_KEY = "sipl.push_writes"  # where a connection carries the queue of its push
BATCH = 16  # sequence numbers taken at least at a time once the first estimate is spent

_NEXT_SEQS = DriverStatement(
    sa.text("SELECT nextval(pg_get_serial_sequence('history', 'seq')) FROM generate_series(1, :n)")
)


def _unnest(columns: dict[str, str], prefix: str) -> str:
    """``SELECT * FROM unnest(...)`` over one array parameter per column (name: SQL type,
    the parameter named ``prefix`` + name), so that any number of rows goes as one
    statement of one fixed text."""
    arrays = ", ".join(f"CAST(:{prefix}{name} AS {kind}[])" for name, kind in columns.items())
    return f"SELECT * FROM unnest({arrays})"


_HISTORY_COLUMNS = {
    "seq": "bigint",
    "tbl": "text",
    "row_id": "text",
    "field": "text",
    "value": "text",
    "kind": "text",
    "device_id": "text",
    "partner_id": "text",
    "op_id": "text",
    "at": "text",
}
_FIELD_COLUMNS = {
    "tbl": "text",
    "row_id": "text",
    "field": "text",
    "value": "text",
    "rev": "bigint",
    "school_id": "text",
    "device_id": "text",
}
_ROW_COLUMNS = {"tbl": "text", "row_id": "text", "school_id": "text", "deleted_rev": "bigint"}
_DELETED_COLUMNS = {"tbl": "text", "row_id": "text", "deleted_rev": "bigint"}
_APPLIED_COLUMNS = {"device_id": "text", "op_id": "text", "result": "text"}

# The parts of a push's writes: (parameter prefix, columns, statement). Each takes its
# rows as arrays; the ones a push has go to PostgreSQL together as one statement.
_PARTS: dict[str, tuple[str, dict[str, str], str]] = {
    "history": (
        "h_",
        _HISTORY_COLUMNS,
        f"INSERT INTO history ({', '.join(_HISTORY_COLUMNS)}) {_unnest(_HISTORY_COLUMNS, 'h_')}",
    ),
    # One row per field (the queue keeps a field's last write), as ON CONFLICT requires.
    "fields": (
        "f_",
        _FIELD_COLUMNS,
        f"INSERT INTO fields ({', '.join(_FIELD_COLUMNS)}) {_unnest(_FIELD_COLUMNS, 'f_')}"
        " ON CONFLICT (tbl, row_id, field) DO UPDATE SET value = excluded.value,"
        " rev = excluded.rev, school_id = excluded.school_id, device_id = excluded.device_id",
    ),
    "rows": (
        "r_",
        _ROW_COLUMNS,
        f"INSERT INTO rows ({', '.join(_ROW_COLUMNS)}) {_unnest(_ROW_COLUMNS, 'r_')}",
    ),
    # Existing rows only (a new row's tombstone is in its own record), so no row is
    # written by two parts of one statement.
    "deleted": (
        "d_",
        _DELETED_COLUMNS,
        "UPDATE rows SET deleted_rev = u.deleted_rev"
        f" FROM ({_unnest(_DELETED_COLUMNS, 'd_')}) AS u(tbl, row_id, deleted_rev)"
        " WHERE rows.tbl = u.tbl AND rows.row_id = u.row_id",
    ),
    "applied": (
        "a_",
        _APPLIED_COLUMNS,
        f"INSERT INTO applied_ops ({', '.join(_APPLIED_COLUMNS)})"
        f" {_unnest(_APPLIED_COLUMNS, 'a_')}",
    ),
}


@functools.cache
def _statement(parts: tuple[str, ...]) -> sa.TextClause:
    """One statement writing ``parts`` (names of :data:`_PARTS`, in that order): the part
    itself if it is alone, otherwise each as a data-modifying ``WITH`` query. PostgreSQL
    runs them all on one snapshot; no part reads what another writes (history, fields,
    rows, tombstones of other rows, applied ops), and none of the tables holds a
    constraint on another."""
    if len(parts) == 1:
        return sa.text(_PARTS[parts[0]][2])
    queries = ", ".join(f"{name} AS ({_PARTS[name][2]})" for name in parts)
    return sa.text(f"WITH {queries} SELECT 1")


def _parameters(name: str, rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Rows (dicts) of part ``name`` -> one list per column, named as the part's
    statement names them."""
    prefix, columns, _ = _PARTS[name]
    return {prefix + column: [row[column] for row in rows] for column in columns}


Key = tuple[str, str]  # (table, row id)


class PushWrites:
    """The queued writes of one push's transaction (see the module docstring)."""

    def __init__(self, expected: int) -> None:
        self._expected = max(1, expected)
        self._seqs: list[int] = []
        self._history: list[dict[str, Any]] = []
        self._fields: dict[tuple[str, str, str], dict[str, Any]] = {}
        self._new_rows: dict[Key, dict[str, Any]] = {}
        self._deleted: dict[Key, int | None] = {}  # existing rows: their new tombstone
        self._applied: list[dict[str, Any]] = []
        self._sending = False

    @classmethod
    def begin(cls, conn: Connection, expected: int) -> PushWrites:
        """Attach a queue to ``conn`` for a push of about ``expected`` field writes."""
        writes = cls(expected)
        conn.info[_INFO_KEY] = writes
        return writes

    @staticmethod
    def of(conn: Connection) -> PushWrites | None:
        """The queue of the push running on ``conn``, if one is."""
        found = conn.info.get(_INFO_KEY)
        return found if isinstance(found, PushWrites) else None

    @staticmethod
    def end(conn: Connection, *, send: bool) -> None:
        """Detach the queue from ``conn``; first send what is queued if ``send`` (the push
        succeeded; otherwise its transaction is rolled back and the queue dropped)."""
        writes = PushWrites.of(conn)
        try:
            if writes is not None and send:
                writes.send(conn)
        finally:  # never left on a pooled connection, even when sending fails
            conn.info.pop(_INFO_KEY, None)

    # -- queueing -----------------------------------------------------------------------

    def next_seq(self, conn: Connection) -> int:
        """The next sequence number for a history row of this push."""
        if not self._seqs:
            wanted = self._expected
            self._expected = BATCH  # a push that outgrows its estimate takes more in batches
            self._seqs = [int(r[0]) for r in _NEXT_SEQS.rows(conn, {"n": wanted})]
            self._seqs.reverse()
        return self._seqs.pop()

    def field(self, history: dict[str, Any], school_id: str | None) -> None:
        """Queue a history row (with its ``seq``) and the field it sets."""
        self._history.append(history)
        key = (history["tbl"], history["row_id"], history["field"])
        self._fields[key] = {
            "tbl": key[0],
            "row_id": key[1],
            "field": key[2],
            "value": history["value"],
            "rev": history["seq"],
            "school_id": school_id,
            "device_id": history["device_id"],
        }

    def new_row(self, key: Key, school_id: str | None, deleted_rev: int | None) -> None:
        """Queue the record of a row that did not exist."""
        self._new_rows[key] = {
            "tbl": key[0],
            "row_id": key[1],
            "school_id": school_id,
            "deleted_rev": deleted_rev,
        }

    def tombstone(self, key: Key, deleted_rev: int | None) -> None:
        """Queue a row's new tombstone revision (None: the row lives again)."""
        if key in self._new_rows:
            self._new_rows[key]["deleted_rev"] = deleted_rev
        else:
            self._deleted[key] = deleted_rev

    def applied(self, device_id: str, answers: dict[str, str]) -> None:
        """Queue the record of a push's applied ops (op id -> its answer, JSON text)."""
        self._applied += [
            {"device_id": device_id, "op_id": k, "result": v} for k, v in answers.items()
        ]

    # -- sending ------------------------------------------------------------------------

    def send(self, conn: Connection) -> None:
        """Send every queued write as one statement (see :func:`_statement`). Runs before
        every statement of the push's connection: nothing to do unless writes are queued
        (a field's write is always queued with its history row)."""
        if self._sending or not (self._history or self._new_rows or self._deleted or self._applied):
            return
        queued = {
            "history": self._history,
            "fields": list(self._fields.values()),
            "rows": list(self._new_rows.values()),
            "deleted": [
                {"tbl": tbl, "row_id": row, "deleted_rev": rev}
                for (tbl, row), rev in self._deleted.items()
            ],
            "applied": self._applied,
        }
        parts = tuple(name for name, rows in queued.items() if rows)
        self._sending = True
        try:
            self._history, self._fields, self._new_rows = [], {}, {}
            self._deleted, self._applied = {}, []
            parameters: dict[str, list[Any]] = {}
            for name in parts:
                parameters.update(_parameters(name, queued[name]))
            conn.execute(_statement(parts), parameters)
        finally:
            self._sending = False


def send_first(conn: Connection, *_: Any) -> None:
    """Engine listener (``before_execute``): send a push's queued writes before any other
    statement runs on its connection."""
    writes = PushWrites.of(conn)
    if writes is not None:
        writes.send(conn)


def install(engine: Engine) -> None:
    """Make every connection of ``engine`` send its queued writes first (see
    :func:`send_first`)."""
    if not sa.event.contains(engine, "before_execute", send_first):
        sa.event.listen(engine, "before_execute", send_first)
