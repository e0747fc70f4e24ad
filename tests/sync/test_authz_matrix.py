"""The declared authorisation table, tried whole against the real server (issue 10).

Every role × table × field × action of :func:`sync.authz.matrix` is sent by a real
enrolled device of that role as a crafted ``POST /sync``, on SQLite and on PostgreSQL.
What the table forbids is refused (the op comes back ``rejected`` and the central store's
history does not move); what it allows succeeds and is stored. Fixed fields (links, an
allocation's year) count as forbidden to change for everyone.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from uuid6 import uuid7

from sync import authz, schema
from tests.sync.authz_world import World, build_world, op, sample

NUMBER = "9904001"  # held by IP-A, in PIP-N's team: in scope of one actor of each role
ACTOR_OF_ROLE = {"ip": "ip_a", "pip": "pip_n", "admin": "admin"}


@pytest.fixture
def world(central, http) -> World:
    return build_world(central, http)


def _new_row_ops(world: World, table: str) -> tuple[str, list[dict[str, Any]]]:
    """A whole new record of ``table`` for school NUMBER, with honest values: its link
    first, then the rest (a new school gets a number of its own)."""
    row = str(uuid7())
    names = list(schema.table(table).fields)
    link = authz.rule(table).link
    if link:
        names.remove(link)
        names.insert(0, link)
    values = {n: sample(world, table, n, NUMBER) for n in names}
    if table == "schools":
        values["number"] = str(uuid7().int)[-7:]
    return row, [op(table, row, n, v) for n, v in values.items()]


def _target(world: World, table: str, action: str) -> str:
    """An existing row of ``table`` to change or (a fresh one) to delete."""
    if table == "allocations":
        # A second allocation of the school to IP-B: IP-A's own keeps the school held.
        return world.make_allocation(NUMBER, "ip_b")
    if table == "conflicts":
        return world.make_conflict(NUMBER)
    if table == "schools":
        if action == "update":
            return world.schools[NUMBER]
        return world.make("schools", NUMBER, number=str(uuid7().int)[-7:])
    return world.make(table, NUMBER)


def _changed_value(world: World, table: str, name: str, row: str) -> Any:
    current = world.value(table, row, name)[1]
    for fresh in range(1, 6):
        value = sample(world, table, name, NUMBER, fresh)
        if value != current:
            return value
    raise AssertionError(f"no other value for {table}.{name}")


def _try(world: World, combo: authz.Combination, fresh: int) -> str | None:
    """Try one combination; return what went wrong, or None."""
    who = ACTOR_OF_ROLE[combo.role]
    rule = authz.rule(combo.table)
    if combo.action == "create":
        row, ops = _new_row_ops(world, combo.table)
        expected = combo.allowed
    elif combo.action == "update":
        assert combo.field is not None
        row = _target(world, combo.table, "update")
        value = _changed_value(world, combo.table, combo.field, row)
        ops = [op(combo.table, row, combo.field, value, world.rev(combo.table, row, combo.field))]
        expected = combo.allowed and combo.field not in rule.fixed
    else:
        row = _target(world, combo.table, "delete")
        ops = [op(combo.table, row, schema.TOMBSTONE, "2025-11-20T10:00:00Z", world.head())]
        expected = combo.allowed
    head = world.head()
    results = world.results(who, ops)
    states = [r["s"] for r in results]
    if not expected:
        if states != ["rejected"] * len(ops):
            return f"allowed, but the table forbids it: {states}"
        if world.head() != head:
            return "refused, but the history moved"
        if combo.action == "create" and world.exists(combo.table, row):
            return "refused, but the row exists"
        return None
    if any(s not in ("accepted", "merged") for s in states):
        why = [r.get("why") for r in results if r["s"] not in ("accepted", "merged")]
        return f"forbidden, but the table allows it: {states} {why}"
    for sent in ops:
        known, stored = world.value(combo.table, row, sent["field"])
        if sent["field"] in rule.authors:
            wanted: Any = world.actors[who].partner_id
        elif sent["field"] in rule.clock:
            continue  # the server's own clock
        else:
            wanted = sent["value"]
        if not known or stored != wanted:
            return f"accepted, but {sent['field']} holds {stored!r}, not {wanted!r}"
    return None


def test_every_combination_of_the_declared_table_is_enforced(world, backend, capsys):
    """Tried: every combination, one request each. Failures are collected and listed
    together, so one run shows every hole at once."""
    wrong: list[str] = []
    tried: Counter[str] = Counter()
    for fresh, combo in enumerate(authz.matrix(), start=1):
        problem = _try(world, combo, fresh)
        rule = authz.rule(combo.table)
        refused = not combo.allowed or (combo.action == "update" and combo.field in rule.fixed)
        tried["refused" if refused else "allowed"] += 1
        if problem:
            wrong.append(f"{combo.role} {combo.action} {combo.table}.{combo.field}: {problem}")
    with capsys.disabled():
        print(
            f"\nauthorisation matrix on {backend}: {sum(tried.values())} combinations tried, "
            f"{tried['refused']} refused as declared, {tried['allowed']} allowed as declared"
        )
    assert not wrong, "\n".join(wrong)
    assert tried["refused"] > 150 and tried["allowed"] > 300
