"""Scopes, enforced by the real central store on every push and pull (issue 4).

An IP sees and writes only the schools allocated to them this academic year; a PIP the
schools of their team; anything else is refused and logged. Reallocating a school gives
the receiving laptop that school's whole history at its next sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desktop.store import caseload, people, priorities, records, schools, sync_state, visits
from desktop.store.store import Store
from sync import session
from sync.server import admin, auth
from sync.server.storage import CentralStore
from tests.sync.conftest import YEAR
from tests.sync.helpers import (
    assert_same_as_server,
    laptop_rows,
    refusals,
    scope_of,
    server_field,
    server_rows,
)


@dataclass
class Filled:
    school_id: str
    priority: str
    judgement: str
    visit: str
    answers: list[str]
    evidence: list[str]
    deleted_evidence: str


def fill_school(store: Store, number: str, words: str) -> Filled:
    """A school's year as a partner records it: a priority judged, a visit with answers to
    two questions, evidence (one item later deleted), an agreed action and a note."""
    school = schools.school_by_number(store, number)
    assert school is not None
    priority = priorities.add_priority(store, school.id, YEAR, f"{words}: llafaredd")
    judgement = priorities.judge_priority(
        store,
        priority,
        "autumn",
        track="on_track",
        rate="strong",
        rationale=f"{words}: tystiolaeth glir",
        judged_on=date(2025, 11, 10),
    )
    aspect = visits.priority_aspect(priority)
    visit = visits.start_visit(
        store, school.id, date(2025, 11, 10), "progress_towards_priorities", aspects=[aspect]
    )
    answers = [
        visits.set_answer(store, visit, aspect, 1, f"{words}: mae'r dysgwyr yn trafod."),
        visits.set_answer(store, visit, aspect, 2, f"{words}: mae'r staff yn cynllunio."),
    ]
    evidence = [
        visits.record_evidence(store, visit, aspect, "learning_walk", f"{words}: taith dysgu"),
        visits.record_evidence(store, visit, aspect, "learner_voice", f"{words}: llais y dysgwr"),
    ]
    gone = visits.record_evidence(store, visit, aspect, "data", f"{words}: camgymeriad")
    records.delete(store, "evidence", gone)
    visits.add_action(store, school.id, f"{words}: rhannu arfer", visit_id=visit)
    visits.add_note(store, school.id, f"{words}: nodyn")
    return Filled(school.id, priority, judgement, visit, answers, evidence, gone)


def numbers(store: Store) -> set[str]:
    return {s.number for s in schools.all_schools(store)}


def local_school_rows(store: Store, school_id: str) -> dict:
    """The laptop's rows of one school (global tables left out)."""
    return {
        k: v
        for k, v in laptop_rows(store, {school_id}).items()
        if k[0] not in ("people", "local_authorities")
    }


@pytest.fixture
def team(central: CentralStore, ip: str) -> dict[str, str]:
    """The IP of the fixture (9904001-3, team West), a second IP of the same team
    (9915004), a PIP of that team, and an IP and a PIP of another team (9915005)."""
    west_two = auth.add_partner(central, "Elin Morgan", "ip", team="Tîm y Gorllewin")
    admin.allocate(central, "9915004", west_two, YEAR)
    pip = auth.add_partner(central, "Gareth Huws", "pip", team="Tîm y Gorllewin")
    east = auth.add_partner(central, "Rhodri Bowen", "ip", team="Tîm y Dwyrain")
    admin.allocate(central, "9915005", east, YEAR)
    east_pip = auth.add_partner(central, "Nia Lloyd", "pip", team="Tîm y Dwyrain")
    return {"ip": ip, "west_two": west_two, "pip": pip, "east": east, "east_pip": east_pip}


def test_an_ip_pulls_only_the_allocated_schools_and_their_records(laptop_factory, team, central):
    """Tried: two IPs fill their own schools and sync; each laptop then holds exactly its
    own schools, none of the other's visits, answers or notes, and equals the server's
    view of its scope field for field."""
    mine = laptop_factory("ip", team["ip"])
    other = laptop_factory("east", team["east"])
    mine.sync()
    other.sync()
    assert numbers(mine.store) == {"9904001", "9904002", "9904003"}
    assert numbers(other.store) == {"9915005"}
    filled = fill_school(other.store, "9915005", "Dwyrain")
    other.sync()
    mine.sync()
    assert records.pending_ops(other.store) == 0
    for table in ("visits", "enquiry_answers", "evidence", "notes", "priorities", "judgements"):
        assert mine.store.db[table].count == 0, table
    assert mine.store.db.execute(
        "SELECT count(*) FROM visits WHERE id = ?", [filled.visit]
    ).fetchone() == (0,)
    assert_same_as_server(mine.store, central, team["ip"])
    assert_same_as_server(other.store, central, team["east"])
    # An admin-only record (the allocations) names the IP's own schools only.
    allocated = {r[0] for r in mine.store.db.execute("SELECT school_id FROM allocations")}
    assert allocated == {s.id for s in schools.all_schools(mine.store)}


def test_a_pip_sees_the_schools_of_their_team_and_no_other(laptop_factory, team, central):
    """Tried: both IPs of the West team and the East IP record visits; the West PIP syncs
    and sees both West IPs' schools with their visits and none of the East's; the East
    PIP sees only the East school. A PIP's edit reaches the IP."""
    west = laptop_factory("west", team["ip"])
    west_two = laptop_factory("west-two", team["west_two"])
    east = laptop_factory("east", team["east"])
    for laptop in (west, west_two, east):
        laptop.sync()
    one = fill_school(west.store, "9904002", "Gorllewin")
    two = fill_school(west_two.store, "9915004", "Gorllewin 2")
    three = fill_school(east.store, "9915005", "Dwyrain")
    for laptop in (west, west_two, east):
        report = laptop.sync()
        assert report.rejected == 0
    pip = laptop_factory("pip", team["pip"])
    pip.sync()
    assert numbers(pip.store) == {"9904001", "9904002", "9904003", "9915004"}
    assert {v.id for v in visits.visits_of(pip.store, one.school_id)} == {one.visit}
    assert {v.id for v in visits.visits_of(pip.store, two.school_id)} == {two.visit}
    assert pip.store.db.execute(
        "SELECT count(*) FROM visits WHERE id = ?", [three.visit]
    ).fetchone() == (0,)
    assert_same_as_server(pip.store, central, team["pip"])
    east_pip = laptop_factory("east-pip", team["east_pip"])
    east_pip.sync()
    assert numbers(east_pip.store) == {"9915005"}
    assert_same_as_server(east_pip.store, central, team["east_pip"])
    # The PIP moderates a judgement; the IP gets it at the next sync.
    priorities.judge_priority(
        pip.store,
        one.priority,
        "autumn",
        track="off_track",
        rate="limited",
        rationale="Cymedroli: angen mwy o dystiolaeth",
        judged_on=date(2025, 11, 21),
    )
    assert pip.sync().accepted == 4  # track, rate, rationale, judged_on
    west.sync()
    [judged] = priorities.priorities_of(west.store, one.school_id, YEAR)[0].judgements
    assert (judged.rate, judged.track) == ("limited", "off_track")


def test_role_limits_are_enforced_and_logged(laptop_factory, team, central):
    """Tried: an IP's laptop allocates itself a school and renames a local authority
    (both admin-only). Both come back 'rejected' with the reason, stay visible as needing
    attention, are logged, and change nothing on the server."""
    laptop = laptop_factory("ip", team["ip"])
    laptop.sync()
    other = schools.school_by_number(laptop.store, "9904001")
    assert other is not None
    la = laptop.store.db.execute("SELECT id FROM local_authorities LIMIT 1").fetchone()[0]
    records.update(laptop.store, "local_authorities", la, {"name": "Sir Newydd"})
    people.allocate(laptop.store, other.id, team["ip"], "2026-27")
    before = len(refusals(central))
    report = laptop.sync()
    assert report.rejected == 1 + 3  # the name; the allocation's school, person and year
    reasons = {r[3] for r in sync_state.rejected_ops(laptop.store)}
    assert reasons == {
        "your role cannot change local_authorities",
        "your role cannot change allocations",
    }
    assert session.status(laptop.store).needs_attention == 4
    logged = refusals(central)[before:]
    assert len(logged) == 4 and all(p == team["ip"] for p, _ in logged)
    assert server_field(central, "local_authorities", la, "name") != "Sir Newydd"


def test_reallocating_a_school_moves_its_whole_history(own_laptop, team, central):
    """Tried: the first IP fills 9904001 (priority, judgement, visit, answers, evidence
    with one item deleted, an action, a note) and a conflict on it is left open. The
    school is then allocated to the second West IP for the same year. That IP's laptop,
    which had synced before (so this is not a first sync) and pulls in pages of 7 fields,
    gets the school's every record at its next sync, equal to the server's, deleted
    evidence as a tombstone and the open conflict included. The first IP's further edits
    to the school are rejected, logged, and stay on their laptop as needing attention."""
    first = own_laptop("first", team["ip"])
    second_device = own_laptop("first-2", team["ip"])
    receiver = own_laptop("receiver", team["west_two"], page_size=7)
    for laptop in (first, second_device, receiver):
        laptop.sync()
    filled = fill_school(first.store, "9904001", "Hanes")
    first.sync()
    second_device.sync()
    priorities.judge_priority(
        first.store,
        filled.priority,
        "autumn",
        track="on_track",
        rate="very_good",
        rationale="r1",
        judged_on=date(2025, 11, 12),
    )
    priorities.judge_priority(
        second_device.store,
        filled.priority,
        "autumn",
        track="on_track",
        rate="limited",
        rationale="r1",
        judged_on=date(2025, 11, 12),
    )
    first.sync()
    assert second_device.sync().conflicts == 1
    assert numbers(receiver.store) == {"9915004"}
    receiver_cursor = sync_state.cursor(receiver.store)
    assert receiver_cursor and not receiver_cursor.startswith("0.")

    admin.allocate(central, "9904001", team["west_two"], YEAR)
    assert filled.school_id in scope_of(central, team["west_two"])  # type: ignore[operator]
    assert filled.school_id not in scope_of(central, team["ip"])  # type: ignore[operator]

    report = receiver.sync()
    assert report.round_trips > 3  # the history came in several pages
    assert numbers(receiver.store) == {"9904001", "9915004"}
    got = local_school_rows(receiver.store, filled.school_id)
    on_server = {
        k: v
        for k, v in server_rows(central, {filled.school_id}).items()
        if k[0] not in ("people", "local_authorities")
    }
    assert set(got) == set(on_server)
    expected = {
        ("priorities", filled.priority),
        ("judgements", filled.judgement),
        ("visits", filled.visit),
        ("evidence", filled.deleted_evidence),
        *(("enquiry_answers", a) for a in filled.answers),
        *(("evidence", e) for e in filled.evidence),
    }
    assert expected <= set(got)
    assert got[("evidence", filled.deleted_evidence)]["deleted_at"] is not None
    assert [e.id for e in visits.evidence_of(receiver.store, filled.visit)] == filled.evidence
    assert len(sync_state.open_conflicts(receiver.store)) == 1
    assert_same_as_server(receiver.store, central, team["west_two"])

    # The first IP, not yet aware, keeps editing the school: refused, logged, kept.
    before = len(refusals(central))
    visits.set_answer(
        first.store, filled.visit, visits.priority_aspect(filled.priority), 1, "Ar ôl symud"
    )
    report = first.sync()
    assert report.rejected == 1
    [(table, row, field, why)] = sync_state.rejected_ops(first.store)
    assert (table, row, field) == ("enquiry_answers", filled.answers[0], "answer")
    assert why == "this school is not allocated to you"
    assert session.status(first.store).needs_attention == 1
    assert len(refusals(central)) == before + 1
    assert server_field(central, "enquiry_answers", filled.answers[0], "answer") == (
        "Hanes: mae'r dysgwyr yn trafod."
    )
    assert visits.answers_of(first.store, filled.visit)[0].answer == "Ar ôl symud"
    # The first IP's own schools are untouched and still in step with the server.
    assert_same_as_server(first.store, central, team["ip"])
    # The receiver's further edits to the school are accepted.
    visits.set_answer(
        receiver.store, filled.visit, visits.priority_aspect(filled.priority), 3, "Newydd"
    )
    assert receiver.sync().accepted == 4


def test_an_ip_whose_school_moved_away_no_longer_lists_it(laptop_factory, team, central):
    """Tried: 9904003 is allocated to another IP for the same year; the first IP's laptop
    syncs. Its caseload for the year must no longer offer the school."""
    laptop = laptop_factory("ip", team["ip"])
    laptop.sync()
    me = team["ip"]
    people.set_me(laptop.store, me)
    assert {r.school.number for r in caseload.caseload(laptop.store, me, YEAR)} == {
        "9904001",
        "9904002",
        "9904003",
    }
    admin.allocate(central, "9904003", team["west_two"], YEAR)
    laptop.sync()
    assert {r.school.number for r in caseload.caseload(laptop.store, me, YEAR)} == {
        "9904001",
        "9904002",
    }
