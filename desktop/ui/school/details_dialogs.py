"""Dialogs for a school's own details and the figures and words of its year (issue 15):
the days of partner time agreed beyond the sector minimum, the partner's summary of the
year for the governors, and the school's headteacher, contacts, memberships and report
language. They only gather values; the school page runs the store operation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.models import School
from desktop.ui.common.context import Services
from desktop.ui.common.style import scaled_font
from desktop.ui.common.widgets import button_box, muted


class AgreedDaysDialog(QDialog):
    """The days of partner time agreed for a school this year beyond the sector minimum."""

    def __init__(
        self,
        services: Services,
        school_name: str,
        year: str,
        minimum: int | None,
        agreed: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Days agreed for {0}").format(year))
        heading = QLabel(school_name)
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        self.days = QDoubleSpinBox()
        self.days.setDecimals(1)
        self.days.setSingleStep(0.5)
        self.days.setRange(0, 195)
        self.days.setValue(agreed)
        self.days.setAccessibleName(self.tr("Days agreed beyond the minimum"))
        language = services.language
        explain = muted(
            self.tr(
                "Days of your time agreed with the school this year on top of the minimum "
                "for the sector ({0}); enhanced support usually needs more. Brokered support "
                "is counted separately."
            ).format(language.number(minimum) if minimum is not None else self.tr("none"))
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Days agreed"), self.days)
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.buttons)

    def value(self) -> float:
        """The days chosen, to the nearest half day."""
        return round(self.days.value() * 2) / 2


class YearSummaryDialog(QDialog):
    """The partner's summary of a school's year, printed in the report to governors."""

    def __init__(
        self, school_name: str, year: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summary of {0} for the governors").format(year))
        self.setMinimumSize(560, 360)
        heading = QLabel(school_name)
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        hint = muted(
            self.tr(
                "Printed near the start of the annual report to the governing body: the "
                "progress the school made this year, in your words."
            )
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Summary of the year"))
        self.buttons = button_box(self.tr("Save summary"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)

    def value(self) -> str:
        return self.text.toPlainText().strip()


@dataclass(frozen=True)
class SchoolDetails:
    headteacher: str | None
    phone: str | None
    contacts: list[str]
    memberships: list[str]
    report_language: str | None


class SchoolDetailsDialog(QDialog):
    """A school's own details: headteacher, telephone, contacts, memberships (SIGs,
    clusters, hubs) and the language its reports are written in."""

    def __init__(self, services: Services, school: School, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("School details"))
        self.setMinimumWidth(560)
        heading = QLabel(school.name)
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        self.headteacher = QLineEdit(school.headteacher or "")
        self.headteacher.setAccessibleName(self.tr("Headteacher"))
        self.phone = QLineEdit(school.phone or "")
        self.phone.setAccessibleName(self.tr("Telephone"))
        self.contacts = QPlainTextEdit("\n".join(school.contacts))
        self.contacts.setTabChangesFocus(True)
        self.contacts.setMaximumHeight(90)
        self.contacts.setAccessibleName(self.tr("Other contacts, one a line"))
        self.contacts.setPlaceholderText(
            self.tr("e.g. Deputy headteacher: Iolo Bryn <iolo@ysgol.example>")
        )
        self.memberships = QPlainTextEdit("\n".join(school.memberships))
        self.memberships.setTabChangesFocus(True)
        self.memberships.setMaximumHeight(80)
        self.memberships.setAccessibleName(self.tr("Memberships, one a line"))
        self.memberships.setPlaceholderText(self.tr("e.g. SIG 2, a cluster, a hub"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of its reports"))
        for key, text in (
            (None, self.tr("As its medium suggests")),
            ("cy", self.tr("Welsh")),
            ("en", self.tr("English")),
            ("both", self.tr("Welsh and English")),
        ):
            self.language.addItem(text, key)
        self.language.setCurrentIndex(max(0, self.language.findData(school.report_language)))
        form = QFormLayout()
        form.addRow(self.tr("&Headteacher"), self.headteacher)
        form.addRow(self.tr("&Telephone"), self.phone)
        form.addRow(self.tr("&Contacts"), self.contacts)
        form.addRow(self.tr("&Memberships"), self.memberships)
        form.addRow(self.tr("&Language of reports"), self.language)
        self.buttons = button_box(self.tr("Save details"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> SchoolDetails:
        def lines(edit: QPlainTextEdit) -> list[str]:
            return [
                " ".join(line.split()) for line in edit.toPlainText().splitlines() if line.strip()
            ]

        return SchoolDetails(
            headteacher=self.headteacher.text().strip() or None,
            phone=self.phone.text().strip() or None,
            contacts=lines(self.contacts),
            memberships=lines(self.memberships),
            report_language=self.language.currentData(),
        )
