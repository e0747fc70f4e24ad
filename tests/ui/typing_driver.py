"""Runs SIPL on a profile and types into a visit's first answer steadily until killed.

Used by ``test_autosave.py``: prints ``text <full text>`` once, then ``typed <n>`` after
each keystroke. Arguments: profile folder, visit id, settings file.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.app import build_app
from desktop.store.paths import ProfilePaths

TEXT = ("Mae'r arweinwyr yn gwerthuso'n onest ac yn gwybod ble mae'r bylchau; " * 4).strip()


def main() -> int:
    profile, visit_id, settings_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication(sys.argv[:1])
    root = build_app(
        ProfilePaths(profile),
        QSettings(settings_path, QSettings.Format.IniFormat),
        today=lambda: date(2026, 2, 10),
    )
    assert root is not None
    window = root.window
    window.show()
    window.open_visit(visit_id)
    print("text", TEXT, flush=True)
    typed = [0]

    def type_one() -> None:
        panel = window.visit.current_panel()
        if panel is None:
            return
        answer = panel.questions[0].answer
        if typed[0] >= len(TEXT):
            return
        char = TEXT[typed[0]]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                answer, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
        typed[0] += 1
        print("typed", typed[0], flush=True)

    timer = QTimer(interval=50)  # 20 characters a second: a brisk typist
    timer.timeout.connect(type_one)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
