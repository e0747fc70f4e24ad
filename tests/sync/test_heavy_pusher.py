"""A heavy pusher beside everyone else (issue 12), counted, never timed.

One IP's laptop pushes batches of 200 ops (100 new notes) without pause, from a thread of
its own, and once more between every two rounds of the teammate's sync. Their PIP's new
laptop makes its first sync with pages of 50 fields, and a second IP makes one small edit
and syncs between every two rounds.

- The first sync ends, within the rounds the changes in scope when it began need (a pull
  pages up to the high-water mark it pinned at its first page), although far more
  arrive than a page holds in every round. Before issue 12 it chased the pusher forever.
- Every small sync completes in one round trip and its edit is on the server.
- What arrived meanwhile comes with the next sync: then the PIP's laptop equals the
  server.
"""

from __future__ import annotations

import math
import threading
from typing import Any

import httpx
import sqlalchemy as sa
from uuid6 import uuid7

from desktop.store import schools, visits
from sync import client as sync_client
from sync.server import admin, auth
from tests.sync.conftest import YEAR
from tests.sync.helpers import assert_same_as_server, server_field

PAGE = 50
BATCH_NOTES = 100  # two ops each


def _notes(school_id: str, count: int, label: str) -> list[dict[str, Any]]:
    ops = []
    for index in range(count):
        row = str(uuid7())
        for field, value in (("school_id", school_id), ("body", f"{label} {index}")):
            ops.append(
                {
                    "op_id": str(uuid7()),
                    "table": "notes",
                    "row_id": row,
                    "field": field,
                    "value": value,
                    "base_rev": 0,
                }
            )
    return ops


class Pusher:
    """A device of ``partner`` that pushes batches of new notes over its own connection."""

    def __init__(self, central: Any, url: str, partner: str, school_id: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=60)
        enrolled = sync_client.enrol(self.http, auth.issue_code(central, partner), "heavy")
        self.device = enrolled.device_id
        self.headers = {"Authorization": f"Bearer {enrolled.token}"}
        self.school_id = school_id
        self.pushed = 0
        self.stop = threading.Event()

    def push(self) -> None:
        ops = _notes(self.school_id, BATCH_NOTES, f"heavy {self.pushed}")
        reply = self.http.post(
            "/sync",
            json={"device_id": self.device, "ops": ops, "page_size": 1},
            headers=self.headers,
        )
        assert reply.status_code == 200, reply.text
        assert all(r["s"] == "accepted" for r in reply.json()["results"])
        self.pushed += len(ops)

    def run(self) -> None:
        while not self.stop.is_set():
            self.push()


def test_a_first_sync_ends_and_small_syncs_complete_beside_a_heavy_pusher(
    central, server, own_laptop
):
    heavy = auth.add_partner(central, "Gwyn Trwm", "ip", team="Tîm y Gorllewin")
    small = auth.add_partner(central, "Nia Fach", "ip", team="Tîm y Gorllewin")
    pip = auth.add_partner(central, "Eurig Pennaeth", "pip", team="Tîm y Gorllewin")
    admin.allocate(central, "9904001", heavy, YEAR)
    admin.allocate(central, "9904002", small, YEAR)
    with central.reading() as conn:
        school_id = str(admin._row_by(conn, "schools", "number", "9904001"))
    pusher = Pusher(central, server.url, heavy, school_id)
    for _ in range(5):  # some history before the PIP's first sync: 1,000 fields
        pusher.push()

    teammate = own_laptop("pip", pip, page_size=PAGE)
    quick = own_laptop("small", small)
    quick.sync()
    [quick_school] = schools.all_schools(quick.store)
    with central.reading() as conn:
        in_scope_before = conn.execute(sa.text("SELECT count(*) FROM fields")).scalar()
    bound = math.ceil(in_scope_before / PAGE) + 6  # + new schools' pages, the last page

    rounds: list[sync_client.Progress] = []
    small_syncs: list[sync_client.SyncReport] = []

    def between_rounds(progress: sync_client.Progress) -> None:
        rounds.append(progress)
        assert len(rounds) <= bound, "the first sync is chasing the pusher"
        pusher.push()  # at least a batch of 200 ops lands between any two rounds
        note = visits.add_note(quick.store, quick_school.id, f"small edit {len(rounds)}")
        report = quick.sync()
        small_syncs.append(report)
        assert server_field(central, "notes", note, "body") == f"small edit {len(rounds)}"

    background = threading.Thread(target=pusher.run)
    background.start()
    try:
        report = teammate.client.sync(progress=between_rounds, max_rounds=bound + 1)
    finally:
        pusher.stop.set()
        background.join()
        pusher.http.close()
    assert rounds and not rounds[-1].more, "the first sync did not end"
    assert len(rounds) <= bound
    assert report.pulled >= in_scope_before // 2  # the caseload as it was, at least
    assert pusher.pushed > len(rounds) * 2 * BATCH_NOTES - 1  # far more than a page a round
    # Every small sync completed, each in one round trip.
    assert len(small_syncs) == len(rounds)
    assert all(r.round_trips == 1 and r.accepted >= 1 for r in small_syncs)
    # The rest comes with the next syncs; then the PIP's laptop equals the server.
    teammate.client.page_size = 5000
    for _ in range(20):
        if not teammate.sync().pulled:
            break
    assert_same_as_server(teammate.store, central, pip)
