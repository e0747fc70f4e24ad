"""The Keyboard shortcuts dialog (F1): every shortcut in a table that scrolls on a short
screen, so the list is whole at 1920×1080 at 200 % as at 1366×768."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QVBoxLayout, QWidget

from desktop.ui.common.tables import item_table, text_item
from desktop.ui.common.widgets import fit_to_screen


class ShortcutsDialog(QDialog):
    """Shows ``rows`` of (keys, what they do), already in the user's language."""

    def __init__(self, title: str, rows: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = item_table(2, stretch_last=True)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(title)
        self.table.horizontalHeader().hide()
        self.table.setRowCount(len(rows))
        for row, (keys, meaning) in enumerate(rows):
            self.table.setItem(row, 0, text_item(keys))
            self.table.setItem(row, 1, text_item(meaning))
        self.table.setWordWrap(False)  # one line a shortcut, every row the same height
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.close_button = QPushButton(QCoreApplication.translate("Common", "OK"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        fit_to_screen(self, 640, 560)
