"""Issue 3: a long working day of signals and Qt calls never aborts the app.

PySide6 6.12.0 on Python 3.11 drops a reference to None/True/False on many calls; without
:func:`desktop.ui.common.qt_workarounds.shield_singletons` the process aborts after a few
thousand of them. Run in a subprocess, since the failure is a hard abort.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel
from desktop.ui.common.qt_workarounds import shield_singletons
app = QApplication([])
shield_singletons()
class Source(QObject):
    changed = Signal(object)
source = Source()
source.changed.connect(lambda value: None)
label = QLabel()
for number in range(100_000):
    source.changed.emit(number)
    label.setText("Cadw")
    QTimer.singleShot(0, lambda: None)
    if number % 1000 == 0:
        app.processEvents()
print("survived")
"""


def test_a_hundred_thousand_signals_and_calls_do_not_abort_the_process():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
