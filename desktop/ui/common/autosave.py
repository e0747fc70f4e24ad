"""Save-as-you-type for text fields, and the quiet "Saved" indicator.

Guarantees of :class:`AutosaveField`:
- An edit is saved at most ``delay_ms`` (400 ms) after typing pauses, and at most
  ``max_wait_ms`` (1 s) after the first unsaved keystroke even while typing goes on: a kill
  at any moment loses at most about a second of typing.
- It is also saved when the field loses focus and when :meth:`SaveTracker.flush_all` runs
  (window close, leaving a screen).
- Text arriving from the store never replaces what the user is editing: while the field
  has unsaved or in-flight edits, or has focus, it is left alone; identical text is never
  re-set, so the widget's own undo/redo history survives refreshes.
- A save the machine refused (a full disk, a read-only folder, the file held by another
  program: :func:`desktop.ui.common.failures.worth_retrying`) keeps the text in the field and is
  tried again after 1, 2, 5, 10 and then every 30 seconds until it lands. The user is told
  once per run of failures, in the status bar's save note, in words they can act on; the
  note says "Saved" again when the retry succeeds.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget
from shiboken6 import isValid

from desktop.ui.common.failures import store_failure, worth_retrying
from desktop.ui.common.runner import Operation, StoreRunner

TextWidget = QLineEdit | QPlainTextEdit
DELAY_MS = 400
MAX_WAIT_MS = 1000
RETRY_MS = (1000, 2000, 5000, 10000, 30000)  # then every 30 s


class SaveTracker(QObject):
    """Knows whether any edit is unsaved; tells the status bar."""

    state_did_change = Signal(str)  # "saving", "saved" or "failed"

    def __init__(self, runner: StoreRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: weakref.WeakSet[AutosaveField] = weakref.WeakSet()
        self.state = "saved"
        self.problem = ""  # why the last save failed, for the save note
        runner.write_did_finish.connect(self._settle)

    def register(self, field: AutosaveField) -> None:
        self._fields.add(field)

    def unsaved(self) -> bool:
        """True while any field has edits not yet written to the store."""
        return any((f.dirty and isValid(f)) or f.in_flight for f in self._fields)

    def flush_all(self) -> None:
        """Submit every pending edit now (they run before anything submitted later)."""
        for field in list(self._fields):
            field.flush()

    def note_dirty(self) -> None:
        self._set("saving")

    def note_failed(self, problem: str = "") -> None:
        self.problem = problem
        self._set("failed")

    def _settle(self) -> None:
        if not self.unsaved():  # a failed save stays "failed" until it is saved
            self._set("saved")

    def note_settled(self) -> None:
        self._settle()

    def _set(self, state: str) -> None:
        if state != self.state or state == "saved":
            self.state = state
            self.state_did_change.emit(state)


class AutosaveField(QObject):
    """Saves one text widget through ``make_op(text)`` as the user types."""

    text_did_save = Signal(str)

    def __init__(
        self,
        widget: TextWidget,
        runner: StoreRunner,
        tracker: SaveTracker,
        make_op: Callable[[str], Operation],
        *,
        delay_ms: int = DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        on_saved: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self._runner = runner
        self._tracker = tracker
        self._make_op = make_op
        self._on_saved = on_saved
        self.dirty = False
        self.in_flight = 0
        self._loading = False
        self._saved_text = self._text()
        self._debounce = QTimer(self, singleShot=True, interval=delay_ms)
        self._debounce.timeout.connect(self.flush)
        self._max_wait = QTimer(self, singleShot=True, interval=max_wait_ms)
        self._max_wait.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.flush)
        self.failures = 0  # saves refused in a row by the machine (disk full, read-only…)
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        else:
            widget.textEdited.connect(self._edited)
        widget.installEventFilter(self)
        tracker.register(self)

    def _text(self) -> str:
        if isinstance(self.widget, QPlainTextEdit):
            return self.widget.toPlainText()
        return self.widget.text()

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self._tracker.note_dirty()
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def flush(self) -> None:
        """Submit the current text now if it has unsaved edits."""
        if not isValid(self) or not isValid(self.widget):
            return
        self._debounce.stop()
        self._max_wait.stop()
        if not self.dirty:
            return
        self.dirty = False
        text = self._text()
        if text == self._saved_text:
            self._tracker.note_settled()
            return
        self.in_flight += 1
        self._runner.submit(
            self._make_op(text),
            on_result=partial(self._saved, text),
            on_error=self._failed,
        )

    def _saved(self, text: str, result: Any) -> None:
        self.in_flight -= 1
        self.failures = 0
        if not isValid(self):  # the field's screen was closed meanwhile; the text is saved
            self._tracker.note_settled()
            return
        self._saved_text = text
        self.text_did_save.emit(text)
        if self._on_saved is not None:
            self._on_saved(result)
        self._tracker.note_settled()

    def _failed(self, error: BaseException) -> None:
        self.in_flight -= 1
        message = store_failure(error)
        if not isValid(self):
            self._tracker.note_failed(message)
            self._runner.op_did_fail.emit(message)
            return
        self.dirty = True  # the text stays in the field, unsaved
        self._tracker.note_failed(message)
        if worth_retrying(error):
            self.failures += 1
            self._retry.start(RETRY_MS[min(self.failures, len(RETRY_MS)) - 1])
            if self.failures == 1:
                self._runner.op_did_fail.emit(message)
            return
        self._runner.op_did_fail.emit(message)

    def load(self, text: str) -> None:
        """Show ``text`` from the store unless the user has unsaved edits in this field."""
        if self.dirty or self.in_flight:
            return
        if text != self._text():
            self._loading = True
            try:
                if isinstance(self.widget, QPlainTextEdit):
                    self.widget.setPlainText(text)
                else:
                    self.widget.setText(text)
            finally:
                self._loading = False
        self._saved_text = text


class SaveIndicator(QLabel):
    """The quiet status-bar note: "Saving…", "All changes saved 10:42" or a failure."""

    def __init__(self, tracker: SaveTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveIndicator")
        self._state = "idle"
        self._time = ""
        self._tracker = tracker
        tracker.state_did_change.connect(self._show)
        self.setAccessibleName(self.tr("Save status"))
        self.retranslate()

    def _show(self, state: str) -> None:
        self._state = state
        if state == "saved":
            self._time = QTime.currentTime().toString("HH:mm")
        self.retranslate()

    def retranslate(self) -> None:
        if self._state == "saving":
            self.setText(self.tr("Saving…"))
        elif self._state == "saved":
            self.setText(self.tr("Saved {0}").format(self._time))
        elif self._state == "failed":
            self.setText(self._tracker.problem or self.tr("Not saved: see the message"))
        else:
            self.setText(self.tr("Everything is saved as you type"))
        self.setAccessibleDescription(self.text())
        failed = self._state == "failed"
        if self.property("failed") != failed:
            self.setProperty("failed", failed)
            self.style().unpolish(self)
            self.style().polish(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
