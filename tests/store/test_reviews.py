"""Half-termly reviews of enhanced schools (issue 5), and migration 0002 that adds them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from desktop.store import records, reviews, schools
from desktop.store.errors import InvalidValue, NotFound
from desktop.store.schema import migrate, migrations, unknown_migrations
from tests.store.factories import make_partner, make_school
from tests.sync.helpers import outbox


def enhanced(store, number: str, name: str) -> str:
    school = make_school(store, number, name)
    schools.set_support_level(store, school, "enhanced", "Pryderon", decided_on=date(2025, 9, 20))
    return school


def test_a_review_is_recorded_synced_and_listed_newest_first(store):
    pip = make_partner(store, "Gareth Huws", "pip")
    school = enhanced(store, "9901001", "Ysgol Cwm Derwen")
    first = reviews.record_review(
        store,
        school,
        date(2025, 10, 15),
        pip_id=pip,
        la_attendees=[" Swyddog Addysg ", "Swyddog Addysg", ""],
        position_agreed="  Dechrau da.  ",
    )
    second = reviews.record_review(
        store,
        school,
        date(2025, 12, 3),
        pip_id=pip,
        la_attendees=["Pennaeth Gwella Ysgolion"],
        position_agreed="Cynnydd boddhaol.",
        next_review_due=date(2026, 2, 4),
    )
    found = reviews.reviews_of(store, school)
    assert [r.id for r in found] == [second, first]
    assert found[1].la_attendees == ("Swyddog Addysg",)
    assert found[1].position_agreed == "Dechrau da."
    assert found[0].next_review_due == "2026-02-04"
    sent = {(op["tbl"], op["field"]) for op in outbox(store) if op["row_id"] == second}
    assert ("enhanced_reviews", "position_agreed") in sent
    records.delete(store, "enhanced_reviews", second)
    assert [r.id for r in reviews.reviews_of(store, school)] == [first]


def test_a_review_needs_a_position_and_a_later_next_date(store):
    school = enhanced(store, "9901001", "Ysgol Cwm Derwen")
    with pytest.raises(InvalidValue):
        reviews.record_review(
            store, school, date(2025, 10, 15), pip_id=None, la_attendees=[], position_agreed=" "
        )
    with pytest.raises(InvalidValue):
        reviews.record_review(
            store,
            school,
            date(2025, 10, 15),
            pip_id=None,
            la_attendees=[],
            position_agreed="Iawn",
            next_review_due=date(2025, 10, 15),
        )
    with pytest.raises(NotFound):
        reviews.record_review(
            store, "nope", date(2025, 10, 15), pip_id=None, la_attendees=[], position_agreed="Iawn"
        )


def test_enhanced_schools_are_listed_by_when_their_next_review_is_due(store):
    """Never reviewed first; then by due date (given, or six weeks after the last)."""
    make_school(store, "9901009", "Ysgol Graidd")  # core support: not listed
    never = enhanced(store, "9901001", "Ysgol Newydd")
    given = enhanced(store, "9901002", "Ysgol Bryn")
    implied = enhanced(store, "9901003", "Ysgol Aber")
    reviews.record_review(
        store,
        given,
        date(2025, 10, 1),
        pip_id=None,
        la_attendees=[],
        position_agreed="Iawn",
        next_review_due=date(2026, 1, 20),
    )
    reviews.record_review(
        store, implied, date(2025, 11, 1), pip_id=None, la_attendees=[], position_agreed="Iawn"
    )
    due = reviews.enhanced_schools_with_next_due(store, today=date(2026, 1, 1))
    assert [(d.school.id, d.last_review, d.next_due, d.overdue) for d in due] == [
        (never, None, None, True),
        (implied, "2025-11-01", "2025-12-13", True),
        (given, "2025-10-01", "2026-01-20", False),
    ]


def test_a_database_from_before_0002_is_upgraded_with_its_data_intact(tmp_path):
    """Tried: a file made by a SIPL with only 0001 holds a school and an outbox op; opening
    it with this build applies 0002 once, keeps both, and the new table works."""
    path = tmp_path / "old.db"
    old = Database(path)
    migrations().apply(old, stop_before="0002_enhanced_reviews")
    assert not old["enhanced_reviews"].exists()
    stamp = "2025-09-01T00:00:00.000000Z"
    old["local_authorities"].insert(
        {"id": "la1", "code": "990", "name": "Bro Derwen", "created_at": stamp, "updated_at": stamp}
    )
    old["schools"].insert(
        {
            "id": "s1",
            "number": "9901001",
            "name": "Ysgol Cwm Derwen",
            "la_id": "la1",
            "sector": "Primary",
            "support_level": "enhanced",
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    old["outbox"].insert(
        {
            "op_id": "op1",
            "tbl": "schools",
            "row_id": "s1",
            "field": "name",
            "value": '"Ysgol Cwm Derwen"',
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    old.close()

    from desktop.store.paths import profile_paths
    from desktop.store.store import Store

    db = Database(path)
    migrate(db)
    migrate(db)  # idempotent
    applied = [m.name for m in migrations().applied(db)]
    assert applied[:2] == ["0001_initial", "0002_enhanced_reviews"]
    assert applied == [m.name for m in migrations()._migrations]  # each once, in order
    assert unknown_migrations(db) == []
    assert db.execute("SELECT name, support_level FROM schools").fetchall() == [
        ("Ysgol Cwm Derwen", "enhanced")
    ]
    assert db.execute("SELECT op_id, state FROM outbox").fetchall() == [("op1", "pending")]
    db.close()

    paths = profile_paths(tmp_path / "data", "old")
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    path.replace(paths.database)
    store = Store.open(paths, backup_at_start=False)
    try:
        review = reviews.record_review(
            store, "s1", date(2025, 10, 1), pip_id=None, la_attendees=[], position_agreed="Iawn"
        )
        assert [r.id for r in reviews.reviews_of(store, "s1")] == [review]
        [due] = reviews.enhanced_schools_with_next_due(store, today=date(2025, 10, 2))
        assert due.school.number == "9901001" and not due.overdue
    finally:
        store.close()
