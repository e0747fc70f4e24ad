"""An attacker among the partners, against the real server (issue 10).

Tried: a hypothesis state machine in which ONE partner is an attacker: South's IP-C, or
South's PIP-S (who may reallocate South's schools), or North's IP-B (attacking their
teammate IP-A's schools and the other team), drawn afresh for every step. Every step is
one crafted ``POST /sync`` from that attacker's real enrolled device, on SQLite and on
PostgreSQL (one world per back end, shared by the examples), with a batch of 1-6 ops
mixing any synced table and field (the tombstone included); row ids of existing records
of every school (North and South), schools, people, local authorities, allocations and
conflicts, and new row ids (some shared within the batch, so a batch can build a record
and hang children from it); values that are other records' ids, school ids (often the
other team's), partner ids, None, short text, ints (huge ones too), dates, lists, honest
values and the value the field holds now; base revisions 0, the current head, the
field's own revision or 10**9; sometimes a ``resolves`` naming an open conflict (North's
or South's) or a made-up one. Targeted rules also try to plant records in, or re-link
records to, schools outside the attacker's scope, to move or end allocations of any
school, to settle other schools' conflicts, and to re-send a whole school's records with
the values they hold (as a laptop that pulled them would).

Asserted, after every step (against the state just before it):
- the server answers 200 or a 4xx, never a 5xx; a 200 has one result per op, and every
  op on an existing record outside the attacker's scope (or on a global table) is
  ``rejected``; a record the request created lies in the attacker's own schools;
- no one's scope changed, except that when the attacker is PIP-S, South's scopes may
  change as long as both South schools stay with South (in PIP-S's scope) and no South
  scope gains a school outside South; North's never change;
- no honest partner's data changed: every field of every row whose school is outside the
  attacker's own schools (all of South for PIP-S), and every global row (people, local
  authorities), has the value and revision it had before the step;
- no row ever moves school: every row keeps the school it had when first seen, and its
  link (``school_id``, or the parent record it hangs from) still names that school;
- no fixed field (``sync.authz``: links, an allocation's year, a visit's partner, an
  answer's question...) ever changes once set, not even in the attacker's own schools.

The world is shared by the examples, so hypothesis cannot replay a failing example
faithfully (it may call it flaky); the test keeps the first failed check's message, with
the request that caused it (ids of partners and schools shown as ``<ip_c>``,
``<school 9904001>``), and reports that.
"""

from __future__ import annotations

import functools
import json
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)
from uuid6 import uuid7

from sync import authz, schema
from sync.server import tables as t
from tests.sync.authz_world import (
    CHILD_TABLES,
    HOLDINGS,
    World,
    build_world,
    op,
    rule_link,
    sample,
)

# Keep hypothesis' cache out of the checkout (see tests/sync/test_state_machine.py).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "sipl-hypothesis")

ATTACKERS = ("ip_c", "pip_s", "ip_b")
ATTACKER = st.sampled_from(ATTACKERS)
NORTH_ACTORS = ("ip_a", "ip_b", "pip_n")
SOUTH_ACTORS = ("ip_c", "pip_s")
NORTH_NUMBERS = ("9904001", "9904002", "9904003")
SOUTH_NUMBERS = ("9915004", "9915005")
CONFLICTED = ("9904001", "9904003", "9915004", "9915005")  # a conflict set up in each
STATES = ("accepted", "merged", "conflict", "rejected")
TABLES = sorted(schema.TABLES)
DATES = (
    "2025-12-01",
    "2099-01-01",
    "2025-09-01",
    "2025-11-19",
    "2025-11-21",
    "2026-08-31",
    "2025-26",
    "2026-27",
    "not a date",
)
INTS = (0, -1, 7, 2**31, 2**62, -(2**62), 10**18)
BASES = ("zero", "head", "rev", "huge")
VALUE_KINDS = (
    "honest",
    "honest",
    "none",
    "text",
    "int",
    "big",
    "date",
    "list",
    "partner",
    "school",
    "id",
    "bool",
    "float",
    "fresh",
    "stored",
)
# The tables whose rows hang from a school or a parent record, and the field that says so.
LINKED = tuple(sorted(n for n in schema.TABLES if rule_link(n)))
LINKS = {name: str(rule_link(name)) for name in LINKED}
# Fields set once and never changed: links, an allocation's year, a visit's partner...
FIXED = {(name, f) for name, declared in authz.RULES.items() for f in declared.fixed}

# Shrinking replays whole examples against a world that has moved on: left out, like the
# sync state machine's, so a failure is reported at once and as it happened.
SETTINGS = settings(
    max_examples=25,
    stateful_step_count=10,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)


class Fresh:
    """A new row id, made when the batch is sent: the same ``Fresh(k)`` is one id within a
    batch (so ops can build a record and point at it) and a new one in the next batch."""

    def __init__(self, k: int) -> None:
        self.k = k

    def __repr__(self) -> str:
        return f"Fresh({self.k})"


FRESH = [Fresh(k) for k in range(3)]


class Stored:
    """The value the field holds on the central store when the batch is sent (a laptop
    re-sending what it pulled)."""

    def __repr__(self) -> str:
        return "Stored()"


STORED = Stored()


def readable(world: World, text: str) -> str:
    """``text`` with partners' and schools' ids replaced by who and which they are."""
    for key, actor in world.actors.items():
        text = text.replace(actor.partner_id, f"<{key}>")
    for number, school in world.schools.items():
        text = text.replace(school, f"<school {number}>")
    return text


def fits(table: str, field: str, value: Any) -> bool:
    """True if the central store's value checks (when it has them) let ``value`` through."""
    check = getattr(schema, "check_value", None)
    if check is None or isinstance(value, Fresh | Stored):
        return True
    return check(table, field, value) is None


def rows_now(world: World) -> dict[tuple[str, str], str | None]:
    with world.central.reading() as conn:
        return {
            (str(r[0]), str(r[1])): r[2]
            for r in conn.execute(sa.select(t.rows.c.tbl, t.rows.c.row_id, t.rows.c.school_id))
        }


def misplaced(world: World, rows: dict[tuple[str, str], str | None]) -> list[str]:
    """Rows whose link (``school_id``, or the parent they hang from) no longer names the
    school they were stored in."""
    query = sa.select(t.fields.c.tbl, t.fields.c.row_id, t.fields.c.field, t.fields.c.value)
    query = query.where(
        t.fields.c.tbl.in_(sorted(LINKS)), t.fields.c.field.in_(sorted(set(LINKS.values())))
    )
    with world.central.reading() as conn:
        found = conn.execute(query).all()
    wrong = []
    for tbl, row_id, field, text in found:
        if field != LINKS[tbl]:
            continue
        value = None if text is None else json.loads(text)
        parent = schema.PARENTS.get((tbl, field), "schools")
        named = value if parent == "schools" else rows.get((parent, str(value)))
        if named != rows.get((tbl, row_id)):
            wrong.append(
                f"{tbl}/{row_id} of school {rows.get((tbl, row_id))} has {field} = {value!r}"
                f" (of school {named})"
            )
    return wrong


def fixed_values(world: World) -> dict[tuple[str, str, str], Any]:
    """The stored value of every fixed field that has been set."""
    query = sa.select(t.fields.c.tbl, t.fields.c.row_id, t.fields.c.field, t.fields.c.value)
    query = query.where(
        t.fields.c.tbl.in_(sorted({tb for tb, _ in FIXED})),
        t.fields.c.field.in_(sorted({f for _, f in FIXED})),
    )
    with world.central.reading() as conn:
        found = conn.execute(query).all()
    return {(r[0], r[1], r[2]): r[3] for r in found if (r[0], r[2]) in FIXED}


def snapshot(world: World, excluded: set[str]) -> dict[tuple[str, str, str], tuple[Any, int]]:
    """Every field of every row whose school is not in ``excluded`` (global rows too)."""
    query = sa.select(
        t.fields.c.tbl, t.fields.c.row_id, t.fields.c.field, t.fields.c.value, t.fields.c.rev
    ).where(sa.or_(t.fields.c.school_id.is_(None), t.fields.c.school_id.not_in(sorted(excluded))))
    with world.central.reading() as conn:
        return {(r[0], r[1], r[2]): (r[3], int(r[4])) for r in conn.execute(query)}


def differences(before: dict, after: dict, limit: int = 5) -> list[str]:
    keys = sorted(set(before) | set(after))
    found = [
        f"{k[0]}/{k[1]}.{k[2]}: {before.get(k)!r} -> {after.get(k)!r}"
        for k in keys
        if before.get(k) != after.get(k)
    ]
    return found[:limit] + ([f"... and {len(found) - limit} more"] if len(found) > limit else [])


class Pools:
    """What an attacker can name: existing rows of every school and table, schools,
    partners, local authorities, allocations and conflicts (refreshed per example)."""

    def __init__(self, world: World, conflicts: dict[str, str]) -> None:
        self.world = world
        self.conflicts = conflicts  # conflict id -> school number
        self.by_table: dict[str, list[str]] = {name: [] for name in schema.TABLES}
        for number in world.schools:
            for found in (world.records[number], world.others[number]):
                for table, row in found.items():
                    if row not in self.by_table[table]:
                        self.by_table[table].append(row)
        self.by_table["people"] = [a.partner_id for a in world.actors.values()]
        self.by_table["local_authorities"] = list(world.las)
        self.school_of_number = dict(world.schools)
        self.number_of_school = {v: k for k, v in world.schools.items()}
        self.refresh()

    def refresh(self) -> None:
        with self.world.central.reading() as conn:
            found = conn.execute(
                sa.select(t.rows.c.tbl, t.rows.c.row_id)
                .where(t.rows.c.tbl.in_(("allocations", "conflicts")))
                .order_by(t.rows.c.tbl, t.rows.c.row_id)
            ).all()
        self.by_table["allocations"] = [r[1] for r in found if r[0] == "allocations"]
        self.by_table["conflicts"] = [r[1] for r in found if r[0] == "conflicts"]
        self.all_ids = sorted({row for rows in self.by_table.values() for row in rows})

    @property
    def partner_ids(self) -> list[str]:
        return self.by_table["people"]

    @property
    def school_ids(self) -> list[str]:
        return [self.world.schools[n] for n in NORTH_NUMBERS + SOUTH_NUMBERS]


def make_machine(
    world: World,
    pools: Pools,
    first_school: dict,
    first_fixed: dict,
    tally: Counter,
    problems: list[str],
) -> type:
    def recorded(method: Any) -> Any:
        """Keep what a failed check said: the world is shared by the examples, so when
        hypothesis replays a failing example it may not fail the same way (and reports
        only that it is flaky); the test reports the first problem itself."""

        @functools.wraps(method)
        def checked(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except AssertionError as error:
                problems.append(readable(world, str(error)))
                raise

        return checked

    class Attacker(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.who: str | None = None
            self.batch: tuple[str, list[dict[str, Any]], int, list[dict[str, Any]]] | None = None
            pools.refresh()

        def begin(self, who: str) -> None:
            """A step by ``who``: what they may change, and what must stay as it is now."""
            self.who = who
            tally[f"steps as {who}"] += 1
            self.scopes = world.scopes()
            self.own = set(self.scopes[who] or ())
            south = {world.schools[n] for n in SOUTH_NUMBERS}
            # The schools whose data the attacker may legitimately change.
            self.excluded = south if who == "pip_s" else set(self.own)
            self.foreign = sorted(set(pools.school_ids) - self.own)
            self.honest = snapshot(world, self.excluded)
            self.rows = rows_now(world)

        def story(self, keys: set[tuple[str, ...]] | None = None) -> str:
            """The last request and its ops touching ``keys`` ((table, row) or (table,
            row, field); all of them if none does), for a failure message."""
            if self.batch is None:
                return "(no request yet)"
            who, ops, status, results = self.batch
            pairs = list(zip(ops, results or [{}] * len(ops), strict=True))
            if keys:
                touching = [
                    (o, r)
                    for o, r in pairs
                    if (o["table"], o["row_id"]) in keys
                    or (o["table"], o["row_id"], o["field"]) in keys
                ]
                pairs = touching or pairs
            lines = [f"the last request: {who} sent {len(ops)} ops, HTTP {status}; of them:"]
            for sent, result in pairs[:8]:
                line = (
                    f"  {sent['table']}/{sent['row_id']}.{sent['field']} = {sent['value']!r}"
                    f" (base_rev {sent['base_rev']}"
                    + (f", resolves {sent['resolves']}" if "resolves" in sent else "")
                    + ")"
                )
                if result:
                    line += f" -> {result['s']}" + (
                        f" ({result['why']})" if "why" in result else ""
                    )
                lines.append(line)
            if len(pairs) > 8:
                lines.append(f"  ... and {len(pairs) - 8} more")
            return readable(world, "\n".join(lines))

        # -- what the attacker sends --------------------------------------------------------
        # Every draw has the same shape whatever the world holds (a kind from a fixed list,
        # an index taken modulo the list it picks from), because the world is shared by the
        # examples and hypothesis requires the same choices to draw the same way.

        def pick(self, data: Any, options: list[Any], fallback: list[Any], label: str) -> Any:
            index = data.draw(st.integers(0, 2**16), label=label)
            chosen = options or fallback
            return chosen[index % len(chosen)]

        def value(self, data: Any, table: str, field: str) -> Any:
            """A value for ``table.field``: mostly one the central store's value checks let
            through (an ill-typed one sinks the whole request with a 422), sometimes not."""
            for _ in range(3):
                value = self.any_value(data, table, field)
                if fits(table, field, value):
                    break
            return value

        def any_value(self, data: Any, table: str, field: str) -> Any:
            if (table, field) in schema.JSON_LIST_FIELDS:
                kinds = ("list", "list", "list", "none", *VALUE_KINDS)
            elif (table, field) in schema.PARENTS or field == rule_link(table):
                kinds = ("foreign", "foreign", "parent", "parent", "fresh", *VALUE_KINDS)
            elif field == schema.TOMBSTONE:
                kinds = ("date", "date", "none", *VALUE_KINDS)
            else:
                kinds = VALUE_KINDS
            kind = data.draw(st.sampled_from(kinds), label="value kind")
            if kind in ("foreign", "parent", "partner", "school", "id"):
                parent = schema.PARENTS.get((table, field), "schools")
                options = {
                    "foreign": self.foreign,
                    "parent": pools.by_table.get(parent, []),
                    "partner": pools.partner_ids,
                    "school": pools.school_ids,
                    "id": pools.all_ids,
                }[kind]
                return self.pick(data, options, pools.all_ids, "value")
            if kind == "honest":
                number = data.draw(st.sampled_from(NORTH_NUMBERS + SOUTH_NUMBERS), label="of")
                fresh = data.draw(st.integers(0, 5), label="fresh")
                return sample(world, table, field, number, fresh)
            strategy = {
                "none": st.none(),
                "text": st.text(max_size=12),
                "int": st.integers(),
                "big": st.sampled_from(INTS),
                "date": st.sampled_from(DATES),
                "list": st.lists(st.text(max_size=8), max_size=3),
                "bool": st.booleans(),
                "float": st.just(1.5),
                "fresh": st.sampled_from(FRESH),
                "stored": st.just(STORED),
            }[kind]
            return data.draw(strategy, label="value")

        def draw_op(self, data: Any) -> dict[str, Any]:
            table = data.draw(st.sampled_from(TABLES), label="table")
            field = data.draw(
                st.sampled_from([*schema.table(table).fields, schema.TOMBSTONE]), label="field"
            )
            whose = data.draw(st.sampled_from(("mine", "of table", "any", "fresh")), label="row")
            if whose == "fresh":
                row: Any = data.draw(st.sampled_from(FRESH), label="row")
            else:
                mine = sorted(
                    r for (tb, r), school in self.rows.items() if tb == table and school in self.own
                )
                options = {"mine": mine, "of table": pools.by_table[table], "any": pools.all_ids}
                row = self.pick(data, options[whose], pools.all_ids, "row")
            drawn = {
                "table": table,
                "row": row,
                "field": field,
                "value": self.value(data, table, field),
                "base": data.draw(st.sampled_from(BASES), label="base_rev"),
            }
            resolves = data.draw(st.sampled_from(("-", "-", "-", "known", "made up")))
            if resolves == "known":
                drawn["resolves"] = self.pick(
                    data, pools.by_table["conflicts"], sorted(pools.conflicts), "resolves"
                )
            elif resolves == "made up":
                drawn["resolves"] = str(data.draw(st.uuids(), label="resolves"))
            return drawn

        def build(self, drawn: list[dict[str, Any]]) -> list[dict[str, Any]]:
            """The ops as sent: fresh ids made, base revisions read now."""
            fresh = {f.k: str(uuid7()) for f in FRESH}

            def real(value: Any) -> Any:
                return fresh[value.k] if isinstance(value, Fresh) else value

            head = world.head()
            ops = []
            for d in drawn:
                row = real(d["row"])
                base = {
                    "zero": 0,
                    "head": head,
                    "huge": 10**9,
                    "rev": world.rev(d["table"], row, d["field"]) if d["base"] == "rev" else 0,
                }[d["base"]]
                extra = {"resolves": d["resolves"]} if "resolves" in d else {}
                value = real(d["value"])
                if isinstance(value, Stored):
                    value = world.value(d["table"], row, d["field"])[1]
                ops.append(op(d["table"], row, d["field"], value, base, **extra))
            return ops

        @recorded
        def send(self, ops: list[dict[str, Any]]) -> None:
            """One request from the attacker's real device; the checks of the reply."""
            assert self.who is not None
            who = self.who
            scope = world.scope(who)
            before = rows_now(world)
            actor = world.actors[who]
            body = {"device_id": actor.device_id, "ops": ops, "page_size": 1}
            response = world.http.post("/sync", content=json.dumps(body), headers=actor.headers())
            status = response.status_code
            self.batch = (who, ops, status, [])
            tally["requests"] += 1
            tally["ops"] += len(ops)
            assert status == 200 or 400 <= status < 500, (
                f"server error {status}: {response.text[:400]}\n{self.story()}"
            )
            if status != 200:
                tally[f"http {status}"] += 1
                return
            results = response.json()["results"]
            assert len(results) == len(ops), f"{len(results)} results\n{self.story()}"
            self.batch = (who, ops, status, results)
            for sent, result in zip(ops, results, strict=True):
                assert result["s"] in STATES, f"{result}\n{self.story()}"
                tally[result["s"]] += 1
                key = (sent["table"], sent["row_id"])
                if key in before and (
                    schema.table(sent["table"]).school_path is None
                    or (scope is not None and before[key] not in scope)
                ):
                    assert result["s"] == "rejected", (
                        f"{who} changed {sent['table']}/{sent['row_id']}.{sent['field']} "
                        f"of school {before[key]} outside their scope {sorted(scope or ())}: "
                        f"{result}\n{self.story({key})}"
                    )
                if result["s"] == "conflict" and result.get("conflict"):
                    pools.by_table["conflicts"].append(result["conflict"])
            self.rows = rows_now(world)
            for key, school in self.rows.items():
                if key not in before and scope is not None:
                    assert school in scope, (
                        f"{who} created {key[0]}/{key[1]} in school {school}, outside their "
                        f"scope {sorted(scope)}\n{self.story({key})}"
                    )

        # -- rules ------------------------------------------------------------------------

        @rule(who=ATTACKER, data=st.data(), size=st.integers(1, 6))
        def arbitrary_batch(self, who: str, data: Any, size: int) -> None:
            self.begin(who)
            self.send(self.build([self.draw_op(data) for _ in range(size)]))

        @rule(who=ATTACKER, data=st.data(), table=st.sampled_from(LINKED), extra=st.integers(0, 4))
        def plant_or_relink(self, who: str, data: Any, table: str, extra: int) -> None:
            """A record, new (sometimes first tied honestly to the attacker's own school) or
            of the attacker's own schools, tied to or pointed at a record of a school
            outside the attacker's scope (or of another school of their own), with a few
            ops besides."""
            self.begin(who)
            link = rule_link(table)
            assert link is not None
            own_rows = [
                found[table]
                for school in sorted(self.own)
                for found in (
                    world.records[pools.number_of_school[school]],
                    world.others[pools.number_of_school[school]],
                )
                if table in found
            ]
            row = self.pick(data, own_rows, [FRESH[0]], "row")
            if data.draw(st.booleans(), label="new row"):
                row = FRESH[0]
            pointers = [f for f in schema.table(table).fields if (table, f) in schema.PARENTS]
            field = data.draw(st.sampled_from(sorted({link, *pointers})), label="field")
            parent = schema.PARENTS.get((table, field), "schools")
            # A school outside the attacker's scope, or any (another of their own too).
            targets = self.foreign if data.draw(st.booleans(), label="foreign") else []
            if parent == "people":
                value = self.pick(data, pools.partner_ids, pools.partner_ids, "value")
            elif parent == "schools":
                value = self.pick(data, targets, pools.school_ids, "value")
            else:
                number = pools.number_of_school[
                    self.pick(data, targets, pools.school_ids, "school")
                ]
                which = data.draw(st.sampled_from((world.records, world.others)), label="which")
                value = which[number][parent]
            drawn = [{"table": table, "row": row, "field": field, "value": value, "base": "rev"}]
            made_first = data.draw(st.booleans(), label="made honestly first")
            if row is FRESH[0] and made_first:
                # The new record first tied honestly to a school of the attacker's own.
                school = self.pick(data, sorted(self.own), pools.school_ids, "own school")
                parent = schema.PARENTS.get((table, link), "schools")
                found = world.records[pools.number_of_school[school]]
                honest = school if parent == "schools" else found[parent]
                drawn.insert(0, {**drawn[0], "field": link, "value": honest})
            for _ in range(extra):
                name = data.draw(st.sampled_from(sorted(schema.table(table).fields)))
                value = self.value(data, table, name)
                drawn.append(
                    {"table": table, "row": row, "field": name, "value": value, "base": "rev"}
                )
            self.send(self.build(drawn))

        @rule(who=ATTACKER, data=st.data(), own=st.booleans(), which=st.booleans())
        def echo_a_school(self, who: str, data: Any, own: bool, which: bool) -> None:
            """Re-send every field of every record of a school (often one of the
            attacker's own) with the value it holds now, as a laptop that pulled them
            would (a random half of the tables): nothing may change but what the server
            stamps."""
            self.begin(who)
            school = self.pick(data, sorted(self.own) if own else [], pools.school_ids, "school")
            found = (world.records if which else world.others)[pools.number_of_school[school]]
            tables = [t for t in CHILD_TABLES if data.draw(st.booleans(), label=f"echo {t}")]
            drawn = [
                {"table": table, "row": found[table], "field": name}
                | {"value": STORED, "base": "rev"}
                for table in tables
                for name in schema.table(table).fields
            ]
            self.send(self.build(drawn))

        @rule(who=ATTACKER, data=st.data(), size=st.integers(1, 3))
        def reallocate(self, who: str, data: Any, size: int) -> None:
            """Change, end or take back allocations of any school: moving it to someone
            (of either team), to other dates, or deleting or reviving it."""
            self.begin(who)
            drawn = []
            for _ in range(size):
                row = self.pick(
                    data, pools.by_table["allocations"], pools.by_table["allocations"], "row"
                )
                field = data.draw(
                    st.sampled_from(("person_id", "starts_on", "ends_on", schema.TOMBSTONE)),
                    label="field",
                )
                if field == "person_id":
                    value = self.pick(data, [*pools.partner_ids, None], [None], "value")
                else:
                    value = data.draw(st.sampled_from([*DATES[:6], None]), label="value")
                base = data.draw(st.sampled_from(BASES), label="base_rev")
                drawn.append(
                    {"table": "allocations", "row": row, "field": field, "value": value}
                    | {"base": base}
                )
            self.send(self.build(drawn))

        @rule(
            who=ATTACKER,
            data=st.data(),
            field=st.sampled_from(("body", schema.TOMBSTONE)),
            value=st.sampled_from(("sylfaen", "fy fersiwn i", "eu fersiwn nhw", "golygiad", None)),
        )
        def settle_a_conflict(self, who: str, data: Any, field: str, value: Any) -> None:
            """Resolve a conflict set up on a school's note (any school's), with one of its
            values, an edit, or a tombstone."""
            self.begin(who)
            cid = self.pick(data, sorted(pools.conflicts), [], "conflict")
            row = world.records[pools.conflicts[cid]]["notes"]
            drawn = {"table": "notes", "row": row, "field": field, "value": value, "base": "rev"}
            self.send(self.build([{**drawn, "resolves": cid}]))

        # -- invariants -------------------------------------------------------------------

        @invariant()
        @recorded
        def scopes_change_only_as_pip_s_may(self) -> None:
            if self.who is None:
                return
            now = world.scopes()
            south = {world.schools[n] for n in SOUTH_NUMBERS}
            if self.who != "pip_s":
                changed = {k: (self.scopes[k], v) for k, v in now.items() if v != self.scopes[k]}
                assert not changed, f"scopes changed: {changed}\n{self.story()}"
                return
            for key in [*NORTH_ACTORS, "admin"]:
                assert now[key] == self.scopes[key], (
                    f"{key}'s scope changed: {self.scopes[key]} -> {now[key]}\n{self.story()}"
                )
            assert south <= (now["pip_s"] or set()), (
                f"a South school left South: pip_s now holds {now['pip_s']}\n{self.story()}"
            )
            for key in SOUTH_ACTORS:
                assert (now[key] or set()) <= south, (
                    f"{key}'s scope gained a school outside South: {now[key]}\n{self.story()}"
                )

        @invariant()
        @recorded
        def honest_data_unchanged(self) -> None:
            if self.who is None:
                return
            now = snapshot(world, self.excluded)
            keys = {k for k in set(now) | set(self.honest) if now.get(k) != self.honest.get(k)}
            assert not keys, (
                f"data outside {self.who}'s own schools changed:\n"
                + "\n".join(differences(self.honest, now))
                + f"\n{self.story(keys)}"
            )

        @invariant()
        @recorded
        def no_row_moves_school(self) -> None:
            rows = rows_now(world)
            for key, school in rows.items():
                was = first_school.setdefault(key, school)
                assert school == was, (
                    f"{key[0]}/{key[1]} moved from school {was} to {school}\n{self.story()}"
                )
            wrong = misplaced(world, rows)
            assert not wrong, "a link moved:\n" + "\n".join(wrong[:5]) + f"\n{self.story()}"

        @invariant()
        @recorded
        def fixed_fields_never_change(self) -> None:
            changed = {}
            for key, value in fixed_values(world).items():
                was = first_fixed.setdefault(key, value)
                if value != was:
                    changed[key] = f"{key[0]}/{key[1]}.{key[2]}: {was} -> {value}"
            assert not changed, (
                f"a fixed field changed (the last step was {self.who}'s):\n"
                + "\n".join(sorted(changed.values())[:5])
                + f"\n{self.story(set(changed))}"
            )

    return Attacker


def test_an_attacker_changes_nothing_of_the_honest(central, http, backend, capsys):
    """Tried: 25 examples of up to 10 steps, each step by an attacker drawn from IP-C,
    PIP-S and IP-B (see the module docstring); one world per back end."""
    started = time.monotonic()
    world = build_world(central, http)
    conflicts = {world.make_conflict(number): number for number in CONFLICTED}
    pools = Pools(world, conflicts)
    first_school = dict(rows_now(world))
    first_fixed = fixed_values(world)
    tally: Counter[str] = Counter()
    assert set(HOLDINGS["ip_c"]) == set(SOUTH_NUMBERS)
    problems: list[str] = []
    machine = make_machine(world, pools, first_school, first_fixed, tally, problems)
    try:
        run_state_machine_as_test(machine, settings=SETTINGS)
    except Exception:
        if not problems:
            raise
    finally:
        with capsys.disabled():
            print(
                f"\nattacker on {backend} in {time.monotonic() - started:.1f} s: "
                + ", ".join(f"{k} {v}" for k, v in sorted(tally.items()))
            )
    if problems:
        pytest.fail(f"the attacker got through ({backend}):\n{problems[0]}", pytrace=False)
    assert tally["rejected"] > 0, "no op was refused: the attacks never reached the server"
    assert tally["accepted"] + tally["merged"] + tally["conflict"] > 0, (
        "no op was ever allowed: the batches never did anything the attacker may do"
    )
