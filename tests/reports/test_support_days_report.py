"""The support days as the reports print them (issue 15 point 4): the partner's days from
visits against the minimum and the days agreed; brokered support counted apart."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.reports import render_governors_report, render_la_summary
from desktop.store import schools, support_days, visits
from tests.reports import builders
from tests.reports.pdf import read_pdf

YEAR = "2025-26"


@pytest.fixture
def enhanced(store) -> str:
    """An enhanced primary school: 6 days agreed, two whole-day and one half-day visits,
    10 days of brokered support."""
    school_id = builders.school(store)
    schools.set_support_level(
        store, school_id, "enhanced", "Cynnydd cyfyngedig", decided_on=date(2025, 9, 5)
    )
    support_days.set_agreed_days(store, school_id, YEAR, 6)
    visits.start_visit(store, school_id, date(2025, 9, 17), "agree_priorities")
    visits.start_visit(store, school_id, date(2025, 10, 8), "enhanced_support_review")
    visits.start_visit(store, school_id, date(2025, 11, 12), "other", days=0.5)
    visits.request_support(store, school_id, YEAR, "specialist", days=10, status="complete")
    return school_id


def test_the_governors_report_in_english(store, tmp_path, enhanced):
    info = render_governors_report(store, enhanced, YEAR, "en", tmp_path / "gb.pdf")
    text = read_pdf(info.path).flat()
    assert (
        "Days of the improvement partner's time this year (visits: 2 whole-day, 1 half-day)"
        " 2.5 of 13"
    ) in text
    assert (
        "Days due this year: the minimum for the sector (7) and the days agreed for the"
        " school (6) 13"
    ) in text
    assert "counted apart 10" in text


def test_the_la_summary_in_welsh_and_in_both(store, tmp_path, enhanced):
    welsh = read_pdf(
        render_la_summary(store, enhanced, YEAR, "autumn", "cy", tmp_path / "cy.pdf").path
    ).flat()
    assert (
        "Diwrnodau o amser y partner gwella eleni (ymweliadau: 2 diwrnod cyfan, 1 hanner"
        " diwrnod) 2.5 o 13"
    ) in welsh
    assert "yr isafswm ar gyfer y sector (7) a'r diwrnodau a gytunwyd ar gyfer yr ysgol (6)" in (
        welsh
    )
    both = read_pdf(
        render_la_summary(store, enhanced, YEAR, "autumn", "both", tmp_path / "both.pdf").path
    ).flat()
    assert "2.5 o 13" in both and "2.5 of 13" in both
    assert "wedi'u cyfrif ar wahân" in both and "counted apart" in both
