"""The Visit screen: the five enquiry questions for each aspect, with evidence beside them.

For each aspect of the visit SIPL guides the five questions in order, each with its
prompts and the answer given at the school's previous visit; answers save as the user
types. Evidence, agreed actions and support requested are captured without leaving the
question. Finishing marks the visit final; a final visit can still be corrected (the
store stamps it as corrected and the central store keeps each field's history).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store import caseload, people, visits, workspace
from desktop.store.workspace import VisitSheet
from desktop.ui.common.autosave import AutosaveField
from desktop.ui.common.context import Services
from desktop.ui.common.dates import date_edit
from desktop.ui.common.present import ChipSpec
from desktop.ui.common.read_only import ReadOnlyGuard, read_only_banner
from desktop.ui.common.record_dialogs import ActionDialog, SupportDialog
from desktop.ui.common.style import scaled_font
from desktop.ui.common.tables import ID_ROLE, id_item, item_table, selected_id
from desktop.ui.common.widgets import (
    Card,
    Chip,
    confirm,
    discard,
    muted,
    primary_button,
    scrolling,
    section_title,
    whole_tabs,
)
from desktop.ui.visit.aspect_panel import AspectPanel
from desktop.ui.visit.aspects_dialog import AspectsDialog
from desktop.ui.visit.evidence import EvidencePanel
from desktop.ui.visit.summary_panel import SummaryPanel

WATCHED = frozenset(
    {
        "visits",
        "enquiry_answers",
        "evidence",
        "attachments",
        "actions",
        "support",
        "priorities",
        "schools",
    }
)
SUMMARY = "summary"


class VisitPage(QWidget):
    """A visit in progress or on record."""

    school_chosen = Signal(str)
    title_did_change = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.visit_id: str | None = None
        self.sheet: VisitSheet | None = None
        self._panels: dict[str, AspectPanel] = {}
        self._summary: SummaryPanel | None = None
        self._summary_area: QScrollArea | None = None  # the summary scrolls on a short screen
        self._pending_place: tuple[str | None, int | None] = (None, None)
        self._pending_evidence: str | None = None
        self._loading = False
        self._focus_on_show = False

        # Header
        self.school = QPushButton()
        self.school.setFlat(True)
        self.school.setCursor(Qt.CursorShape.PointingHandCursor)
        self.school.setStyleSheet(
            "QPushButton{color:#1d5f7a;text-align:left;padding:0;"
            "border:none;} QPushButton:focus{text-decoration:underline;}"
        )
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.5, bold=True))
        self.status = Chip()
        self.status.setFont(scaled_font(self.status, 1.0, bold=True))
        self.finish = primary_button()
        self.final_note = muted()
        self.visit_date = date_edit(services)
        self.purpose = QComboBox()
        self.purpose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.purpose.setMinimumContentsLength(24)
        self.attendees = QLineEdit()
        self.attendees.setObjectName("attendees")
        self.attendees_autosave: AutosaveField | None = None
        self._purpose_language = ""
        self.aspects_button = QPushButton()
        self._date_timer = QTimer(self, singleShot=True, interval=600)
        self._date_timer.timeout.connect(self._save_date)

        header = Card(margins=10)
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.school, 0, Qt.AlignmentFlag.AlignLeft)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addWidget(self.status)
        title_row.addStretch(1)
        names.addLayout(title_row)
        top.addLayout(names, 1)
        finish_col = QVBoxLayout()
        finish_col.addWidget(self.finish, 0, Qt.AlignmentFlag.AlignRight)
        finish_col.addWidget(self.final_note, 0, Qt.AlignmentFlag.AlignRight)
        top.addLayout(finish_col)
        header.body.addLayout(top)
        fields = QHBoxLayout()
        fields.setSpacing(8)
        self.date_label = QLabel()
        self.date_label.setBuddy(self.visit_date)
        self.purpose_label = QLabel()
        self.purpose_label.setBuddy(self.purpose)
        self.attendees_label = QLabel()
        self.attendees_label.setBuddy(self.attendees)
        fields.addWidget(self.date_label)
        fields.addWidget(self.visit_date)
        fields.addSpacing(6)
        fields.addWidget(self.purpose_label)
        fields.addWidget(self.purpose, 2)
        fields.addSpacing(6)
        fields.addWidget(self.attendees_label)
        fields.addWidget(self.attendees, 2)
        fields.addWidget(self.aspects_button)
        header.body.addLayout(fields)

        # Body: aspects | questions | evidence, actions, support
        self.aspect_list = QListWidget()
        self.aspect_list.setObjectName("aspects")
        self.aspect_list.setWordWrap(True)
        self.aspect_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.aspect_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.aspect_list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when narrower
        self.aspect_list.setMinimumWidth(140)
        self.aspects_title = section_title(factor=1.0)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.aspects_title)
        left_layout.addWidget(self.aspect_list, 1)
        self.centre = QStackedWidget()
        self.no_aspects = muted()
        self.no_aspects.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.centre.addWidget(self.no_aspects)
        centre_card = Card()
        centre_card.body.addWidget(self.centre)
        self.side = QTabWidget()
        whole_tabs(self.side)
        self.evidence = EvidencePanel(services)
        self.actions_table = item_table(3, stretch_last=True)
        self.actions_table.setObjectName("visitActions")
        self.add_action = QPushButton()
        self.action_done = QPushButton()
        self.support = item_table(3, stretch_last=True)
        self.support.setObjectName("visitSupport")
        self.add_support = QPushButton()
        self.side.addTab(self.evidence, "")
        self.side.addTab(
            self._with_buttons(self.actions_table, [self.add_action, self.action_done]), ""
        )
        self.side.addTab(self._with_buttons(self.support, [self.add_support]), "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre_card)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        self.read_only_banner = read_only_banner()
        layout.addWidget(self.read_only_banner)
        layout.addWidget(header)
        layout.addWidget(self.splitter, 1)
        self.read_only_until: str | None = None
        self.guard = ReadOnlyGuard(self, keep=[self.school, self.aspect_list, self.side.tabBar()])

        self.school.clicked.connect(self._open_school)
        self.finish.clicked.connect(self.finish_visit)
        self.visit_date.dateChanged.connect(self._date_edited)
        self.purpose.activated.connect(self._purpose_chosen)
        self.aspects_button.clicked.connect(self.edit_aspects)
        self.aspect_list.currentRowChanged.connect(self._aspect_chosen)
        self.add_action.clicked.connect(self.add_new_action)
        self.action_done.clicked.connect(self._mark_action_done)
        self.add_support.clicked.connect(self.request_new_support)
        QShortcut(QKeySequence("Ctrl+Shift+PgDown"), self, self.next_aspect)
        QShortcut(QKeySequence("Ctrl+Shift+PgUp"), self, lambda: self._step_aspect(-1))
        services.runner.store_did_change.connect(self._store_changed)
        self.setTabOrder(self.visit_date, self.purpose)
        self.setTabOrder(self.purpose, self.attendees)
        self.setTabOrder(self.attendees, self.aspects_button)
        self.setTabOrder(self.aspects_button, self.aspect_list)
        self._restore_splitter()
        self.retranslate()

    @staticmethod
    def _with_buttons(table: QTableWidget, buttons: list[QPushButton]) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return tab

    # --- loading --------------------------------------------------------------------

    def show_visit(
        self,
        visit_id: str,
        aspect: str | None = None,
        question: int | None = None,
        evidence_id: str | None = None,
    ) -> None:
        """Open a visit, optionally at an aspect and question (and an evidence item)."""
        self._pending_evidence = evidence_id
        if visit_id != self.visit_id:
            self._focus_on_show = True
            self._services.tracker.flush_all()
            self._clear()
            self.visit_id = visit_id
            self._make_fixed_fields(visit_id)
        self._pending_place = (aspect, question)
        self.refresh()

    def _clear(self) -> None:
        self.sheet = None
        for panel in self._panels.values():
            self.centre.removeWidget(panel)
            discard(panel)
        self._panels.clear()
        if self._summary_area is not None:
            self.centre.removeWidget(self._summary_area)
            discard(self._summary_area)  # and the summary panel inside it
        self._summary = self._summary_area = None
        self.evidence.clear_cards()
        self.aspect_list.clear()

    def _make_fixed_fields(self, visit_id: str) -> None:
        if self.attendees_autosave is not None:
            self.attendees_autosave.deleteLater()
        self.attendees.clear()
        self.attendees_autosave = AutosaveField(
            self.attendees,
            self._services.runner,
            self._services.tracker,
            lambda text: (
                lambda store: visits.update_visit(
                    store, visit_id, attendees=workspace.visit_attendees(text)
                )
            ),
        )
        self._summary = SummaryPanel(self._services, visit_id)
        self._summary_area = scrolling(self._summary, horizontal=False)
        self.centre.addWidget(self._summary_area)

    def refresh(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        self._services.runner.submit(
            lambda store: workspace.visit_sheet(store, visit_id), self._show
        )

    def _store_changed(self, tables: frozenset[str]) -> None:
        if self.visit_id and tables & WATCHED:
            self.refresh()

    def _show(self, sheet: VisitSheet) -> None:
        if sheet.visit.id != self.visit_id:
            return
        self.sheet = sheet
        self._loading = True
        try:
            self._fill_header(sheet)
            self._fill_aspects(sheet)
            self._fill_side(sheet)
        finally:
            self._loading = False
        aspect, question = self._pending_place
        if aspect is not None or question is not None:
            self._pending_place = (None, None)
            self.go_to(aspect, question)
        if self._pending_evidence is not None:
            evidence_id, self._pending_evidence = self._pending_evidence, None
            self.side.setCurrentWidget(self.evidence)
            self.evidence.reveal(evidence_id)
        elif self._focus_on_show:
            self.focus_question()
        self._focus_on_show = False
        self.title_did_change.emit()
        school_id, year, today = sheet.school.id, sheet.academic_year, self._services.today()
        self._services.runner.submit(
            lambda store: caseload.read_only_until(store, people.me(store), school_id, year, today),
            lambda until: self._fill_read_only(sheet.visit.id, until),
        )

    def _fill_read_only(self, visit_id: str, until: str | None) -> None:
        """A visit of a school handed on this term: say so, and let nothing be changed."""
        if visit_id != self.visit_id:
            return
        self.read_only_until = until
        self.guard.release()
        self.read_only_banner.setVisible(until is not None)
        if until is None:
            return
        self.read_only_banner.setText(
            self.tr(
                "This school has moved to another improvement partner. You can read this "
                "visit until {0}, the end of the term; nothing in it can be changed here."
            ).format(self._services.language.date(until))
        )
        self.guard.apply()

    def _fill_header(self, sheet: VisitSheet) -> None:
        lang = self._services.language
        present = self._services.present
        visit = sheet.visit
        self.school.setText(f"‹ {sheet.school.name}")
        self.title.setText(self.tr("Visit on {0}").format(lang.date(visit.visit_date)))
        if visit.status == "final":
            words = self.tr("Final, corrected") if visit.corrected_at else self.tr("Final")
            self.status.set_spec(ChipSpec(words, "#e3f1e4", "#1b5e20", words))
            self.finish.hide()
            note = self.tr("Finished on {0}.").format(lang.date(visit.finalised_at))
            if visit.corrected_at:
                note += " " + self.tr("Last corrected on {0}.").format(
                    lang.date(visit.corrected_at)
                )
            note += " " + self.tr("Changes are kept as corrections.")
            self.final_note.setText(note)
            self.final_note.show()
        else:
            words = self.tr("Draft")
            self.status.set_spec(ChipSpec(words, "#fff4d6", "#6d4c00", words))
            self.finish.show()
            self.final_note.hide()
        # Never overwrite a field the user is changing (the store's value follows shortly).
        if not self._date_timer.isActive() and not self.visit_date.hasFocus():
            day = date.fromisoformat(visit.visit_date)
            self.visit_date.blockSignals(True)
            self.visit_date.setDate(QDate(day.year, day.month, day.day))
            self.visit_date.blockSignals(False)
        self.purpose.blockSignals(True)
        if self._purpose_language != self._services.language.code:
            self.purpose.clear()
            for purpose in self._services.forms.visit_purposes:
                self.purpose.addItem(present.purpose(purpose.key), purpose.key)
            self._purpose_language = self._services.language.code
        if not self.purpose.view().isVisible():
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(visit.purpose)))
        self.purpose.setToolTip(present.purpose(visit.purpose))
        self.purpose.blockSignals(False)
        if self.attendees_autosave is not None:
            self.attendees_autosave.load(", ".join(visit.attendees))

    def _fill_aspects(self, sheet: VisitSheet) -> None:
        present = self._services.present
        keep = self.current_aspect()
        wanted = [a.aspect for a in sheet.aspects]
        for aspect in list(self._panels):
            if aspect not in wanted:
                panel = self._panels.pop(aspect)
                for question in panel.questions:
                    question.autosave.flush()
                self.centre.removeWidget(panel)
                discard(panel)
        for info in sheet.aspects:
            if info.aspect not in self._panels:
                panel = AspectPanel(self._services, sheet.visit.id, info)
                panel.question_did_change.connect(self._question_changed)
                panel.next_aspect_requested.connect(self.next_aspect)
                self._panels[info.aspect] = panel
                self.centre.addWidget(panel)
            self._panels[info.aspect].load(sheet)
        if self._summary is not None:
            self._summary.load(sheet)
        labels = []
        for info in sheet.aspects:
            answered = sum(1 for n in range(1, 6) if sheet.answer(info.aspect, n).strip())
            evidence = len(sheet.evidence_for(info.aspect))
            labels.append(
                (
                    info.aspect,
                    present.aspect(info),
                    f"{present.aspect(info)}\n"
                    + self.tr("{0} of 5 answered · {1} evidence").format(answered, evidence),
                )
            )
        labels.append(
            (SUMMARY, self.tr("Summary and next visit"), self.tr("Summary and next visit"))
        )
        shown = [self.aspect_list.item(r).data(ID_ROLE) for r in range(self.aspect_list.count())]
        if shown == [key for key, _, _ in labels]:
            for row, (_, tip, text) in enumerate(labels):
                self.aspect_list.item(row).setText(text)
                self.aspect_list.item(row).setToolTip(tip)
            return
        self.aspect_list.blockSignals(True)
        self.aspect_list.clear()
        for key, tip, text in labels:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, key)
            item.setToolTip(tip)
            if key == SUMMARY:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.aspect_list.addItem(item)
        self.aspect_list.blockSignals(False)
        self._select_aspect(
            keep if keep in [k for k, _, _ in labels] else (wanted[0] if wanted else SUMMARY)
        )

    def _fill_side(self, sheet: VisitSheet) -> None:
        aspect = self.current_aspect()
        files = {e.id: sheet.files_of(e.id) for e in sheet.evidence}
        if aspect and aspect != SUMMARY:
            self.evidence.show_evidence(sheet.evidence_for(aspect), files)
        else:
            self.evidence.show_evidence((), files)
        lang = self._services.language
        present = self._services.present
        keep = selected_id(self.actions_table)
        self.actions_table.setRowCount(len(sheet.actions))
        for row, action in enumerate(sheet.actions):
            text = action.description
            if action.status != "open":
                text = f"{text} ({present.action_status(action.status)})"
            self.actions_table.setItem(row, 0, id_item(text, action.id))
            self.actions_table.setItem(row, 1, id_item(action.owner))
            self.actions_table.setItem(row, 2, id_item(lang.date(action.due_on, long=False)))
        self.actions_table.resizeRowsToContents()
        if keep:
            for row in range(self.actions_table.rowCount()):
                cell = self.actions_table.item(row, 0)
                if cell is not None and cell.data(ID_ROLE) == keep:
                    self.actions_table.selectRow(row)
        self.action_done.setEnabled(bool(sheet.actions))
        self.support.setRowCount(len(sheet.support))
        for row, item in enumerate(sheet.support):
            provider = present.provider(item.provider_kind)
            if item.provider_name:
                provider = f"{provider}: {item.provider_name}"
            self.support.setItem(row, 0, id_item(provider, item.id))
            self.support.setItem(row, 1, id_item(item.description))
            self.support.setItem(
                row, 2, id_item(f"{lang.number(item.days)} · {present.support_status(item.status)}")
            )
        self.support.resizeRowsToContents()
        self._retranslate_tabs()

    # --- navigation ------------------------------------------------------------------

    def current_aspect(self) -> str | None:
        item = self.aspect_list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def current_panel(self) -> AspectPanel | None:
        aspect = self.current_aspect()
        return self._panels.get(aspect) if aspect else None

    def _select_aspect(self, aspect: str | None) -> None:
        for row in range(self.aspect_list.count()):
            if self.aspect_list.item(row).data(ID_ROLE) == aspect:
                self.aspect_list.setCurrentRow(row)
                self._aspect_chosen(row)
                return

    def go_to(self, aspect: str | None, question: int | None = None) -> None:
        """Show an aspect (and question) of this visit."""
        if aspect:
            self._select_aspect(aspect)
        panel = self.current_panel()
        if panel is not None and question:
            panel.go_to(question)

    def _aspect_chosen(self, row: int) -> None:
        if row < 0:
            return
        aspect = self.aspect_list.item(row).data(ID_ROLE)
        if aspect == SUMMARY and self._summary_area is not None:
            self.centre.setCurrentWidget(self._summary_area)
            self.evidence.set_place(self.visit_id or "", None, None)
        elif aspect in self._panels:
            panel = self._panels[aspect]
            self.centre.setCurrentWidget(panel)
            self.evidence.set_place(self.visit_id or "", aspect, panel.current)
        if self.sheet is not None:
            files = {e.id: self.sheet.files_of(e.id) for e in self.sheet.evidence}
            items = self.sheet.evidence_for(aspect) if aspect in self._panels else ()
            self.evidence.show_evidence(items, files)
        self._retranslate_tabs()
        self._chain_focus()

    def _question_changed(self, number: int) -> None:
        aspect = self.current_aspect()
        if aspect in self._panels:
            self.evidence.set_place(self.visit_id or "", aspect, number)
        self._chain_focus()

    def focus_question(self) -> None:
        """Put the cursor in the answer on show (or the summary): where typing starts."""
        panel = self.current_panel()
        if panel is not None:
            panel.focus_answer()
        elif self._summary is not None and self.centre.currentWidget() is self._summary_area:
            self._summary.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_aspect(self) -> None:
        """After question 5: the next aspect's first question (or the summary), ready to type."""
        row = self.aspect_list.currentRow() + 1
        if row < self.aspect_list.count():
            self.aspect_list.setCurrentRow(row)
            panel = self.current_panel()
            if panel is not None:
                panel.go_to(1)
            self.focus_question()

    def _chain_focus(self) -> None:
        """Tab goes from the question on show to the evidence panel, then the visit's other
        tabs, the aspects and the visit's details: the question always comes first."""
        chain: list[QWidget] = []
        panel = self.current_panel()
        if panel is not None:
            question = panel.questions[panel.current - 1]
            chain += [question.answer, question.previous, panel.previous_button]
            chain += [panel.next_button, panel.steps.focus_target()]
        elif self._summary is not None:
            chain += [self._summary.summary, self._summary.has_next, self._summary.next_date]
        chain += self.evidence.tab_chain()
        chain += [self.side.tabBar(), self.aspect_list, self.visit_date, self.purpose]
        chain += [self.attendees, self.aspects_button, self.finish, self.school]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def step(self, delta: int) -> None:
        """Move ``delta`` questions on (or back) in the current aspect."""
        panel = self.current_panel()
        if panel is not None:
            panel.go_to(panel.current + delta)

    def _step_aspect(self, delta: int) -> None:
        row = self.aspect_list.currentRow() + delta
        if 0 <= row < self.aspect_list.count():
            self.aspect_list.setCurrentRow(row)

    def focus_evidence(self) -> None:
        self.side.setCurrentWidget(self.evidence)
        self.evidence.focus_note()

    def _open_school(self) -> None:
        if self.sheet is not None:
            self.school_chosen.emit(self.sheet.school.id)

    # --- edits --------------------------------------------------------------------------

    def _date_edited(self, _: QDate) -> None:
        if not self._loading:
            self._date_timer.start()

    def _save_date(self) -> None:
        if self.visit_id is None:
            return
        d = self.visit_date.date()
        day, visit_id = date(d.year(), d.month(), d.day()), self.visit_id
        self._services.runner.submit(
            lambda store: visits.update_visit(store, visit_id, visit_date=day)
        )

    def _purpose_chosen(self, _: int) -> None:
        visit_id, purpose = self.visit_id, self.purpose.currentData()
        if visit_id and purpose:
            self._services.runner.submit(
                lambda store: visits.update_visit(store, visit_id, purpose=purpose)
            )

    def edit_aspects(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        dialog = AspectsDialog(self._services, sheet.priorities, sheet.visit.aspects, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen, visit_id = dialog.chosen(), sheet.visit.id
        self._services.runner.submit(
            lambda store: visits.update_visit(store, visit_id, aspects=chosen)
        )

    def _still_missing(self) -> list[str]:
        """What a finished note of visit would lack, as typed on screen now: the summary
        and the aspects with no answer to any question."""
        missing: list[str] = []
        if self._summary is not None and not self._summary.summary.toPlainText().strip():
            missing.append(self.tr("The summary of the visit is empty."))
        present = self._services.present
        unanswered = [
            present.aspect(panel.info)
            for panel in self._panels.values()
            if not any(q.answer.toPlainText().strip() for q in panel.questions)
        ]
        if unanswered:
            missing.append(
                self.tr("No question is answered for: {0}.").format("; ".join(unanswered))
            )
        return missing

    def finish_visit(self, *, ask: bool = True) -> None:
        """Mark the visit final after the user confirms."""
        if self.visit_id is None:
            return
        if ask and not confirm(
            self,
            self.tr("Finish the visit"),
            "\n\n".join(
                [
                    *self._still_missing(),
                    self.tr(
                        "Mark this visit as final? You can still correct it afterwards; "
                        "corrections are recorded."
                    ),
                ]
            ),
            self.tr("Finish visit"),
        ):
            return
        self._services.tracker.flush_all()
        visit_id = self.visit_id
        self._services.runner.submit(lambda store: visits.finalise_visit(store, visit_id))

    def add_new_action(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        dialog = ActionDialog(self._services, self, next_visit=sheet.visit.next_visit_date)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        school_id, visit_id = sheet.school.id, sheet.visit.id
        self._services.runner.submit(
            lambda store: visits.add_action(
                store, school_id, v.description, owner=v.owner, due_on=v.due_on, visit_id=visit_id
            )
        )

    def _mark_action_done(self) -> None:
        action_id = selected_id(self.actions_table)
        if action_id:
            self._services.runner.submit(
                lambda store: workspace.update_action(store, action_id, status="done")
            )

    def request_new_support(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        dialog = SupportDialog(self._services, sheet.priorities, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        school_id, visit_id, year = sheet.school.id, sheet.visit.id, sheet.academic_year
        self._services.runner.submit(
            lambda store: visits.request_support(
                store,
                school_id,
                year,
                v.provider_kind,
                provider_name=v.provider_name,
                description=v.description,
                days=v.days,
                priority_id=v.priority_id,
                visit_id=visit_id,
                status=v.status,
            )
        )

    # --- state and language -----------------------------------------------------------

    def page_title(self) -> str:
        if self.sheet is None:
            return ""
        return self.tr("Visit on {0}").format(
            self._services.language.date(self.sheet.visit.visit_date)
        )

    def _restore_splitter(self) -> None:
        state = self._services.prefs.state("visit/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([220, 640, 420])

    def save_state(self) -> None:
        self._services.prefs.set_state("visit/splitter", self.splitter.saveState())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_tabs(self) -> None:
        sheet = self.sheet
        aspect = self.current_aspect()
        n_evidence = len(sheet.evidence_for(aspect)) if sheet and aspect else 0
        self.side.setTabText(0, self.tr("Evidence ({0})").format(n_evidence))
        self.side.setTabText(1, self.tr("Actions ({0})").format(len(sheet.actions) if sheet else 0))
        self.side.setTabText(2, self.tr("Support ({0})").format(len(sheet.support) if sheet else 0))

    def retranslate(self) -> None:
        if self.visit_id is not None and self.read_only_until is not None:
            self._fill_read_only(self.visit_id, self.read_only_until)
        self.finish.setText(self.tr("Finish visit"))
        self.finish.setToolTip(self.tr("Mark the visit final (Ctrl+Shift+Enter)"))
        self.date_label.setText(self.tr("&Date"))
        self.purpose_label.setText(self.tr("&Purpose"))
        self.attendees_label.setText(self.tr("A&ttendees"))
        self.attendees.setPlaceholderText(self.tr("Names, separated by commas"))
        self.attendees.setAccessibleName(self.tr("Attendees"))
        self.visit_date.setAccessibleName(self.tr("Date of the visit"))
        self.visit_date.setLocale(self._services.language.locale)
        self.purpose.setAccessibleName(self.tr("Purpose of the visit"))
        self.aspects_button.setText(self.tr("Aspects…"))
        self.aspects_button.setToolTip(self.tr("Choose the priorities and reform areas discussed"))
        self.aspects_title.setText(self.tr("Aspects"))
        self.aspect_list.setAccessibleName(self.tr("Aspects of the visit"))
        self.no_aspects.setText(self.tr("Choose the aspects of this visit with “Aspects…”."))
        self.school.setToolTip(self.tr("Back to the school's log"))
        self.add_action.setText(self.tr("Add action"))
        self.action_done.setText(self.tr("Mark done"))
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Who"), self.tr("Due")]
        )
        self.actions_table.setAccessibleName(self.tr("Actions agreed at this visit"))
        self.add_support.setText(self.tr("Request support"))
        self.support.setHorizontalHeaderLabels(
            [self.tr("Provider"), self.tr("Support"), self.tr("Days · status")]
        )
        self.support.setAccessibleName(self.tr("Support requested at this visit"))
        self._retranslate_tabs()
        if self.sheet is not None:
            self._loading = True
            try:
                self._fill_header(self.sheet)
                self._fill_aspects(self.sheet)
            finally:
                self._loading = False

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
