"""Helpers for driving SIPL's widgets the way a user does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Welsh letters included.

    ``qtbot.keyClicks`` aborts on non-ASCII, so each character is sent as a key event that
    carries its text, as a keyboard layout with ŵ and ŷ would.
    """
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def when_modal(callback: Callable[[QWidget], None], *, timeout_ms: int = 5000) -> None:
    """Run ``callback`` on the next modal dialog or message box as soon as it appears.

    Call this before the action that opens the dialog (``exec`` blocks the test).
    """
    remaining = [timeout_ms // 20]

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog | QMessageBox) and modal.isVisible():
            try:
                callback(modal)
            finally:  # never leave a test blocked on an open dialog
                if modal.isVisible():
                    modal.reject()
            return
        remaining[0] -= 1
        if remaining[0] > 0:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def click_message_button(box: QWidget, text: str) -> None:
    """Click the button of a message box whose text contains ``text``."""
    assert isinstance(box, QMessageBox)
    for button in box.buttons():
        if text in button.text():
            button.click()
            return
    raise AssertionError(f"No button {text!r} in {[b.text() for b in box.buttons()]}")
