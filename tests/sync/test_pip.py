"""A principal improvement partner reallocates schools within their team (issue 5).

The central store accepts an allocation change from a PIP only for a school in the PIP's
scope and a partner of the PIP's team; an IP may not allocate at all. Every refusal is
logged; every accepted change is in the history with who made it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa
from uuid6 import uuid7

from desktop.store import caseload, records, reviews, schools, sync_state, team
from sync.server import admin, auth
from sync.server import tables as t
from sync.server.storage import Audit, CentralStore, Device, Op
from tests.sync.conftest import TODAY, YEAR
from tests.sync.helpers import assert_same_as_server, refusals, scope_of, server_rows
from tests.sync.test_scope import fill_school, numbers


@pytest.fixture
def crew(central: CentralStore, ip: str) -> dict[str, str]:
    """West: the fixture's IP (9904001-3), a second IP (9915004) and a PIP. East: an IP
    (9915005) and a PIP. Plus an administrator."""
    west_two = auth.add_partner(central, "Elin Morgan", "ip", team="Tîm y Gorllewin")
    admin.allocate(central, "9915004", west_two, YEAR)
    pip = auth.add_partner(central, "Gareth Huws", "pip", team="Tîm y Gorllewin")
    east = auth.add_partner(central, "Rhodri Bowen", "ip", team="Tîm y Dwyrain")
    admin.allocate(central, "9915005", east, YEAR)
    east_pip = auth.add_partner(central, "Nia Lloyd", "pip", team="Tîm y Dwyrain")
    boss = auth.add_partner(central, "Gweinyddwr", "admin")
    return {
        "ip": ip,
        "west_two": west_two,
        "pip": pip,
        "east": east,
        "east_pip": east_pip,
        "admin": boss,
    }


def school_id(central: CentralStore, number: str) -> str:
    with central.reading() as conn:
        found = admin._row_by(conn, "schools", "number", number)
    assert found is not None
    return found


def live_allocation(central: CentralStore, number: str) -> str:
    """The id of the school's one live allocation for the year."""
    wanted = school_id(central, number)
    with central.reading() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                sa.select(t.fields.c.row_id)
                .join(
                    t.rows,
                    sa.and_(t.rows.c.tbl == t.fields.c.tbl, t.rows.c.row_id == t.fields.c.row_id),
                )
                .where(
                    t.fields.c.tbl == "allocations",
                    t.fields.c.field == "school_id",
                    t.fields.c.school_id == wanted,
                    t.rows.c.deleted_rev.is_(None),
                )
            )
        ]
    [allocation] = ids
    return allocation


def test_a_pip_moves_a_school_between_two_ips_of_the_team(
    laptop_factory, crew, central, server_day
):
    """Tried: IP A fills 9904001 and syncs; the West PIP reallocates it to IP B from today
    on the PIP's laptop (a new allocation, and the old one ended yesterday) and syncs. The
    server accepts it and records the PIP as the author; IP B's next sync brings the
    school's whole history, equal to the server's. IP A's laptop keeps the school, read
    only, until the end of the term: an edit made there anyway is refused by the server,
    which sends A nothing more of the school but its allocations. After the term, A's
    caseload no longer lists it and the server keeps it out of A's scope."""
    first = laptop_factory("ip-a", crew["ip"])
    second = laptop_factory("ip-b", crew["west_two"])
    pip = laptop_factory("pip", crew["pip"])
    for laptop in (first, second, pip):
        laptop.sync()
    filled = fill_school(first.store, "9904001", "Symud")
    assert first.sync().rejected == 0
    pip.sync()
    assert numbers(second.store) == {"9915004"}

    moved = team.reallocate(pip.store, filled.school_id, crew["west_two"], YEAR, on=TODAY)
    report = pip.sync()
    assert report.rejected == 0 and report.accepted == 5  # 4 fields + the old one's end
    assert sync_state.rejected_ops(pip.store) == []
    assert filled.school_id in scope_of(central, crew["west_two"])  # type: ignore[operator]
    assert filled.school_id not in scope_of(central, crew["ip"])  # type: ignore[operator]
    with central.reading() as conn:
        assert filled.school_id in central.read_only(conn, central_partner(central, crew["ip"]))
        authors = {
            r[0]
            for r in conn.execute(
                sa.select(t.history.c.partner_id).where(
                    t.history.c.tbl == "allocations", t.history.c.row_id == moved
                )
            )
        }
    assert authors == {crew["pip"]}

    second.sync()
    assert numbers(second.store) == {"9904001", "9915004"}
    got = {
        k
        for k in server_rows(central, {filled.school_id})
        if k[0] not in ("people", "local_authorities")
    }
    assert {("visits", filled.visit), ("judgements", filled.judgement)} <= got
    assert_same_as_server(second.store, central, crew["west_two"])
    rows = caseload.caseload(second.store, crew["west_two"], YEAR, TODAY)
    assert {r.school.number for r in rows} == {"9904001", "9915004"}
    assert all(r.read_only_until is None for r in rows)

    # IP B writes in the school; A's laptop still reads its own copy, read only.
    records.update(second.store, "visits", filled.visit, {"summary": "Newydd gan B"})
    assert second.sync().rejected == 0
    first.sync()
    rows = caseload.caseload(first.store, crew["ip"], YEAR, TODAY)
    assert {r.school.number: r.read_only_until for r in rows} == {
        "9904001": "2025-12-31",
        "9904002": None,
        "9904003": None,
    }
    assert first.store.db["visits"].get(filled.visit)["summary"] != "Newydd gan B"
    records.update(first.store, "visits", filled.visit, {"summary": "Ysgrifennwyd wedyn"})
    report = first.sync()
    assert report.rejected == 1
    assert [r[3] for r in sync_state.rejected_ops(first.store)] == [
        "this school has moved to another partner"
    ]

    # The new term: A's laptop drops the school; the server no longer counts it as A's.
    server_day[0] = date(2026, 1, 5)
    first.sync()
    assert {
        r.school.number for r in caseload.caseload(first.store, crew["ip"], YEAR, server_day[0])
    } == {
        "9904002",
        "9904003",
    }
    with central.reading() as conn:
        assert central.read_only(conn, central_partner(central, crew["ip"])) == set()
    # The PIP still sees the school (it stays in the team) with its new holder.
    pip.sync()
    held = team.holders(pip.store, YEAR, server_day[0])
    assert held[filled.school_id].person_id == crew["west_two"]


def test_a_handover_dated_later_takes_effect_on_its_day(laptop_factory, crew, central, server_day):
    """Tried: the PIP hands 9904001 to IP B from 1 December. Until then A keeps it and B
    does not see it; the team caseload shows B as incoming. On 1 December B's sync brings
    the whole school and A's laptop shows it read only."""
    first = laptop_factory("ip-a", crew["ip"])
    second = laptop_factory("ip-b", crew["west_two"])
    pip = laptop_factory("pip", crew["pip"])
    for laptop in (first, second, pip):
        laptop.sync()
    school = schools.school_by_number(pip.store, "9904001")
    assert school is not None
    team.reallocate(pip.store, school.id, crew["west_two"], YEAR, on=date(2025, 12, 1))
    assert pip.sync().rejected == 0
    rows = {r.school.number: r for r in team.team_caseload(pip.store, YEAR, today=TODAY)}
    assert rows["9904001"].holder is not None
    assert rows["9904001"].holder.person_id == crew["ip"]
    assert rows["9904001"].incoming is not None
    assert rows["9904001"].incoming.person_id == crew["west_two"]
    assert rows["9904001"].incoming.starts_on == "2025-12-01"
    second.sync()
    first.sync()
    assert numbers(second.store) == {"9915004"}
    assert school.id in scope_of(central, crew["ip"])  # type: ignore[operator]

    server_day[0] = date(2025, 12, 1)
    second.sync()
    first.sync()
    assert numbers(second.store) == {"9904001", "9915004"}
    assert_same_as_server(second.store, central, crew["west_two"])
    moved = {
        r.school.number: r.read_only_until
        for r in caseload.caseload(first.store, crew["ip"], YEAR, server_day[0])
    }
    assert moved["9904001"] == "2025-12-31"


def test_the_pip_laptop_learns_when_each_partner_last_synced(laptop_factory, crew):
    """Tried: IP A and IP B sync, then the PIP. The PIP's team caseload shows each holder's
    last sync; an IP's laptop is told nothing about others."""
    first = laptop_factory("ip-a", crew["ip"])
    second = laptop_factory("ip-b", crew["west_two"])
    pip = laptop_factory("pip", crew["pip"])
    first.sync()
    second.sync()
    pip.sync()
    stamps = sync_state.team_last_syncs(pip.store)
    assert set(stamps) >= {crew["ip"], crew["west_two"]}
    assert crew["east"] not in stamps
    rows = {r.school.number: r for r in team.team_caseload(pip.store, YEAR, today=TODAY)}
    holder = rows["9915004"].holder
    assert holder is not None and holder.last_sync == stamps[crew["west_two"]]
    first.sync()
    assert sync_state.team_last_syncs(first.store) == {}


def central_partner(central: CentralStore, person: str):
    with central.reading() as conn:
        found = auth.find_partner(conn, person)
    assert found is not None
    return found


def test_an_ip_cannot_reallocate_a_school(laptop_factory, crew, central):
    """Tried: IP A does on their laptop what the PIP did. Every op is refused and logged,
    and the school stays with IP A."""
    laptop = laptop_factory("ip-a", crew["ip"])
    laptop.sync()
    school = schools.school_by_number(laptop.store, "9904002")
    assert school is not None
    team.reallocate(laptop.store, school.id, crew["west_two"], YEAR, on=date(2025, 11, 21))
    before = len(refusals(central))
    report = laptop.sync()
    assert report.accepted == 0 and report.rejected == 5
    assert {r[3] for r in sync_state.rejected_ops(laptop.store)} == {
        "your role cannot change allocations"
    }
    assert len(refusals(central)) == before + 5
    assert school.id in scope_of(central, crew["ip"])  # type: ignore[operator]
    assert school.id not in scope_of(central, crew["west_two"])  # type: ignore[operator]


def test_a_pip_cannot_give_a_school_to_another_team(laptop_factory, crew, central):
    """Tried: the East PIP gives the East school to a West IP. Refused, logged; the East
    IP keeps it and the West IP never receives it."""
    east_pip = laptop_factory("east-pip", crew["east_pip"])
    east_pip.sync()
    school = schools.school_by_number(east_pip.store, "9915005")
    assert school is not None
    assert numbers(east_pip.store) == {"9915005"}
    team.reallocate(east_pip.store, school.id, crew["ip"], YEAR, on=date(2025, 11, 21))
    before = len(refusals(central))
    report = east_pip.sync()
    assert report.accepted == 0 and report.rejected == 5
    # The new allocation names a West IP; ending the East IP's would then leave the
    # school to nobody in the team (issue 10: each op is judged on its own).
    assert {r[3] for r in sync_state.rejected_ops(east_pip.store)} == {
        "you can allocate schools only within your team",
        "every school of the team stays allocated to a partner of the team",
    }
    logged = refusals(central)[before:]
    assert len(logged) == 5 and all(p == crew["east_pip"] for p, _ in logged)
    assert school.id in scope_of(central, crew["east"])  # type: ignore[operator]
    assert school.id not in scope_of(central, crew["ip"])  # type: ignore[operator]


def _push(central: CentralStore, partner_id: str, ops: list[Op]) -> list[dict[str, Any]]:
    """Ops pushed as a crafted request from a device of ``partner_id``."""
    audit = Audit()
    with central.writing() as conn:
        partner = auth.find_partner(conn, partner_id)
        assert partner is not None
        results = central.push(conn, Device(f"crafted-{uuid7()}", partner), ops, audit)
    central.record_audit(audit)
    return results


def _new_allocation(school: str, person: str) -> list[Op]:
    row = str(uuid7())
    return [
        Op(str(uuid7()), "allocations", row, "school_id", school, 0),
        Op(str(uuid7()), "allocations", row, "person_id", person, 0),
        Op(str(uuid7()), "allocations", row, "academic_year", YEAR, 0),
    ]


def _end(allocation: str) -> list[Op]:
    return [
        Op(str(uuid7()), "allocations", allocation, "deleted_at", "2025-11-21T00:00:00Z", 10**9)
    ]


def _end_on(allocation: str, day: str) -> list[Op]:
    return [Op(str(uuid7()), "allocations", allocation, "ends_on", day, 10**9)]


def _give(central: CentralStore, allocation: str, person: str) -> list[Op]:
    with central.reading() as conn:
        current = central.field(conn, "allocations", allocation, "person_id")
    assert current is not None
    return [Op(str(uuid7()), "allocations", allocation, "person_id", person, current[1])]


# (who pushes, what: a function of (central, crew) giving the ops), each to be refused.
ATTEMPTS = {
    "ip allocates a team school to a team IP": (
        "ip",
        lambda c, p: _new_allocation(school_id(c, "9904001"), p["west_two"]),
    ),
    "ip ends their own allocation": ("ip", lambda c, p: _end(live_allocation(c, "9904001"))),
    "ip takes another team's school": (
        "ip",
        lambda c, p: _new_allocation(school_id(c, "9915005"), p["ip"]),
    ),
    "pip gives a team school to another team's IP": (
        "pip",
        lambda c, p: _new_allocation(school_id(c, "9904001"), p["east"]),
    ),
    "pip hands a team allocation to another team's IP": (
        "pip",
        lambda c, p: _give(c, live_allocation(c, "9904001"), p["east"]),
    ),
    "pip takes another team's school for a team IP": (
        "pip",
        lambda c, p: _new_allocation(school_id(c, "9915005"), p["ip"]),
    ),
    "pip ends another team's allocation": (
        "pip",
        lambda c, p: _end(live_allocation(c, "9915005")),
    ),
    "pip takes back a school from another team's allocation": (
        "pip",
        lambda c, p: _give(c, live_allocation(c, "9915005"), p["ip"]),
    ),
    "east pip ends a west allocation": (
        "east_pip",
        lambda c, p: _end(live_allocation(c, "9904001")),
    ),
    "east pip gives a west school to an east IP": (
        "east_pip",
        lambda c, p: _new_allocation(school_id(c, "9904001"), p["east"]),
    ),
    "pip ends a team allocation, leaving the school to nobody": (
        "pip",
        lambda c, p: _end(live_allocation(c, "9904001")),
    ),
    "pip dates the end of a team allocation, leaving the school to nobody": (
        "pip",
        lambda c, p: _end_on(live_allocation(c, "9904001"), "2025-11-30"),
    ),
    "ip dates the end of their own allocation": (
        "ip",
        lambda c, p: _end_on(live_allocation(c, "9904001"), "2025-11-30"),
    ),
    "pip gives a team school to a partner of no team": (
        "pip",
        lambda c, p: _new_allocation(school_id(c, "9904001"), p["admin"]),
    ),
}


@pytest.mark.parametrize("attempt", sorted(ATTEMPTS))
def test_each_role_is_refused_allocations_outside_its_team(crew, central, attempt):
    """Tried: crafted requests, one op list at a time. Every op is refused and logged, and
    nobody's scope changes."""
    who, make = ATTEMPTS[attempt]
    scopes = {k: scope_of(central, v) for k, v in crew.items()}
    ops = make(central, crew)
    before = len(refusals(central))
    results = _push(central, crew[who], ops)
    assert [r["s"] for r in results] == ["rejected"] * len(ops)
    logged = refusals(central)[before:]
    assert len(logged) == len(ops) and all(p == crew[who] for p, _ in logged)
    assert {k: scope_of(central, v) for k, v in crew.items()} == scopes


def test_a_pip_and_an_admin_may_move_a_school_within_the_team(crew, central):
    """The same crafted requests are accepted within the PIP's team, and from an admin."""
    school = school_id(central, "9904001")
    old = live_allocation(central, "9904001")
    results = _push(central, crew["pip"], [*_new_allocation(school, crew["west_two"]), *_end(old)])
    assert [r["s"] for r in results] == ["accepted"] * 4
    assert school in scope_of(central, crew["west_two"])  # type: ignore[operator]
    assert school not in scope_of(central, crew["ip"])  # type: ignore[operator]
    results = _push(
        central, crew["admin"], _give(central, live_allocation(central, "9904001"), crew["east"])
    )
    assert [r["s"] for r in results] == ["accepted"]
    assert school in scope_of(central, crew["east"])  # type: ignore[operator]


def test_an_enhanced_review_recorded_by_the_pip_reaches_the_ip(laptop_factory, crew, central):
    """Tried: the PIP records a half-termly review of an enhanced school and syncs; the IP
    holding the school gets it at the next sync; an IP of another team never sees it."""
    ip_laptop = laptop_factory("ip-a", crew["ip"])
    pip = laptop_factory("pip", crew["pip"])
    east = laptop_factory("east", crew["east"])
    for laptop in (ip_laptop, pip, east):
        laptop.sync()
    school = schools.school_by_number(pip.store, "9904002")
    assert school is not None
    schools.set_support_level(
        pip.store, school.id, "enhanced", "Pryderon am arweinyddiaeth", decided_on=date(2025, 11, 1)
    )
    review = reviews.record_review(
        pip.store,
        school.id,
        date(2025, 11, 20),
        pip_id=crew["pip"],
        la_attendees=["Swyddog yr awdurdod lleol"],
        position_agreed="Cynnydd boddhaol; adolygu'r cynllun gweithredu.",
        next_review_due=date(2026, 1, 15),
    )
    assert pip.sync().rejected == 0
    ip_laptop.sync()
    east.sync()
    [got] = reviews.reviews_of(ip_laptop.store, school.id)
    assert got.id == review and got.la_attendees == ("Swyddog yr awdurdod lleol",)
    assert got.position_agreed == "Cynnydd boddhaol; adolygu'r cynllun gweithredu."
    [due] = reviews.enhanced_schools_with_next_due(ip_laptop.store, today=date(2026, 1, 20))
    assert (due.school.number, due.next_due, due.overdue) == ("9904002", "2026-01-15", True)
    assert east.store.db["enhanced_reviews"].count == 0
    assert_same_as_server(ip_laptop.store, central, crew["ip"])
    # The IP holding the school may correct the review's attendees.
    records.update(ip_laptop.store, "enhanced_reviews", review, {"la_attendees": ["Pennaeth"]})
    assert ip_laptop.sync().rejected == 0


def test_people_are_global_so_a_pip_can_choose_any_team_ip(laptop_factory, crew):
    """The PIP's laptop lists the partners of the team to choose from."""
    pip = laptop_factory("pip", crew["pip"])
    pip.sync()
    team_ids = {
        r[0]
        for r in pip.store.db.execute(
            "SELECT id FROM people WHERE team = ? AND role = 'ip'", ["Tîm y Gorllewin"]
        )
    }
    assert team_ids == {crew["ip"], crew["west_two"]}
