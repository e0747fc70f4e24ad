"""What every tab of the PIP's desk offers the desk window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.store.calendar import year_end
from desktop.ui.common.context import Services


class DeskPage(QWidget):
    """One tab of the desk: it names itself, reads its data afresh on demand, and asks the
    main window to open a school (by id) when the user wants to see it."""

    open_school_requested = Signal(str)
    _services: Services  # set by every page
    chosen_year: str | None = None  # the desk's year selector; None: the current year

    def year(self) -> str:
        """The academic year the desk shows."""
        return self.chosen_year or self._services.academic_year

    def day(self) -> date:
        """The day allocations are read on: today for this year, a past year's last day."""
        today = self._services.today()
        return today if self.year() == self._services.academic_year else year_end(self.year())

    def set_year(self, year: str | None) -> None:
        """Show ``year`` (None: the current one) and read the tab afresh."""
        self.chosen_year = year
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Say the tab's words again in the current language (and year)."""

    def title(self) -> str:
        """The tab's name in the current language."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read the tab's data afresh (off the UI thread)."""
        raise NotImplementedError
