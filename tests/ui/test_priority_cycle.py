"""Issue 15 point 7 in the app: a priority's success criteria, risks and LA approval are
edited in the priority dialog; a move to enhanced support records who agreed and who raised
it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from desktop.store import caseload
from tests.ui.helpers import type_text, when_modal
from tests.ui.test_school import _open_school


def test_editing_a_priority_records_the_las_approval(app, qtbot):
    school = _open_school(app, qtbot, "Heol Fach Primary School")
    school.priorities.selectRow(0)
    priority = school.current_priority()

    def edit(dialog) -> None:
        assert not dialog.approved_on.isEnabled()  # no date until the LA decides
        dialog.criteria.setPlainText("Presenoldeb dros 95%")
        dialog.risks.setPlainText("Salwch staff")
        dialog.approval.setCurrentIndex(dialog.approval.findData("approved"))
        assert dialog.approved_on.isEnabled()
        dialog.approved_on.setDate(QDate(2025, 10, 3))
        type_text(dialog.approved_by, "Ann Bebb")
        dialog.buttons.buttons()[0].click()

    when_modal(edit)
    school.edit_priority.click()
    qtbot.waitUntil(
        lambda: (
            school.log is not None
            and next(p for p in school.log.priorities if p.id == priority.id).la_approval
            == "approved"
        )
    )
    saved = next(p for p in school.log.priorities if p.id == priority.id)
    assert (saved.success_criteria, saved.risks) == ("Presenoldeb dros 95%", "Salwch staff")
    assert (saved.la_approved_on, saved.la_approved_by) == (
        date(2025, 10, 3).isoformat(),
        "Ann Bebb",
    )
    school.priorities.selectRow(0)
    assert "Approved by the LA" in school.history.text() and "Ann Bebb" in school.history.text()


def test_a_move_raised_by_the_la_and_agreed_by_the_parties(app, qtbot):
    school = _open_school(app, qtbot, "Heol Fach Primary School")
    school_id = school.log.school.id

    def move(dialog) -> None:
        type_text(dialog.reason, "Pryderon yr ALl am bresenoldeb.")
        dialog.raised_by.setCurrentIndex(dialog.raised_by.findData("la"))
        dialog.agreed["school"].setChecked(True)
        dialog.agreed["la"].setChecked(True)
        dialog.buttons.buttons()[0].click()

    when_modal(move)
    qtbot.mouseClick(school.change_level, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: school.log is not None and school.log.school.support_level == "enhanced"
    )
    log = app.services.runner.call(lambda store: caseload.school_log(store, school_id, "2025-26"))
    assert log.decisions[0].raised_by == "la"
    assert log.decisions[0].agreed_by == ("school", "la")


def test_the_school_details_are_edited_in_the_app(app, qtbot):
    school = _open_school(app, qtbot, "Heol Fach Primary School")
    school_id = school.log.school.id

    def edit(dialog) -> None:
        dialog.headteacher.setText("Mr Huw Bebb")
        dialog.contacts.setPlainText("Dirprwy: Nia Prys <nia@ysgol.example>\nSwyddfa")
        dialog.memberships.setPlainText("SIG 3\nClwstwr y Fro")
        dialog.language.setCurrentIndex(dialog.language.findData("both"))
        dialog.buttons.buttons()[0].click()

    when_modal(edit)
    school.edit_details.click()
    qtbot.waitUntil(
        lambda: school.log is not None and school.log.school.headteacher == "Mr Huw Bebb"
    )
    saved = school.log.school
    assert saved.contacts == ("Dirprwy: Nia Prys <nia@ysgol.example>", "Swyddfa")
    assert saved.memberships == ("SIG 3", "Clwstwr y Fro")
    assert saved.report_language == "both"
    assert school.school_id == school_id and "Headteacher: Mr Huw Bebb" in school.details.text()


def test_the_partner_sees_the_reviews_and_the_overall_view(app, qtbot):
    from desktop.store import reviews

    enhanced = app.services.runner.call(
        lambda store: next(
            r.school
            for r in caseload.caseload(store, None, app.services.academic_year)
            if r.school.support_level == "enhanced"
        )
    )
    app.services.runner.call(
        lambda store: reviews.record_review(
            store,
            enhanced.id,
            date(2026, 2, 2),
            pip_id=None,
            la_attendees=["Rhian Evans"],
            position_agreed="Cynnydd da ers yr hydref.",
            next_review_due=date(2026, 3, 16),
        )
    )
    school = _open_school(app, qtbot, enhanced.name)
    qtbot.waitUntil(lambda: "Cynnydd da ers yr hydref." in school.reviews_note.text())
    assert "Half-termly reviews of enhanced support" in school.reviews_note.text()
    assert "16 March 2026" in school.reviews_note.text()
    assert "overall" in school.details.text()


def test_the_support_form_offers_practice_found_at_other_schools(app, qtbot):
    """Issue 15 point 7: brokering from practice worth sharing the team has found."""
    from desktop.store import reporting

    school = _open_school(app, qtbot, "Heol Fach Primary School")
    school_id = school.log.school.id
    elsewhere = app.services.runner.call(
        lambda store: reporting.practice_elsewhere(store, school_id)
    )
    assert elsewhere and all(p.school_id != school_id for p in elsewhere)
    seen = {}

    def choose(dialog) -> None:
        seen["count"] = dialog.practice.count()
        item = dialog.practice.item(0)
        dialog._use_practice(item)
        seen["kind"], seen["name"] = dialog.kind.currentData(), dialog.name.text()
        dialog.reject()

    when_modal(choose)
    school.add_support.click()
    qtbot.waitUntil(lambda: "name" in seen)
    assert seen["count"] == len(elsewhere)
    assert (seen["kind"], seen["name"]) == ("peer_school", elsewhere[0].school_name)
