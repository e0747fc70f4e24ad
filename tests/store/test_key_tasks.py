"""The termly key-task checklist (issue 15 point 1): "Next key task" used to stay on the
same sentence all term, because 35 of the 49 tasks have no visit purpose of their own."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.store import caseload, key_tasks, people, schools, visits
from desktop.store.errors import InvalidValue
from forms import load_forms
from tests.store.factories import make_school

YEAR = "2025-26"
FORMS = load_forms()
AUTUMN = [t.key for t in FORMS.term("autumn").tasks]


@pytest.fixture
def school(store) -> str:
    school_id = make_school(store)
    people.allocate(store, school_id, people.add_person(store, "Siân Prydderch", "ip"), YEAR)
    return school_id


def _next(store, today: date) -> str | None:
    (entry,) = caseload.caseload_overview(store, None, YEAR, today)
    return entry.next_task


def _states(store, school_id: str, term: str, level: str = "core") -> dict[str, object]:
    return {
        t.task.key: t
        for g in key_tasks.checklist(store, school_id, YEAR, term, level)
        for t in g.tasks
    }


def test_the_next_task_moves_as_visits_cover_tasks_and_tasks_are_ticked(store, school):
    today = date(2025, 11, 20)
    assert _next(store, today) == AUTUMN[0] == "agree_priorities"
    # a visit whose purpose is the task covers it
    visits.start_visit(store, school, date(2025, 9, 18), "agree_priorities")
    assert _next(store, today) == AUTUMN[1]
    # a task no purpose covers, ticked by hand with the day it was done
    key_tasks.tick(store, school, YEAR, AUTUMN[1], date(2025, 10, 2))
    assert _next(store, today) == AUTUMN[2]
    # a task a visit covered, though the visit's purpose was something else
    visit = visits.start_visit(store, school, date(2025, 10, 9), "other")
    key_tasks.tick(store, school, YEAR, AUTUMN[2], date(2025, 10, 9), visit_id=visit)
    assert _next(store, today) == AUTUMN[3]
    states = _states(store, school, "autumn")
    assert (states[AUTUMN[0]].done_on, states[AUTUMN[0]].check_id) == ("2025-09-18", None)
    assert (states[AUTUMN[1]].done_on, states[AUTUMN[1]].visit_id) == ("2025-10-02", None)
    assert (states[AUTUMN[2]].visit_id, states[AUTUMN[2]].visit_date) == (visit, "2025-10-09")
    # every autumn task done: nothing is next
    for key in AUTUMN[3:]:
        key_tasks.tick(store, school, YEAR, key, date(2025, 11, 3))
    assert _next(store, today) is None


def test_untick_puts_the_task_back(store, school):
    check = key_tasks.tick(store, school, YEAR, AUTUMN[0], date(2025, 9, 10))
    assert _next(store, date(2025, 9, 20)) == AUTUMN[1]
    key_tasks.untick(store, check)
    assert _next(store, date(2025, 9, 20)) == AUTUMN[0]
    assert not _states(store, school, "autumn")[AUTUMN[0]].done


def test_term_tasks_done_once_a_year_recurring_groups_each_term(store, school):
    spring_task = FORMS.term("spring").tasks[0].key
    key_tasks.tick(store, school, YEAR, spring_task, date(2025, 12, 1))  # early: still done
    key_tasks.tick(store, school, YEAR, "half_termly_review", date(2025, 11, 5))
    key_tasks.tick(store, school, YEAR, "estyn", date(2025, 11, 6))
    autumn = _states(store, school, "autumn", "enhanced")
    spring = _states(store, school, "spring", "enhanced")
    assert spring[spring_task].done
    assert autumn["half_termly_review"].done and not spring["half_termly_review"].done
    assert autumn["estyn"].done and not spring["estyn"].done


def test_the_checklist_shows_enhanced_tasks_only_to_an_enhanced_school(store, school):
    groups = [g.key for g in key_tasks.checklist(store, school, YEAR, "spring", "core")]
    assert groups == ["spring", "other"]
    groups = [g.key for g in key_tasks.checklist(store, school, YEAR, "spring", "enhanced")]
    assert groups == ["spring", "enhanced_support", "other"]


def test_an_enhanced_school_is_next_reminded_of_its_half_termly_review(store, school):
    schools.set_support_level(
        store, school, "enhanced", "Cynnydd cyfyngedig", decided_on=date(2025, 9, 5)
    )
    for task in FORMS.term("autumn").tasks:
        key_tasks.tick(store, school, YEAR, task.key, date(2025, 10, 1))
    assert _next(store, date(2025, 11, 1)) == "half_termly_review"
    key_tasks.tick(store, school, YEAR, "half_termly_review", date(2025, 10, 20))
    assert _next(store, date(2025, 11, 1)) == "support_team_liaison"


@pytest.mark.parametrize(
    ("tried", "args", "message"),
    [
        ("a task not in the schedule", ("no_such_task", date(2025, 10, 1)), "not a key task"),
        ("a day outside the year", (AUTUMN[0], date(2026, 9, 1)), "not in the academic year"),
    ],
)
def test_a_bad_tick_is_refused_and_writes_nothing(store, school, tried, args, message):
    with pytest.raises(InvalidValue, match=message):
        key_tasks.tick(store, school, YEAR, *args)
    assert store.db["key_task_checks"].count == 0, tried


def test_a_visit_of_another_school_cannot_cover_a_task(store, school):
    other = make_school(store, "9901002", "Ysgol Arall")
    visit = visits.start_visit(store, other, date(2025, 10, 1), "other")
    with pytest.raises(InvalidValue, match="visit of this school"):
        key_tasks.tick(store, school, YEAR, AUTUMN[0], date(2025, 10, 1), visit_id=visit)
    assert store.db["key_task_checks"].count == 0


def test_a_tick_is_queued_for_sync(store, school):
    check = key_tasks.tick(store, school, YEAR, AUTUMN[1], date(2025, 10, 2))
    fields = {
        r[0]
        for r in store.db.execute(
            "SELECT field FROM outbox WHERE tbl = 'key_task_checks' AND row_id = ?", [check]
        )
    }
    assert {"school_id", "academic_year", "task_key", "done_on"} <= fields
