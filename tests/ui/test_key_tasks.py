"""Issue 15 point 1: the school's key tasks of the term as a checklist, and the caseload's
"next key task" moving as tasks are done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.store import caseload
from tests.ui.conftest import TODAY
from tests.ui.helpers import when_modal
from tests.ui.test_language import _choose_language
from tests.ui.test_school import _open_school

NAME = "Heol Fach Primary School"


def _next_task(app) -> str | None:
    entry = next(e for e in app.window.caseload.model.entries if e.school.name == NAME)
    return entry.next_task


def _task_item(panel, key: str):
    tree = panel.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).data(0, Qt.ItemDataRole.UserRole) == key:
                return group.child(c)
    raise AssertionError(f"no task {key}")


def test_ticking_a_task_with_its_day_and_visit_moves_the_caseload_on(app, qtbot):
    first = _next_task(app)
    assert first is not None
    school = _open_school(app, qtbot, NAME)
    school.tabs.setCurrentWidget(school.key_tasks)
    panel = school.key_tasks
    qtbot.waitUntil(lambda: panel.loaded is not None)
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert groups == ["Spring term", "Other tasks"]  # a core school: no enhanced group
    item = _task_item(panel, first)
    assert item.checkState(0) == Qt.CheckState.Unchecked
    visit = panel.loaded.year_visits[0]

    def fill(dialog) -> None:
        dialog.visit.setCurrentIndex(dialog.visit.findData(visit[0]))
        assert dialog.day_value() == date.fromisoformat(visit[1])  # the visit's day
        dialog.accept()

    when_modal(fill)
    item.setCheckState(0, Qt.CheckState.Checked)  # as a click on the box does
    qtbot.waitUntil(lambda: panel.state_of(first) is not None and panel.state_of(first).done)
    state = panel.state_of(first)
    assert (state.visit_id, state.done_on) == visit
    assert _task_item(panel, first).text(1).startswith("Visit of ")
    qtbot.waitUntil(lambda: _next_task(app) not in (None, first))

    # Untick: the task is next again.
    _task_item(panel, first).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not panel.state_of(first).done)
    qtbot.waitUntil(lambda: _next_task(app) == first)


def test_cancelling_the_dialog_leaves_the_task_not_done(app, qtbot):
    school = _open_school(app, qtbot, NAME)
    panel = school.key_tasks
    qtbot.waitUntil(lambda: panel.loaded is not None)
    key = _next_task(app)
    count = app.services.runner.call(lambda store: store.db["key_task_checks"].count)
    when_modal(lambda dialog: dialog.reject())
    _task_item(panel, key).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: _task_item(panel, key).checkState(0) == Qt.CheckState.Unchecked)
    assert app.services.runner.call(lambda store: store.db["key_task_checks"].count) == count


def test_an_enhanced_school_shows_its_enhanced_tasks_in_welsh(app, qtbot):
    enhanced = app.services.runner.call(
        lambda store: next(
            r.school.name
            for r in caseload.caseload(store, None, app.services.academic_year, TODAY)
            if r.school.support_level == "enhanced"
        )
    )
    _choose_language(app, qtbot, "cy")
    school = _open_school(app, qtbot, enhanced)
    panel = school.key_tasks
    qtbot.waitUntil(lambda: panel.loaded is not None and panel.loaded.school_id == school.school_id)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3)
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    forms = app.services.forms
    assert groups == [forms.term(k).name.cy for k in ("spring", "enhanced_support", "other")]
    assert school.tabs.tabText(5) == "Tasgau allweddol"
