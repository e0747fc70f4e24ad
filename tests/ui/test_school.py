"""Issue 3: the School screen — judgements, priorities, core/enhanced decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from desktop.store import caseload, people, priorities
from tests.ui.conftest import TODAY
from tests.ui.helpers import type_text, when_modal


def _open_school(app, qtbot, name: str):
    window = app.window
    window.caseload.find_box.setText(name)
    window.caseload.open_current()
    qtbot.waitUntil(
        lambda: (
            window.school.log is not None
            and window.school.isVisible()
            and window.school.log.school.name == name
        )
    )
    return window.school


def test_recording_a_termly_judgement_shows_descriptors_and_needs_a_rationale(app, qtbot):
    school = _open_school(app, qtbot, "Heol Fach Primary School")
    priority = school.log.priorities[0]
    assert not any(j.term == "spring" for j in priority.judgements)
    school.priorities.selectRow(0)
    seen: dict[str, object] = {}

    def judge(dialog: QDialog) -> None:
        accept = dialog.buttons.buttons()[0]
        assert dialog.term.currentData() == "spring"  # the term of "today"
        # The four descriptors are on screen while choosing.
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        for rate in app.services.forms.rates:
            assert rate.descriptor.en in texts
        assert not accept.isEnabled()
        dialog.choose("strong", "on_track", "")
        seen["without_rationale"] = accept.isEnabled()
        type_text(dialog.rationale, "Writing in books shows a clear gain since the autumn.")
        seen["with_rationale"] = accept.isEnabled()
        accept.click()

    when_modal(judge)
    qtbot.mouseClick(school.judge, Qt.MouseButton.LeftButton)
    assert seen == {"without_rationale": False, "with_rationale": True}

    def spring_cell_text() -> str:
        cell = school.priorities.item(0, 2)
        return cell.toolTip() if cell else ""

    qtbot.waitUntil(lambda: "Strong progress, On track" in spring_cell_text(), timeout=5000)
    stored = app.services.runner.call(
        lambda store: priorities.priorities_of(store, school.log.school.id, "2025-26")
    )
    spring = next(j for j in stored[0].judgements if j.term == "spring")
    assert (spring.rate, spring.track) == ("strong", "on_track")
    assert spring.rationale == "Writing in books shows a clear gain since the autumn."
    assert spring.judged_on == TODAY.isoformat()
    assert spring.judged_by == app.services.runner.call(people.me)
    # The history under the table shows the new judgement with its rationale.
    assert "Writing in books shows a clear gain" in school.history.text()
    # The caseload's chips follow at once.
    row = next(e for e in app.window.caseload.model.entries if e.school.id == school.log.school.id)
    qtbot.waitUntil(
        lambda: any(
            j is not None and j.rate == "strong" and j.term == "spring"
            for _, j in next(
                e for e in app.window.caseload.model.entries if e.school.id == row.school.id
            ).row.latest
        )
    )


def test_adding_a_priority_and_moving_to_enhanced_support_with_a_reason(app, qtbot):
    school = _open_school(app, qtbot, "Heol Fach Primary School")
    before = len(school.log.priorities)

    def add(dialog: QDialog) -> None:
        assert not dialog.buttons.buttons()[0].isEnabled()
        qtbot.keyClicks(dialog.title, "Improve attendance of pupils eligible for free meals")
        dialog.area.setCurrentIndex(dialog.area.findData("equity_excellence_wellbeing"))
        dialog.buttons.buttons()[0].click()

    when_modal(add)
    qtbot.mouseClick(school.add_priority, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: school.log is not None and len(school.log.priorities) == before + 1)
    added = school.log.priorities[-1]
    assert added.title == "Improve attendance of pupils eligible for free meals"
    assert added.reform_area == "equity_excellence_wellbeing"
    assert school.priorities.item(before, 0).text() == added.title

    def move(dialog: QDialog) -> None:
        accept = dialog.buttons.buttons()[0]
        assert dialog.to_level == "enhanced" and not accept.isEnabled()
        type_text(dialog.reason, "Two priorities off track at the spring review.")
        assert accept.isEnabled()
        accept.click()

    when_modal(move)
    qtbot.mouseClick(school.change_level, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: school.log is not None and school.log.school.support_level == "enhanced"
    )
    assert school.level_chip.text == "Enhanced support"
    log = app.services.runner.call(
        lambda store: caseload.school_log(store, school.log.school.id, "2025-26")
    )
    assert log.decisions[0].reason == "Two priorities off track at the spring review."
    assert (log.decisions[0].from_level, log.decisions[0].to_level) == ("core", "enhanced")
    assert school.decisions.item(0, 2).text() == "Two priorities off track at the spring review."
