"""Issue 14, point 5: a whole visit without the mouse, in English and in Welsh — start it,
answer the questions, move to the next aspect, add evidence and an action, finish — with
ASCII key presses sent to whichever widget has the focus, as a keyboard would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.store import visits
from tests.ui.helpers import when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focused_in(dialog: QWidget, qtbot) -> QWidget:
    """Wait for the dialog to take the keyboard focus (as it does on screen); its field."""
    dialog.activateWindow()
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and dialog.isAncestorOf(QApplication.focusWidget())
        )
    )
    return QApplication.focusWidget()


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_whole_visit_by_keyboard_alone(make_app, seeded, qtbot, language):
    root = make_app(seeded, language=language)
    window = root.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def back_to_window() -> None:
        """As the window manager does when a dialog closes: the main window is active again."""
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(_focus(), key, modifiers)

    def tab_until(wanted: QWidget, limit: int = 30) -> int:
        for presses in range(1, limit + 1):
            press(Qt.Key.Key_Tab)
            if _focus() is wanted:
                return presses
        raise AssertionError(f"Tab never reached {wanted!r}; stopped at {_focus()!r}")

    # Find the school (Ctrl+F) and open it (Return); start a visit (Ctrl+N, Return).
    press(Qt.Key.Key_F, CTRL)
    assert _focus() is window.caseload.find_box
    qtbot.keyClicks(_focus(), "Nant y Pandy")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.school.log is not None and window.school.isVisible())
    when_modal(lambda dialog: qtbot.keyClick(_focused_in(dialog, qtbot), Qt.Key.Key_Return))
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.visit.isVisible() and window.visit.sheet is not None)
    back_to_window()
    visit_id = window.visit.sheet.visit.id
    first_aspect = window.visit.sheet.visit.aspects[0]
    assert len(window.visit.sheet.visit.aspects) >= 2

    # The cursor is in question 1 at once; Ctrl+Page Down moves on, ready to type.
    panel = window.visit.current_panel()
    qtbot.waitUntil(lambda: _focus() is panel.questions[0].answer)
    for number in range(1, 6):
        assert _focus() is panel.questions[number - 1].answer
        qtbot.keyClicks(_focus(), f"Answer {number} typed at the school")
        if number < 5:
            press(Qt.Key.Key_PageDown, CTRL)

    # The question comes before the evidence panel in the Tab order.
    order: list[QWidget] = []
    for _ in range(12):
        press(Qt.Key.Key_Tab)
        order.append(_focus())
    evidence = window.visit.evidence
    assert panel.next_button in order and evidence.kind in order
    assert order.index(panel.next_button) < order.index(evidence.kind)
    assert window.visit.aspect_list not in order[: order.index(evidence.kind)]

    # Evidence: Ctrl+E to the note, Ctrl+Return adds it.
    press(Qt.Key.Key_E, CTRL)
    assert _focus() is evidence.note
    qtbot.keyClicks(_focus(), "Books seen in Year 5: extended writing")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(evidence.card_list) == 1, timeout=5000)
    assert evidence.note.toPlainText() == ""

    # After question 5, "Next aspect" (reached by Tab, pressed with Space) opens the next
    # aspect at question 1, ready to type.
    panel.questions[4].answer.setFocus()  # back where the partner was typing
    assert panel.current == 5 and panel.next_button.text() == panel.tr("Next aspect ›")
    assert tab_until(panel.next_button) <= 3
    press(Qt.Key.Key_Space)
    second = window.visit.current_panel()
    assert second is not panel and second.current == 1
    assert _focus() is second.questions[0].answer
    qtbot.keyClicks(_focus(), "Next aspect answered")

    # An agreed action: Ctrl+Shift+A, type, Tab, type, Return.
    def fill_action(dialog) -> None:
        qtbot.keyClicks(_focused_in(dialog, qtbot), "Share the writing approach")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Deputy head")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_modal(fill_action)
    press(Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.visit.actions_table.rowCount() == 1, timeout=5000)
    back_to_window()

    # Finish: Ctrl+Shift+Return, and Return to confirm.
    when_modal(lambda box: qtbot.keyClick(_focused_in(box, qtbot), Qt.Key.Key_Return))
    press(Qt.Key.Key_Return, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.visit.sheet.visit.status == "final", timeout=5000)

    runner = root.services.runner
    answers = {
        (a.aspect, a.question): a.answer
        for a in runner.call(lambda store: visits.answers_of(store, visit_id))
    }
    assert [answers[(first_aspect, n)] for n in range(1, 6)] == [
        f"Answer {n} typed at the school" for n in range(1, 6)
    ]
    assert "Next aspect answered" in answers.values()
    items = runner.call(lambda store: visits.evidence_of(store, visit_id))
    assert [i.body for i in items] == ["Books seen in Year 5: extended writing"]


def test_the_shortcuts_dialog_lists_the_visit_keys(app, qtbot):
    keys = [k for k, _ in app.window.shortcut_rows()]
    for wanted in ("Ctrl+E", "Ctrl+Enter", "Ctrl+Shift+A", "Ctrl+Shift+Enter"):
        assert wanted in keys
    assert any("Page Down" in k for k in keys)
