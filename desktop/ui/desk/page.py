"""What every tab of the PIP's desk offers the desk window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class DeskPage(QWidget):
    """One tab of the desk: it names itself, reads its data afresh on demand, and asks the
    main window to open a school (by id) when the user wants to see it."""

    open_school_requested = Signal(str)

    def title(self) -> str:
        """The tab's name in the current language."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read the tab's data afresh (off the UI thread)."""
        raise NotImplementedError
