"""What a new partner sees instead of an empty caseload: three ways to begin.

Shown by the caseload page when the laptop holds no school and is not enrolled with the
central store. Each way is a button with a line saying what it does:

- connect to the central store with an enrolment code (``connect_requested``);
- open the fictional demo caseload, in its own profile (``demo_requested``);
- import the Welsh Government's schools list, a CSV file (``import_requested`` with the
  chosen path; the caseload page runs the import on the store thread).

The panel only offers; the composition root and the caseload page act.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.style import scaled_font
from desktop.ui.common.widgets import muted, primary_button


class FirstRunPanel(QFrame):
    """Three clear first steps, each a button with its explanation beside it."""

    connect_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.title = QLabel()
        self.title.setObjectName("firstRunTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.3, bold=True))
        self.intro = muted()
        self.intro.setWordWrap(True)
        self.connect_button = primary_button()
        self.demo_button = QPushButton()
        self.import_button = QPushButton()
        self.connect_text = QLabel()
        self.demo_text = QLabel()
        self.import_text = QLabel()
        self.result = QLabel()  # what the import did, or why it did nothing
        self.result.setObjectName("firstRunResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        rows = (
            (self.connect_button, self.connect_text),
            (self.demo_button, self.demo_text),
            (self.import_button, self.import_text),
        )
        for row, (button, text) in enumerate(rows):
            text.setWordWrap(True)
            text.setBuddy(button)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.connect_button.clicked.connect(self.connect_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.choose_file)
        self.retranslate()

    def choose_file(self) -> None:
        """Ask for the schools list (a CSV file), then ask for it to be imported."""
        dialog = QFileDialog(self, self.tr("Import a schools list"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Schools list (*.csv)"), self.tr("All files (*)")])
        dialog.setDirectory(str(Path.home()))
        if dialog.exec() and dialog.selectedFiles():
            self.import_requested.emit(dialog.selectedFiles()[0])

    def show_result(self, text: str, *, failed: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {'#8e1b1b' if failed else '#1b5e20'};")
        self.result.setVisible(bool(text))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to SIPL"))
        self.intro.setText(
            self.tr(
                "There are no schools on this laptop yet. Choose how to begin; you can "
                "connect to the central store later too, from the Sync menu."
            )
        )
        self.connect_button.setText(self.tr("Connect to the central store…"))
        self.connect_text.setText(
            self.tr(
                "Enter your consortium's server address and the enrolment code your "
                "administrator gave you. Your caseload then arrives at the first sync."
            )
        )
        self.demo_button.setText(self.tr("Open the demo caseload"))
        self.demo_text.setText(
            self.tr(
                "Try SIPL on twenty fictional schools, with visits and judgements. The demo "
                "lives in a profile of its own: nothing of it mixes with your data."
            )
        )
        self.import_button.setText(self.tr("Import a schools list…"))
        self.import_text.setText(
            self.tr(
                "Read the Welsh Government's address list of schools (a CSV file), to work "
                "without the central store. Nothing is imported if any row is wrong."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
