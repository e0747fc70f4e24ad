"""Reports of past periods state things as they stood at the period's end (issue 15 point 2):
a 2025-26 governors' report said "Core support" on page 1 and recorded the move to enhanced
support on page 3; the summer LA summary listed an action agreed in November 2026."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.reports import render_governors_report, render_la_summary
from desktop.store import as_of, caseload, people, priorities, records, schools, visits
from tests.reports import builders
from tests.reports.pdf import read_pdf

YEAR = "2025-26"
TODAY = date(2026, 12, 5)  # the next year's autumn


@pytest.fixture
def history(store) -> str:
    """A year with a change of partner (January), of support level (15 January) and of an
    action's status (done 10 February); then, next year, a move back to core support and a
    new action agreed in November 2026."""
    school = builders.school(store)
    sian = people.add_person(store, "Siân Prydderch", "ip")
    huw = people.add_person(store, "Huw Bebb", "ip")
    first = people.allocate(store, school, sian, YEAR, starts_on=date(2025, 9, 1))
    records.update(store, "allocations", first, {"ends_on": "2025-12-31"})
    people.allocate(store, school, huw, YEAR, starts_on=date(2026, 1, 1))
    people.allocate(store, school, huw, "2026-27")
    schools.set_support_level(
        store, school, "enhanced", "Cynnydd cyfyngedig", decided_on=date(2026, 1, 15)
    )
    schools.set_support_level(store, school, "core", "Cynnydd da", decided_on=date(2026, 10, 1))
    pid = priorities.add_priority(store, school, YEAR, "Gwella darllen", reform_area="curriculum")
    priorities.judge_priority(
        store,
        pid,
        "autumn",
        track="on_track",
        rate="strong",
        rationale="Da",
        judged_on=date(2025, 12, 5),
    )
    autumn = visits.start_visit(store, school, date(2025, 10, 14), "agree_priorities")
    done = visits.add_action(
        store, school, "Adolygu'r polisi presenoldeb", due_on=date(2026, 1, 30), visit_id=autumn
    )
    visits.set_action_status(store, done, "done", on=date(2026, 2, 10))
    november = visits.start_visit(store, school, date(2026, 11, 5), "other")
    visits.add_action(store, school, "Gweithred newydd mis Tachwedd", visit_id=november)
    return school


def _la(store, school, tmp_path, year, term, lang="en") -> str:
    path = tmp_path / f"la-{year}-{term}-{lang}.pdf"
    render_la_summary(store, school, year, term, lang, path, today=TODAY)
    return read_pdf(path).flat()


def test_the_autumn_summary_reads_as_on_31_december(store, tmp_path, history):
    text = _la(store, history, tmp_path, YEAR, "autumn")
    assert "Improvement partner Siân Prydderch" in text
    assert "Level of support Core support" in text
    assert "Adolygu'r polisi presenoldeb" in text  # still open then
    assert "Gweithred newydd mis Tachwedd" not in text
    welsh = _la(store, history, tmp_path, YEAR, "autumn", "cy")
    assert "Cymorth craidd" in welsh and "Cymorth ychwanegol" not in welsh


def test_the_spring_and_summer_summaries_read_as_on_their_last_days(store, tmp_path, history):
    spring = _la(store, history, tmp_path, YEAR, "spring")
    assert "Improvement partner Huw Bebb" in spring
    assert "Level of support Enhanced support" in spring
    assert "Adolygu'r polisi presenoldeb" not in spring  # done on 10 February
    summer = _la(store, history, tmp_path, YEAR, "summer")
    assert "Level of support Enhanced support" in summer
    assert "Gweithred newydd mis Tachwedd" not in summer  # agreed in November 2026


def test_the_current_term_shows_todays_state(store, tmp_path, history):
    text = _la(store, history, tmp_path, "2026-27", "autumn")
    assert "Level of support Core support" in text
    assert "Gweithred newydd mis Tachwedd" in text


def test_the_governors_report_of_a_past_year_agrees_with_itself(store, tmp_path, history):
    info = render_governors_report(store, history, YEAR, "en", tmp_path / "gb.pdf", today=TODAY)
    pdf = read_pdf(info.path)
    first = " ".join(pdf.pages[0].split())
    assert "Level of support Enhanced support" in first  # as on 31 August 2026
    text = pdf.flat()
    assert "15 January 2026 Core support → Enhanced support" in text
    assert "1 October 2026" not in text  # next year's move back to core
    assert pdf.author == "Huw Bebb"


def test_the_level_on_a_day_comes_from_the_decisions(store, history):
    log_decisions = caseload.school_log(store, history, YEAR).decisions
    on = as_of.support_level_on
    assert on(log_decisions, date(2025, 9, 1), "core") == "core"
    assert on(log_decisions, date(2026, 1, 15), "core") == "enhanced"
    assert on(log_decisions, date(2026, 8, 31), "core") == "enhanced"
    assert on(log_decisions, date(2026, 12, 1), "core") == "core"
    assert on((), date(2026, 12, 1), "enhanced") == "enhanced"


def test_period_end_is_today_while_the_period_runs():
    assert as_of.period_end(YEAR, None, TODAY) == date(2026, 8, 31)
    assert as_of.period_end(YEAR, "spring", TODAY) == date(2026, 3, 31)
    assert as_of.period_end("2026-27", "autumn", TODAY) == TODAY
