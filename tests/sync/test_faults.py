"""A faulty network between laptops and the real central store (issue 4).

Each laptop talks to the real server through ``helpers.FaultTransport``, which wraps a real
``httpx.HTTPTransport`` and drops requests before they leave, drops replies after the
server committed, duplicates, reorders and delays requests, cuts replies half-way and
answers 5xx or 409 instead of the server. Whatever happens, once the network is good
again and everyone has synced, every laptop's data equals the server's, nothing is
duplicated and no value anyone wrote is lost.
"""

from __future__ import annotations

import random
import time
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from desktop.store import priorities, records, schools, sync_state, visits
from sync.client import SyncError
from sync.server import tables as t
from sync.server.app import create_app
from sync.server.storage import CentralStore
from tests.sync.conftest import YEAR, Laptop
from tests.sync.helpers import (
    FAULTS,
    FaultTransport,
    PortServer,
    assert_same_as_server,
    check_sent_ops_on_server,
    cursor_of,
    cursor_order,
    free_port,
    history_values,
    laptop_rows,
    local_value,
    outbox,
    server_field,
    server_rows,
)

MIDDLE = " Canol sefydlog. "
TRANSIENT = {"offline", "unreachable", "server_error"}


def local(store: Any, table: str, row_id: str, field: str) -> Any:
    return store.db.execute(f"SELECT [{field}] FROM [{table}] WHERE id = ?", [row_id]).fetchone()[0]


def duplicated_history(central: CentralStore) -> list[tuple[Any, ...]]:
    """History entries a device's op made more than once (there must be none)."""
    with central.reading() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.select(
                    t.history.c.device_id,
                    t.history.c.op_id,
                    t.history.c.tbl,
                    t.history.c.row_id,
                    t.history.c.field,
                    sa.func.count(),
                )
                .where(t.history.c.device_id != "server")
                .group_by(
                    t.history.c.device_id,
                    t.history.c.op_id,
                    t.history.c.tbl,
                    t.history.c.row_id,
                    t.history.c.field,
                )
                .having(sa.func.count() > 1)
            )
        ]


class Editor:
    """One laptop's partner at work: own visits, evidence and a judgement only they touch,
    and their own half of one answer both partners edit. Every value written is kept as
    ``written[(table, row, field)]`` (the last one per field: unsent keystrokes fold)."""

    def __init__(
        self,
        laptop: Laptop,
        rng: random.Random,
        school_id: str,
        priority: str,
        shared: tuple[str, str, int],
        side: int,
    ) -> None:
        self.laptop = laptop
        self.rng = rng
        self.school_id = school_id
        self.priority = priority
        self.shared = shared
        self.side = side
        self.visits: list[str] = []
        self.evidence: list[str] = []
        self.written: dict[tuple[str, str, str], Any] = {}
        self.cursors = [cursor_order(cursor_of(laptop.store))]

    def note(self, table: str, row_id: str, *names: str) -> None:
        for name in names:
            stored = local(self.laptop.store, table, row_id, name)
            self.written[(table, row_id, name)] = local_value(table, name, stored)

    def edit(self, round_: int) -> None:
        store, rng = self.laptop.store, self.rng
        tag = f"{self.laptop.name}{round_}"
        area = visits.area_aspect("teaching")
        if not self.visits or rng.random() < 0.3:
            visit = visits.start_visit(
                store,
                self.school_id,
                date(2025, 11, 1 + round_),
                "wellbeing_check",
                aspects=[area],
            )
            self.visits.append(visit)
            self.note("visits", visit, "school_id", "purpose", "visit_date", "aspects")
        for _ in range(rng.randint(1, 3)):
            visit = rng.choice(self.visits)
            question = rng.randint(1, 5)
            answer = visits.set_answer(store, visit, area, question, f"Ateb {tag} {rng.random()}")
            self.note("enquiry_answers", answer, "answer", "visit_id")
        if rng.random() < 0.6:
            evidence = visits.record_evidence(
                store, rng.choice(self.visits), area, "learning_walk", f"Tystiolaeth {tag}"
            )
            self.evidence.append(evidence)
            self.note("evidence", evidence, "body", "kind", "visit_id")
        live = [e for e in self.evidence if local(store, "evidence", e, "deleted_at") is None]
        if live and rng.random() < 0.5:
            chosen = rng.choice(live)
            visits.update_evidence(store, chosen, body=f"Newidiwyd {tag}")
            self.note("evidence", chosen, "body")
        if live and rng.random() < 0.2:
            chosen = rng.choice(live)
            records.delete(store, "evidence", chosen)
            self.note("evidence", chosen, "deleted_at")
        rate = rng.choice(["very_good", "strong", "satisfactory", "limited"])
        judgement = priorities.judge_priority(
            store,
            self.priority,
            "autumn",
            track="on_track",
            rate=rate,
            rationale=f"Rhesymeg {tag}",
            judged_on=date(2025, 11, 20),
        )
        self.note("judgements", judgement, "rate", "rationale")
        if rng.random() < 0.5:
            priorities.update_priority(store, self.priority, title=f"Blaenoriaeth {tag}")
            self.note("priorities", self.priority, "title")
        if rng.random() < 0.6:
            visit, aspect, question = self.shared
            [current] = [
                a.answer for a in visits.answers_of(store, visit) if a.question == question
            ]
            parts = current.split(MIDDLE)
            parts[self.side] = f"Rhan{tag}"
            answer = visits.set_answer(store, visit, aspect, question, MIDDLE.join(parts))
            self.written[("shared", answer, str(self.side))] = parts[self.side]

    def sync(self) -> bool:
        try:
            self.laptop.sync()
            done = True
        except SyncError as error:
            assert error.reason in TRANSIENT, error
            done = False
        self.cursors.append(cursor_order(cursor_of(self.laptop.store)))
        assert self.cursors[-1] >= self.cursors[-2], "the cursor went back"
        return done


def set_up_shared(one: Laptop, two: Laptop) -> tuple[str, list[str], tuple[str, str, int]]:
    """With a good network: both laptops hold the caseload, a priority each, and one
    visit with one answer both will edit (each their own half)."""
    one.sync()
    school = schools.school_by_number(one.store, "9904001")
    assert school is not None
    owned = [priorities.add_priority(one.store, school.id, YEAR, f"P{i}") for i in (1, 2)]
    aspect = visits.area_aspect("leadership")
    visit = visits.start_visit(
        one.store, school.id, date(2025, 10, 1), "progress_towards_priorities", aspects=[aspect]
    )
    visits.set_answer(one.store, visit, aspect, 3, f"Rhan0{MIDDLE}Rhan0")
    one.sync()
    two.sync()
    return school.id, owned, (visit, aspect, 3)


def finish_and_check(central: CentralStore, editors: list[Editor], partner: str) -> None:
    """Network good again: everyone syncs until quiet; then the proofs."""
    for editor in editors:
        transport = editor.laptop.client.http._transport
        assert isinstance(transport, FaultTransport)
        transport.rate, transport.script, transport.down = 0.0, [], False
        transport.settle()
    for _ in range(2):
        for editor in editors:
            assert editor.sync()
    for editor in editors:
        store = editor.laptop.store
        assert_same_as_server(store, central, partner)
        assert check_sent_ops_on_server(store, central, editor.laptop.client.device_id)
        assert {op["state"] for op in outbox(store)} == {"sent"}  # none rejected, none left
        assert sync_state.open_conflicts(store) == []
        for (table, row_id, name), value in editor.written.items():
            if table == "shared":
                continue
            assert server_field(central, table, row_id, name) == value, (table, name)
    # Nothing duplicated: the server holds exactly the records the partners created (one
    # shared visit, no evidence before the rounds), and every op made history once.
    on_server = server_rows(central, None)
    for table, made in (
        ("visits", {editors[0].shared[0]} | {v for e in editors for v in e.visits}),
        ("evidence", {v for e in editors for v in e.evidence}),
    ):
        assert {r for (tb, r) in on_server if tb == table} == made
    assert duplicated_history(central) == []
    assert not any(k[0] == "conflicts" for k in server_rows(central, None))
    visit, _, question = editors[0].shared
    [shared] = [
        a for a in visits.answers_of(editors[0].laptop.store, visit) if a.question == question
    ]
    halves = ["Rhan0", "Rhan0"]
    for editor in editors:
        for (table, _, side), value in editor.written.items():
            if table == "shared":
                halves[int(side)] = value
    assert shared.answer == MIDDLE.join(halves)
    counts = [
        {
            k: len([r for r in laptop_rows(e.laptop.store, None) if r[0] == k])
            for k in ("visits", "evidence", "enquiry_answers", "judgements")
        }
        for e in editors
    ]
    assert counts[0] == counts[1]


@pytest.mark.parametrize("seed", [11, 22, 33])
def test_two_laptops_editing_through_a_faulty_network_lose_and_duplicate_nothing(
    own_laptop, ip, central, seed
):
    """Tried: two devices of one IP edit for 10 rounds (new visits, answers, evidence
    added, edited and deleted, a judgement revised each round, a priority renamed, each
    their half of one shared answer) and sync through a network where 35% of exchanges
    get a fault drawn from all kinds, in small batches (7 ops) and small pages (10
    fields) so rows are split across requests; one sync in five also ends in an outage
    that starts right after the server committed. Then the network is good again."""
    rng = random.Random(seed)
    nets = [FaultTransport(random.Random(seed * 10 + i)) for i in range(2)]
    one = own_laptop("one", ip, transport=nets[0], max_ops=7, page_size=10)
    two = own_laptop("two", ip, transport=nets[1], max_ops=7, page_size=10)
    school_id, owned, shared = set_up_shared(one, two)
    editors = [
        Editor(laptop, random.Random(rng.random()), school_id, owned[i], shared, i)
        for i, laptop in enumerate((one, two))
    ]
    for net in nets:
        net.rate = 0.35
    for round_ in range(10):
        for editor, net in zip(editors, nets, strict=True):
            editor.edit(round_)
            if rng.random() < 0.2:
                net.script.append("cut")
            editor.sync()
            net.down = False  # the outage ends before the next round
    seen = {kind for net in nets for kind, _ in net.log}
    assert len(seen & set(FAULTS)) >= 6, seen
    finish_and_check(central, editors, ip)


@pytest.mark.parametrize("fault", [*FAULTS, "cut"])
def test_each_fault_alone_changes_nothing_twice(own_laptop, ip, central, fault):
    """Tried, for each kind of fault on its own: a laptop revises a judgement and adds an
    answer, and the very next exchange with the server suffers the fault. The sync either
    finishes (the client retried) or fails with a plain transient reason and finishes at
    the next attempt; either way the server holds each value once and the laptop equals
    the server."""
    net = FaultTransport()
    laptop = own_laptop("laptop", ip, transport=net)
    school_id, owned, shared = set_up_shared(laptop, laptop)
    editor = Editor(laptop, random.Random(1), school_id, owned[0], shared, 0)
    editor.edit(1)
    net.script = [fault]
    if not editor.sync():
        net.down = False
        assert editor.sync()
    assert net.log[0][0] == fault
    net.settle()
    assert editor.sync()
    assert_same_as_server(laptop.store, central, ip)
    check_sent_ops_on_server(laptop.store, central, laptop.client.device_id)
    assert duplicated_history(central) == []
    for (table, row_id, name), value in editor.written.items():
        if table != "shared":
            assert history_values(central, table, row_id, name).count(value) == 1


def test_a_revision_after_a_lost_reply_is_not_a_conflict_with_oneself(own_laptop, ip, central):
    """Tried: a judgement is revised and synced, the server commits it but the reply is
    lost and the network stays down; offline, the partner revises the same judgement
    again; back online the laptop sends the first (unanswered) op and the new one. The
    second revision must simply win: the partner did not disagree with themselves."""
    net = FaultTransport()
    laptop = own_laptop("laptop", ip, transport=net)
    school_id, owned, shared = set_up_shared(laptop, laptop)
    editor = Editor(laptop, random.Random(2), school_id, owned[0], shared, 0)
    judge = dict(track="on_track", rationale="r", judged_on=date(2025, 11, 20))
    judgement = priorities.judge_priority(laptop.store, owned[0], "autumn", rate="strong", **judge)
    visit = visits.start_visit(laptop.store, school_id, date(2025, 11, 2), "wellbeing_check")
    visits.update_visit(laptop.store, visit, summary="Un. Dau.")
    laptop.sync()
    priorities.judge_priority(laptop.store, owned[0], "autumn", rate="limited", **judge)
    visits.update_visit(laptop.store, visit, summary="Un. Dau. Tri.")
    net.script = ["cut"]
    assert not editor.sync()
    net.down = False
    priorities.judge_priority(laptop.store, owned[0], "autumn", rate="very_good", **judge)
    visits.update_visit(laptop.store, visit, summary="Un. Dau. Tri. Pedwar.")
    assert editor.sync()
    assert sync_state.open_conflicts(laptop.store) == []
    assert server_field(central, "judgements", judgement, "rate") == "very_good"
    assert server_field(central, "visits", visit, "summary") == "Un. Dau. Tri. Pedwar."
    assert history_values(central, "judgements", judgement, "rate") == [
        "strong",
        "limited",
        "very_good",
    ]
    assert_same_as_server(laptop.store, central, ip)


def fill(laptop: Laptop, visits_per_school: int = 3) -> None:
    """Records on every allocated school, so a first sync takes many pages."""
    area = visits.area_aspect("curriculum")
    for school in schools.all_schools(laptop.store):
        for n in range(visits_per_school):
            visit = visits.start_visit(
                laptop.store, school.id, date(2025, 10, 1 + n), "wellbeing_check", aspects=[area]
            )
            for question in (1, 2):
                visits.set_answer(laptop.store, visit, area, question, f"{school.number}-{n}")
    laptop.sync()


def test_a_server_restarted_mid_sync_is_resumed(own_laptop, ip, central):
    """Tried: a new laptop's first sync, in pages of 6 fields, with the server stopped after
    the third page (the uvicorn thread is shut down from the progress callback, so the
    laptop's next request finds nothing listening and its pooled connection dead), then a
    new server started on the same port over the same central store. The laptop reports
    the server unreachable, keeps what it had, and resumes where it stopped."""
    fill(own_laptop("filler", ip))
    port = free_port()
    first = PortServer(create_app(central), port).start()
    laptop = own_laptop("new", ip, page_size=6, base_url=first.url)
    rounds: list[int] = []

    def stop_after_three(progress: Any) -> None:
        rounds.append(progress.round)
        if progress.round == 3:
            first.stop()

    try:
        with pytest.raises(SyncError) as raised:
            laptop.client.sync(progress=stop_after_three)
        assert raised.value.reason == "unreachable"
        # The client asks for the next page while it applies one: the fourth, asked for
        # while the third was applied, may have been served before the stop. No more.
        assert rounds in ([1, 2, 3], [1, 2, 3, 4])
        stopped_at = cursor_of(laptop.store)
        assert stopped_at.seq > 0 or stopped_at.backfill
        kept = len(laptop_rows(laptop.store, None))
        with PortServer(create_app(central), port):
            report = laptop.sync()
        assert cursor_order(cursor_of(laptop.store)) >= cursor_order(stopped_at)
        assert kept > 0 and report.round_trips > 3
        assert_same_as_server(laptop.store, central, ip)
    finally:
        first.stop()


def test_resuming_after_an_interruption_resends_at_most_one_page(own_laptop, ip, central):
    """Tried: two new devices of the same partner make the same first sync in pages of 5
    fields. One has a good network; the other's network dies on the 6th exchange just
    after the server committed its page, stays down for the rest of that sync, and comes
    back for the next. Counting every /sync reply the server produced (delivered or not):
    the interrupted device cost exactly one extra page, and at most 5 extra fields."""
    fill(own_laptop("filler", ip), visits_per_school=2)
    good_net, bad_net = FaultTransport(), FaultTransport()
    good = own_laptop("good", ip, transport=good_net, page_size=5)
    bad = own_laptop("bad", ip, transport=bad_net, page_size=5)
    good.sync()
    bad_net.script = ["ok"] * 5 + ["cut"]
    with pytest.raises(SyncError):
        bad.sync()
    assert bad_net.pages == 6
    bad_net.down = False
    bad.sync()
    assert good_net.pages > 10
    assert bad_net.pages == good_net.pages + 1
    assert 0 < bad_net.served - good_net.served <= 5
    assert_same_as_server(good.store, central, ip)
    assert_same_as_server(bad.store, central, ip)


def test_the_next_page_is_asked_for_while_one_is_applied(own_laptop, ip, central, monkeypatch):
    """Counted, not timed: a first sync in pages of 6 fields, each page held back from
    being applied until the server has produced the next one (for at most 5 s). With the
    client asking one page ahead, every page but the last finds the next already served;
    without it, the first page waits in vain and the sync fails. The result is the
    server's caseload, whole."""
    fill(own_laptop("filler", ip))
    net = FaultTransport()
    laptop = own_laptop("new", ip, transport=net, page_size=6)
    applying = sync_state.apply_reply
    served_before: list[int] = []

    def once_the_next_is_served(store: Any, sent: Any, reply: dict[str, Any]) -> Any:
        page = len(served_before) + 1
        deadline = time.monotonic() + 5
        while reply.get("more") and net.pages <= page and time.monotonic() < deadline:
            time.sleep(0.01)
        served_before.append(net.pages)
        if reply.get("more") and net.pages <= page:
            raise AssertionError(f"page {page} was applied before the next was asked for")
        return applying(store, sent, reply)

    monkeypatch.setattr(sync_state, "apply_reply", once_the_next_is_served)
    report = laptop.sync()
    assert report.round_trips == len(served_before) > 3
    assert served_before[:-1] == list(range(2, len(served_before) + 1))
    assert_same_as_server(laptop.store, central, ip)
