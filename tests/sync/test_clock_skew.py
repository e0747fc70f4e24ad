"""Laptop clocks a day wrong change no outcome (issue 4).

The same scripted day of work runs twice, each time against a fresh central store served
over real HTTP: once with every clock right, once with the first IP device's clock 24 h
fast and the second's 24 h slow (the PIP's right). The laptops' stamps and UUIDv7 ids
really are skewed (``desktop.store.ids.now_stamp``/``uuid7`` as every store module sees
them); the merges, conflicts, last-writer-wins winners, sync tallies and final data must be
exactly the same, because the server's sequence is the only clock.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from desktop.store import ids, priorities, records, schools, sync_state, visits, workspace
from sync.server import admin, auth
from sync.server import tables as t
from sync.server.app import create_app
from tests.sync.conftest import YEAR
from tests.sync.helpers import World, assert_same_as_server, open_central, server_rows
from tests.sync.server_thread import ServerThread

DAY = timedelta(hours=24)


class Clock:
    """The laptops' wall clock, shifted by ``offset`` while a given laptop is at work."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def stamp(self) -> str:
        return self.now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def uuid7(self) -> uuid.UUID:
        millis = int(self.now().timestamp() * 1000)
        rand_a, rand_b = secrets.randbits(12), secrets.randbits(62)
        value = (millis << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
        return uuid.UUID(int=value)

    @contextmanager
    def shifted(self, offset: timedelta) -> Iterator[None]:
        self.offset = offset
        try:
            yield
        finally:
            self.offset = timedelta(0)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    found = Clock()
    for module in (ids, records, sync_state, visits, workspace):
        monkeypatch.setattr(module, "now_stamp", found.stamp)
    monkeypatch.setattr(ids, "uuid7", found.uuid7)
    return found


def run_day(world: World, clock: Clock, skews: dict[str, timedelta]) -> dict[str, Any]:
    """The scripted day; returns everything that could depend on a clock."""
    central = world.central
    ip = auth.add_partner(central, "Siân Prydderch", "ip", team="Gorllewin")
    pip = auth.add_partner(central, "Gareth Huws", "pip", team="Gorllewin")
    for number in ("9904001", "9904002"):
        admin.allocate(central, number, ip, YEAR)
    laptops = {
        "one": world.laptop("one", ip),
        "two": world.laptop("two", ip),
        "pip": world.laptop("pip", pip),
    }
    tallies: list[tuple[str, int, int, int, int]] = []

    @contextmanager
    def at(name: str) -> Iterator[Any]:
        with clock.shifted(skews[name]):
            yield laptops[name].store

    def sync(name: str) -> None:
        with clock.shifted(skews[name]):
            report = laptops[name].sync()
        tallies.append((name, report.accepted, report.merged, report.conflicts, report.rejected))

    for name in laptops:
        sync(name)
    with at("one") as store:
        school = schools.school_by_number(store, "9904001")
        assert school is not None
        priority = priorities.add_priority(store, school.id, YEAR, "Llythrennedd")
        area = visits.area_aspect("teaching")
        visit = visits.start_visit(
            store, school.id, date(2025, 11, 12), "progress_towards_priorities", aspects=[area]
        )
        visits.set_answer(
            store, visit, area, 1, "Mae'r dysgwyr yn darllen. Mae'r athrawon yn holi."
        )
        kept = visits.record_evidence(store, visit, area, "learning_walk", "Taith ddysgu")
        doomed = visits.record_evidence(store, visit, area, "documents", "Cynllun datblygu")
        judge = dict(track="on_track", rationale="Tystiolaeth", judged_on=date(2025, 11, 12))
        priorities.judge_priority(store, priority, "autumn", rate="strong", **judge)  # type: ignore[arg-type]
    sync("one")
    sync("two")
    sync("pip")

    # Offline, all three edit. The fast laptop edits first in real time and syncs first.
    with at("one") as store:
        visits.set_answer(
            store, visit, area, 1, "Mae'r dysgwyr yn darllen yn dda. Mae'r athrawon yn holi."
        )
        priorities.judge_priority(store, priority, "autumn", rate="very_good", **judge)  # type: ignore[arg-type]
        priorities.update_priority(store, priority, position=5)
        visits.update_evidence(store, kept, in_report=False)
        records.delete(store, "evidence", doomed)
    with at("two") as store:
        visits.set_answer(
            store, visit, area, 1, "Mae'r dysgwyr yn darllen. Mae'r athrawon yn holi'n graff."
        )
        priorities.judge_priority(store, priority, "autumn", rate="limited", **judge)  # type: ignore[arg-type]
        priorities.update_priority(store, priority, position=7)
        visits.update_evidence(store, kept, in_report=False)
        visits.update_evidence(store, kept, in_report=True, body="Taith ddysgu: Bl 5")
    with at("pip") as store:
        visits.update_evidence(store, doomed, body="Cynllun datblygu 2025")
        priorities.update_priority(store, priority, title="Llythrennedd a llafaredd")
    sync("one")
    sync("two")
    sync("pip")
    with at("two") as store:
        [conflict] = [c for c in sync_state.open_conflicts(store) if c["field"] == "rate"]
        sync_state.resolve_conflict(store, conflict["id"], "strong")
    for name in ("two", "one", "pip", "two", "one", "pip"):
        sync(name)

    for name, laptop in laptops.items():
        assert_same_as_server(laptop.store, central, ip if name != "pip" else pip)
    rows = server_rows(central, None)

    def value(table: str, row: str, field: str) -> Any:
        return rows[(table, row)].get(field)

    conflicts = sorted(
        (
            f["tbl"],
            f["field"],
            f["status"],
            "<stamp>" if f["field"] == "deleted_at" else f["mine"],
            "<stamp>" if f["field"] == "deleted_at" else f["theirs"],
            f.get("resolution"),
        )
        for (table, _), f in rows.items()
        if table == "conflicts"
    )
    with central.reading() as conn:
        kinds = [
            (r[0], r[1], r[2])
            for r in conn.execute(
                sa.select(t.history.c.tbl, t.history.c.field, t.history.c.kind)
                .where(t.history.c.tbl.in_(("enquiry_answers", "judgements", "priorities")))
                .order_by(t.history.c.seq)
            )
        ]
        server_times = [
            datetime.fromisoformat(r[0].replace("Z", "+00:00"))
            for r in conn.execute(sa.select(t.history.c.at))
        ]
    answer_id = next(k[1] for k in rows if k[0] == "enquiry_answers")
    judgement_id = next(k[1] for k in rows if k[0] == "judgements")
    return {
        "tallies": tallies,
        "answer": value("enquiry_answers", answer_id, "answer"),
        "rate": value("judgements", judgement_id, "rate"),
        "position": value("priorities", priority, "position"),
        "title": value("priorities", priority, "title"),
        "in_report": value("evidence", kept, "in_report"),
        "kept_body": value("evidence", kept, "body"),
        "doomed_deleted": value("evidence", doomed, "deleted_at") is not None,
        "doomed_body": value("evidence", doomed, "body"),
        "conflicts": conflicts,
        "history_kinds": kinds,
        "stamps": {
            name: laptops[name].store.db.execute("SELECT max(created_at) FROM outbox").fetchone()[0]
            for name in laptops
        },
        "server_times": server_times,
    }


def test_clocks_a_day_wrong_change_no_outcome(backend, new_database_url, tmp_path, clock):
    """Tried: the scripted day (a merge of two edits to different sentences, a judgement
    revised on both devices then resolved, an order number and an 'in report' flag set
    on both, an evidence item deleted on one laptop while the PIP edits it, a title
    edited by the PIP) with right clocks and with clocks +24 h / -24 h."""
    outcomes = []
    for run, skews in enumerate(
        (
            {"one": timedelta(0), "two": timedelta(0), "pip": timedelta(0)},
            {"one": DAY, "two": -DAY, "pip": timedelta(0)},
        )
    ):
        central = open_central(new_database_url(), tmp_path / f"central-{run}")
        with ServerThread(create_app(central)) as server:
            world = World(central, server.url, tmp_path / f"laptops-{run}")
            try:
                started = datetime.now(UTC)
                outcomes.append(run_day(world, clock, skews))
                # The server's own times are real; the laptops' stamps are as skewed.
                assert all(
                    abs(at - started) < timedelta(minutes=5)
                    for at in outcomes[-1].pop("server_times")
                )
                stamps = outcomes[-1].pop("stamps")
                for name, offset in skews.items():
                    when = datetime.fromisoformat(stamps[name].replace("Z", "+00:00"))
                    assert abs(when - started - offset) < timedelta(minutes=5), name
            finally:
                world.close()
    right, skewed = outcomes
    assert skewed == right
    # And the outcomes are the ones the server's order gives, not the laptops' clocks:
    assert right["answer"] == ("Mae'r dysgwyr yn darllen yn dda. Mae'r athrawon yn holi'n graff.")
    assert right["position"] == 7  # the later arrival (the slow clock) wins a trivial field
    assert right["in_report"] == 1
    assert right["rate"] == "strong"  # resolved by a person
    assert right["doomed_deleted"] and right["doomed_body"] == "Cynllun datblygu"
    assert [(c[0], c[1], c[2]) for c in right["conflicts"]] == [
        ("evidence", "body", "open"),
        ("judgements", "rate", "resolved"),
    ]
    assert json.loads(right["conflicts"][1][3]) == "limited"
