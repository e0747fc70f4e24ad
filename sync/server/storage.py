"""The central store's storage and its sync logic, over SQLAlchemy Core.

Guarantees:
- A reader never steps over a change still to commit: on SQLite writers take turns (one
  write transaction at a time, granted first come, first served), so ``history.seq``
  commits in order; on PostgreSQL pushes run side by side under row locks (the rows they
  change), and a pull reads only up to the high-water mark below which every change has
  committed (see :mod:`sync.server.turns`). Other writes (administration, enrolment,
  uploads) lock the world on PostgreSQL, and a pull waits for them to commit.
- A pull reads one consistent snapshot and takes no write lock.
- A push is applied in chunks of at most :data:`PUSH_CHUNK` ops (never splitting the ops
  of one row), one transaction each, with a turn for everyone else between chunks; a
  malformed request is refused whole before anything is applied. A failure between chunks
  leaves the earlier chunks applied and remembered, so the laptop's retry completes the
  rest, each op still applied at most once.
- An op is applied at most once per (device, op id); a replay gets the first answer again.
- No value is ever lost: every value set is in ``history``; a value that could not be
  applied is kept in an open conflict (table ``conflicts``) with the value it met.
- A cursor the server never issued to the device is refused, and no cursor makes a pull
  reveal a school outside the partner's scope. A first sync (a pull from the start) pages
  up to the high-water mark it began at, pinned in its cursors, so it ends however fast
  others push.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine
from uuid6 import uuid7

from desktop.store.calendar import academic_year_of, allocation_state
from sync import authz, merge, schema
from sync.server import migrations, push_writes
from sync.server import tables as t
from sync.server.authorise import Authoriser, Refused
from sync.server.driver_statements import DriverStatement
from sync.server.engine import engine_for, private_dir, server_secret
from sync.server.push_reads import UNKNOWN, PushReads
from sync.server.push_writes import PushWrites
from sync.server.turns import FairLock, Writers
from sync.server.values import (
    SERVER_DEVICE,
    Audit,
    BadCursor,
    BadRequest,
    Cursor,
    Device,
    Op,
    Partner,
    PullPage,
    utc_now,
)

PUSH_CHUNK = 100  # ops per write transaction of a push
SYNC_STAMP_SECONDS = 30  # a device's "last synced" is exact to this many seconds
NO_SCHOOL = ""  # the backfill of rows of no school (people, local authorities)
WORLD_LOCK = 7164  # the PostgreSQL advisory lock: exclusive for the world, shared for pushes


# The highest sequence number handed out (by the sequence, or written by a restore).
_LAST_SEQ = (
    "GREATEST("
    "COALESCE(pg_sequence_last_value(pg_get_serial_sequence('history', 'seq')), 0), "
    "COALESCE((SELECT max(seq) FROM history), 0))"
)


_WORLD_LOCK = DriverStatement(sa.text(f"SELECT pg_advisory_xact_lock({WORLD_LOCK}), {_LAST_SEQ}"))
_WORLD_LOCK_SHARED = DriverStatement(
    sa.text(f"SELECT pg_advisory_xact_lock_shared({WORLD_LOCK}), {_LAST_SEQ}")
)
_ROW_LOCKS = DriverStatement(
    sa.text(
        "SELECT pg_advisory_xact_lock(hashtextextended(k, :world)) "
        "FROM unnest(CAST(:keys AS text[])) WITH ORDINALITY AS u(k, n) ORDER BY n"
    )
)


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# The statements of every op, built once: building a statement (and its cache key) cost
# SQLAlchemy more than running it, several times per op.
_B = sa.bindparam
_FIELD_KEY = (
    t.fields.c.tbl == _B("k_tbl"),
    t.fields.c.row_id == _B("k_row"),
    t.fields.c.field == _B("k_field"),
)
_ROW_KEY = (t.rows.c.tbl == _B("k_tbl"), t.rows.c.row_id == _B("k_row"))
_SELECT_FIELD = sa.select(t.fields.c.value, t.fields.c.rev, t.fields.c.device_id).where(*_FIELD_KEY)
_SELECT_ROW = sa.select(t.rows.c.school_id, t.rows.c.deleted_rev).where(*_ROW_KEY)
_INSERT_HISTORY = t.history.insert()
_UPDATE_FIELD = t.fields.update().where(*_FIELD_KEY)
_INSERT_FIELD = t.fields.insert()
_INSERT_ROW = t.rows.insert()
_UPDATE_ROW_DELETED = t.rows.update().where(*_ROW_KEY)
_INSERT_APPLIED = t.applied_ops.insert()
# PostgreSQL: a field's history row and the field itself in one statement, the field's
# revision being the sequence number the history row was given.
_WRITTEN = (
    t.history.insert()
    .values(
        tbl=_B("h_tbl"),
        row_id=_B("h_row_id"),
        field=_B("h_field"),
        value=_B("h_value"),
        kind=_B("h_kind"),
        device_id=_B("h_device_id"),
        partner_id=_B("h_partner_id"),
        op_id=_B("h_op_id"),
        at=_B("h_at"),
    )
    .returning(t.history.c.seq)
    .cte("written")
)
_NEW_FIELD = pg_insert(t.fields).from_select(
    ["tbl", "row_id", "field", "value", "rev", "school_id", "device_id"],
    sa.select(
        _B("f_tbl", type_=sa.String),
        _B("f_row", type_=sa.String),
        _B("f_field", type_=sa.String),
        _B("f_value", type_=sa.Text),
        _WRITTEN.c.seq,
        _B("f_school", type_=sa.String),
        _B("f_device", type_=sa.String),
    ),
)
_PG_WRITE_FIELD = _NEW_FIELD.on_conflict_do_update(
    index_elements=[t.fields.c.tbl, t.fields.c.row_id, t.fields.c.field],
    set_={
        "value": _NEW_FIELD.excluded.value,
        "rev": _NEW_FIELD.excluded.rev,
        "school_id": _NEW_FIELD.excluded.school_id,
        "device_id": _NEW_FIELD.excluded.device_id,
    },
).returning(t.fields.c.rev)


def _any_of(name: str) -> sa.ColumnElement[Any]:
    """PostgreSQL: ``= ANY`` of one text array parameter, one statement text for any
    number of values (an expanding ``IN`` has a text per number)."""
    return sa.func.any(sa.cast(_B(name), ARRAY(sa.Text)))


# PostgreSQL: the op ids as one array (one text for any number), each looked up by the
# primary key on its own. ``op_id = ANY`` beside the device let the planner read every op
# the device ever sent and filter them (measured: 2.6 ms a push after 2,600 ops, growing
# with every push, as applied ops are kept); a probe per op id costs the same forever.
_APPLIED_MANY = DriverStatement(
    sa.text(
        "SELECT a.op_id, a.result FROM unnest(CAST(:k_ops AS text[])) AS k(op_id)"
        " CROSS JOIN LATERAL (SELECT op_id, result FROM applied_ops"
        " WHERE device_id = :k_device AND op_id = k.op_id LIMIT 1) AS a"
    ),
    elsewhere=sa.select(t.applied_ops.c.op_id, t.applied_ops.c.result).where(
        t.applied_ops.c.device_id == _B("k_device"),
        t.applied_ops.c.op_id.in_(_B("k_ops", expanding=True)),
    ),
)
_UNREAD: Any = object()  # write(): the row's record has not been read yet
_TEAM_PARTNERS = sa.select(t.partners.c.id).where(t.partners.c.team == _B("k_team"))


def _allocations_of(people: sa.ColumnElement[bool]) -> sa.Select[Any]:
    """The fields that date the live allocations of the people ``people`` matches."""
    return sa.select(
        t.fields.c.row_id, t.fields.c.field, t.fields.c.value, t.fields.c.school_id
    ).where(
        t.fields.c.tbl == "allocations",
        t.fields.c.row_id.in_(t.live_rows_where("allocations", "person_id", people)),
        sa.or_(
            *(
                t.fields.c.field == name
                for name in ("academic_year", "starts_on", "ends_on", "person_id")
            )
        ),
    )


_ALLOCATIONS_OF = DriverStatement(
    _allocations_of(t.fields.c.value == _any_of("k_people")),
    elsewhere=_allocations_of(t.fields.c.value.in_(_B("k_people", expanding=True))),
)
_NEWEST = sa.select(sa.func.max(t.history.c.seq))
_HEAD = DriverStatement(_NEWEST)
# What a pull reads of each field, in this order (``_group`` unpacks it).
_PULLED = (t.fields.c.tbl, t.fields.c.row_id, t.fields.c.field, t.fields.c.value, t.fields.c.rev)
# PostgreSQL: a later sync's pull for a partner (most syncs), one text whatever the scope.
_PG_PULL_SINCE = DriverStatement(
    sa.select(*_PULLED)
    .where(
        t.fields.c.rev > _B("k_after"),
        t.fields.c.rev <= _B("k_target"),
        t.fields.c.device_id != _B("k_device"),
        sa.or_(
            t.fields.c.school_id.is_(None),
            t.fields.c.school_id == _any_of("k_scope"),
            sa.and_(t.fields.c.tbl == "allocations", t.fields.c.school_id == _any_of("k_moved")),
        ),
    )
    .order_by(t.fields.c.rev)
    .limit(_B("k_limit"))
)
_SCOPE_VERSION_OF = sa.select(t.scope_versions.c.schools).where(
    t.scope_versions.c.device_id == _B("k_device"),
    t.scope_versions.c.version == _B("k_version"),
)
_SCOPE_VERSION = DriverStatement(_SCOPE_VERSION_OF)
# The newest revision and the schools of a scope version (None: no such version).
_HEAD_AND_VERSION = DriverStatement(
    sa.select(_NEWEST.scalar_subquery(), _SCOPE_VERSION_OF.scalar_subquery())
)


class CentralStore:
    """The storage of the central store. Thread-safe; one instance per server process."""

    def __init__(
        self,
        engine: Engine,
        files_dir: Path,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        secret: bytes = b"",
    ) -> None:
        self.engine = engine
        self.files_dir = files_dir
        self.today = today
        self.now = now
        self.secret = secret  # keys the enrolment codes' HMAC; kept outside the database
        self._turns = FairLock()  # SQLite: one writer at a time, first come first served
        self._writers = Writers()  # PostgreSQL: the writers in flight (see turns.py)
        self.is_postgres = engine.dialect.name == "postgresql"
        if self.is_postgres:
            push_writes.install(engine)

    @classmethod
    def open(cls, database_url: str | None, data_dir: Path, **kwargs: Any) -> CentralStore:
        """Open the store at ``database_url``, or the embedded SQLite file ``central.db``
        in ``data_dir`` when None. A new database gets the whole schema; one whose schema
        is older (``migrations.SchemaBehind``: run ``sipl-store migrate``) or newer
        (``migrations.SchemaNewer``) than this code is refused and left untouched.
        Every file and folder the store makes is private to its owner (0600 / 0700)."""
        engine = engine_for(database_url, data_dir)
        try:
            found = migrations.check(engine)
        except (migrations.SchemaBehind, migrations.SchemaNewer):
            engine.dispose()
            raise
        if found.empty:
            with engine.begin() as conn:
                t.metadata.create_all(conn)
                migrations.stamp_head(conn)
        store = cls(engine, data_dir / "files", secret=server_secret(data_dir), **kwargs)
        private_dir(store.files_dir)
        return store

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def _begun(
        self, exclusive_world: bool, rows: Sequence[tuple[str, str]] = ()
    ) -> Iterator[Connection]:
        # The connection is taken first: nobody waits for one while holding a turn or
        # the writers' register, so the pool can never run dry in a ring.
        if not self.is_postgres:
            with (
                self.engine.connect().execution_options(sqlite_begin="BEGIN IMMEDIATE") as conn,
                self._turns,
                conn.begin(),
            ):
                yield conn
            return
        # The transaction begins with the statement that takes its locks and reads its
        # floor; the writer is registered before it takes any sequence number, and leaves
        # only after the commit (or rollback).
        with (
            self.engine.connect() as conn,
            self._writers.writing(lambda: _lock(conn, exclusive_world, rows)),
        ):
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction, serialised against every other writer."""
        with self._begun(exclusive_world=True) as conn:
            yield conn

    @contextmanager
    def pushing(self, rows: Sequence[tuple[str, str]]) -> Iterator[Connection]:
        """A write transaction that changes only ``rows`` ((table, row id) pairs) and what
        it creates: on PostgreSQL it locks those rows and runs beside other pushes; on
        SQLite it waits its turn like any writer."""
        with self._begun(exclusive_world=False, rows=rows) as conn:
            yield conn

    @contextmanager
    def beside(self) -> Iterator[Connection]:
        """A small write transaction that no pull reads by sequence number (a device's
        last sync, a new scope version): on PostgreSQL it locks nothing but what it
        writes; on SQLite it waits its turn like any writer."""
        if not self.is_postgres:
            with self._begun(exclusive_world=True) as conn:
                yield conn
            return
        with self.engine.begin() as conn:
            yield conn

    def synced(self, device: Device) -> None:
        """Note when ``device`` last synced, at most once every :data:`SYNC_STAMP_SECONDS`
        after the time it was authenticated with: a sync that only reads writes nothing."""
        now = datetime.now(UTC)
        last = device.last_sync_at
        if last is not None:
            with contextlib.suppress(ValueError):
                seen = datetime.fromisoformat(last.replace("Z", "+00:00"))
                if (now - seen).total_seconds() < SYNC_STAMP_SECONDS:
                    return
        with self.beside() as conn:
            conn.execute(
                t.devices.update().where(t.devices.c.id == device.id).values(last_sync_at=utc_now())
            )

    def check_cursor(self, conn: Connection, device: Device, cursor: Cursor) -> None:
        """Refuse (:class:`BadCursor`) a cursor this server cannot have issued to this
        device: run in a push's first transaction, before anything is applied."""
        if cursor != Cursor():
            memo: dict[int, str | None] = {}
            head = self._head_and_version(conn, device, cursor, memo)
            self._checked(conn, device, cursor, None, head, memo)

    def _head(self, conn: Connection) -> int:
        """The newest revision stored."""
        return int(_HEAD.scalar(conn) or 0)

    def _head_and_version(
        self, conn: Connection, device: Device, cursor: Cursor, memo: dict[int, str | None]
    ) -> int:
        """The newest revision stored; the scope version ``cursor`` names, if any, read in
        the same statement into ``memo`` (see :meth:`_scope_text`): one round trip where
        there were two."""
        if not cursor.version:
            return self._head(conn)
        [(head, schools)] = _HEAD_AND_VERSION.rows(
            conn, {"k_device": device.id, "k_version": cursor.version}
        )
        memo[cursor.version] = schools
        return int(head or 0)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads. Its transaction ends with COMMIT, not the ROLLBACK of a
        connection handed back unfinished: on PostgreSQL, psycopg drops every statement it
        has prepared on that connection at each ROLLBACK (DEALLOCATE ALL), so the server
        planned each statement afresh on every sync. (On an error, it is rolled back.)"""
        with self.engine.connect() as conn:
            yield conn
            conn.commit()

    @contextmanager
    def reading_one(self) -> Iterator[Connection]:
        """A connection for one read statement, run outside a transaction (autocommit):
        no BEGIN or COMMIT round trips. For a single statement only: two statements would
        not read one snapshot."""
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[tuple[Connection, int | None]]:
        """A read-only transaction over one consistent snapshot, and the high-water mark
        it may read up to (None: all it sees; on PostgreSQL, the highest sequence number
        below which every change has committed). Takes no write lock."""
        if not self.is_postgres:
            with self.engine.connect() as conn, conn.begin():
                yield conn, None
            return
        with self.engine.connect() as conn:
            # A writer that locks the world (administration, another process) finishes
            # first; then the mark is read, then the snapshot taken. The mark's statement
            # runs outside a transaction: the lock it waits for is let go at its end.
            alone = conn.execution_options(isolation_level="AUTOCOMMIT")
            mark = self._writers.high_water(lambda: _world_lock(alone, shared=True))
            alone.commit()  # ends SQLAlchemy's own bookkeeping; nothing is sent
            frozen = conn.execution_options(isolation_level="REPEATABLE READ")
            with frozen.begin():
                yield frozen, mark

    def stamp(self) -> str:
        """The central store's clock as stored in time stamps (UTC ISO text)."""
        return self.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    # -- fields -------------------------------------------------------------------------

    def field(
        self, conn: Connection, tbl: str, row_id: str, name: str
    ) -> tuple[Any, int, str] | None:
        """(value, rev, device) of a field, or None if it was never set."""
        reads = PushReads.of(conn)
        found = UNKNOWN if reads is None else reads.field((tbl, row_id), name)
        if found is UNKNOWN:
            row = conn.execute(
                _SELECT_FIELD, {"k_tbl": tbl, "k_row": row_id, "k_field": name}
            ).first()
            found = None if row is None else (row[0], int(row[1]), str(row[2]))
            if reads is not None:
                reads.saw_field((tbl, row_id), name, found)
        return None if found is None else (_load(found[0]), found[1], found[2])

    def _row_record(self, conn: Connection, tbl: str, row_id: str) -> Any:
        """The row's (school id, tombstone revision), or None if there is no such row."""
        reads = PushReads.of(conn)
        found = UNKNOWN if reads is None else reads.row((tbl, row_id))
        if found is UNKNOWN:
            row = conn.execute(_SELECT_ROW, {"k_tbl": tbl, "k_row": row_id}).first()
            found = None if row is None else (row[0], row[1])
            if reads is not None:
                reads.saw_row((tbl, row_id), found)
        return found

    def value_at(self, conn: Connection, tbl: str, row_id: str, name: str, rev: int) -> Any:
        """The value the field had at revision ``rev`` (None before it was set)."""
        row = conn.execute(
            sa.select(t.history.c.value)
            .where(
                t.history.c.tbl == tbl,
                t.history.c.row_id == row_id,
                t.history.c.field == name,
                t.history.c.seq <= rev,
                t.history.c.kind.in_(("set", "merged", "resolved")),
            )
            .order_by(t.history.c.seq.desc())
            .limit(1)
        ).first()
        return None if row is None else _load(row[0])

    def write(
        self,
        conn: Connection,
        tbl: str,
        row_id: str,
        name: str,
        value: Any,
        *,
        school_id: str | None,
        device_id: str = SERVER_DEVICE,
        partner_id: str | None = None,
        op_id: str | None = None,
        kind: str = "set",
        row: Any = _UNREAD,
    ) -> int:
        """Set a field; return its new revision (the history sequence number). ``row``: the
        row's (school, tombstone) record as just read in this transaction (None: no such
        row yet), if the caller has it."""
        text = _dump(value)
        history = {
            "tbl": tbl,
            "row_id": row_id,
            "field": name,
            "value": text,
            "kind": kind,
            "device_id": device_id,
            "partner_id": partner_id,
            "op_id": op_id,
            "at": utc_now(),
        }
        # A row's school is stored once, when the row is first written, and never moved.
        row_key = {"k_tbl": tbl, "k_row": row_id}
        known = self._row_record(conn, tbl, row_id) if row is _UNREAD else row
        if known is not None:
            school_id = known[0]
        reads = PushReads.of(conn)
        key = (tbl, row_id)
        queue = PushWrites.of(conn) if self.is_postgres else None
        if queue is not None:
            # A push on PostgreSQL: queued, and sent with the push's other writes.
            seq = queue.next_seq(conn)
            queue.field({**history, "seq": seq}, school_id)
        elif self.is_postgres:
            # The history row and the field in one statement (one round trip, not two).
            seq = conn.execute(
                _PG_WRITE_FIELD,
                {
                    **{f"h_{k}": v for k, v in history.items()},
                    "f_tbl": tbl,
                    "f_row": row_id,
                    "f_field": name,
                    "f_value": text,
                    "f_school": school_id,
                    "f_device": device_id,
                },
            ).scalar_one()
        else:
            seq = conn.execute(_INSERT_HISTORY, history).inserted_primary_key[0]  # type: ignore[index]
            values = {"value": text, "rev": seq, "school_id": school_id, "device_id": device_id}
            existing = UNKNOWN if reads is None else reads.field(key, name)
            if existing is not None and (
                conn.execute(_UPDATE_FIELD, {**row_key, "k_field": name, **values}).rowcount == 0
            ):
                existing = None  # it was not there after all
            if existing is None:
                conn.execute(_INSERT_FIELD, {"tbl": tbl, "row_id": row_id, "field": name, **values})
        deleted = (
            {"deleted_rev": seq if value is not None else None} if name == schema.TOMBSTONE else {}
        )
        if known is not None:
            if deleted and queue is not None:
                queue.tombstone(key, deleted["deleted_rev"])
            elif deleted:
                conn.execute(_UPDATE_ROW_DELETED, {**row_key, **deleted})
            record = (known[0], deleted["deleted_rev"] if deleted else known[1])
        else:
            record = (school_id, deleted.get("deleted_rev"))
            if queue is not None:
                queue.new_row(key, school_id, record[1])
            else:
                conn.execute(
                    _INSERT_ROW,
                    {
                        "tbl": tbl,
                        "row_id": row_id,
                        "school_id": school_id,
                        "deleted_rev": record[1],
                    },
                )
        if reads is not None:
            reads.wrote_field(key, name, text, int(seq), device_id)
            reads.wrote_row(key, record)
        return int(seq)

    def write_row(
        self, conn: Connection, tbl: str, values: dict[str, Any], *, row_id: str | None = None
    ) -> str:
        """Create or update a whole row as the server (admin commands, imports)."""
        row_id = row_id or str(uuid7())
        school = self._school_from(conn, schema.table(tbl), row_id, values)
        current = {
            r[0]: _load(r[1])
            for r in conn.execute(
                sa.select(t.fields.c.field, t.fields.c.value).where(
                    t.fields.c.tbl == tbl, t.fields.c.row_id == row_id
                )
            )
        }
        for name, value in values.items():
            if current.get(name) != value or name not in current:
                self.write(conn, tbl, row_id, name, value, school_id=school)
        return row_id

    def row_school(self, conn: Connection, tbl: str, row_id: str) -> tuple[bool, str | None]:
        """(known, school id) of a row."""
        row = self._row_record(conn, tbl, row_id)
        return (False, None) if row is None else (True, row[0])

    def _school_from(
        self, conn: Connection, table: schema.SyncedTable, row_id: str, values: dict[str, Any]
    ) -> str | None:
        path = table.school_path
        if path is None:
            return None
        if path == "id":
            return row_id
        field, _, parent = path.partition(":")
        known, school = self.row_school(conn, table.name, row_id)
        if known:
            return school
        ref = values.get(field)
        if ref is None:
            stored = self.field(conn, table.name, row_id, field)
            ref = stored[0] if stored else None
        if not parent:
            return None if ref is None else str(ref)
        if ref is None:
            return None
        parent_known, parent_school = self.row_school(conn, parent, str(ref))
        return parent_school if parent_known else None

    # -- partners, devices and scope ----------------------------------------------------

    def _allocation_states(self, conn: Connection, partner: Partner) -> dict[str, str]:
        """school id -> ``"current"`` or ``"read_only"`` for the schools the partner (a PIP:
        anyone of their team) holds through a live allocation of this academic year, by
        :func:`desktop.store.calendar.allocation_state` on the server's today. A school
        held both ways counts as current."""
        people = [partner.id]
        if partner.role == "pip" and partner.team:
            people += [r[0] for r in conn.execute(_TEAM_PARTNERS, {"k_team": partner.team})]
        today = self.today()
        found: dict[str, dict[str, Any]] = {}
        # The school is the one stored with the row when it was created (a link never
        # moves), not whatever a field says.
        chosen = {"k_people": [_dump(p) for p in people]}
        for row_id, name, value, school in _ALLOCATIONS_OF.rows(conn, chosen):
            found.setdefault(row_id, {"school": school})[name] = _load(value)
        year = academic_year_of(today)
        states: dict[str, str] = {}
        for fields in found.values():
            school = fields.get("school")
            if not school or fields.get("academic_year") != year:
                continue
            state = allocation_state(fields.get("starts_on"), fields.get("ends_on"), today)
            if state is not None and states.get(school) != "current":
                states[school] = state
        return states

    def scope(self, conn: Connection, partner: Partner) -> set[str] | None:
        """The schools a partner may see and change today; None = all (an administrator).

        A school is in scope through a live allocation of this academic year to the partner
        (a PIP: to anyone of their team) that has started and not ended."""
        return self.holdings(conn, partner)[0]

    def holdings(self, conn: Connection, partner: Partner) -> tuple[set[str] | None, set[str]]:
        """(:meth:`scope`, :meth:`read_only`) of a partner, read once."""
        if partner.role == "admin":
            return None, set()
        states = self._allocation_states(conn, partner)
        return (
            {school for school, state in states.items() if state == "current"},
            {school for school, state in states.items() if state == "read_only"},
        )

    def read_only(self, conn: Connection, partner: Partner) -> set[str]:
        """The schools moved away from the partner this term: their laptop keeps what it
        has until the end of the term, learns only of the school's allocations, and may
        change nothing (see :func:`desktop.store.calendar.allocation_state`)."""
        return self.holdings(conn, partner)[1]

    def team_last_syncs(self, conn: Connection, partner: Partner) -> dict[str, str]:
        """partner id -> when any of their laptops last synced (UTC ISO text), for the
        partners of a PIP's team (every partner for an administrator; nothing for an IP).
        Partners whose laptops never synced are left out."""
        if partner.role not in ("pip", "admin") or (partner.role == "pip" and not partner.team):
            return {}
        query = (
            sa.select(t.devices.c.partner_id, sa.func.max(t.devices.c.last_sync_at))
            .join(t.partners, t.partners.c.id == t.devices.c.partner_id)
            .where(t.devices.c.last_sync_at.is_not(None))
            .group_by(t.devices.c.partner_id)
        )
        if partner.role == "pip":
            query = query.where(t.partners.c.team == partner.team)
        return {str(r[0]): str(r[1]) for r in conn.execute(query)}

    def team_members(self, conn: Connection, team: str) -> set[str]:
        """The ids of the partners of ``team``."""
        return {
            str(r[0])
            for r in conn.execute(sa.select(t.partners.c.id).where(t.partners.c.team == team))
        }

    # -- audit --------------------------------------------------------------------------

    def record_audit(self, audit: Audit) -> None:
        """Write what ``audit`` collected in a transaction of its own, so a refusal is
        kept even when the request that met it was rolled back."""
        if not audit.entries:
            return
        with self.writing() as conn:
            conn.execute(t.audit.insert(), audit.entries)
        audit.entries.clear()

    # -- push ---------------------------------------------------------------------------

    def check_ops(self, ops: list[Op]) -> None:
        """Refuse the whole request if any op names an unknown table or field, or two ops
        share an op id."""
        seen: set[str] = set()
        for op in ops:
            if op.op_id in seen:
                raise BadRequest(f"op {op.op_id}: two ops of one request share this op id")
            seen.add(op.op_id)
            if op.table not in schema.TABLES:
                raise BadRequest(f"op {op.op_id}: unknown table {op.table!r}")
            if not schema.is_field(op.table, op.field):
                raise BadRequest(f"op {op.op_id}: {op.table} has no field {op.field!r}")
            if any("\x00" in part for part in (op.op_id, op.row_id, op.resolves or "")):
                raise BadRequest(f"op {op.op_id!r}: an id holds a NUL character")
            if isinstance(op.value, dict):
                raise BadRequest(f"op {op.op_id}: a field value cannot be an object")
            problem = schema.check_value(op.table, op.field, op.value)
            if problem:
                raise BadRequest(f"op {op.op_id}: {op.table}.{op.field} {problem}")

    def _creation_order(self, conn: Connection, ops: list[Op]) -> list[Op]:
        """The ops in order, except that a new row's link op (the field that says where
        the row belongs) moves before the row's other ops. Only the first link op moves;
        the row's school is then that op's own value, and a later link op of the batch is
        a change of a fixed field like any other."""
        first: dict[tuple[str, str], int] = {}
        links: dict[tuple[str, str], int] = {}
        for index, op in enumerate(ops):
            key = (op.table, op.row_id)
            first.setdefault(key, index)
            if op.field == authz.rule(op.table).link and op.resolves is None:
                links.setdefault(key, index)
        moves = {
            key: index
            for key, index in links.items()
            if index != first[key] and not self.row_school(conn, *key)[0]
        }
        if not moves:
            return ops
        moved = set(moves.values())
        ordered: list[Op] = []
        for index, op in enumerate(ops):
            key = (op.table, op.row_id)
            if key in moves and first[key] == index:
                ordered.append(ops[moves[key]])
            if index not in moved:
                ordered.append(op)
        return ordered

    def push_all(
        self,
        device: Device,
        ops: list[Op],
        audit: Audit,
        chunk: int = PUSH_CHUNK,
        cursor: Cursor | None = None,
    ) -> list[dict[str, Any]]:
        """Check every op (a malformed request is refused whole, nothing applied), then
        apply them in chunks of about ``chunk`` ops, each its own transaction under
        :meth:`pushing`; return one result per op, in the order sent. ``cursor``: the
        request's, checked (:meth:`check_cursor`) in the first chunk's transaction
        before anything is applied."""
        self.check_ops(ops)
        results: list[dict[str, Any]] = []
        for part in chunks_of_rows(ops, chunk):
            with self.pushing(rows_touched(part)) as conn:
                if cursor is not None:
                    self.check_cursor(conn, device, cursor)
                    cursor = None
                results += self.push(conn, device, part, audit)
        return results

    def rehearse(self, device: Device, ops: list[Op], audit: Audit) -> None:
        """Run ``ops`` through the push and roll everything back: for a request refused
        as a whole after its ops were read (a bad cursor), so that what the Authoriser
        refused in it still reaches the audit log."""
        with contextlib.suppress(_Undo), self.writing() as conn:
            self.push(conn, device, ops, audit)
            raise _Undo

    def push(
        self, conn: Connection, device: Device, ops: list[Op], audit: Audit
    ) -> list[dict[str, Any]]:
        """Apply ops (see :meth:`_creation_order`); return one result per op, in the
        order sent. Each refused op is added to ``audit`` (see :meth:`record_audit`)."""
        self.check_ops(ops)
        PushReads.begin(conn, rows_touched(ops), parents_named(ops))
        if self.is_postgres:
            PushWrites.begin(conn, expected=len(ops))
        sent = False
        try:
            results = self._push(conn, device, ops, audit)
            sent = True
            return results
        finally:
            try:
                PushWrites.end(conn, send=sent)
            finally:
                PushReads.end(conn)

    def _push(
        self, conn: Connection, device: Device, ops: list[Op], audit: Audit
    ) -> list[dict[str, Any]]:
        guard = Authoriser(self, conn, device)
        results: dict[str, dict[str, Any]] = {}
        creating: dict[tuple[str, str], list[str]] = {}  # new rows -> their ops so far
        known = {"k_device": device.id, "k_ops": [op.op_id for op in ops]}
        applied = dict(_APPLIED_MANY.rows(conn, known))
        fresh: list[str] = []  # ops applied now, remembered together at the end
        for op in self._creation_order(conn, ops):
            if op.op_id in applied:  # sent before (its answer was lost): the same answer
                results[op.op_id] = json.loads(applied[op.op_id])
                continue
            result = {"op": op.op_id, **self._apply(conn, device, guard, op, audit)}
            key = (op.table, op.row_id)
            if guard.created_here(key):
                creating.setdefault(key, []).append(op.op_id)
            if result["s"] == "rejected" and creating.get(key):
                # A record is created whole or not at all: what this request already
                # wrote of it goes, and its earlier ops are refused for the same reason.
                self._undo_new_row(conn, *key)
                guard.forget(key)
                for earlier in creating.pop(key):
                    if earlier == op.op_id:
                        continue
                    results[earlier] = {"op": earlier, "s": "rejected", "why": result["why"]}
                    audit.refused(device, f"{op.table}/{op.row_id}: taken back with {op.field}")
            fresh.append(op.op_id)
            results[op.op_id] = result
        answers = {op_id: json.dumps(results[op_id]) for op_id in fresh}
        queue = PushWrites.of(conn)
        if answers and queue is not None:  # PostgreSQL: with the push's other writes
            queue.applied(device.id, answers)
        elif answers:
            conn.execute(
                _INSERT_APPLIED,
                [{"device_id": device.id, "op_id": k, "result": v} for k, v in answers.items()],
            )
        return [results[op.op_id] for op in ops]

    def _undo_new_row(self, conn: Connection, tbl: str, row_id: str) -> None:
        """Remove every trace of a row created earlier in the current transaction (and so
        never seen by anyone else)."""
        for table in (t.history, t.fields, t.rows):
            conn.execute(table.delete().where(table.c.tbl == tbl, table.c.row_id == row_id))
        reads = PushReads.of(conn)
        if reads is not None:
            reads.forget_row((tbl, row_id))

    def _apply(
        self, conn: Connection, device: Device, guard: Authoriser, op: Op, audit: Audit
    ) -> dict[str, Any]:
        verdict = guard.check(op)
        if isinstance(verdict, Refused):
            audit.refused(device, f"{op.table}/{op.row_id}.{op.field}: {verdict.detail}")
            return {"s": "rejected", "why": verdict.why}
        op = replace(op, value=verdict.value)
        common: dict[str, Any] = {
            "school_id": verdict.school,
            "device_id": device.id,
            "partner_id": device.partner.id,
            "op_id": op.op_id,
        }
        if op.resolves is not None:
            return self._resolve(conn, device, op, common)
        result = self._write_op(conn, device, op, common)
        if verdict.stamped and result.get("s") == "accepted":
            # The laptop sent another author or time: it is told the stamped value.
            result = {**result, "s": "merged", "v": op.value}
        return result

    def _write_op(
        self, conn: Connection, device: Device, op: Op, common: dict[str, Any]
    ) -> dict[str, Any]:
        table = schema.table(op.table)
        current = self.field(conn, op.table, op.row_id, op.field)
        row = self._row_record(conn, op.table, op.row_id)
        deleted = None if row is None else row[1]
        if op.field == schema.TOMBSTONE:
            if op.value is not None and deleted is None:
                # Edit-vs-delete is a conflict only when someone else changed the row after
                # what the deleting laptop had seen: its own edits (a row created and deleted
                # offline, or edited then deleted) are what it meant to delete.
                changed_by_others = conn.execute(
                    sa.select(t.history.c.seq)
                    .where(
                        t.history.c.tbl == op.table,
                        t.history.c.row_id == op.row_id,
                        t.history.c.seq > op.base_rev,
                        t.history.c.device_id != device.id,
                    )
                    .limit(1)
                ).first()
                if changed_by_others is not None:
                    return self._conflict(
                        conn, device, op, common, current, base=None, theirs="(changed since)"
                    )
            rev = self.write(conn, op.table, op.row_id, op.field, op.value, **common, row=row)
            return {"s": "accepted", "rev": rev}
        if deleted is not None:
            return self._conflict(conn, device, op, common, current, base=None, theirs=None)
        if current is None or current[1] == op.base_rev or current[0] == op.value:
            if current is not None and current[0] == op.value:
                return {"s": "accepted", "rev": current[1]}
            rev = self.write(conn, op.table, op.row_id, op.field, op.value, **common, row=row)
            return {"s": "accepted", "rev": rev}
        policy = table.policy(op.field)
        if policy == "lww":
            rev = self.write(conn, op.table, op.row_id, op.field, op.value, **common, row=row)
            return {"s": "accepted", "rev": rev}
        if policy == "set_union":
            merged = merge.union(current[0], op.value)
            rev = self.write(
                conn, op.table, op.row_id, op.field, merged, kind="merged", **common, row=row
            )
            return {"s": "merged", "rev": rev, "v": merged}
        base = self.value_at(conn, op.table, op.row_id, op.field, op.base_rev)
        if policy == "text3way" and isinstance(op.value, str) and isinstance(current[0], str):
            merged_text = merge.merge3(base if isinstance(base, str) else "", op.value, current[0])
            if merged_text is not None:
                rev = self.write(
                    conn,
                    op.table,
                    op.row_id,
                    op.field,
                    merged_text,
                    kind="merged",
                    **common,
                    row=row,
                )
                return {"s": "merged", "rev": rev, "v": merged_text}
        return self._conflict(conn, device, op, common, current, base=base, theirs=current[0])

    def _author(self, conn: Connection, device_id: str) -> str | None:
        return conn.execute(
            sa.select(t.devices.c.partner_id).where(t.devices.c.id == device_id)
        ).scalar()

    def _conflict(
        self,
        conn: Connection,
        device: Device,
        op: Op,
        common: dict[str, Any],
        current: tuple[Any, int, str] | None,
        *,
        base: Any,
        theirs: Any,
    ) -> dict[str, Any]:
        """Keep the current value; record the incoming one in an open conflict."""
        conflict_id = str(uuid7())
        theirs_at = None
        if current is not None:
            theirs_at = conn.execute(
                sa.select(t.history.c.at).where(t.history.c.seq == current[1])
            ).scalar()
        values = {
            "created_at": utc_now(),
            "school_id": common["school_id"],
            "tbl": op.table,
            "row_id": op.row_id,
            "field": op.field,
            "base": _dump(base),
            "mine": _dump(op.value),
            "theirs": _dump(theirs),
            "mine_by": device.partner.id,
            "theirs_by": self._author(conn, current[2]) if current else None,
            "mine_at": utc_now(),
            "theirs_at": theirs_at,
            "status": "open",
        }
        for name, value in values.items():
            self.write(
                conn,
                "conflicts",
                conflict_id,
                name,
                value,
                school_id=common["school_id"],
                device_id=SERVER_DEVICE,
                op_id=op.op_id,
            )
        # The laptop is told the value that stands, so it shows it next to the conflict;
        # a field never set stands as None (a delete that met an edit: the record stays).
        result: dict[str, Any] = {"s": "conflict", "conflict": conflict_id, "rev": 0, "v": None}
        if current is not None:
            result.update(rev=current[1], v=current[0])
        return result

    def _resolve(
        self, conn: Connection, device: Device, op: Op, common: dict[str, Any]
    ) -> dict[str, Any]:
        """Settle an open conflict (checked by the Authoriser) with the op's value."""
        rev = self.write(conn, op.table, op.row_id, op.field, op.value, kind="resolved", **common)
        deleted = conn.execute(
            sa.select(t.rows.c.deleted_rev).where(
                t.rows.c.tbl == op.table, t.rows.c.row_id == op.row_id
            )
        ).scalar()
        if deleted is not None and op.field != schema.TOMBSTONE:
            # Keeping an edit over a delete brings the record back.
            self.write(conn, op.table, op.row_id, schema.TOMBSTONE, None, kind="resolved", **common)
        for name, value in (
            ("status", "resolved"),
            ("resolution", _dump(op.value)),
            ("resolved_by", device.partner.id),
        ):
            self.write(
                conn,
                "conflicts",
                str(op.resolves),
                name,
                value,
                school_id=common["school_id"],
                device_id=SERVER_DEVICE,
                op_id=op.op_id,
            )
        return {"s": "accepted", "rev": rev}

    # -- pull ---------------------------------------------------------------------------

    def _scope_text(
        self, conn: Connection, device_id: str, version: int, memo: dict[int, str | None]
    ) -> str | None:
        """The schools (JSON text) of a device's scope version, None if it has none such;
        read once per ``memo`` (one pull)."""
        if version not in memo:
            memo[version] = _SCOPE_VERSION.scalar(
                conn, {"k_device": device_id, "k_version": version}
            )
        return memo[version]

    def _known(
        self, conn: Connection, device_id: str, version: int, memo: dict[int, str | None]
    ) -> set[str]:
        text = self._scope_text(conn, device_id, version, memo)
        return set(json.loads(text)) if text else set()

    def _version(
        self,
        conn: Connection,
        device_id: str,
        known: set[str],
        cursor: Cursor,
        deferred: list[dict[str, Any]] | None,
        memo: dict[int, str | None],
    ) -> int:
        """The scope version naming ``known``: the cursor's, or a new one, inserted now
        or, from a read-only snapshot, added to ``deferred`` for :meth:`record_versions`
        (a snapshot never waits for a second connection or a write turn)."""
        if known == self._known(conn, device_id, cursor.version, memo):
            return cursor.version
        latest = (
            conn.execute(
                sa.select(sa.func.max(t.scope_versions.c.version)).where(
                    t.scope_versions.c.device_id == device_id
                )
            ).scalar()
            or 0
        )
        values = {
            "device_id": device_id,
            "version": latest + 1,
            "schools": json.dumps(sorted(known)),
        }
        if deferred is not None:
            deferred.append(values)
        else:
            conn.execute(t.scope_versions.insert().values(**values))
        return int(latest + 1)

    def record_versions(self, deferred: list[dict[str, Any]], page: PullPage) -> None:
        """Write the scope versions a pull from a snapshot named, before its answer goes.
        Two syncs of one device at once may have named the same new number: a version
        already written with other schools gives this one the next free number, and the
        page's cursor is told."""
        if not deferred:
            return
        with self.beside() as conn:
            if self.is_postgres:  # one device's versions are numbered one at a time
                conn.execute(
                    sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:k, :world))"),
                    {"k": f"scope_versions/{deferred[0]['device_id']}", "world": WORLD_LOCK},
                )
            for values in deferred:
                key = (t.scope_versions.c.device_id == values["device_id"],)
                found = conn.execute(
                    sa.select(t.scope_versions.c.schools).where(
                        *key, t.scope_versions.c.version == values["version"]
                    )
                ).scalar()
                if found == values["schools"]:
                    continue
                if found is not None:
                    latest = int(
                        conn.execute(
                            sa.select(sa.func.max(t.scope_versions.c.version)).where(*key)
                        ).scalar()
                        or 0
                    )
                    if page.cursor.version == values["version"]:
                        page.cursor = replace(page.cursor, version=latest + 1)
                    values = {**values, "version": latest + 1}
                conn.execute(t.scope_versions.insert().values(**values))

    def _checked(
        self,
        conn: Connection,
        device: Device,
        cursor: Cursor,
        scope: set[str] | None,
        head: int,
        memo: dict[int, str | None],
    ) -> Cursor:
        """Refuse a cursor this server cannot have issued to this device; drop a backfill
        of a school that is not (or no longer) in scope, so a cursor can never reveal a
        school the partner may not see."""
        if max(cursor.seq, cursor.until) > head:
            raise BadCursor("this cursor is ahead of the central store: it was not issued here")
        if cursor.version and self._scope_text(conn, device.id, cursor.version, memo) is None:
            raise BadCursor("this cursor was not issued to this device")
        if cursor.backfill and scope is not None and cursor.backfill[0] not in scope | {NO_SCHOOL}:
            return Cursor(cursor.seq, cursor.version, None, cursor.until)
        return cursor

    def _ended(self, conn: Connection, schools: list[str], since: int) -> list[dict[str, Any]]:
        """The allocations that ended after ``since`` of schools that have just left a
        device's scope, so its laptop learns the school is no longer allocated (nothing
        else of those schools is sent any more)."""
        if not schools:
            return []
        ended = sa.select(t.rows.c.row_id).where(
            t.rows.c.tbl == "allocations",
            t.rows.c.school_id.in_(schools),
            t.rows.c.deleted_rev > since,
        )
        rows = conn.execute(
            sa.select(*_PULLED)
            .where(t.fields.c.tbl == "allocations", t.fields.c.row_id.in_(ended))
            .order_by(t.fields.c.rev)
        ).all()
        return _group(list(rows))

    def pull(
        self,
        conn: Connection,
        device: Device,
        cursor: Cursor,
        page_size: int,
        *,
        mark: int | None = None,
        deferred: list[dict[str, Any]] | None = None,
    ) -> PullPage:
        """The next page of in-scope changes after ``cursor``, ordered by revision.

        ``mark``: the high-water mark of a :meth:`snapshot` (None: everything ``conn``
        sees); ``deferred``: where to leave a new scope version when ``conn`` is a
        read-only snapshot (then written by :meth:`record_versions`). A pull from the
        start (a first sync) pins the mark it starts from in its cursors; its later pages
        read up to that mark and no further, and the page that reaches it says ``more:
        false``: what arrived meanwhile comes with the next sync."""
        scope, moved = self.holdings(conn, device.partner)
        memo: dict[int, str | None] = {}  # scope versions read by this pull
        seen = self._head_and_version(conn, device, cursor, memo)
        head = seen if mark is None else min(seen, mark)
        cursor = self._checked(conn, device, cursor, scope, seen, memo)
        # A pull from the start (a first sync) pins the mark it began at, so it ends; a
        # later sync reads up to the newest mark on every page.
        target = cursor.until or max(head, cursor.seq)
        if cursor == Cursor() and scope is not None:
            # A first sync of a partner: everything up to the mark, read as backfills (the
            # rows of no school, then school by school) through the (school, revision)
            # index, rather than the whole store in revision order filtered by school.
            cursor = Cursor(target, 0, (NO_SCHOOL, 0), target)
        pinned = cursor.until or (0 if cursor.seq else target)
        earlier = self._known(conn, device.id, cursor.version, memo) if cursor.seq else set()
        known = set(earlier) if cursor.seq else set(scope or ())
        if scope is not None:
            # A school moved away this term stays known (the laptop keeps it, read-only)
            # but is never backfilled to a laptop that did not have it.
            known &= scope | moved
        ended = self._ended(conn, sorted(earlier - known), cursor.seq)
        rows: list[Any] = []

        def page(next_cursor: Cursor, more: bool) -> PullPage:
            return PullPage(ended + _group(rows), next_cursor, more)

        pending = sorted((scope or set()) - known) if cursor.seq else []
        queue = [cursor.backfill] if cursor.backfill else []
        resumed = cursor.backfill[0] if cursor.backfill else None
        queue += [(school, 0) for school in pending if school != resumed]
        for school, after in queue:
            of_school = (
                t.fields.c.school_id.is_(None)
                if school == NO_SCHOOL
                else t.fields.c.school_id == school
            )
            found = conn.execute(
                sa.select(*_PULLED)
                .where(of_school, t.fields.c.rev > after, t.fields.c.rev <= cursor.seq)
                .order_by(t.fields.c.rev)
                .limit(page_size - len(rows))
            ).all()
            rows += found
            if len(rows) == page_size:  # full: this school may have more
                version = self._version(conn, device.id, known, cursor, deferred, memo)
                backfill = (school, int(found[-1][4]))
                return page(Cursor(cursor.seq, version, backfill, pinned), True)
            if school != NO_SCHOOL:
                known.add(school)
        version = self._version(conn, device.id, known, cursor, deferred, memo)
        if target <= cursor.seq:
            found = []
        elif self.is_postgres and cursor.seq and scope is not None:
            found = list(
                _PG_PULL_SINCE.rows(
                    conn,
                    {
                        "k_after": cursor.seq,
                        "k_target": target,
                        "k_device": device.id,
                        "k_scope": sorted(scope),
                        "k_moved": sorted(moved & known),
                        "k_limit": page_size - len(rows),
                    },
                )
            )
        else:
            found = conn.execute(
                self._pull_query(device, scope, moved & known, cursor.seq, target).limit(
                    page_size - len(rows)
                )
            ).all()
        rows += found
        if len(rows) == page_size:
            last = int(found[-1][4]) if found else cursor.seq
            return page(Cursor(last, version, None, pinned), True)
        return page(Cursor(target, version), False)

    @staticmethod
    def _pull_query(
        device: Device, scope: set[str] | None, moved: set[str], after: int, target: int
    ) -> sa.Select[Any]:
        """A pull's changes after ``after`` up to ``target`` in ``scope`` (None: all) and
        the allocations of schools ``moved`` away, in revision order: what
        ``_PG_PULL_SINCE`` reads on PostgreSQL for a later sync of a partner."""
        query = (
            sa.select(*_PULLED)
            .where(t.fields.c.rev > after, t.fields.c.rev <= target)
            .order_by(t.fields.c.rev)
        )
        if after:
            # A device knows its own changes, except on a pull from the start (a new, a
            # restored or a re-enrolled profile), which gets them back too.
            query = query.where(t.fields.c.device_id != device.id)
        if scope is not None:
            query = query.where(
                sa.or_(
                    t.fields.c.school_id.is_(None),
                    t.fields.c.school_id.in_(sorted(scope)),
                    sa.and_(
                        t.fields.c.tbl == "allocations",
                        t.fields.c.school_id.in_(sorted(moved)),
                    ),
                )
            )
        return query


class _Undo(Exception):
    """Rolls a rehearsal back."""


def _world_lock(conn: Connection, *, shared: bool) -> int:
    """Take the world's PostgreSQL advisory lock for the transaction (``shared``: beside
    pushes and readers), and read, in the same statement, the highest sequence number
    handed out so far."""
    found = (_WORLD_LOCK_SHARED if shared else _WORLD_LOCK).first(conn)
    return int(found[1] or 0)


def _lock(conn: Connection, exclusive_world: bool, rows: Sequence[tuple[str, str]]) -> int:
    """Take a PostgreSQL write transaction's locks: the world's, exclusive; or the
    world's, shared, and those of ``rows`` (see :meth:`CentralStore.pushing`). Return
    the highest sequence number handed out before (the writer's floor)."""
    floor = _world_lock(conn, shared=not exclusive_world)
    if not exclusive_world and rows:
        # In one sorted order, so two pushes never wait for each other in a ring.
        keys = sorted({f"{tbl}/{row_id}" for tbl, row_id in rows})
        _ROW_LOCKS.rows(conn, {"keys": keys, "world": WORLD_LOCK})
    return floor


def rows_touched(ops: list[Op]) -> list[tuple[str, str]]:
    """(table, row id) of every row the ops write: their own, and the conflicts they
    resolve (what a push locks, and what it reads once)."""
    return [(op.table, op.row_id) for op in ops] + [
        ("conflicts", op.resolves) for op in ops if op.resolves
    ]


def parents_named(ops: list[Op]) -> list[tuple[str, str]]:
    """(table, row id) of every row the ops name as a parent (``schema.PARENTS``): read
    with the push's own rows, not one lookup each when the ops are checked."""
    return [
        (schema.PARENTS[(op.table, op.field)], op.value)
        for op in ops
        if (op.table, op.field) in schema.PARENTS and isinstance(op.value, str)
    ]


def chunks_of_rows(ops: list[Op], size: int) -> Iterator[list[Op]]:
    """``ops`` in order, cut into runs of about ``size``: a cut falls only where every
    row begun so far has had its last op, so a record is created whole in one chunk."""
    last = {(op.table, op.row_id): index for index, op in enumerate(ops)}
    start = 0
    open_until = -1
    for index, op in enumerate(ops):
        open_until = max(open_until, last[(op.table, op.row_id)])
        if index - start + 1 >= size and open_until == index:
            yield ops[start : index + 1]
            start = index + 1
    if start < len(ops):
        yield ops[start:]


def _group(rows: list[Any]) -> list[dict[str, Any]]:
    """Fields grouped by row, in revision order of each row's first field."""
    # The stored values are JSON texts: parsed in one call as one array, not one by one.
    values = json.loads("[" + ",".join("null" if r[3] is None else r[3] for r in rows) + "]")
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for (tbl, row_id, name, _, rev), value in zip(rows, values, strict=True):
        grouped.setdefault((tbl, row_id), {})[name] = [value, int(rev)]
    return [{"t": tbl, "r": row_id, "f": f} for (tbl, row_id), f in grouped.items()]
