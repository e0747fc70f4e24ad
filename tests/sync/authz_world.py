"""The world of the authorisation proofs (issue 10): two teams, real enrolled devices and
a record of every synced table in every school, on the real central store app over HTTP.

North: IP-A holds 9904001 and 9904002, IP-B holds 9904003, PIP-N leads them.
South: IP-C holds 9915004 and 9915005, PIP-S leads them. Plus an administrator.

Nothing here fakes the server: each actor is a device enrolled with a real code, and its
ops go to ``POST /sync`` with its real bearer token.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import sqlalchemy as sa
from uuid6 import uuid7

from sync import authz, schema
from sync import client as sync_client
from sync.server import admin, auth
from sync.server import tables as t
from sync.server.storage import CentralStore
from tests.sync.conftest import YEAR

NORTH, SOUTH = "Tîm y Gogledd", "Tîm y De"
HOLDINGS = {
    "ip_a": ("9904001", "9904002"),
    "ip_b": ("9904003",),
    "ip_c": ("9915004", "9915005"),
}
ROLE_OF = {"ip_a": "ip", "ip_b": "ip", "ip_c": "ip", "pip_n": "pip", "pip_s": "pip"}
TEAM_OF = {"ip_a": NORTH, "ip_b": NORTH, "pip_n": NORTH, "ip_c": SOUTH, "pip_s": SOUTH}

# Every table whose rows hang from a school, parents before children (schema order).
CHILD_TABLES = tuple(
    name
    for name, table in schema.TABLES.items()
    if table.school_path not in (None, "id") and name not in ("allocations", "conflicts")
)


@dataclass
class Actor:
    key: str
    partner_id: str
    role: str
    device_id: str
    token: str

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}


@dataclass
class World:
    central: CentralStore
    http: httpx.Client
    actors: dict[str, Actor]
    schools: dict[str, str]  # number -> id
    las: list[str]  # the local authorities' ids
    records: dict[str, dict[str, str]] = field(default_factory=dict)  # number -> table -> id
    others: dict[str, dict[str, str]] = field(default_factory=dict)  # a second of each

    # -- pushing ----------------------------------------------------------------------

    def push(self, who: str, ops: list[dict[str, Any]]) -> httpx.Response:
        """One crafted ``POST /sync`` from ``who``'s own device."""
        actor = self.actors[who]
        body = {"device_id": actor.device_id, "ops": ops}
        return self.http.post("/sync", content=json.dumps(body), headers=actor.headers())

    def results(self, who: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        response = self.push(who, ops)
        assert response.status_code == 200, response.text
        return list(response.json()["results"])

    # -- reading the server -----------------------------------------------------------

    def value(self, tbl: str, row_id: str, name: str) -> tuple[bool, Any]:
        with self.central.reading() as conn:
            found = self.central.field(conn, tbl, row_id, name)
        return (False, None) if found is None else (True, found[0])

    def rev(self, tbl: str, row_id: str, name: str) -> int:
        with self.central.reading() as conn:
            found = self.central.field(conn, tbl, row_id, name)
        return 0 if found is None else found[1]

    def exists(self, tbl: str, row_id: str) -> bool:
        with self.central.reading() as conn:
            return self.central.row_school(conn, tbl, row_id)[0]

    def head(self) -> int:
        with self.central.reading() as conn:
            return int(conn.execute(sa.select(sa.func.max(t.history.c.seq))).scalar() or 0)

    def scope(self, who: str) -> set[str] | None:
        with self.central.reading() as conn:
            partner = auth.find_partner(conn, self.actors[who].partner_id)
            assert partner is not None
            return self.central.scope(conn, partner)

    def scopes(self) -> dict[str, set[str] | None]:
        return {key: self.scope(key) for key in self.actors}

    # -- making records (as the server, like an import) -------------------------------

    def make(self, table: str, school_number: str, /, **overrides: Any) -> str:
        """A new row of ``table`` in school ``number`` with honest values (the server
        writes it, as an administrator's command would); return its id."""
        values = {
            name: sample(self, table, name, school_number)
            for name in schema.table(table).fields
            if table != "conflicts"
        }
        values.update(overrides)
        with self.central.writing() as conn:
            return self.central.write_row(conn, table, values)

    def make_conflict(self, number: str, field_name: str = "body") -> str:
        """An open conflict on the school's note (as the server records one)."""
        values = {
            "school_id": self.schools[number],
            "tbl": "notes",
            "row_id": self.records[number]["notes"],
            "field": field_name,
            "base": json.dumps("sylfaen"),
            "mine": json.dumps("fy fersiwn i"),
            "theirs": json.dumps("eu fersiwn nhw"),
            "status": "open",
        }
        with self.central.writing() as conn:
            return self.central.write_row(conn, "conflicts", values)

    def central_conflict(self, tbl: str, row_id: str, field_name: str) -> str:
        """An open conflict on any row (a global one has no school)."""
        with self.central.reading() as conn:
            school = self.central.row_school(conn, tbl, row_id)[1]
            current = self.central.field(conn, tbl, row_id, field_name)
        values = {
            "school_id": school,
            "tbl": tbl,
            "row_id": row_id,
            "field": field_name,
            "base": json.dumps(current[0] if current else None),
            "mine": json.dumps("fy fersiwn i"),
            "theirs": json.dumps(current[0] if current else None),
            "status": "open",
        }
        with self.central.writing() as conn:
            return self.central.write_row(conn, "conflicts", values)

    def make_allocation(self, number: str, who: str) -> str:
        return self.make(
            "allocations", number, person_id=self.actors[who].partner_id, starts_on=None
        )


def op(table: str, row_id: str, name: str, value: Any, base_rev: int = 0, **extra: Any) -> dict:
    return {
        "op_id": str(uuid7()),
        "table": table,
        "row_id": row_id,
        "field": name,
        "value": value,
        "base_rev": base_rev,
        **extra,
    }


def sample(world: World, table: str, name: str, number: str, fresh: int = 0) -> Any:
    """An honest value of ``table.name`` for a record of school ``number`` (``fresh``
    varies it, so that an update really changes something)."""
    parent = schema.PARENTS.get((table, name))
    holder = next(k for k, v in HOLDINGS.items() if number in v)
    if parent == "schools":
        # A school of the same partner: changing to it stays in everyone's scope.
        held = HOLDINGS[holder]
        return world.schools[held[fresh % len(held)]]
    if parent == "people":
        team = TEAM_OF[holder]
        if table == "allocations":
            mates = sorted(k for k, v in TEAM_OF.items() if v == team and ROLE_OF[k] == "ip")
        else:
            mates = sorted(k for k, v in TEAM_OF.items() if v == team)
        return world.actors[mates[fresh % len(mates)]].partner_id
    if parent == "local_authorities":
        return world.las[fresh % len(world.las)]
    if parent == table:
        # A link to a row of the same table (a priority carried forward names the one it
        # continues): the world's first rows of that table have none to name yet.
        return (world.records if fresh % 2 == 0 else world.others)[number].get(parent)
    if parent is not None:
        return (world.records if fresh % 2 == 0 else world.others)[number][parent]
    if (table, name) in schema.JSON_LIST_FIELDS:
        return [f"eitem {fresh}"]
    if table == "schools" and name == "number":
        return f"99{70000 + fresh:05d}"
    if name == "academic_year":
        return YEAR if fresh == 0 else f"{2025 + fresh}-{(26 + fresh) % 100:02d}"
    if name == "starts_on":
        return f"2025-09-{1 + fresh % 28:02d}"
    if name == "ends_on":
        return "2026-08-31" if fresh == 0 else f"2026-07-{1 + fresh % 28:02d}"
    if name.endswith(("_on", "_date", "_due")) or name in ("decided_on",):
        return f"2025-12-{1 + fresh % 28:02d}"
    if name.endswith("_at"):
        return f"2025-11-2{fresh % 10}T10:00:00Z"
    if name == "question":
        return 1 + fresh % 5
    if name == "year":
        return str(2019 + fresh)
    if name in ("pupils", "size", "position"):
        return 10 + fresh
    if name == "days":
        return 1.5 + fresh
    if name == "in_report":
        return fresh % 2 == 0
    if name == "sha256":
        return f"{fresh:064x}"
    return f"Testun {table}.{name} {fresh} ŵ ŷ"


def build_world(central: CentralStore, http: httpx.Client) -> World:
    """Partners, allocations, enrolled devices, and one record of every school-tied table
    in every school (the server writes them, so each actor starts from the same world)."""
    ids: dict[str, str] = {}
    for key, role in ROLE_OF.items():
        ids[key] = auth.add_partner(central, key.upper(), role, team=TEAM_OF[key])
    ids["admin"] = auth.add_partner(central, "ADMIN", "admin")
    for key, numbers in HOLDINGS.items():
        for number in numbers:
            admin.allocate(central, number, ids[key], YEAR)
    actors = {}
    for key, partner_id in ids.items():
        enrolled = sync_client.enrol(http, auth.issue_code(central, partner_id), key)
        actors[key] = Actor(
            key, partner_id, ROLE_OF.get(key, "admin"), enrolled.device_id, enrolled.token
        )
    with central.reading() as conn:
        numbers = [n for held in HOLDINGS.values() for n in held]
        schools = {n: admin.school_by_number(conn, n) for n in numbers}
        las = sorted(
            conn.execute(
                sa.select(t.rows.c.row_id).where(t.rows.c.tbl == "local_authorities")
            ).scalars()
        )
    world = World(central, http, actors, {k: str(v) for k, v in schools.items()}, las)
    for number in world.schools:
        world.records[number] = {"schools": world.schools[number]}
        world.others[number] = {"schools": world.schools[number]}
        for table in CHILD_TABLES:
            world.records[number][table] = world.make(table, number)
            world.others[number][table] = world.make(table, number)
    return world


def rule_link(table: str) -> str | None:
    return authz.rule(table).link
