"""Pushes beside each other never make a pull step over a change (issue 12).

On PostgreSQL two pushes that change different rows run at the same time (each locks
its own rows, not the world), so a later sequence number can commit before an earlier
one. Tried: push A opens, writes, and stays open; push B writes another row and commits
meanwhile; a pull then. The pull shows neither (A has not committed; B is above the
high-water mark A holds down) and its cursor stays below A. Once A commits, the next pull
from that cursor brings both. On SQLite writers take turns: B waits for A, and the pull
between sees neither all the same.
"""

from __future__ import annotations

import threading

from sync.server import admin
from sync.server.storage import CentralStore
from sync.server.values import Cursor, Device, Partner


def _pull_all(central: CentralStore, device: Device, cursor: Cursor) -> tuple[set[str], Cursor]:
    notes: set[str] = set()
    while True:
        versions: list[dict] = []
        with central.snapshot() as (conn, mark):
            page = central.pull(conn, device, cursor, 500, mark=mark, deferred=versions)
        central.record_versions(versions, page)
        notes |= {c["f"]["body"][0] for c in page.changes if c["t"] == "notes" and "body" in c["f"]}
        cursor = page.cursor
        if not page.has_more:
            return notes, cursor


def test_a_pull_never_steps_over_a_push_still_open(central, backend):
    with central.reading() as conn:
        school = str(admin._row_by(conn, "schools", "number", "9904001"))
    device = Device("reader", Partner("p-admin", "Gweinyddwr", "admin", None))
    _, cursor = _pull_all(central, device, Cursor())

    b_done = threading.Event()
    a_open = threading.Event()

    def push_b() -> None:
        a_open.wait()
        with central.pushing([("notes", "row-b")]) as conn:
            central.write(conn, "notes", "row-b", "school_id", school, school_id=school)
            central.write(conn, "notes", "row-b", "body", "B", school_id=school)
        b_done.set()

    other = threading.Thread(target=push_b)
    other.start()
    with central.pushing([("notes", "row-a")]) as conn:
        central.write(conn, "notes", "row-a", "school_id", school, school_id=school)
        seq_a = central.write(conn, "notes", "row-a", "body", "A", school_id=school)
        a_open.set()
        if backend == "postgresql":
            # Row locks, not the world: B commits while A is still open.
            assert b_done.wait(30), "push B waited for push A"
        seen, between = _pull_all(central, device, cursor)
        assert seen == set()
        assert between.seq < seq_a
    other.join()
    seen, _ = _pull_all(central, device, between)
    assert seen == {"A", "B"}
