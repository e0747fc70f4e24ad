"""The last step of the Visit screen: the note of visit for the headteacher and the next
visit date, saved as the user types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store import visits
from desktop.store.workspace import VisitSheet
from desktop.ui.common.autosave import AutosaveField
from desktop.ui.common.context import Services
from desktop.ui.common.dates import date_edit
from desktop.ui.common.style import scaled_font
from desktop.ui.common.widgets import muted


class SummaryPanel(QWidget):
    """The note of visit for the headteacher, and the next visit date."""

    def __init__(self, services: Services, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.35, bold=True))
        self.hint = muted()
        self.hint.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("visitSummary")
        self.summary.setTabChangesFocus(True)
        self.autosave = AutosaveField(
            self.summary,
            services.runner,
            services.tracker,
            lambda text: lambda store: visits.update_visit(store, visit_id, summary=text),
        )
        self.has_next = QCheckBox()
        self.next_date = date_edit(services)
        self._visit_id = visit_id
        row = QVBoxLayout()  # the date under its check box: narrow screens keep both whole
        row.setSpacing(4)
        row.addWidget(self.has_next)
        row.addWidget(self.next_date, 0, Qt.AlignmentFlag.AlignLeft)
        # issue 15: what the note of visit also carries
        self.next_focus = QLineEdit()
        self.focus_save = AutosaveField(
            self.next_focus,
            services.runner,
            services.tracker,
            lambda text: lambda store: visits.update_visit(store, visit_id, next_visit_focus=text),
        )
        self.recipients = QLineEdit()
        self.recipients_save = AutosaveField(
            self.recipients,
            services.runner,
            services.tracker,
            lambda text: (
                lambda store: visits.update_visit(
                    store, visit_id, recipients=[r.strip() for r in text.split(",") if r.strip()]
                )
            ),
        )
        self.response = QPlainTextEdit()
        self.response.setObjectName("headteacherResponse")
        self.response.setTabChangesFocus(True)
        self.response.setMaximumHeight(90)
        self.response_save = AutosaveField(
            self.response,
            services.runner,
            services.tracker,
            lambda text: lambda store: visits.update_visit(store, visit_id, ht_response=text),
        )
        self.focus_label = QLabel()
        self.focus_label.setBuddy(self.next_focus)
        self.recipients_label = QLabel()
        self.recipients_label.setBuddy(self.recipients)
        self.response_label = QLabel()
        self.response_label.setBuddy(self.response)
        more = QFormLayout()
        more.addRow(self.focus_label, self.next_focus)
        more.addRow(self.recipients_label, self.recipients)
        more.addRow(self.response_label, self.response)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary, 1)
        layout.addLayout(row)
        layout.addLayout(more)
        self.has_next.toggled.connect(self._next_changed)
        self.next_date.dateChanged.connect(lambda _: self._next_changed())
        self._loading = False
        self.retranslate()

    def load(self, sheet: VisitSheet) -> None:
        self.autosave.load(sheet.visit.summary)
        self.focus_save.load(sheet.visit.next_visit_focus)
        self.recipients_save.load(", ".join(sheet.visit.recipients))
        self.response_save.load(sheet.visit.ht_response)
        self._loading = True
        try:
            nxt = sheet.visit.next_visit_date
            self.has_next.setChecked(bool(nxt))
            self.next_date.setEnabled(bool(nxt))
            if nxt and not self.next_date.hasFocus():
                day = date.fromisoformat(nxt)
                self.next_date.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._loading = False

    def _next_changed(self) -> None:
        self.next_date.setEnabled(self.has_next.isChecked())
        if self._loading:
            return
        value = None
        if self.has_next.isChecked():
            d = self.next_date.date()
            value = date(d.year(), d.month(), d.day()).isoformat()
        visit_id = self._visit_id
        self._services.runner.submit(
            lambda store: visits.update_visit(store, visit_id, next_visit_date=value)
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Summary of the visit"))
        self.hint.setText(
            self.tr(
                "The note of visit for the headteacher: what was discussed, the strengths and "
                "areas for development found, and what was agreed."
            )
        )
        self.summary.setPlaceholderText(self.tr("Write the summary here; it saves as you type."))
        self.summary.setAccessibleName(self.tr("Summary of the visit"))
        self.has_next.setText(self.tr("Next visit planned for"))
        self.next_date.setAccessibleName(self.tr("Date of the next visit"))
        self.focus_label.setText(self.tr("&Focus of the next visit"))
        self.next_focus.setAccessibleName(self.tr("Focus of the next visit"))
        self.recipients_label.setText(self.tr("Note &goes to"))
        self.recipients.setAccessibleName(self.tr("Who receives the note"))
        self.recipients.setPlaceholderText(
            self.tr("Besides the headteacher, separated by commas: e.g. Chair of governors")
        )
        self.response_label.setText(self.tr("Headteacher's &response"))
        self.response.setAccessibleName(self.tr("The headteacher's response to the note"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
