"""The demo caseload: a fictional, complete caseload seeded into an empty profile."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.store import caseload, people, search, visits
from desktop.store.calendar import academic_year_of
from desktop.store.demo import seed_demo
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from tests.store.factories import make_school

TODAY = date(2026, 2, 10)  # spring term: the autumn judgements are in
YEAR = academic_year_of(TODAY)


@pytest.fixture
def seeded(store):
    me = seed_demo(store, TODAY)
    return store, me


def test_the_demo_partner_has_sixteen_fictional_schools_this_year(seeded):
    store, me = seeded
    rows = caseload.caseload(store, me, YEAR)
    assert people.me(store) == me
    assert len(rows) == 16
    assert {row.school.la_code for row in rows} == {"990", "991"}
    assert all(row.school.number[:3] in ("990", "991") for row in rows)
    assert {row.school.sector for row in rows} >= {"Primary", "Secondary", "Special", "PRU"}
    assert sum(row.school.support_level == "enhanced" for row in rows) == 2


def test_a_school_log_holds_judged_priorities_and_written_up_visits(seeded):
    store, me = seeded
    school = next(
        row.school
        for row in caseload.caseload(store, me, YEAR)
        if row.school.name == "Heol Fach Primary School"
    )
    log = caseload.school_log(store, school.id, YEAR)
    assert 2 <= len(log.priorities) <= 4
    assert all(p.reform_area for p in log.priorities)
    assert all([j.term for j in p.judgements] == ["autumn"] for p in log.priorities)
    assert 3 <= len(log.visits) <= 6
    visit = log.visits[0]
    answers = visits.answers_of(store, visit.id)
    assert {a.question for a in answers} == {1, 2, 3, 4, 5}
    assert all(a.answer.strip() for a in answers)
    assert visits.evidence_of(store, visit.id)


def test_welsh_medium_schools_are_written_up_in_welsh(seeded):
    store, me = seeded
    school = next(
        row.school
        for row in caseload.caseload(store, me, YEAR)
        if row.school.welsh_medium_type == "Welsh medium"
    )
    log = caseload.school_log(store, school.id, YEAR)
    text = " ".join(a.answer for v in log.visits for a in visits.answers_of(store, v.id))
    assert " yn " in text and "the school" not in text


def test_words_from_the_visit_notes_are_found_by_search(seeded):
    store, _ = seeded
    hits = search.search(store, "hunanwerthuso")
    assert hits and all(hit.school_name for hit in hits)
    assert search.search(store, "learning walk")


def test_the_demo_is_refused_on_a_profile_that_holds_records(store):
    make_school(store)
    with pytest.raises(ValueError, match="empty profile"):
        seed_demo(store, TODAY)
    assert store.db["schools"].count == 1


def test_the_same_day_gives_the_same_caseload(store, tmp_path):
    def notes(target):
        rows = target.db.execute("SELECT answer FROM enquiry_answers ORDER BY answer").fetchall()
        return [r[0] for r in rows]

    seed_demo(store, TODAY)
    other = Store.open(profile_paths(tmp_path / "other", "demo"), backup_at_start=False)
    try:
        seed_demo(other, TODAY)
        assert notes(other) == notes(store)
    finally:
        other.close()


@pytest.mark.parametrize(
    ("today", "judged"),
    [
        (date(2026, 12, 5), True),  # issue 15: early December, the desk has this autumn to read
        (date(2026, 9, 20), False),  # too early in the term for a judgement
    ],
)
def test_this_years_autumn_judgements_are_in_once_half_the_term_is_past(store, today, judged):
    me = seed_demo(store, today)
    year = academic_year_of(today)
    logs = [
        caseload.school_log(store, r.school.id, year) for r in caseload.caseload(store, me, year)
    ]
    terms = {j.term for log in logs for p in log.priorities for j in p.judgements}
    assert terms == ({"autumn"} if judged else set())
    days = {j.judged_on for log in logs for p in log.priorities for j in p.judgements}
    assert all(day < today.isoformat() for day in days)


def test_the_readme_report_examples_name_a_demo_school():
    """Issue 15 point 10: the README's `sipl report` examples work on the demo."""
    import re
    from pathlib import Path

    from desktop.store.demo_text import SCHOOLS

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"sipl report (?:governors|la) (\d{7})", readme))
    assert named and named <= {s.number for s in SCHOOLS}


def test_the_demo_caseload_shows_different_next_key_tasks(store):
    """Issue 15: the same sentence on every row told the partner nothing."""
    today = date(2026, 12, 5)
    me = seed_demo(store, today)
    entries = caseload.caseload_overview(store, me, academic_year_of(today), today)
    assert len({e.next_task for e in entries}) >= 3
