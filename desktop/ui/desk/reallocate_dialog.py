"""Reallocating a school to another partner of the team, from a chosen date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.store import schools, team
from desktop.store.calendar import term_end
from desktop.store.models import School
from desktop.store.store import Store
from desktop.ui.common.context import Services
from desktop.ui.common.widgets import accept_button, button_box, muted, section_title


class ReallocateDialog(QDialog):
    """Choose the receiving partner and the date; the previous partner keeps read access
    to the school until the end of the term the handover falls in.

    Saving goes through :func:`desktop.store.team.reallocate` on the store thread and
    reaches the team at the next sync. Emits ``reallocated(school id, person id)``."""

    reallocated = Signal(str, str)

    def __init__(self, services: Services, school_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.school_id = school_id
        self.school: School | None = None
        self.holder: team.Holder | None = None
        self.heading = section_title()
        self.current = QLabel()
        self.partner = QComboBox()
        self.partner.setMinimumWidth(260)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        today = services.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.explain = muted()
        self.explain.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        self.error.hide()
        self.current_label = QLabel()
        self.partner_label = QLabel()
        self.partner_label.setBuddy(self.partner)
        self.day_label = QLabel()
        self.day_label.setBuddy(self.day)
        self.form = QFormLayout()
        self.form.addRow(self.current_label, self.current)
        self.form.addRow(self.partner_label, self.partner)
        self.form.addRow(self.day_label, self.day)
        self.buttons = button_box("", "")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.day.dateChanged.connect(lambda _d: self._explain())
        self.partner.currentIndexChanged.connect(lambda _i: self._explain())
        accept_button(self.buttons).setEnabled(False)
        self.resize(560, 300)
        self.retranslate()
        year = services.academic_year

        def load(store: Store) -> tuple[School, team.Holder | None, list[tuple[str, str]]]:
            return (
                schools.get_school(store, school_id),
                team.holders(store, year, today).get(school_id),
                team.team_partners(store),
            )

        services.runner.submit(load, self._loaded)

    def chosen_day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def _loaded(self, found: tuple[School, team.Holder | None, list[tuple[str, str]]]) -> None:
        self.school, self.holder, partners = found
        self.partner.clear()
        for person_id, name in partners:
            if self.holder is None or person_id != self.holder.person_id:
                self.partner.addItem(name, person_id)
        accept_button(self.buttons).setEnabled(self.partner.count() > 0)
        self.retranslate()

    def _explain(self) -> None:
        if self.school is None:
            return
        day = self.chosen_day()
        language = self._services.language
        if self.holder is None:
            self.explain.setText(
                self.tr("{0} will hold the school from {1}.").format(
                    self.partner.currentText(), language.date(day)
                )
            )
            return
        self.explain.setText(
            self.tr(
                "From {0}, {1} holds the school and their laptop receives its whole history at "
                "its next sync. {2} can still read what they wrote until {3}, the end of that "
                "term, and can change nothing in it."
            ).format(
                language.date(day),
                self.partner.currentText(),
                self.holder.name,
                language.date(term_end(day)),
            )
        )

    def _save(self) -> None:
        person = self.partner.currentData()
        if not person:
            return
        day, year, school = self.chosen_day(), self._services.academic_year, self.school_id
        if day.isoformat() < self._services.today().isoformat():
            self._show_error(self.tr("Choose today or a later date."))
            return
        accept_button(self.buttons).setEnabled(False)
        self._services.runner.submit(
            lambda store: team.reallocate(store, school, person, year, on=day),
            lambda _id: self._done(person),
            on_error=lambda error: self._show_error(
                self.tr("The school could not be reallocated: {0}").format(error)
            ),
        )

    def _done(self, person: str) -> None:
        self.reallocated.emit(self.school_id, person)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        accept_button(self.buttons).setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reallocate a school"))
        self.heading.setText(
            self.school.name if self.school is not None else self.tr("Reallocate a school")
        )
        held = self.holder.name if self.holder is not None else self.tr("Nobody")
        self.current.setText(held)
        self.current_label.setText(self.tr("Held now by"))
        self.partner_label.setText(self.tr("&Hand it to"))
        self.day_label.setText(self.tr("&From"))
        accept_button(self.buttons).setText(self.tr("Reallocate"))
        cancel = self.buttons.buttons()[-1]
        cancel.setText(self.tr("Cancel"))
        self._explain()
