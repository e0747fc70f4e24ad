"""Issue 5: the PIP desk's enhanced-support reviews — which schools are due a half-termly
review, their history, and recording a review (the position agreed is required)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from desktop.store import reviews
from desktop.ui.common.widgets import accept_button
from desktop.ui.desk.reviews import EnhancedReviewsPage, ReviewDialog
from tests.ui.conftest import TODAY
from tests.ui.helpers import type_text

ENHANCED = {"Maes-y-Coed High School", "Ysgol Gynradd Llwyn Onn"}


def _page(app, qtbot) -> EnhancedReviewsPage:
    page = EnhancedReviewsPage(app.services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.desk is not None and page.schools.rowCount() > 0)
    return page


def _rows(page: EnhancedReviewsPage) -> dict[str, tuple[str, str]]:
    """School name -> (last review, next review due) as shown."""
    table = page.schools
    return {
        table.item(r, 0).text().split("\n")[0]: (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }


def _choose(page: EnhancedReviewsPage, qtbot, name: str) -> str:
    school_id = next(d.school.id for d in page.desk.due if d.school.name == name)
    assert page.select_school(school_id)
    qtbot.waitUntil(lambda: page.history_school_id == school_id, timeout=5000)
    return school_id


def _open_dialog(page: EnhancedReviewsPage, qtbot) -> ReviewDialog:
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_both_demo_enhanced_schools_are_due_now(app, qtbot):
    page = _page(app, qtbot)
    assert page.title() == "Enhanced support reviews"
    assert _rows(page) == {
        name: ("Not yet reviewed", "Never reviewed — due now") for name in ENHANCED
    }
    assert "2 schools on enhanced support · 2 due now or overdue" in page.subtitle.text()
    # An overdue review says since when, in words (not only in red).
    maes = next(d.school.id for d in page.desk.due if d.school.name == "Maes-y-Coed High School")
    with qtbot.waitSignal(page.view_did_load, timeout=5000):
        app.services.runner.submit(
            lambda store: reviews.record_review(
                store,
                maes,
                date(2025, 12, 4),
                pip_id=None,
                la_attendees=["Siân Owen"],
                position_agreed="Numeracy improving; keep enhanced support.",
                next_review_due=date(2026, 1, 15),
            )
        )
    assert _rows(page)["Maes-y-Coed High School"] == (
        "4 December 2025",
        "Overdue since 15 January 2026",
    )
    # Open school.
    _choose(page, qtbot, "Maes-y-Coed High School")
    assert page.history_title.text() == "Reviews of Maes-y-Coed High School"
    with qtbot.waitSignal(page.open_school_requested, timeout=2000) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [maes]


def test_recording_a_review_moves_the_next_due_date(app, qtbot):
    page = _page(app, qtbot)
    school_id = _choose(page, qtbot, "Ysgol Gynradd Llwyn Onn")
    assert page.history_table.rowCount() == 0
    dialog = _open_dialog(page, qtbot)
    assert dialog.review_date.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    assert dialog.next_due.date() == QDate(2026, 3, 24)  # six weeks on
    assert dialog.leader.currentText() == "Dafydd Rowlands"  # the team's PIP
    type_text(dialog.attendee, "Siân Owen, Pennaeth Gwella Ysgolion")
    qtbot.mouseClick(dialog.add_attendee, Qt.MouseButton.LeftButton)
    type_text(dialog.attendee, "Huw Jenkins")
    dialog.attendee.returnPressed.emit()
    type_text(dialog.attendee, "Someone added by mistake")
    qtbot.mouseClick(dialog.add_attendee, Qt.MouseButton.LeftButton)
    dialog.attendees.setCurrentRow(2)
    qtbot.mouseClick(dialog.remove_attendee, Qt.MouseButton.LeftButton)
    assert dialog.attendee_lines() == ["Siân Owen, Pennaeth Gwella Ysgolion", "Huw Jenkins"]
    type_text(dialog.position, "Mae'r ŵyl ddarllen wedi codi safonau; parhau â'r cymorth.")
    dialog.next_due.setDate(QDate(2026, 3, 20))
    assert dialog.next_hint.text() == "38 days after this review"

    with qtbot.waitSignal(page.view_did_load, timeout=5000):
        qtbot.mouseClick(accept_button(dialog.buttons), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert _rows(page)["Ysgol Gynradd Llwyn Onn"] == ("10 February 2026", "Due 20 March 2026")
    assert "1 due now or overdue" in page.subtitle.text()
    qtbot.waitUntil(lambda: page.history_table.rowCount() == 1)
    shown = [page.history_table.item(0, c).text() for c in range(5)]
    assert shown == [
        "10 February 2026",
        "Dafydd Rowlands",
        "Siân Owen, Pennaeth Gwella Ysgolion\nHuw Jenkins",
        "Mae'r ŵyl ddarllen wedi codi safonau; parhau â'r cymorth.",
        "20 March 2026",
    ]
    stored = app.services.runner.call(lambda store: reviews.reviews_of(store, school_id))
    assert [(r.review_date, r.next_review_due, r.la_attendees) for r in stored] == [
        ("2026-02-10", "2026-03-20", ("Siân Owen, Pennaeth Gwella Ysgolion", "Huw Jenkins"))
    ]


def test_a_blank_position_is_refused_and_nothing_typed_is_lost(app, qtbot):
    page = _page(app, qtbot)
    school_id = _choose(page, qtbot, "Maes-y-Coed High School")
    dialog = _open_dialog(page, qtbot)
    type_text(dialog.attendee, "Huw Jenkins, swyddog ADY")
    qtbot.mouseClick(dialog.add_attendee, Qt.MouseButton.LeftButton)
    type_text(dialog.position, "   ")
    qtbot.mouseClick(accept_button(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Write the position agreed before saving the review."
    assert dialog.attendee_lines() == ["Huw Jenkins, swyddog ADY"]

    # A next review not after this one is refused too, and the position stays.
    dialog.position.clear()
    type_text(dialog.position, "Attendance up to 91%.")
    dialog.next_due.setDate(QDate(2026, 2, 10))
    assert dialog.next_hint.text() == "Must be after the date of the review."
    qtbot.mouseClick(accept_button(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "The next review must be due after this review (10 February 2026)."
    )
    assert dialog.position.toPlainText() == "Attendance up to 91%."
    assert app.services.runner.call(lambda store: reviews.reviews_of(store, school_id)) == []

    # Put right, it saves.
    dialog.next_due.setDate(QDate(2026, 3, 24))
    qtbot.mouseClick(accept_button(dialog.buttons), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    qtbot.waitUntil(
        lambda: _rows(page)["Maes-y-Coed High School"][1] == "Due 24 March 2026", timeout=5000
    )


def test_welsh_headings_after_the_language_switch(app, qtbot):
    page = _page(app, qtbot)
    app.services.prefs.set_language("cy")
    try:
        _check_welsh(page, qtbot)
    finally:  # the translators belong to the whole QApplication: leave it in English
        app.services.prefs.set_language("en")
    qtbot.waitUntil(lambda: page.schools.horizontalHeaderItem(0).text() == "School")


def _check_welsh(page: EnhancedReviewsPage, qtbot) -> None:
    qtbot.waitUntil(lambda: page.schools.horizontalHeaderItem(0).text() == "Ysgol")
    headings = [page.schools.horizontalHeaderItem(c).text() for c in range(3)]
    assert headings == ["Ysgol", "Adolygiad diwethaf", "Adolygiad nesaf yn ddyledus"]
    history = [page.history_table.horizontalHeaderItem(c).text() for c in range(5)]
    assert history[3] == "Y sefyllfa y cytunwyd arni"
    assert page.heading.text() == "Adolygiadau cymorth ychwanegol"
    assert page.record_button.text() == "Cofnodi adolygiad…"
    assert {due for _last, due in _rows(page).values()} == {
        "Heb ei adolygu erioed — mae'n ddyledus nawr"
    }
