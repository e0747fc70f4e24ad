"""Issue 14, point 2: the previous terms' judgements (rate, on or off track, rationale) are
shown where the partner judges — beside the new judgement in the judgement dialog, and in the
aspect header of a visit that discusses the priority — in English and in Welsh."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.store import priorities, visits
from tests.ui.helpers import when_modal

AUTUMN_RATIONALE = "Writing in books is thin; the new marking policy is not yet in use."


def _open_school(window, qtbot, name: str):
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


def _judge_autumn(app, school_name: str) -> tuple[str, str]:
    """The school's first priority judged Limited and off track in the autumn."""

    def seed(store) -> tuple[str, str]:
        school_id = store.db.execute(
            "SELECT id FROM schools WHERE name = ?", [school_name]
        ).fetchone()[0]
        priority = priorities.priorities_of(store, school_id, "2025-26")[0]
        priorities.judge_priority(
            store,
            priority.id,
            "autumn",
            track="off_track",
            rate="limited",
            rationale=AUTUMN_RATIONALE,
            judged_on=date(2025, 12, 10),
        )
        return school_id, priority.id

    return app.services.runner.call(seed)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_judgement_dialog_shows_the_autumn_judgement_beside_the_spring_one(
    make_app, seeded, qtbot, language
):
    app = make_app(seeded, language=language)
    forms = app.services.forms
    _judge_autumn(app, "Heol Fach Primary School")
    school = _open_school(app.window, qtbot, "Heol Fach Primary School")
    qtbot.waitUntil(lambda: school.log.priorities[0].judgements != ())
    school.priorities.selectRow(0)
    seen: dict[str, str] = {}

    def look(dialog: QDialog) -> None:
        assert dialog.term.currentData() == "spring"
        seen["spring"] = dialog.earlier.text()
        dialog.term.setCurrentIndex(dialog.term.findData("autumn"))
        seen["autumn"] = dialog.earlier.text()
        dialog.reject()

    when_modal(look)
    qtbot.mouseClick(school.judge, Qt.MouseButton.LeftButton)
    spring = seen["spring"]
    assert forms.rate("limited").name.get(language) in spring
    assert forms.track("off_track").name.get(language) in spring
    assert forms.term("autumn").name.get(language) in spring
    assert "2025-26" in spring
    assert "the new marking policy is not yet in use" in spring
    assert spring.startswith(
        "<b>Earlier judgements of this priority" if language == "en" else "<b>Barnau cynharach"
    )
    # Judging the autumn itself, nothing came before it.
    assert AUTUMN_RATIONALE.split(";")[0] not in seen["autumn"]
    assert ("None: this is its first judgement." if language == "en" else "Dim") in seen["autumn"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_visit_discussing_the_priority_shows_its_last_judgement_in_the_aspect_header(
    make_app, seeded, qtbot, language
):
    app = make_app(seeded, language=language)
    forms = app.services.forms
    school_id, priority_id = _judge_autumn(app, "Heol Fach Primary School")
    aspect = visits.priority_aspect(priority_id)
    visit_id = app.services.runner.call(
        lambda store: visits.start_visit(
            store,
            school_id,
            date(2026, 2, 10),
            "progress_towards_priorities",
            aspects=[aspect, visits.area_aspect("curriculum")],
        )
    )
    window = app.window
    window.open_visit(visit_id)
    qtbot.waitUntil(lambda: window.visit.sheet is not None and window.visit.isVisible())
    panel = window.visit.current_panel()
    assert panel.info.aspect == aspect
    qtbot.waitUntil(panel.judged.isVisible)
    text = panel.judged.text()
    assert forms.rate("limited").name.get(language) in text
    assert forms.track("off_track").name.get(language) in text
    assert forms.term("autumn").name.get(language) in text
    assert "Writing in books is thin" in text
    assert text.startswith("Last judged" if language == "en" else "Y farn ddiwethaf")
    # A reform area has no judgements: its header says nothing of them.
    window.visit.aspect_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.visit.current_panel().info.kind == "area")
    assert not window.visit.current_panel().judged.isVisible()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_carrying_a_priority_forward_keeps_its_judgements_beside_next_years(
    make_app, seeded, qtbot, language
):
    """Point 3: "Carry forward to 2026-27" on the school page makes next year's priority,
    linked to this one; the school shows it there with last year's judgements, and its
    judgement dialog shows them beside the new one."""
    app = make_app(seeded, language=language)
    forms = app.services.forms
    _school_id, priority_id = _judge_autumn(app, "Heol Fach Primary School")
    school = _open_school(app.window, qtbot, "Heol Fach Primary School")
    qtbot.waitUntil(lambda: school.log.priorities[0].judgements != ())
    title = school.log.priorities[0].title
    school.priorities.selectRow(0)
    assert school.carry.isVisible() and school.carry.isEnabled()
    assert school.carry.text() == (
        "Carry forward to 2026-27" if language == "en" else "Cario ymlaen i 2026-27"
    )
    qtbot.mouseClick(school.carry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: school.log.academic_year == "2026-27", timeout=5000)
    assert school.year_box.currentData() == "2026-27"
    carried = school.current_priority()
    assert carried is not None and carried.title == title
    assert carried.continues_id == priority_id
    history = school.history.text()
    assert "Writing in books is thin" in history
    assert forms.rate("limited").name.get(language) in history
    # Carried once only: the button is off for last year's priority now.
    school.show_school(school.log.school.id, "2025-26")
    qtbot.waitUntil(lambda: school.log.academic_year == "2025-26")
    school.priorities.selectRow(0)
    assert school.current_priority().continued_by == carried.id
    assert not school.carry.isEnabled()
    assert school.current_priority().status == "carried_forward"

    school.show_school(school.log.school.id, "2026-27")
    qtbot.waitUntil(lambda: school.log.academic_year == "2026-27")
    school.priorities.selectRow(0)
    seen: dict[str, str] = {}

    def look(dialog: QDialog) -> None:
        seen["earlier"] = dialog.earlier.text()
        dialog.reject()

    when_modal(look)
    qtbot.mouseClick(school.judge, Qt.MouseButton.LeftButton)
    assert "Writing in books is thin" in seen["earlier"]
    assert "2025-26" in seen["earlier"]
