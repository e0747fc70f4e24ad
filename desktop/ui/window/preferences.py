"""Preferences: the language of the interface, applied the moment it is chosen."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.settings import Preferences
from desktop.ui.common.widgets import muted

# Each language is named in itself, as language pickers do.
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


class PreferencesDialog(QDialog):
    """Choose English or Welsh; every open screen changes at once."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.setMinimumWidth(420)
        self.group = QGroupBox()
        self.buttons_group = QButtonGroup(self)
        inner = QVBoxLayout(self.group)
        self.choices: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES.items():
            button = QRadioButton(name)
            button.setChecked(prefs.language == code)
            button.toggled.connect(partial(self._choose, code))
            self.buttons_group.addButton(button)
            self.choices[code] = button
            inner.addWidget(button)
        self.note = muted()
        self.note_label = QLabel()
        self.close_button = QPushButton()
        box = QDialogButtonBox()
        box.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group)
        layout.addWidget(self.note)
        layout.addWidget(box)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose(self, code: str, on: bool) -> None:
        if on:
            self._prefs.set_language(code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.group.setTitle(self.tr("Language of the interface"))
        self.note.setText(
            self.tr(
                "Every screen changes language straight away. Reports have their own language "
                "setting for each school."
            )
        )
        self.close_button.setText(self.tr("Close"))
