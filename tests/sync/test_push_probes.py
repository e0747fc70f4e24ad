"""On PostgreSQL a push reads the records it names, not the store around them (issue 12).

Its lookups take their keys as arrays. Joined whole to a table, PostgreSQL may plan them
as a scan of every record when the table's statistics are thin (a new or freshly loaded
store, before autovacuum has looked): every op the device ever sent, every row record of
the store. Each key is now looked up on its own.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from uuid6 import uuid7

from sync.server.storage import CentralStore, Op
from tests.sync.helpers import server_field
from tests.sync.test_push_reads import _device, _new_visit, _push, _school

OTHERS = 5_000  # ops the device sent before; records of other rows in the store
VISITS = 10  # visits one request creates (a laptop back online after a day of visits)


def _rows_read(plan: dict[str, Any]) -> int:
    """Rows a plan node and the nodes under it took from tables and indexes, kept or not
    (EXPLAIN ANALYZE's counts are per loop)."""
    read = 0
    if "Relation Name" in plan or "Index Name" in plan:
        kept = plan.get("Actual Rows", 0) + plan.get("Rows Removed by Filter", 0)
        read += (kept + plan.get("Rows Removed by Index Recheck", 0)) * plan.get("Actual Loops", 1)
    return read + sum(_rows_read(child) for child in plan.get("Plans", []))


def test_a_push_reads_the_records_it_names_however_large_the_store(
    pg_central: CentralStore,
    pg_ip: str,
) -> None:
    """Tried: a device that has sent 5,000 ops before, in a store holding 5,000 other
    visits, their statistics not yet gathered; then one request creating ten visits and
    editing another. Every read that request makes, run again under EXPLAIN ANALYZE with
    the values it was given, takes at most a few hundred rows from tables and indexes."""
    device = _device(pg_central, pg_ip)
    school = _school(pg_central)
    earlier, ops = _new_visit(school, pg_ip, summary="Gwreiddiol")
    first = _push(pg_central, device, ops)
    assert {r["s"] for r in first} == {"accepted"}
    [summary_rev] = [r["rev"] for op, r in zip(ops, first, strict=True) if op.field == "summary"]
    with pg_central.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO applied_ops (device_id, op_id, result)"
                " SELECT :device, 'earlier-' || n, '{}' FROM generate_series(1, :n) AS n"
            ),
            {"device": device.id, "n": OTHERS},
        )
        conn.execute(
            sa.text(
                "INSERT INTO rows (tbl, row_id, school_id)"
                " SELECT 'visits', 'other-' || n, :school FROM generate_series(1, :n) AS n"
            ),
            {"school": school, "n": OTHERS},
        )
        conn.execute(
            sa.text(
                "INSERT INTO fields (tbl, row_id, field, value, rev, school_id, device_id)"
                " SELECT 'visits', 'other-' || n, 'purpose', '\"other\"', 1, :school, 'x'"
                " FROM generate_series(1, :n) AS n"
            ),
            {"school": school, "n": OTHERS},
        )
    reads: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            reads.append((statement, params))

    ops = []
    made = []
    for _ in range(VISITS):
        row, of_row = _new_visit(school, pg_ip, summary="Newydd")
        ops += of_row
        made.append(row)
    ops.append(Op(str(uuid7()), "visits", earlier, "summary", "Wedi newid", summary_rev))
    sa.event.listen(pg_central.engine, "before_cursor_execute", seen)
    try:
        results = _push(pg_central, device, ops)
    finally:
        sa.event.remove(pg_central.engine, "before_cursor_execute", seen)
    assert {r["s"] for r in results} == {"accepted"}, results
    assert all(server_field(pg_central, "visits", r, "summary") == "Newydd" for r in made)
    assert server_field(pg_central, "visits", earlier, "summary") == "Wedi newid"
    assert any("applied_ops" in text for text, _ in reads)  # the lookups were seen
    assert any("FROM rows" in text for text, _ in reads)
    raw = pg_central.engine.raw_connection()
    try:
        cursor = raw.cursor()
        taken = {}
        for text, params in reads:
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + text, params)
            [[explained]] = cursor.fetchall()
            plan = explained if isinstance(explained, list) else json.loads(explained)
            taken[" ".join(text.split())[:90]] = _rows_read(plan[0]["Plan"])
        raw.rollback()
    finally:
        raw.close()
    assert max(taken.values()) <= 300, taken
