"""Date fields written in the user's language, and the conversions to and from them."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
)

from desktop.ui.common.context import Services


def to_qdate(value: date | str | None) -> QDate:
    """``value`` (a date or an ISO date, time ignored) as a QDate; today for none."""
    if value is None or value == "":
        return QDate.currentDate()
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def date_edit(services: Services, value: date | str | None = None) -> QDateEdit:
    """A date field with a calendar, written in the current language."""
    edit = QDateEdit(to_qdate(value or services.today()))
    edit.setCalendarPopup(True)
    edit.setLocale(services.language.locale)
    edit.setDisplayFormat("d MMMM yyyy")
    return edit
