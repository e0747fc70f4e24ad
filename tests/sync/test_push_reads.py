"""A push reads the rows and fields it touches once (sync/server/push_reads.py), and its
answers stay those of a push that read everything afresh: a record refused half-way is
taken back whole, and the same request resent gets the same answers (issue 12)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from uuid6 import uuid7

from sync.server import admin, auth
from sync.server.storage import Audit, CentralStore, Device, Op
from tests.sync.helpers import server_field


def _school(central: CentralStore, number: str = "9904001") -> str:
    with central.reading() as conn:
        return str(admin._row_by(conn, "schools", "number", number))


def _push(central: CentralStore, device: Device, ops: list[Op]) -> list[dict[str, Any]]:
    return central.push_all(device, ops, Audit())


def _device(central: CentralStore, partner_id: str) -> Device:
    with central.reading() as conn:
        partner = auth.find_partner(conn, partner_id)
    assert partner is not None
    return Device(f"crafted-{uuid7()}", partner)


def _new_visit(school: str, person: str, **fields: Any) -> tuple[str, list[Op]]:
    row = str(uuid7())
    values = {"school_id": school, "visit_date": "2025-11-20", "purpose": "other", **fields}
    ops = [Op(str(uuid7()), "visits", row, name, value, 0) for name, value in values.items()]
    ops.append(Op(str(uuid7()), "visits", row, "person_id", person, 0))
    return row, ops


def test_a_record_refused_half_way_is_taken_back_and_a_resend_gets_the_same_answers(
    central: CentralStore, ip: str
) -> None:
    """Tried: a new action whose first three fields are fine and whose last names a visit
    the server has never heard of; then the very same request again (its answer lost)."""
    device = _device(central, ip)
    row = str(uuid7())
    values = {"school_id": _school(central), "description": "Rhannu", "owner": "Pennaeth"}
    ops = [Op(str(uuid7()), "actions", row, name, value, 0) for name, value in values.items()]
    ops.append(Op(str(uuid7()), "actions", row, "visit_id", "no-such-visit", 0))
    first = _push(central, device, ops)
    assert [r["s"] for r in first] == ["rejected"] * 4
    assert server_field(central, "actions", row, "school_id") is None
    assert _push(central, device, ops) == first  # remembered, not applied again
    assert server_field(central, "actions", row, "description") is None


def test_an_edit_based_on_a_revision_its_own_request_replaced_is_not_taken_as_current(
    central: CentralStore, ip: str
) -> None:
    """Tried: one request that edits a visit's purpose and then sends a second edit still
    based on the revision before the first: the second must meet the first's write (as
    it would reading afresh), not the revision the request began with."""
    row, results = two_edits_on_one_base(central, ip)
    assert results[0]["s"] == "accepted"
    assert results[1]["s"] != "accepted"
    assert server_field(central, "visits", row, "purpose") == "progress_towards_priorities"


def two_edits_on_one_base(central: CentralStore, ip: str) -> tuple[str, list[dict[str, Any]]]:
    """A new visit, then one request of two edits of its purpose, both based on the
    revision before either ("progress_towards_priorities", then "self_evaluation"):
    the visit's id and the second request's results."""
    device = _device(central, ip)
    row, ops = _new_visit(_school(central), ip)
    assert {r["s"] for r in _push(central, device, ops)} <= {"accepted", "merged"}
    rev = server_field_rev(central, "visits", row, "purpose")
    first = Op(str(uuid7()), "visits", row, "purpose", "progress_towards_priorities", rev)
    second = Op(str(uuid7()), "visits", row, "purpose", "self_evaluation", rev)
    return row, _push(central, device, [first, second])


def server_field_rev(central: CentralStore, tbl: str, row_id: str, name: str) -> int:
    with central.reading() as conn:
        found = central.field(conn, tbl, row_id, name)
    assert found is not None
    return found[1]


def test_a_push_reads_its_rows_and_fields_in_a_fixed_number_of_statements(
    central: CentralStore, ip: str
) -> None:
    """Counted, not timed (the time is bench_sync's): pushing 3 or 30 edits to existing
    records reads the rows and fields tables the same number of times."""
    device = _device(central, ip)
    school = _school(central)
    rows = []
    for _ in range(10):
        row, ops = _new_visit(school, ip, summary="")
        assert {r["s"] for r in _push(central, device, ops)} <= {"accepted", "merged"}
        rows.append(row)
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        flat = " ".join(statement.split())
        if flat.startswith("SELECT") and ("FROM rows" in flat or "FROM fields" in flat):
            seen.append(flat)

    sa.event.listen(central.engine, "before_cursor_execute", count)
    try:
        reads = []
        for chosen in (rows[:1], rows):
            seen.clear()
            edits = [
                Op(str(uuid7()), "visits", row, "summary", f"edit {i}", 10**9)
                for row in chosen
                for i in range(3)
            ]
            assert {r["s"] for r in _push(central, device, edits)} <= {"accepted", "merged"}
            reads.append(len(seen))
    finally:
        sa.event.remove(central.engine, "before_cursor_execute", count)
    assert reads[0] == reads[1] >= 2, reads  # at least the rows and the fields, once each
    assert server_field(central, "visits", rows[-1], "summary") == "edit 2"
