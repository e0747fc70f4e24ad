"""A stateful property test of the whole sync: laptops, the real server app, real HTTP.

Hypothesis drives four laptops: two devices of one IP, a second IP of the same team and
their PIP. Rules make random edits through the desktop store's own functions (new visits,
answers, text splices inside answers, evidence, priorities, judgements, deletes,
conflict resolutions), reallocate schools between the two IPs, and sync laptops in random
order. Every sync is a real ``SyncClient.sync`` over HTTP to the real ASGI app and a real
central store (SQLite, and PostgreSQL).

One uvicorn server serves the whole test function; every example gets a fresh central
store behind it (``helpers.Dispatcher``), so examples are fast and independent.

After every step:
- no value anyone wrote is lost: the last value a laptop wrote to a field before a sync
  (unsent keystrokes fold into one op by design) is the laptop's current value and its
  pending op until it syncs; then an op carrying it is in the laptop's outbox; and every
  op the laptop marked sent is on the server: in the field's history (accepted), inside a
  recorded three-way merge or set union (merged), or kept as ``mine`` of a conflict;
- each laptop's cursor only moves forward.
At the end everyone syncs until quiet and each laptop's in-scope data equals the server's
(``helpers.assert_same_as_server``: same rows, same values, same digest).
"""

from __future__ import annotations

import json
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from desktop.store import ids as desktop_ids
from desktop.store import priorities, records, sync_state, visits
from desktop.store.errors import StoreError
from sync.server import admin, auth, storage
from sync.server.app import create_app
from tests.sync.conftest import YEAR
from tests.sync.helpers import (
    Dispatcher,
    World,
    assert_same_as_server,
    check_sent_ops_on_server,
    column_defaults,
    cursor_of,
    cursor_order,
    local_value,
    open_central,
    outbox,
)
from tests.sync.server_thread import ServerThread

# Hypothesis caches what it learns from the source under its home folder: keep that out of
# the checkout (a ``.hypothesis`` folder there breaks test collection for everyone).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "sipl-hypothesis")

LAPTOPS = ("ip-a", "ip-b", "ip2", "pip")
NUMBERS = ("9904001", "9904002", "9904003")
WORDS = (
    "Mae'r",
    "dysgwyr",
    "yn",
    "darllen",
    "ŵyn",
    "ŷd",
    "athrawon",
    "holi",
    "gwaith",
    "da",
    "iawn",
    "Leaders",
    "plan",
    "well",
    ".",
    ",",
)
TEXT = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
RATES = ("very_good", "strong", "satisfactory", "limited")
AREA = visits.area_aspect("teaching")
DELETABLE = ("evidence", "visits", "priorities")
# Small op batches and pull pages on some laptops, so records are split across requests
# and pages and have to wait, staged, for the rest of their fields or their parents.
BATCHES: dict[str, dict[str, int]] = {
    "ip-a": {"max_ops": 4, "page_size": 7},
    "ip-b": {},
    "ip2": {"max_ops": 9, "page_size": 3},
    "pip": {"page_size": 11},
}

# Shrinking replays whole examples (about a second each) hundreds of times: it is left out
# so a failure is reported within the time limit, unshrunk. Add Phase.shrink locally to
# minimise one.
SETTINGS = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


class Uuid7s:
    """Deterministic UUIDv7s (time-ordered, counter-filled) for every id the laptops and
    the server mint, so that replaying an example replays the same ids, the same row
    order and therefore the same choices (hypothesis requires it)."""

    def __init__(self) -> None:
        self.count = 0

    def reset(self) -> None:
        self.count = 0

    def __call__(self) -> uuid.UUID:
        self.count += 1
        millis = 1_760_000_000_000 + self.count
        return uuid.UUID(int=(millis << 80) | (0x7 << 76) | (0b10 << 62) | self.count)


def live(store: Any, table: str, where: str = "", params: list[Any] | None = None) -> list[str]:
    """Ids of live rows (what the partner can see and edit), in a stable order."""
    sql = f"SELECT id FROM [{table}] WHERE deleted_at IS NULL {where} ORDER BY id"
    return [r[0] for r in store.db.execute(sql, params or [])]


def make_machine(dispatcher: Dispatcher, new_database_url: Any, root: Path, ids: Uuid7s) -> type:
    counter = [0]

    class SyncMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            counter[0] += 1
            ids.reset()
            folder = root / f"example-{counter[0]}"
            central = open_central(new_database_url(), folder / "central")
            dispatcher.current = create_app(central)
            self.world = World(central, self.url, folder / "laptops")
            self.partners = {
                "ip": auth.add_partner(central, "Siân", "ip", team="Gorllewin"),
                "ip2": auth.add_partner(central, "Elin", "ip", team="Gorllewin"),
                "pip": auth.add_partner(central, "Gareth", "pip", team="Gorllewin"),
            }
            for number, partner in zip(NUMBERS, ("ip", "ip", "ip2"), strict=True):
                admin.allocate(central, number, self.partners[partner], YEAR)
            owners = {"ip-a": "ip", "ip-b": "ip", "ip2": "ip2", "pip": "pip"}
            self.laptops = {
                name: self.world.laptop(name, self.partners[owners[name]], **BATCHES[name])
                for name in LAPTOPS
            }
            self.owner = {name: self.partners[owners[name]] for name in LAPTOPS}
            # Written but not yet synced: {(table, row, field): value}, per laptop.
            self.unsynced: dict[str, dict[tuple[str, str, str], Any]] = {n: {} for n in LAPTOPS}
            # Written before a sync: each must be carried by an op of the laptop's outbox.
            self.committed: dict[str, set[tuple[tuple[str, str, str], str]]] = {
                n: set() for n in LAPTOPS
            }
            self.checked: dict[str, set[str]] = {n: set() for n in LAPTOPS}
            self.cursors: dict[str, tuple[int, int]] = {}
            for name in LAPTOPS:
                self.sync_laptop(name)
            self.seed_shared_records()

        def seed_shared_records(self) -> None:
            """Every school starts with a priority judged, a visit with two answers and an
            evidence item, known to every laptop in scope, so that steps often touch the
            same records from several laptops (merges, conflicts, edit-vs-delete)."""
            for writer in ("ip-a", "ip2"):
                store = self.store(writer)
                for school in live(store, "schools"):
                    priority = priorities.add_priority(store, school, YEAR, "Llafaredd")
                    priorities.judge_priority(
                        store,
                        priority,
                        "autumn",
                        track="on_track",
                        rate="strong",
                        rationale="Mae'r dysgwyr yn holi",
                        judged_on=date(2025, 11, 1),
                    )
                    visit = visits.start_visit(
                        store, school, date(2025, 11, 1), "wellbeing_check", aspects=[AREA]
                    )
                    for question in (1, 2):
                        visits.set_answer(store, visit, AREA, question, "Mae'r dysgwyr yn darllen")
                    visits.record_evidence(store, visit, AREA, "learning_walk", "Taith ddysgu")
                self.sync_laptop(writer)
            for name in LAPTOPS:
                self.sync_laptop(name)

        url = ""

        # -- helpers ------------------------------------------------------------------------

        def store(self, name: str) -> Any:
            return self.laptops[name].store

        def fields(self, name: str, table: str, row_id: str) -> dict[str, Any]:
            cursor = self.store(name).db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
            row = cursor.fetchone()
            if row is None:
                return {}
            names = [d[0] for d in cursor.description]
            return {
                f: local_value(table, f, v)
                for f, v in zip(names, row, strict=True)
                if f not in ("id", "created_at", "updated_at")
            }

        def edit(self, name: str, table: str, row_id: str | None, action: Any) -> Any:
            """Run ``action`` (a store call); note every field value it changed."""
            before = self.fields(name, table, row_id) if row_id else {}
            try:
                result = action()
            except StoreError:
                return None  # refused by the store's own checks: nothing was written
            if not before:  # a new record: compare with the column defaults
                defaults = column_defaults(self.store(name), table)
                before = {f: local_value(table, f, v) for f, v in defaults.items()}
            row_id = row_id or result
            for field, value in self.fields(name, table, row_id).items():
                if before.get(field) != value:
                    self.unsynced[name][(table, row_id, field)] = value
            return result

        def pick(self, data: Any, options: list[str]) -> str | None:
            return data.draw(st.sampled_from(options)) if options else None

        def sync_laptop(self, name: str) -> Any:
            for key, value in self.unsynced[name].items():
                self.committed[name].add((key, json.dumps(value, sort_keys=True)))
            self.unsynced[name].clear()
            report = self.laptops[name].sync()
            now = cursor_order(cursor_of(self.store(name)))
            assert now >= self.cursors.get(name, (0, 0)), f"{name}'s cursor went back"
            self.cursors[name] = now
            return report

        # -- rules --------------------------------------------------------------------------

        @rule(name=st.sampled_from(LAPTOPS), data=st.data())
        def new_visit(self, name: str, data: Any) -> None:
            school = self.pick(data, live(self.store(name), "schools"))
            if school is None:
                return
            day = date(2025, 11, data.draw(st.integers(1, 28)))
            self.edit(
                name,
                "visits",
                None,
                lambda: visits.start_visit(
                    self.store(name), school, day, "wellbeing_check", aspects=[AREA]
                ),
            )

        @rule(name=st.sampled_from(LAPTOPS), data=st.data(), question=st.integers(1, 3), text=TEXT)
        def answer(self, name: str, data: Any, question: int, text: str) -> None:
            visit = self.pick(data, live(self.store(name), "visits"))
            if visit is None:
                return
            existing = live(
                self.store(name),
                "enquiry_answers",
                "AND visit_id = ? AND question = ?",
                [visit, question],
            )
            self.edit(
                name,
                "enquiry_answers",
                existing[0] if existing else None,
                lambda: visits.set_answer(self.store(name), visit, AREA, question, text),
            )

        @rule(name=st.sampled_from(LAPTOPS), data=st.data(), word=st.sampled_from(WORDS))
        def splice(self, name: str, data: Any, word: str) -> None:
            """Insert a word into, or cut a stretch out of, an existing answer."""
            answer = self.pick(data, live(self.store(name), "enquiry_answers"))
            if answer is None:
                return
            row = records.get(self.store(name), "enquiry_answers", answer)
            text = row["answer"]
            start = data.draw(st.integers(0, len(text)))
            if data.draw(st.booleans()) or not text:
                spliced = f"{text[:start]} {word} {text[start:]}".strip()
            else:
                end = data.draw(st.integers(start, len(text)))
                spliced = text[:start] + text[end:]
            self.edit(
                name,
                "enquiry_answers",
                answer,
                lambda: visits.set_answer(
                    self.store(name), row["visit_id"], row["aspect"], row["question"], spliced
                ),
            )

        @rule(
            pair=st.permutations(LAPTOPS),
            data=st.data(),
            first=st.sampled_from(WORDS),
            last=st.sampled_from(WORDS),
        )
        def concurrent_splices(self, pair: list[str], data: Any, first: str, last: str) -> None:
            """Two laptops splice the same answer offline: one at its start, one at its
            end (the kind of edit a three-way merge must keep both of)."""
            one, two = pair[0], pair[1]
            both = sorted(
                set(live(self.store(one), "enquiry_answers"))
                & set(live(self.store(two), "enquiry_answers"))
            )
            answer = self.pick(data, both)
            if answer is None:
                return
            for name, change in ((one, lambda t: f"{first} {t}"), (two, lambda t: f"{t} {last}")):
                row = records.get(self.store(name), "enquiry_answers", answer)
                text = change(row["answer"]).strip()
                self.edit(
                    name,
                    "enquiry_answers",
                    answer,
                    lambda n=name, r=row, x=text: visits.set_answer(
                        self.store(n), r["visit_id"], r["aspect"], r["question"], x
                    ),
                )

        @rule(
            name=st.sampled_from(LAPTOPS),
            data=st.data(),
            text=TEXT,
            stance=st.sampled_from(visits.STANCES),
        )
        def evidence(self, name: str, data: Any, text: str, stance: str) -> None:
            store = self.store(name)
            items = live(store, "evidence")
            if items and data.draw(st.booleans()):
                item = self.pick(data, items)
                assert item is not None
                self.edit(
                    name,
                    "evidence",
                    item,
                    lambda: visits.update_evidence(store, item, body=text, stance=stance),
                )
                return
            visit = self.pick(data, live(store, "visits"))
            if visit is not None:
                self.edit(
                    name,
                    "evidence",
                    None,
                    lambda: visits.record_evidence(
                        store, visit, AREA, "learning_walk", text, stance=stance
                    ),
                )

        @rule(name=st.sampled_from(LAPTOPS), data=st.data(), title=TEXT)
        def priority(self, name: str, data: Any, title: str) -> None:
            store = self.store(name)
            existing = live(store, "priorities")
            if existing and data.draw(st.booleans()):
                chosen = self.pick(data, existing)
                assert chosen is not None
                change = data.draw(st.sampled_from(["title", "status", "position"]))
                value: Any = {
                    "title": title,
                    "status": data.draw(st.sampled_from(priorities.PRIORITY_STATUSES)),
                    "position": data.draw(st.integers(0, 5)),
                }[change]
                self.edit(
                    name,
                    "priorities",
                    chosen,
                    lambda: priorities.update_priority(store, chosen, **{change: value}),
                )
                return
            school = self.pick(data, live(store, "schools"))
            if school is not None:
                self.edit(
                    name,
                    "priorities",
                    None,
                    lambda: priorities.add_priority(store, school, YEAR, title),
                )

        @rule(
            name=st.sampled_from(LAPTOPS),
            data=st.data(),
            rate=st.sampled_from(RATES),
            rationale=TEXT,
        )
        def judge(
            self, name: str, data: Any, rate: str, rationale: str, chosen: str | None = None
        ) -> None:
            store = self.store(name)
            chosen = chosen or self.pick(data, live(store, "priorities"))
            if chosen is None:
                return
            existing = live(
                store, "judgements", "AND priority_id = ? AND term = 'autumn'", [chosen]
            )
            self.edit(
                name,
                "judgements",
                existing[0] if existing else None,
                lambda: priorities.judge_priority(
                    store,
                    chosen,
                    "autumn",
                    track="on_track",
                    rate=rate,
                    rationale=rationale,
                    judged_on=date(2025, 11, 20),
                ),
            )

        @rule(name=st.sampled_from(LAPTOPS), data=st.data(), table=st.sampled_from(DELETABLE))
        def delete(self, name: str, data: Any, table: str) -> None:
            """Delete (tombstone) a live evidence item, visit or priority."""
            store = self.store(name)
            chosen = self.pick(data, live(store, table))
            if chosen is not None:
                self.edit(name, table, chosen, lambda: records.delete(store, table, chosen))

        def unsent_rows(self) -> list[tuple[str, str, str]]:
            """(laptop, table, row) of live records a laptop changed and has not sent."""
            found = set()
            for name in LAPTOPS:
                for table, row_id, _ in self.unsynced[name]:
                    if table in DELETABLE and row_id in live(self.store(name), table):
                        found.add((name, table, row_id))
            return sorted(found)

        @precondition(lambda self: bool(self.unsent_rows()))
        @rule(data=st.data())
        def delete_unsent(self, data: Any) -> None:
            """A partner deletes a record they have just created or edited and not yet
            sent: a mistake put right before it ever left the laptop."""
            name, table, row_id = data.draw(st.sampled_from(self.unsent_rows()))
            store = self.store(name)
            self.edit(name, table, row_id, lambda: records.delete(store, table, row_id))

        @rule(pair=st.permutations(LAPTOPS), data=st.data(), rates=st.permutations(RATES))
        def concurrent_judgements(self, pair: list[str], data: Any, rates: list[str]) -> None:
            """Two laptops judge the same priority's term differently, offline."""
            both = sorted(
                set(live(self.store(pair[0]), "priorities"))
                & set(live(self.store(pair[1]), "priorities"))
            )
            chosen = self.pick(data, both)
            if chosen is None:
                return
            for name, rate in zip(pair[:2], rates[:2], strict=True):
                self.judge(name, data, rate, f"Barn {name}", chosen)

        def seeing_conflicts(self) -> list[str]:
            return [n for n in LAPTOPS if sync_state.open_conflicts(self.store(n))]

        @precondition(lambda self: bool(self.seeing_conflicts()))
        @rule(data=st.data(), keep_mine=st.booleans())
        def resolve(self, data: Any, keep_mine: bool) -> None:
            """A partner who sees an open conflict settles it: keeps one side (a side that
            is a deletion cannot be kept through a field, so then the other one is)."""
            name = self.pick(data, self.seeing_conflicts())
            if name is None:
                return
            store = self.store(name)
            open_ = {c["id"]: c for c in sync_state.open_conflicts(store)}
            chosen = self.pick(data, sorted(open_))
            if chosen is None:
                return
            conflict = open_[chosen]
            key = (conflict["tbl"], conflict["row_id"], conflict["field"])
            if key in self.unsynced[name]:
                return  # the partner is still editing that very field
            sides = [json.loads(conflict[k]) if conflict[k] else None for k in ("mine", "theirs")]
            value = sides[0] if keep_mine or sides[1] is None else sides[1]
            if value is None or conflict["field"] == "deleted_at":
                return
            table, row_id, field = conflict["tbl"], conflict["row_id"], conflict["field"]
            self.edit(
                name, table, row_id, lambda: sync_state.resolve_conflict(store, chosen, value)
            )
            self.unsynced[name][(table, row_id, field)] = local_value(table, field, value)

        @rule(number=st.sampled_from(NUMBERS), to=st.sampled_from(["ip", "ip2"]))
        def reallocate(self, number: str, to: str) -> None:
            admin.allocate(self.world.central, number, self.partners[to], YEAR)

        @rule(name=st.sampled_from(LAPTOPS))
        def sync(self, name: str) -> None:
            self.sync_laptop(name)

        @rule(order=st.permutations(LAPTOPS))
        def sync_all(self, order: list[str]) -> None:
            for name in order:
                self.sync_laptop(name)

        @rule(order=st.permutations(LAPTOPS))
        def sync_two(self, order: list[str]) -> None:
            for name in order[:2]:
                self.sync_laptop(name)

        # -- invariants ---------------------------------------------------------------------

        @invariant()
        def nothing_written_is_lost(self) -> None:
            central = self.world.central
            for name in LAPTOPS:
                store = self.store(name)
                ops = outbox(store)
                carried = {
                    (
                        (op["tbl"], op["row_id"], op["field"]),
                        json.dumps(
                            local_value(op["tbl"], op["field"], json.loads(op["value"])),
                            sort_keys=True,
                        ),
                    )
                    for op in ops
                }
                missing = self.committed[name] - carried
                assert not missing, f"{name}: written values no op carries: {sorted(missing)[:3]}"
                pending = {
                    (op["tbl"], op["row_id"], op["field"]): op
                    for op in ops
                    if op["state"] == "pending"
                }
                for key, value in self.unsynced[name].items():
                    assert self.fields(name, key[0], key[1]).get(key[2]) == value, (name, key)
                    assert key in pending, f"{name}: unsent {key} has no pending op"
                self.checked[name] |= check_sent_ops_on_server(
                    store, central, self.laptops[name].client.device_id, self.checked[name]
                )

        @invariant()
        def cursors_only_advance(self) -> None:
            for name in LAPTOPS:
                now = cursor_order(cursor_of(self.store(name)))
                assert now >= self.cursors[name], f"{name}'s cursor went back"
                self.cursors[name] = now

        def teardown(self) -> None:
            try:
                for _ in range(4):
                    moved = 0
                    for name in LAPTOPS:
                        report = self.sync_laptop(name)
                        moved += report.sent + report.pulled
                    if not moved:
                        break
                assert not moved, "the laptops never became quiet"
                self.nothing_written_is_lost()
                for name in LAPTOPS:
                    assert_same_as_server(self.store(name), self.world.central, self.owner[name])
            finally:
                self.world.close()
                dispatcher.current = None

    return SyncMachine


def test_random_edits_deletes_reallocations_and_syncs_lose_nothing(
    new_database_url, tmp_path, monkeypatch
) -> None:
    """Tried: 15 derandomised sequences of 30 random steps (see the module docstring)."""
    ids = Uuid7s()
    for module in (desktop_ids, storage, auth):
        monkeypatch.setattr(module, "uuid7", ids)
    dispatcher = Dispatcher()
    with ServerThread(dispatcher) as server:
        machine = make_machine(dispatcher, new_database_url, tmp_path, ids)
        machine.url = server.url
        run_state_machine_as_test(machine, settings=SETTINGS)
