"""The nine holes found by trying the central store as an attacker would (issue 10), each
as a named regression test against the real server over HTTP, on SQLite and PostgreSQL.

Actors and schools: see ``tests/sync/authz_world.py`` (North: IP-A 9904001-2, IP-B
9904003, PIP-N; South: IP-C 9915004-5, PIP-S; an admin).
"""

from __future__ import annotations

import hashlib
import json

import pytest
import sqlalchemy as sa
from uuid6 import uuid7

from sync.server import admin
from sync.server import tables as t
from tests.sync.authz_world import World, build_world, op
from tests.sync.conftest import YEAR
from tests.sync.helpers import audit_log, refusals


@pytest.fixture
def world(central, http) -> World:
    return build_world(central, http)


def allocation_of(world: World, number: str) -> str:
    """The id of the school's one live allocation."""
    with world.central.reading() as conn:
        [row] = conn.execute(
            sa.select(t.rows.c.row_id).where(
                t.rows.c.tbl == "allocations",
                t.rows.c.school_id == world.schools[number],
                t.rows.c.deleted_rev.is_(None),
            )
        ).scalars()
    return str(row)


def refused_all(results: list[dict]) -> bool:
    return all(r["s"] == "rejected" for r in results)


def test_hole_1_an_allocation_cannot_be_relinked_to_another_teams_school(world):
    """Tried: PIP-N changes the school of IP-A's allocation of 9904001 to South's 9915004.
    Refused; IP-A keeps 9904001, never gains 9915004, cannot download its evidence file or
    change its judgement."""
    allocation = allocation_of(world, "9904001")
    south = world.schools["9915004"]
    scopes = world.scopes()
    rev = world.rev("allocations", allocation, "school_id")
    assert refused_all(
        world.results("pip_n", [op("allocations", allocation, "school_id", south, rev)])
    )
    assert world.value("allocations", allocation, "school_id") == (True, world.schools["9904001"])
    assert world.scopes() == scopes
    sha = world.value("attachments", world.records["9915004"]["attachments"], "sha256")[1]
    download = world.http.get(f"/files/{sha}", headers=world.actors["ip_a"].headers())
    assert download.status_code == 404
    judgement = world.records["9915004"]["judgements"]
    rate = op(
        "judgements", judgement, "rate", "limited", world.rev("judgements", judgement, "rate")
    )
    assert refused_all(world.results("ip_a", [rate]))


def test_hole_2_a_new_row_is_checked_on_its_own_link_not_a_later_one(world):
    """Tried: PIP-N sends one new allocation as [school_id=South, person_id=IP-B,
    academic_year, school_id=North]. Checked on its first link (South): refused whole,
    nothing stored, IP-B never gains the South school."""
    row = str(uuid7())
    ops = [
        op("allocations", row, "school_id", world.schools["9915004"]),
        op("allocations", row, "person_id", world.actors["ip_b"].partner_id),
        op("allocations", row, "academic_year", YEAR),
        op("allocations", row, "school_id", world.schools["9904003"]),
    ]
    scopes = world.scopes()
    head = world.head()
    assert refused_all(world.results("pip_n", ops))
    assert not world.exists("allocations", row) and world.head() == head
    assert world.scopes() == scopes


def test_hole_3_a_resolution_passes_every_check_of_a_plain_write(world):
    """Tried: (a) PIP-N makes its own conflict on IP-B's allocation with a stale base_rev,
    then 'resolves' it by naming South's IP-C, and by moving it to a South school; (b) IP-A
    (no allocation rights) resolves that conflict with field=school_id; (c) South's IP-C
    resolves a conflict on a global people row to rename IP-A. All refused and logged."""
    allocation = allocation_of(world, "9904003")
    conflict_op = op("allocations", allocation, "person_id", world.actors["ip_a"].partner_id, 1)
    [made] = world.results("pip_n", [conflict_op])
    assert made["s"] == "conflict"
    conflict = made["conflict"]
    scopes = world.scopes()
    before = len(refusals(world.central))
    attempts = [
        ("pip_n", "person_id", world.actors["ip_c"].partner_id),
        ("pip_n", "school_id", world.schools["9915004"]),
        ("ip_a", "school_id", world.schools["9904001"]),
    ]
    for who, field_name, value in attempts:
        resolution = op("allocations", allocation, field_name, value, 10**6, resolves=conflict)
        assert refused_all(world.results(who, [resolution])), (who, field_name)
    people_conflict = world.central_conflict("people", world.actors["ip_a"].partner_id, "name")
    rename = op(
        "people",
        world.actors["ip_a"].partner_id,
        "name",
        "Rhywun Arall",
        10**6,
        resolves=people_conflict,
    )
    assert refused_all(world.results("ip_c", [rename]))
    assert world.value("people", world.actors["ip_a"].partner_id, "name") == (True, "IP_A")
    assert world.value("allocations", allocation, "person_id")[1] == world.actors["ip_b"].partner_id
    assert world.scopes() == scopes
    assert len(refusals(world.central)) == before + 4
    # The honest resolution, with one of the two values, is accepted.
    keep = op(
        "allocations",
        allocation,
        "person_id",
        world.actors["ip_a"].partner_id,
        10**6,
        resolves=conflict,
    )
    assert world.results("pip_n", [keep])[0]["s"] == "accepted"


@pytest.mark.parametrize(
    ("field_name", "value"),
    [("person_id", None), ("starts_on", "2099-01-01"), ("academic_year", "2026-27")],
)
def test_hole_4_a_pip_cannot_leave_a_school_to_nobody(world, field_name, value):
    """Tried: PIP-N sets IP-B's only allocation of 9904003 to no partner, to start in a
    far future, or to another academic year. Refused; IP-B keeps the school."""
    allocation = allocation_of(world, "9904003")
    scopes = world.scopes()
    rev = world.rev("allocations", allocation, field_name)
    assert refused_all(
        world.results("pip_n", [op("allocations", allocation, field_name, value, rev)])
    )
    assert world.scopes() == scopes
    assert world.schools["9904003"] in (world.scope("ip_b") or set())


def test_hole_5_a_record_cannot_be_planted_in_or_moved_to_another_school(world):
    """Tried: IP-A creates a priority whose school is IP-B's 9904003; moves their own
    priority to a South school; links their support to IP-B's priority. All refused."""
    planted = str(uuid7())
    ops = [
        op("priorities", planted, "school_id", world.schools["9904003"]),
        op("priorities", planted, "title", "Wedi'i blannu"),
    ]
    assert refused_all(world.results("ip_a", ops))
    assert not world.exists("priorities", planted)
    own = world.records["9904001"]["priorities"]
    move = op("priorities", own, "school_id", world.schools["9915004"], world.head())
    assert refused_all(world.results("ip_a", [move]))
    support = world.records["9904001"]["support"]
    relink = op("support", support, "priority_id", world.records["9904003"]["priorities"], 10**6)
    assert refused_all(world.results("ip_a", [relink]))
    with world.central.reading() as conn:
        assert world.central.row_school(conn, "priorities", own) == (True, world.schools["9904001"])
    # Linking the support to another priority of the same school is an honest edit.
    rev = world.rev("support", support, "priority_id")
    sibling = op("support", support, "priority_id", world.others["9904001"]["priorities"], rev)
    assert world.results("ip_a", [sibling])[0]["s"] == "accepted"


def test_hole_6_a_school_keeps_its_identity_and_admin_commands_refuse_ambiguity(world):
    """Tried: IP-A renumbers their school and deletes it (refused); then two schools
    share a number (made by hand in the database) and the admin allocates by number:
    refused with both schools named, nothing allocated."""
    school = world.schools["9904001"]
    renumber = op("schools", school, "number", "9904003", world.head())
    delete = op("schools", school, "deleted_at", "2025-11-20T10:00:00Z", world.head())
    assert refused_all(world.results("ip_a", [renumber]))
    assert refused_all(world.results("ip_a", [delete]))
    assert world.value("schools", school, "number") == (True, "9904001")
    twin = world.make("schools", "9904001", number="9904003")
    head = world.head()
    with pytest.raises(ValueError, match="2 schools are numbered 9904003"):
        admin.allocate(world.central, "9904003", world.actors["ip_a"].partner_id, YEAR)
    assert world.head() == head and twin


def test_hole_7_authors_devices_and_times_come_from_the_token_and_the_server(world):
    """Tried: IP-A records a judgement 'by PIP-N', a visit 'by IP-B', finalised 'in 2020'.
    Stored as IP-A's, from IP-A's device, at the server's time; the laptop is told."""
    ip_a = world.actors["ip_a"]
    priority = world.records["9904001"]["priorities"]
    judgement, visit = str(uuid7()), str(uuid7())
    ops = [
        op("judgements", judgement, "priority_id", priority),
        op("judgements", judgement, "term", "spring"),
        op("judgements", judgement, "judged_by", world.actors["pip_n"].partner_id),
        op("visits", visit, "school_id", world.schools["9904001"]),
        op("visits", visit, "person_id", world.actors["ip_b"].partner_id),
        op("visits", visit, "finalised_at", "2020-01-01T00:00:00Z"),
    ]
    results = world.results("ip_a", ops)
    judged, visited = ["accepted", "accepted", "merged"], ["accepted", "merged", "merged"]
    assert [r["s"] for r in results] == judged + visited
    assert results[2]["v"] == ip_a.partner_id and results[4]["v"] == ip_a.partner_id
    assert world.value("judgements", judgement, "judged_by")[1] == ip_a.partner_id
    assert world.value("visits", visit, "person_id")[1] == ip_a.partner_id
    stamped = world.value("visits", visit, "finalised_at")[1]
    assert stamped.startswith("20") and not stamped.startswith("2020")
    with world.central.reading() as conn:
        authors = set(
            conn.execute(
                sa.select(t.history.c.device_id, t.history.c.partner_id).where(
                    t.history.c.row_id.in_([judgement, visit])
                )
            ).all()
        )
    assert authors == {(ip_a.device_id, ip_a.partner_id)}
    other = world.push("ip_a", [])
    body = {"device_id": world.actors["ip_b"].device_id, "ops": []}
    forged = world.http.post("/sync", content=json.dumps(body), headers=ip_a.headers())
    assert other.status_code == 200 and forged.status_code == 403


def test_hole_8_file_status_and_download_only_for_files_the_caller_may_read(world):
    """Tried: IP-C asks for the status and the bytes of a file of IP-A's school, and of a
    file nobody has. Both answers are the same 404: nothing says the first exists."""
    data = b"Llun o lyfr blwyddyn 5"
    sha = hashlib.sha256(data).hexdigest()
    attachment = world.records["9904001"]["attachments"]
    rev = world.rev("attachments", attachment, "sha256")
    evidence = world.records["9904001"]["evidence"]
    row = str(uuid7())
    made = world.results(
        "ip_a",
        [
            op("attachments", row, "evidence_id", evidence),
            op("attachments", row, "sha256", sha),
            op("attachments", row, "size", len(data)),
        ],
    )
    assert [r["s"] for r in made] == ["accepted"] * 3 and rev
    owner = world.actors["ip_a"].headers()
    put = world.http.put(f"/files/{sha}", params={"size": len(data)}, content=data, headers=owner)
    assert put.status_code == 200 and put.json()["complete"]
    assert world.http.get(f"/files/{sha}/status", headers=owner).json()["size"] == len(data)
    stranger = world.actors["ip_c"].headers()
    unknown = hashlib.sha256(b"nothing").hexdigest()
    for path in (f"/files/{sha}/status", f"/files/{sha}"):
        theirs = world.http.get(path, headers=stranger)
        nobody = world.http.get(path.replace(sha, unknown), headers=stranger)
        assert theirs.status_code == nobody.status_code == 404
        assert theirs.json() == nobody.json()
    # Nor may a stranger upload into a name another school's record holds.
    upload = world.http.put(
        f"/files/{unknown}", params={"size": 3}, content=b"abc", headers=stranger
    )
    assert upload.status_code == 404


def test_every_refusal_above_is_in_the_audit_log_with_its_partner(world):
    """Tried: a refused op inside a request that is then refused as a whole (a bad
    cursor): the refusal is still in the audit log, with the partner and device."""
    planted = op("priorities", str(uuid7()), "school_id", world.schools["9915004"])
    body = {"device_id": world.actors["ip_a"].device_id, "ops": [planted], "cursor": "99999.0"}
    response = world.http.post(
        "/sync", content=json.dumps(body), headers=world.actors["ip_a"].headers()
    )
    assert response.status_code == 422
    [entry] = [e for e in audit_log(world.central) if planted["row_id"] in e[2]]
    assert entry[0] == "refused" and entry[1] == world.actors["ip_a"].partner_id


def test_a_fixed_author_sent_again_is_not_stamped_anew(world):
    """Found by the attacker state machine: IP-B re-sends the partner of IP-A's visit in
    9904003 with its current value and revision. The visit stays IP-A's."""
    visit = world.records["9904003"]["visits"]
    known, author = world.value("visits", visit, "person_id")
    assert known and author != world.actors["ip_b"].partner_id
    rev = world.rev("visits", visit, "person_id")
    [result] = world.results("ip_b", [op("visits", visit, "person_id", author, rev)])
    assert result["s"] == "accepted"
    assert world.value("visits", visit, "person_id") == (True, author)
