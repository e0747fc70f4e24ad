"""Preferences and window state, declared once, kept in QSettings.

Nothing secret is ever stored here (tokens live in the OS keyring). Every key has its
default in :data:`DEFAULTS`; the composition root chooses the QSettings backing store, so
tests can point it at a file of their own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

LANGUAGES = ("en", "cy")

DEFAULTS: dict[str, Any] = {
    "ui/language": "en",
}


class Preferences(QObject):
    """Typed access to SIPL's settings. Emits ``language_did_change`` on a new language."""

    language_did_change = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    @property
    def settings(self) -> QSettings:
        return self._settings

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", DEFAULTS["ui/language"]))
        return value if value in LANGUAGES else "en"

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"Unknown language {code!r}")
        if code != self.language:
            self._settings.setValue("ui/language", code)
            self._settings.sync()
        self.language_did_change.emit(code)

    def state(self, key: str) -> QByteArray | None:
        """A saved widget state or geometry (window, splitters, table headers)."""
        value = self._settings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._settings.sync()
