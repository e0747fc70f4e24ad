"""Issue 15 point 4: the school page and the caseload count the partner's days from visits
against the sector minimum plus the days agreed for the school; brokered support apart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import support_days
from desktop.ui.caseload.page import Column
from tests.ui.helpers import when_modal
from tests.ui.test_school import _open_school

NAME = "Heol Fach Primary School"


def _account(app, school, log=None):
    log = log or school.log
    return app.services.runner.call(
        lambda store: support_days.account(
            store, log.school.id, log.school.sector, log.academic_year
        )
    )


def test_agreeing_days_for_the_school_raises_the_days_due_everywhere(app, qtbot):
    school = _open_school(app, qtbot, NAME)
    before = _account(app, school)
    assert before.partner_days > 0 and before.agreed == 0
    g = "{:g}".format
    expected = f"Your days 2025-26: {g(before.partner_days)} of {g(before.due)} · brokered"
    assert school.days.text().startswith(expected)

    def agree(dialog) -> None:
        dialog.days.setValue(3.5)
        dialog.accept()

    when_modal(agree)
    school.agreed_days.click()
    qtbot.waitUntil(lambda: school.log.days is not None and school.log.days.agreed == 3.5)
    assert f"of {g(before.due + 3.5)} · brokered {g(before.brokered)}" in school.days.text()
    model = app.window.caseload.model
    row = next(i for i, e in enumerate(model.entries) if e.school.name == NAME)

    def caseload_text() -> str:
        return model.index(row, Column.DAYS).data(Qt.ItemDataRole.DisplayRole)

    qtbot.waitUntil(lambda: caseload_text().endswith(f"of {g(before.due + 3.5)} days"))


def test_a_half_day_visit_counts_half_a_day(app, qtbot):
    school = _open_school(app, qtbot, NAME)
    log = school.log
    before = _account(app, school, log)

    def start(dialog) -> None:
        dialog.length.setCurrentIndex(dialog.length.findData(0.5))
        dialog.aspects.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.buttons.buttons()[0].click()

    when_modal(start)
    school.start_visit.click()
    window = app.window
    qtbot.waitUntil(lambda: window.visit.isVisible() and window.visit.sheet is not None)
    assert window.visit.sheet.visit.days == 0.5
    after = _account(app, school, log)
    assert after.partner_days == before.partner_days + 0.5
    assert after.half_day_visits == before.half_day_visits + 1
