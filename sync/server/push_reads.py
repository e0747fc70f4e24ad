"""What one push's transaction knows of the rows and fields it touches, read once.

A push used to read each op's field and row record afresh, and its row again for every
check and write: some 8 statements per op (228 for a laptop's first push of a visit), each
a round trip to PostgreSQL. :class:`PushReads` reads every row record and field of the
push's rows in two statements when the push begins, answers later reads from memory, and
is told of every write, so what it answers is what the transaction would read.

Guarantees (for the transaction it belongs to, and only while it is open):
- a row record or field it answers is the one the database holds in that transaction:
  it was read in it, or written in it through :meth:`wrote_field` / :meth:`wrote_row`, or
  taken back with :meth:`forget_row`;
- it never answers for a row it has not read: the caller reads the database, and records
  what it found with :meth:`saw_row` / :meth:`saw_field`.

Rows cannot change under it: the push holds its rows' locks (PostgreSQL) or the store's
single write turn (SQLite) for the whole transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.server import tables as t
from sync.server.driver_statements import DriverStatement

Key = tuple[str, str]  # (table, row id)
RowRecord = tuple[str | None, int | None]  # (school id, tombstone revision)
FieldRecord = tuple[str | None, int, str]  # (stored JSON text, revision, device id)

_INFO_KEY = "sipl.push_reads"  # where a connection carries the reads of its push

_ROW_COLUMNS = (t.rows.c.tbl, t.rows.c.row_id, t.rows.c.school_id, t.rows.c.deleted_rev)
_FIELD_COLUMNS = (
    t.fields.c.tbl,
    t.fields.c.row_id,
    t.fields.c.field,
    t.fields.c.value,
    t.fields.c.rev,
    t.fields.c.device_id,
)
_KEYS: sa.BindParameter[Any] = sa.bindparam("k_keys", expanding=True)
# PostgreSQL: the keys as two arrays (one text for any number of rows), each key looked
# up by the primary key on its own. ``LIMIT`` / ``OFFSET 0`` keep PostgreSQL from turning
# the probes into a join: joined whole, the planner may read every record of the store
# when its statistics are thin, as on a new or freshly loaded store (measured: a hash join
# over all 1,208 row records for a push of 6 rows).
_PG_PROBE = (
    "SELECT {outer} FROM unnest(CAST(:k_tbls AS text[]), CAST(:k_rows AS text[]))"
    " AS k(tbl, row_id) CROSS JOIN LATERAL (SELECT {columns} FROM {table}"
    " WHERE {table}.tbl = k.tbl AND {table}.row_id = k.row_id {limit}) AS found"
)


def _pg_probe(columns: tuple[sa.Column[Any], ...], limit: str) -> sa.TextClause:
    """:data:`_PG_PROBE` reading ``columns`` (of one table) of every key."""
    names = [c.name for c in columns]
    return sa.text(
        _PG_PROBE.format(
            outer=", ".join(f"found.{n}" for n in names),
            columns=", ".join(names),
            table=columns[0].table.name,  # type: ignore[attr-defined]
            limit=limit,
        )
    )


_ROWS_OF = DriverStatement(
    _pg_probe(_ROW_COLUMNS, "LIMIT 1"),
    elsewhere=sa.select(*_ROW_COLUMNS).where(sa.tuple_(t.rows.c.tbl, t.rows.c.row_id).in_(_KEYS)),
)
_FIELDS_OF = DriverStatement(
    _pg_probe(_FIELD_COLUMNS, "OFFSET 0"),
    elsewhere=sa.select(*_FIELD_COLUMNS).where(
        sa.tuple_(t.fields.c.tbl, t.fields.c.row_id).in_(_KEYS)
    ),
)

UNKNOWN: Any = object()  # what PushReads answers for a row or field it has not read


def _keys(conn: Connection, keys: list[Key]) -> dict[str, Any]:
    """``keys`` as the parameters of :data:`_ROWS_OF` / :data:`_FIELDS_OF`."""
    if conn.dialect.name == "postgresql":
        return {"k_tbls": [k[0] for k in keys], "k_rows": [k[1] for k in keys]}
    return {"k_keys": keys}


class PushReads:
    """Row records and fields of one push's transaction (see the module docstring)."""

    def __init__(self) -> None:
        self._rows: dict[Key, RowRecord | None] = {}
        self._fields: dict[tuple[str, str, str], FieldRecord | None] = {}
        self._whole: set[Key] = set()  # rows whose every field is known here

    @classmethod
    def begin(cls, conn: Connection, keys: Iterable[Key], parents: Iterable[Key] = ()) -> PushReads:
        """Read the records and fields of ``keys``, and the records of ``parents`` (the
        rows the push's ops name as parents: their schools, their existence), in two
        statements, and attach the reads to ``conn`` until :meth:`end`."""
        reads = cls()
        wanted = sorted(set(keys))
        records = sorted(set(wanted) | set(parents))
        if records:
            for tbl, row_id, school, deleted in _ROWS_OF.rows(conn, _keys(conn, records)):
                reads._rows[(tbl, row_id)] = (school, deleted)
            for key in records:
                reads._rows.setdefault(key, None)
        if wanted:
            for tbl, row_id, name, value, rev, device in _FIELDS_OF.rows(conn, _keys(conn, wanted)):
                reads._fields[(tbl, row_id, name)] = (value, int(rev), str(device))
            reads._whole.update(wanted)
        conn.info[_INFO_KEY] = reads
        return reads

    @staticmethod
    def of(conn: Connection) -> PushReads | None:
        """The reads of the push running on ``conn``, if one is."""
        found = conn.info.get(_INFO_KEY)
        return found if isinstance(found, PushReads) else None

    @staticmethod
    def end(conn: Connection) -> None:
        """Detach the reads from ``conn`` (its transaction is over, or about to be)."""
        conn.info.pop(_INFO_KEY, None)

    # -- answers ------------------------------------------------------------------------

    def row(self, key: Key) -> RowRecord | Any | None:
        """The row's record, None if there is no such row, or ``UNKNOWN`` (not read)."""
        return self._rows.get(key, UNKNOWN)

    def field(self, key: Key, name: str) -> FieldRecord | Any | None:
        """The field, None if it was never set, or ``UNKNOWN`` (not read)."""
        found = self._fields.get((*key, name), UNKNOWN)
        if found is UNKNOWN and key in self._whole:
            return None
        return found

    # -- what the transaction read or wrote ---------------------------------------------

    def saw_row(self, key: Key, record: RowRecord | None) -> None:
        self._rows[key] = record

    def saw_field(self, key: Key, name: str, record: FieldRecord | None) -> None:
        self._fields[(*key, name)] = record

    def wrote_field(self, key: Key, name: str, text: str | None, rev: int, device: str) -> None:
        self._fields[(*key, name)] = (text, rev, device)

    def wrote_row(self, key: Key, record: RowRecord) -> None:
        self._rows[key] = record

    def forget_row(self, key: Key) -> None:
        """The row and its fields were removed in this transaction: none of it exists."""
        self._rows[key] = None
        for field_key in [k for k in self._fields if (k[0], k[1]) == key]:
            del self._fields[field_key]
        self._whole.add(key)
