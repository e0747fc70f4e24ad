"""Laptops syncing through the real central store app: the everyday cases."""

from __future__ import annotations

from datetime import date

from desktop.store import caseload, priorities, records, schools, sync_state, visits
from tests.sync.conftest import YEAR


def test_first_sync_brings_exactly_the_allocated_schools(laptop_factory, ip):
    laptop = laptop_factory("laptop-1", ip)
    report = laptop.sync()
    names = sorted(s.number for s in schools.all_schools(laptop.store))
    assert names == ["9904001", "9904002", "9904003"]
    assert report.round_trips >= 1 and report.waiting_rows == 0
    assert sync_state.cursor(laptop.store)


def test_an_edit_reaches_a_second_laptop_of_the_same_partner(laptop_factory, ip):
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    two.sync()
    school = schools.school_by_number(one.store, "9904001")
    assert school is not None
    priority = priorities.add_priority(
        one.store, school.id, YEAR, "Gwella llafaredd", reform_area="teaching"
    )
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(
        one.store, school.id, date(2025, 11, 18), "progress_towards_priorities", aspects=[area]
    )
    visits.set_answer(one.store, visit, area, 1, "Mae'r ysgol yn deall ei chryfderau.")
    priorities.judge_priority(
        one.store,
        priority,
        "autumn",
        track="on_track",
        rate="strong",
        rationale="Clear evidence",
        judged_on=date(2025, 11, 18),
    )
    report = one.sync()
    assert report.accepted == report.sent and report.rejected == 0
    assert records.pending_ops(one.store) == 0
    two.sync()
    log = caseload.school_log(two.store, school.id, YEAR)
    assert [p.title for p in log.priorities] == ["Gwella llafaredd"]
    assert log.priorities[0].latest is not None and log.priorities[0].latest.rate == "strong"
    assert visits.answers_of(two.store, visit)[0].answer == "Mae'r ysgol yn deall ei chryfderau."


def test_a_no_change_sync_is_one_small_round_trip(laptop_factory, ip):
    laptop = laptop_factory("laptop", ip)
    laptop.sync()
    report = laptop.sync()
    assert report.round_trips == 1
    assert report.bytes_sent + report.bytes_received < 1024


def test_concurrent_edits_of_different_sentences_merge(laptop_factory, ip):
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    school = schools.school_by_number(one.store, "9904002")
    assert school is not None
    area = visits.area_aspect("leadership")
    visit = visits.start_visit(
        one.store, school.id, date(2025, 11, 18), "progress_towards_priorities", aspects=[area]
    )
    visits.set_answer(one.store, visit, area, 3, "Leaders plan well. Staff are consulted.")
    one.sync()
    two.sync()
    visits.set_answer(one.store, visit, area, 3, "Leaders plan very well. Staff are consulted.")
    visits.set_answer(two.store, visit, area, 3, "Leaders plan well. All staff are consulted.")
    one.sync()
    report = two.sync()
    assert report.merged == 1
    one.sync()
    for laptop in (one, two):
        [answer] = visits.answers_of(laptop.store, visit)
        assert answer.answer == "Leaders plan very well. All staff are consulted."


def test_a_conflicting_judgement_keeps_both_values_until_resolved(laptop_factory, ip):
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    school = schools.school_by_number(one.store, "9904001")
    assert school is not None
    priority = priorities.add_priority(one.store, school.id, YEAR, "Attendance")
    priorities.judge_priority(
        one.store,
        priority,
        "autumn",
        track="on_track",
        rate="satisfactory",
        rationale="r",
        judged_on=date(2025, 11, 1),
    )
    one.sync()
    two.sync()
    priorities.judge_priority(
        one.store,
        priority,
        "autumn",
        track="on_track",
        rate="strong",
        rationale="r",
        judged_on=date(2025, 11, 1),
    )
    priorities.judge_priority(
        two.store,
        priority,
        "autumn",
        track="on_track",
        rate="limited",
        rationale="r",
        judged_on=date(2025, 11, 1),
    )
    one.sync()
    report = two.sync()
    assert report.conflicts == 1
    one.sync()
    for laptop in (one, two):
        [conflict] = sync_state.open_conflicts(laptop.store)
        assert (conflict["field"], conflict["mine"], conflict["theirs"]) == (
            "rate",
            '"limited"',
            '"strong"',
        )
        [p] = priorities.priorities_of(laptop.store, school.id, YEAR)
        assert p.latest is not None and p.latest.rate == "strong"  # the server's value stands
    sync_state.resolve_conflict(two.store, conflict["id"], "satisfactory")
    two.sync()
    one.sync()
    for laptop in (one, two):
        assert sync_state.open_conflicts(laptop.store) == []
        [p] = priorities.priorities_of(laptop.store, school.id, YEAR)
        assert p.latest is not None and p.latest.rate == "satisfactory"
