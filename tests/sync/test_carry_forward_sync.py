"""Issue 14, point 3: the link of a carried-forward priority travels through the central
store: a teammate's laptop pulls both years' priorities, linked, with last year's
judgements in the new priority's history; the link cannot be changed afterwards."""

from __future__ import annotations

from datetime import date

from desktop.store import priorities, records, schools
from tests.sync.helpers import assert_same_as_server, server_field


def test_a_carried_priority_arrives_linked_on_another_laptop(laptop_factory, ip, central):
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    school = schools.school_by_number(one.store, "9904001")
    assert school is not None
    old = priorities.add_priority(one.store, school.id, "2024-25", "Darllen yn y cyfnod sylfaen")
    priorities.judge_priority(
        one.store,
        old,
        "summer",
        track="off_track",
        rate="limited",
        rationale="Dim digon o gynnydd eto.",
        judged_on=date(2025, 7, 10),
    )
    new = priorities.carry_forward(one.store, old)
    report = one.sync()
    assert report.rejected == 0 and report.conflicts == 0
    assert server_field(central, "priorities", new, "continues_id") == old
    two.sync()
    (carried,) = priorities.priorities_of(two.store, school.id, "2025-26")
    assert carried.id == new and carried.continues_id == old
    assert [(p.academic_year, p.judgement.rate) for p in carried.earlier] == [
        ("2024-25", "limited")
    ]
    assert_same_as_server(two.store, central, ip)
    # Fixed once set: a changed link is refused by the central store.
    other = priorities.add_priority(two.store, school.id, "2024-25", "Arall")
    two.sync()
    records.update(two.store, "priorities", new, {"continues_id": other})
    assert two.sync().rejected == 1
    assert server_field(central, "priorities", new, "continues_id") == old
