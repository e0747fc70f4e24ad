"""Issue 14, point 3: a priority carried into a new year is linked to the one it continues;
its judgements and the visits' answers follow the link, and the link travels to the
central store as a synced field."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.store import priorities, visits, workspace
from desktop.store.errors import InvalidValue
from tests.store.factories import make_school


def _judged(store, school: str) -> str:
    priority = priorities.add_priority(
        store, school, "2024-25", "Ysgrifennu estynedig", reform_area="curriculum"
    )
    for term, rate, track in (
        ("autumn", "limited", "off_track"),
        ("summer", "satisfactory", "on_track"),
    ):
        priorities.judge_priority(
            store,
            priority,
            term,
            track=track,
            rate=rate,
            rationale=f"Barn {term}",
            judged_on=date(2025, 7, 1) if term == "summer" else date(2024, 12, 1),
        )
    return priority


def test_carrying_forward_links_the_new_years_priority_and_keeps_its_history(store):
    school = make_school(store)
    old = _judged(store, school)
    new = priorities.carry_forward(store, old)
    (carried,) = priorities.priorities_of(store, school, "2025-26")
    assert carried.id == new
    assert carried.continues_id == old
    assert carried.title == "Ysgrifennu estynedig" and carried.reform_area == "curriculum"
    assert carried.judgements == ()
    # The history reaches back to last year, oldest first; the dialog of the autumn of the
    # new year shows both.
    assert [(p.academic_year, p.judgement.term, p.judgement.rate) for p in carried.earlier] == [
        ("2024-25", "autumn", "limited"),
        ("2024-25", "summer", "satisfactory"),
    ]
    assert [p.judgement.rationale for p in carried.history_before("autumn")] == [
        "Barn autumn",
        "Barn summer",
    ]
    (before,) = priorities.priorities_of(store, school, "2024-25")
    assert before.status == "carried_forward"
    assert before.continued_by == new
    # Once only; the link goes to the outbox as a field of the new priority.
    with pytest.raises(InvalidValue, match="already been carried forward"):
        priorities.carry_forward(store, old)
    sent = store.db.execute(
        "SELECT value FROM outbox WHERE tbl = 'priorities' AND row_id = ? AND field = ?",
        [new, "continues_id"],
    ).fetchall()
    assert [r[0] for r in sent] == [f'"{old}"']


def test_a_carried_priority_keeps_its_success_criteria_and_risks_but_not_la_approval(store):
    """Merge of issues 14 and 15: the new year's priority continues the same aim, so its
    success criteria and risks come with it; the LA approves the new year's plan afresh."""
    school = make_school(store)
    old = priorities.add_priority(
        store,
        school,
        "2024-25",
        "Llafaredd",
        success_criteria="Pob disgybl yn siarad yn hyderus",
        risks="Staff newydd",
    )
    priorities.update_priority(
        store, old, la_approval="approved", la_approved_on=date(2024, 10, 1), la_approved_by="AL"
    )
    priorities.carry_forward(store, old)
    (carried,) = priorities.priorities_of(store, school, "2025-26")
    assert carried.success_criteria == "Pob disgybl yn siarad yn hyderus"
    assert carried.risks == "Staff newydd"
    assert carried.la_approval is None and carried.la_approved_by is None
    (before,) = priorities.priorities_of(store, school, "2024-25")
    assert before.la_approval == "approved" and before.continued_by == carried.id


def test_a_chain_over_two_years_follows_every_link(store):
    school = make_school(store)
    first = _judged(store, school)
    second = priorities.carry_forward(store, first)
    priorities.judge_priority(
        store,
        second,
        "autumn",
        track="on_track",
        rate="strong",
        rationale="Barn 2025",
        judged_on=date(2025, 12, 1),
    )
    third = priorities.carry_forward(store, second)
    assert priorities.chain_of(store, third) == [third, second, first]
    (carried,) = priorities.priorities_of(store, school, "2026-27")
    assert [p.academic_year for p in carried.earlier] == ["2024-25", "2024-25", "2025-26"]


def test_a_priority_only_continues_an_earlier_year_of_its_own_school(store):
    school, other = make_school(store), make_school(store, number="9901002", name="Ysgol Arall")
    old = _judged(store, school)
    with pytest.raises(InvalidValue, match="earlier years"):
        priorities.add_priority(store, other, "2025-26", "Copi", continues_id=old)
    with pytest.raises(InvalidValue, match="earlier years"):
        priorities.add_priority(store, school, "2024-25", "Same year", continues_id=old)


def test_a_visit_on_the_carried_priority_shows_last_years_answers(store):
    school = make_school(store)
    old = _judged(store, school)
    july = visits.start_visit(
        store,
        school,
        date(2025, 7, 2),
        "progress_towards_priorities",
        aspects=[visits.priority_aspect(old)],
    )
    visits.set_answer(store, july, visits.priority_aspect(old), 1, "Ateb mis Gorffennaf")
    new = priorities.carry_forward(store, old)
    october = visits.start_visit(
        store,
        school,
        date(2025, 10, 2),
        "progress_towards_priorities",
        aspects=[visits.priority_aspect(new)],
    )
    previous = workspace.previous_answers(store, october, visits.priority_aspect(new))
    assert previous.visit_id == july
    assert previous.get(1) == "Ateb mis Gorffennaf"


def test_a_database_from_before_0010_gets_the_link_with_its_priorities_intact(tmp_path):
    """Tried: a file made before 0010 holds a priority; opening it adds ``continues_id``
    (empty for that priority) once, and carrying it forward works."""
    from sqlite_utils import Database

    from desktop.store.schema import migrate, migrations

    path = tmp_path / "old.db"
    old = Database(path)
    migrations().apply(old, stop_before="0010_priority_continues")
    assert "continues_id" not in old["priorities"].columns_dict
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
        }
        | {"created_at": stamp, "updated_at": stamp}
    )
    old["priorities"].insert(
        {"id": "p1", "school_id": "s1", "academic_year": "2024-25", "title": "Darllen"}
        | {"created_at": stamp, "updated_at": stamp}
    )
    old.close()
    db = Database(path)
    migrate(db)
    migrate(db)
    assert db.execute("SELECT id, title, continues_id FROM priorities").fetchall() == [
        ("p1", "Darllen", None)
    ]
    db.close()
