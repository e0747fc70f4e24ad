"""On PostgreSQL a push queues its writes and sends them together (sync/server/push_writes.py);
what it stores and answers stays that of a push that wrote each field as it went
(issue 12)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa
from uuid6 import uuid7

from sync.server import tables as t
from sync.server.push_reads import PushReads
from sync.server.push_writes import PushWrites
from sync.server.storage import Audit, CentralStore, Cursor, Device, Op
from tests.sync.helpers import server_field
from tests.sync.test_push_reads import _device, _new_visit, _push, _school, two_edits_on_one_base


def _writes_counted(central: CentralStore) -> tuple[list[str], Any]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        flat = " ".join(statement.split())
        if flat.startswith(("INSERT", "UPDATE", "WITH")):
            seen.append(flat)

    return seen, count


def test_a_push_sends_its_writes_in_a_fixed_number_of_statements(
    pg_central: CentralStore, pg_ip: str
) -> None:
    """Counted, not timed (the time is bench_sync's): a push creating one visit and one
    creating ten write history, fields, rows and the record of their ops in one statement
    each, and every field arrives with its own revision."""
    device = _device(pg_central, pg_ip)
    school = _school(pg_central)
    seen, count = _writes_counted(pg_central)
    sa.event.listen(pg_central.engine, "before_cursor_execute", count)
    try:
        statements = []
        made: list[str] = []
        for visits in (1, 10):
            seen.clear()
            ops: list[Op] = []
            for _ in range(visits):
                row, of_row = _new_visit(school, pg_ip, summary="Crynodeb")
                ops += of_row
                made.append(row)
            results = _push(pg_central, device, ops)
            assert {r["s"] for r in results} <= {"accepted", "merged"}, results
            statements.append(len(seen))
    finally:
        sa.event.remove(pg_central.engine, "before_cursor_execute", count)
    assert statements == [1, 1], statements  # history, fields, rows and applied ops
    with pg_central.reading() as conn:
        revs = [
            r[0]
            for r in conn.execute(
                sa.select(t.fields.c.rev).where(
                    t.fields.c.tbl == "visits", t.fields.c.row_id.in_(made)
                )
            )
        ]
        history = {
            r[0]
            for r in conn.execute(
                sa.select(t.history.c.seq).where(
                    t.history.c.tbl == "visits", t.history.c.row_id.in_(made)
                )
            )
        }
    assert len(revs) == len(set(revs)) == 11 * 5  # each field its own revision...
    assert set(revs) == history  # ...which is the sequence number of its history row
    assert server_field(pg_central, "visits", made[-1], "summary") == "Crynodeb"


def test_a_conflict_met_within_one_push_names_when_the_value_it_met_was_set(
    central: CentralStore, ip: str
) -> None:
    """Tried: one request that edits a visit's purpose and then sends a second edit based
    on the revision before the first. The second becomes a conflict whose "theirs" is the
    first edit, and the conflict says when that was set: it reads the history row of a
    write the same request has only just made (on PostgreSQL, still queued)."""
    _, results = two_edits_on_one_base(central, ip)
    assert results[0]["s"] == "accepted"
    assert results[1]["s"] == "conflict", results
    conflict = results[1]["conflict"]
    theirs = server_field(central, "conflicts", conflict, "theirs")
    assert json.loads(theirs) == "progress_towards_priorities"  # kept as stored JSON text
    with central.reading() as conn:
        set_at = conn.execute(
            sa.select(t.history.c.at).where(t.history.c.seq == results[0]["rev"])
        ).scalar()
    assert set_at is not None
    assert server_field(central, "conflicts", conflict, "theirs_at") == set_at


def test_numbers_taken_and_not_used_leave_every_cursor_valid(
    central: CentralStore, ip: str
) -> None:
    """Tried: a push of five ops of which only one changes anything (on PostgreSQL the push
    took five sequence numbers and used one), then a pull, a push with the cursor it gave,
    and another device's edit: the cursor is accepted, and the edit is pulled."""
    device = _device(central, ip)
    row, ops = _new_visit(_school(central), ip, summary="Un", next_visit_focus="")
    assert {r["s"] for r in _push(central, device, ops)} <= {"accepted", "merged"}
    unchanged = [o for o in ops if o.field != "summary"][:4]
    same = [Op(str(uuid7()), o.table, o.row_id, o.field, o.value, 10**9) for o in unchanged]
    changed = Op(str(uuid7()), "visits", row, "summary", "Dau", 10**9)
    results = _push(central, device, [*same, changed])
    assert {r["s"] for r in results} <= {"accepted", "merged"}, results
    with central.snapshot() as (conn, mark):
        page = central.pull(conn, device, Cursor(), 500, mark=mark)
    while page.has_more:
        with central.snapshot() as (conn, mark):
            page = central.pull(conn, device, page.cursor, 500, mark=mark)
    again = Op(str(uuid7()), "visits", row, "summary", "Tri", 10**9)
    assert _push_with(central, device, [again], page.cursor)[0]["s"] in ("accepted", "merged")
    other = _device(central, ip)
    theirs = Op(str(uuid7()), "visits", row, "summary", "Pedwar", 10**9)
    assert _push(central, other, [theirs])[0]["s"] in ("accepted", "merged")
    with central.snapshot() as (conn, mark):
        later = central.pull(conn, device, page.cursor, 500, mark=mark)
    pulled = [c for c in later.changes if c["r"] == row]
    assert pulled and pulled[0]["f"]["summary"][0] == "Pedwar"


def _push_with(
    central: CentralStore, device: Device, ops: list[Op], cursor: Cursor
) -> list[dict[str, Any]]:
    return central.push_all(device, ops, Audit(), cursor=cursor)


def test_a_push_the_database_refuses_leaves_nothing_behind(
    pg_central: CentralStore, pg_ip: str
) -> None:
    """Tried: a crafted push (straight to the store, past the app's checks) whose row id
    is longer than the column holds, so PostgreSQL refuses the queued writes when they are
    sent. The push fails whole, nothing of it is stored, no connection goes back to the
    pool carrying the push's reads or queue, and the next push is stored as usual."""
    device = _device(pg_central, pg_ip)
    school = _school(pg_central)
    row, ops = _new_visit(school, pg_ip)
    long_row = "x" * 100
    bad = [Op(o.op_id, o.table, long_row, o.field, o.value, 0) for o in ops]
    with pytest.raises(sa.exc.DBAPIError):
        _push(pg_central, device, bad)
    assert server_field(pg_central, "visits", long_row, "school_id") is None
    held = [pg_central.engine.connect() for _ in range(3)]
    try:
        for conn in held:
            assert PushReads.of(conn) is None
            assert PushWrites.of(conn) is None
    finally:
        for conn in held:
            conn.close()
    results = _push(pg_central, device, ops)
    assert {r["s"] for r in results} <= {"accepted", "merged"}, results
    assert server_field(pg_central, "visits", row, "school_id") == school


def test_a_read_psycopg_runs_itself_sees_what_the_push_has_queued(
    pg_central: CentralStore,
) -> None:
    """The reads every sync runs go to psycopg directly (sync/server/driver_statements.py),
    past the engine listener that sends a push's queue first; they send it all the same.
    Tried: a field written through the queue, then the newest revision read on the same
    connection before the push ends. Without the queue sent first, the read finds an
    older revision."""
    school = _school(pg_central)
    with pg_central.engine.connect() as conn:  # rolled back when it closes
        PushWrites.begin(conn, 1)
        try:
            rev = pg_central.write(
                conn, "visits", str(uuid7()), "summary", "Crynodeb", school_id=school
            )
            assert PushWrites.of(conn) is not None
            assert pg_central._head(conn) == rev
        finally:
            PushWrites.end(conn, send=False)
