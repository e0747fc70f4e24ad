"""The termly progress summary of a school for its local authority (issue 6)."""

from __future__ import annotations

from datetime import date

from desktop.reports import render_la_summary
from desktop.store import visits
from tests.reports import builders
from tests.reports.pdf import read_pdf


def test_spring_summary_shows_this_and_last_terms_judgements_visits_and_overdue_actions(
    store, tmp_path
):
    school_id = builders.school(store)
    builders.governors_year(store, school_id)
    spring = visits.start_visit(store, school_id, date(2026, 2, 10), "wellbeing_check")
    visits.start_visit(store, school_id, date(2025, 11, 5), "curriculum_for_wales")
    # agreed at the spring visit: a report of the term lists actions agreed by its end
    visits.add_action(
        store,
        school_id,
        "Adolygu'r polisi presenoldeb",
        owner="Rhian Llŷr",
        due_on=date(2026, 2, 1),
        visit_id=spring,
    )
    visits.add_action(
        store,
        school_id,
        "Cyflwyno'r cynllun i'r llywodraethwyr",
        due_on=date(2026, 5, 1),
        visit_id=spring,
    )

    info = render_la_summary(
        store,
        school_id,
        "2025-26",
        "spring",
        "en",
        tmp_path / "la.pdf",
        today=date(2026, 3, 25),
    )

    pdf = read_pdf(info.path)
    text = pdf.flat()
    assert "Termly progress summary" in text and "For the local authority".upper() in text
    assert "Spring term 2025-26" in text
    assert "This term" in text and "Previous term" in text
    assert "Satisfactory progress" in text and "Limited progress" in text
    assert "Rhondda Cynon Taf (674)" in text
    assert "Wellbeing progress check" in text
    assert "Curriculum for Wales" not in text  # an autumn visit
    assert "1 February 2026 Overdue" in text
    assert "1 May 2026 Overdue" not in text
    assert f"Page 1 of {info.pages}" in pdf.pages[0]


def test_autumn_summary_has_no_previous_term_and_welsh_reads_welsh(store, tmp_path):
    school_id = builders.school(store)
    builders.governors_year(store, school_id, judged=False)
    pdf = read_pdf(
        render_la_summary(
            store,
            school_id,
            "2025-26",
            "autumn",
            "cy",
            tmp_path / "la.pdf",
            today=date(2025, 12, 10),
        ).path
    )
    text = pdf.flat()
    assert "Crynodeb tymhorol o'r cynnydd" in text
    assert "Tymor yr hydref 2025-26" in text
    assert "Y tymor blaenorol" not in text
    assert "Heb ei farnu eto y tymor hwn" in text
    assert "Nid oes unrhyw ymweliadau wedi'u cofnodi y tymor hwn." in text
    assert pdf.lang == "cy-GB"
