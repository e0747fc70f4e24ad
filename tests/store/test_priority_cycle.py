"""What the documents' cycle records (issue 15 point 7): success criteria and risks to
progress for each priority, its approval by the LA (state, date, by whom), and who agreed a
move between core and enhanced support and who raised it (the LA can start one)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.reports import render_governors_report, render_la_summary
from desktop.store import caseload, priorities, schools
from desktop.store.errors import InvalidValue
from tests.reports import builders
from tests.reports.pdf import read_pdf

YEAR = "2025-26"


def test_a_priority_carries_criteria_risks_and_the_las_approval(store):
    school = builders.school(store)
    pid = priorities.add_priority(
        store,
        school,
        YEAR,
        "Gwella darllen",
        success_criteria="80% yn darllen yn rhugl erbyn yr haf",
        risks="Staffio",
    )
    priorities.update_priority(
        store,
        pid,
        la_approval="approved",
        la_approved_on=date(2025, 10, 3),
        la_approved_by="Ann Bebb",
    )
    [found] = priorities.priorities_of(store, school, YEAR)
    assert (found.success_criteria, found.risks) == (
        "80% yn darllen yn rhugl erbyn yr haf",
        "Staffio",
    )
    assert (found.la_approval, found.la_approved_on, found.la_approved_by) == (
        "approved",
        "2025-10-03",
        "Ann Bebb",
    )
    with pytest.raises(InvalidValue, match="LA approval"):
        priorities.update_priority(store, pid, la_approval="maybe")


def test_a_move_to_enhanced_support_records_who_agreed_and_who_raised_it(store):
    school = builders.school(store)
    schools.set_support_level(
        store,
        school,
        "enhanced",
        "Pryderon yr ALl",
        decided_on=date(2025, 11, 4),
        agreed_by=["la", "school", "governors"],
        raised_by="la",
    )
    [decision] = caseload.school_log(store, school, YEAR).decisions
    assert decision.agreed_by == ("school", "governors", "la")  # in the documents' order
    assert decision.raised_by == "la"
    with pytest.raises(InvalidValue, match="Unknown parties"):
        schools.set_support_level(
            store, school, "core", "Da", decided_on=date(2026, 1, 5), agreed_by=["estyn"]
        )
    with pytest.raises(InvalidValue, match="raised by"):
        schools.set_support_level(
            store, school, "core", "Da", decided_on=date(2026, 1, 5), raised_by="estyn"
        )


def test_the_reports_print_them(store, tmp_path):
    school = builders.school(store)
    builders.governors_year(store, school)
    [first, *_] = priorities.priorities_of(store, school, YEAR)
    priorities.update_priority(
        store,
        first.id,
        success_criteria="Meini prawf A",
        risks="Risg B",
        la_approval="approved",
        la_approved_on=date(2025, 10, 3),
        la_approved_by="Ann Bebb",
    )
    schools.set_support_level(
        store,
        school,
        "enhanced",
        "Pryderon",
        decided_on=date(2026, 1, 15),
        agreed_by=["school", "la"],
        raised_by="la",
    )
    path = tmp_path / "gb.pdf"
    render_governors_report(store, school, YEAR, "en", path, today=date(2026, 7, 10))
    text = read_pdf(path).flat()
    assert "Success criteria Meini prawf A" in text and "Risks to progress Risg B" in text
    assert "Approved by the local authority, 3 October 2025 (Ann Bebb)" in text
    assert "Not yet sent to the local authority for approval" in text  # the others
    assert "Raised by the local authority" in text
    assert "Agreed by the school, the local authority" in text
    welsh = tmp_path / "la.pdf"
    render_la_summary(store, school, YEAR, "autumn", "cy", welsh, today=date(2026, 7, 10))
    assert "Wedi'i chymeradwyo gan yr awdurdod lleol, 3 Hydref 2025 (Ann Bebb)" in (
        read_pdf(welsh).flat()
    )
