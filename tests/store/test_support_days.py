"""Support days as the documents count them (issue 15 point 4): the partner's time from
visits (whole and half days) against the sector minimum plus the days agreed for the school
this year; brokered support beside it, never in its place."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from desktop.store import records, schools, support_days, visits
from desktop.store.errors import InvalidValue
from desktop.store.schema import migrate, migrations
from tests.store.factories import make_school

YEAR = "2025-26"


def _account(store, school_id: str, sector: str = "Primary"):
    return support_days.account(store, school_id, sector, YEAR)


@pytest.mark.parametrize(
    ("sector", "minimum"),
    [
        ("Primary", 7),
        ("Nursery", 7),
        ("Secondary", 10),
        ("Special", 10),
        ("PRU", 10),
        ("Middle", 16),
    ],
)
def test_the_minimum_is_the_sectors_and_visits_count_whole_and_half_days(store, sector, minimum):
    school = make_school(store, sector=sector)
    visits.start_visit(store, school, date(2025, 9, 15), "agree_priorities")
    visits.start_visit(store, school, date(2025, 10, 2), "broker_support", days=0.5)
    half = visits.start_visit(store, school, date(2026, 1, 20), "other")
    visits.update_visit(store, half, days=0.5)
    visits.start_visit(store, school, date(2025, 7, 1), "other")  # last year: not counted
    gone = visits.start_visit(store, school, date(2026, 2, 1), "other")
    records.delete(store, "visits", gone)
    days = _account(store, school, sector)
    assert (days.partner_days, days.whole_day_visits, days.half_day_visits) == (2.0, 1, 2)
    assert (days.minimum, days.agreed, days.due, days.short) == (minimum, 0, minimum, minimum - 2)


def test_an_enhanced_school_is_due_its_agreed_days_and_brokered_support_counts_apart(store):
    school = make_school(store)
    schools.set_support_level(
        store, school, "enhanced", "Cynnydd cyfyngedig", decided_on=date(2025, 9, 5)
    )
    support_days.set_agreed_days(store, school, YEAR, 6)
    for day in (date(2025, 9, 10), date(2025, 10, 8), date(2025, 11, 12)):
        visits.start_visit(store, school, day, "enhanced_support_review")
    visits.request_support(store, school, YEAR, "specialist", days=8, status="complete")
    visits.request_support(store, school, YEAR, "hub", days=2, status="in_progress")
    visits.request_support(store, school, YEAR, "hub", days=5, status="requested")  # not yet
    visits.request_support(store, school, YEAR, "hub", days=4, status="cancelled")
    days = _account(store, school)
    assert (days.minimum, days.agreed, days.due) == (7, 6, 13)
    assert days.partner_days == 3 and days.short == 10  # 10 brokered days do not fill it
    assert days.brokered == 10


def test_agreed_days_are_one_editable_figure_per_school_and_year(store):
    school = make_school(store)
    first = support_days.set_agreed_days(store, school, YEAR, 4)
    again = support_days.set_agreed_days(store, school, YEAR, 5.5)
    assert first == again and store.db["agreed_days"].count == 1
    assert _account(store, school).agreed == 5.5
    support_days.set_agreed_days(store, school, "2026-27", 2)
    assert _account(store, school).agreed == 5.5
    ops = store.db.execute(
        "SELECT field FROM outbox WHERE tbl = 'agreed_days' AND row_id = ?", [first]
    ).fetchall()
    assert {"school_id", "academic_year", "days"} <= {r[0] for r in ops}


def test_two_laptops_agreeing_days_settle_on_the_later(store):
    school = make_school(store)
    for days in (3, 4):  # two records of one year, pulled one after the other
        records.insert(
            store,
            "agreed_days",
            {"school_id": school, "academic_year": YEAR, "days": days},
            origin="remote",
        )
    assert _account(store, school).agreed == 4


@pytest.mark.parametrize("bad", [-1, 200, 1.25, float("nan"), "3", True])
def test_agreed_days_that_cannot_be_are_refused(store, bad):
    school = make_school(store)
    with pytest.raises(InvalidValue):
        support_days.set_agreed_days(store, school, YEAR, bad)
    assert store.db["agreed_days"].count == 0


@pytest.mark.parametrize("bad", [0, 0.25, 2, "1"])
def test_a_visit_is_a_whole_or_a_half_day(store, bad):
    school = make_school(store)
    with pytest.raises(InvalidValue, match="whole day"):
        visits.start_visit(store, school, date(2025, 9, 15), "other", days=bad)
    visit = visits.start_visit(store, school, date(2025, 9, 15), "other")
    with pytest.raises(InvalidValue, match="whole day"):
        visits.update_visit(store, visit, days=bad)
    assert visits.get_visit(store, visit).days == 1


def test_a_file_from_before_0003_upgrades_with_its_visits_as_whole_days(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations().apply(old, stop_before="0003_key_tasks_and_agreed_days")
    stamp = "2025-09-01T00:00:00.000000Z"
    old["local_authorities"].insert(
        {"id": "la1", "code": "990", "name": "Bro Derwen", "created_at": stamp, "updated_at": stamp}
    )
    old["schools"].insert(
        {"id": "s1", "number": "9901001", "name": "Ysgol", "la_id": "la1", "sector": "Primary"}
        | {"created_at": stamp, "updated_at": stamp}
    )
    old["visits"].insert(
        {"id": "v1", "school_id": "s1", "visit_date": "2025-10-01", "purpose": "other"}
        | {"created_at": stamp, "updated_at": stamp}
    )
    old.close()
    db = Database(path)
    migrate(db)
    names = [m.name for m in migrations().applied(db)]
    assert names[2:5] == [
        "0003_key_tasks_and_agreed_days",
        "0004_visit_length",
        "0005_action_status_on",
    ]
    assert db.execute("SELECT id, days FROM visits").fetchall() == [("v1", 1.0)]
    assert db["key_task_checks"].exists() and db["agreed_days"].exists()
    db.close()
