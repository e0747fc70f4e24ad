"""The School screen: one school's improvement partnership log (the SIPL).

Shows the year's priorities with their judgement in each term, the selected priority's
judgement history with rationales, the school's visits (newest first), open actions,
support and its impact, practice worth sharing, and core/enhanced decisions with reasons.
Adds and edits priorities, records termly judgements, moves the school between core and
enhanced support, and starts visits. All store work goes through the store runner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store import (
    caseload,
    people,
    priorities,
    reporting,
    reviews,
    schools,
    support_days,
    visits,
    workspace,
    year_summaries,
)
from desktop.store.models import Priority, SchoolLog, Support
from desktop.store.reporting import PracticeElsewhere
from desktop.store.reviews import EnhancedReview
from desktop.ui.common.context import Services
from desktop.ui.common.present import ChipSpec
from desktop.ui.common.read_only import ReadOnlyGuard, read_only_banner
from desktop.ui.common.record_dialogs import ActionDialog, SupportDialog
from desktop.ui.common.style import chip_height, chip_width, scaled_font
from desktop.ui.common.tables import (
    CHIP_ROLE,
    ChipDelegate,
    begin_fill,
    end_fill,
    id_item,
    item_table,
    select_id,
    selected_id,
)
from desktop.ui.common.widgets import (
    Card,
    Chip,
    muted,
    primary_button,
    section_title,
    set_empty,
    whole_tabs,
)
from desktop.ui.school.details_dialogs import (
    AgreedDaysDialog,
    SchoolDetailsDialog,
    YearSummaryDialog,
)
from desktop.ui.school.dialogs import (
    JudgementDialog,
    PracticeDialog,
    PriorityDialog,
    StartVisitDialog,
    SupportLevelDialog,
)
from desktop.ui.school.key_task_panel import KeyTaskPanel

TERMS = ("autumn", "spring", "summer")
WATCHED = frozenset(
    {
        "schools",
        "priorities",
        "judgements",
        "visits",
        "actions",
        "support",
        "agreed_days",
        "practice",
        "support_level_decisions",
        "enhanced_reviews",
        "categorisations",
        "local_authorities",
    }
)


class SchoolPage(QWidget):
    """One school's log. ``visit_chosen(id)`` opens a visit."""

    visit_chosen = Signal(str)
    title_did_change = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.school_id: str | None = None
        self.year = services.academic_year
        self.log: SchoolLog | None = None
        self._years: tuple[str, ...] = ()
        self._select_next: str | None = None  # a priority to select once the log is shown
        self.read_only_until: str | None = None  # handed on this term: readable until then
        self.read_only_banner = read_only_banner()

        # Header
        self.name = QLabel()
        self.name.setFont(scaled_font(self.name, 1.5, bold=True))
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = muted()
        self.level_chip = Chip()
        self.level_chip.setFont(scaled_font(self.level_chip, 1.0, bold=True))
        self.days = muted()
        self.days.setWordWrap(False)
        self.agreed_days = QPushButton()
        self.change_level = QPushButton()
        self.start_visit = primary_button()
        self.year_box = QComboBox()
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year_box)
        header = Card()
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(3)
        names.addWidget(self.name)
        names.addWidget(self.details)
        top.addLayout(names, 1)
        side = QVBoxLayout()
        side.setSpacing(4)
        level_row = QHBoxLayout()
        level_row.addStretch(1)
        level_row.addWidget(self.level_chip)
        level_row.addWidget(self.change_level)
        side.addLayout(level_row)
        days_row = QHBoxLayout()
        days_row.addStretch(1)
        days_row.addWidget(self.days)
        days_row.addWidget(self.agreed_days)
        side.addLayout(days_row)
        top.addLayout(side)
        header.body.addLayout(top)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.year_label)
        actions_row.addWidget(self.year_box)
        self.year_summary = QPushButton()
        actions_row.addWidget(self.year_summary)
        self.edit_details = QPushButton()
        actions_row.addWidget(self.edit_details)
        actions_row.addStretch(1)
        actions_row.addWidget(self.start_visit)
        header.body.addLayout(actions_row)

        # Priorities
        self.priorities_title = section_title()
        self.priorities = item_table(4, stretch_last=True)
        self.priorities.setObjectName("prioritiesTable")
        chip_delegate = ChipDelegate(self.priorities)
        for column in (1, 2, 3):
            self.priorities.setItemDelegateForColumn(column, chip_delegate)
        p_header = self.priorities.horizontalHeader()
        p_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        p_header.setStretchLastSection(False)
        for column in (1, 2, 3):
            p_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.add_priority = QPushButton()
        self.edit_priority = QPushButton()
        self.judge = primary_button()
        self.carry = QPushButton()
        self.carry.setObjectName("carryForward")
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        history_scroll = QScrollArea()
        history_scroll.setWidgetResizable(True)
        history_scroll.setFrameShape(QFrame.Shape.NoFrame)
        history_scroll.setWidget(self.history)
        history_scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget {background: white;}"
        )
        self.history.setContentsMargins(4, 6, 4, 4)
        priorities_card = Card()
        row = QHBoxLayout()
        row.addWidget(self.priorities_title, 1)
        row.addWidget(self.add_priority)
        row.addWidget(self.edit_priority)
        row.addWidget(self.judge)
        priorities_card.body.addLayout(row)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(self.priorities)
        inner.addWidget(history_scroll)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 2)
        inner.setChildrenCollapsible(False)
        priorities_card.body.addWidget(inner, 1)
        carry_row = QHBoxLayout()
        carry_row.addStretch(1)
        carry_row.addWidget(self.carry)
        priorities_card.body.addLayout(carry_row)

        # Visits (the first tab on the right)
        self.visits = item_table(3, stretch_last=True)
        self.visits.setObjectName("visitsTable")
        self.visits.setWordWrap(False)
        v_header = self.visits.horizontalHeader()
        v_header.setStretchLastSection(False)
        v_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        v_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        v_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.open_visit = QPushButton()
        self.visit_summary = QLabel()
        self.visit_summary.setWordWrap(True)
        self.visit_summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.visit_summary.setTextFormat(Qt.TextFormat.RichText)
        self.visit_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visit_summary.setContentsMargins(4, 4, 4, 4)
        summary_scroll = QScrollArea()
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        summary_scroll.setWidget(self.visit_summary)
        summary_scroll.setMinimumHeight(110)
        visits_split = QSplitter(Qt.Orientation.Vertical)
        visits_split.addWidget(self.visits)
        visits_split.addWidget(summary_scroll)
        visits_split.setStretchFactor(0, 3)
        visits_split.setStretchFactor(1, 2)
        visits_split.setChildrenCollapsible(False)
        self.visits_tab = self._tab(visits_split, [self.open_visit])

        # Right-hand tabs
        self.tabs = whole_tabs(QTabWidget())
        self.tabs.setDocumentMode(False)
        self.actions_table = item_table(3, stretch_last=True)
        self.actions_table.setObjectName("actionsTable")
        self.add_action = QPushButton()
        self.action_done = QPushButton()
        self.actions_tab = self._tab(self.actions_table, [self.add_action, self.action_done])
        self.support = item_table(4, stretch_last=True)
        self.support.setObjectName("supportTable")
        self.add_support = QPushButton()
        self.edit_support = QPushButton()
        self.support_summary = muted()
        self.support_tab = self._tab(
            self.support, [self.add_support, self.edit_support], self.support_summary
        )
        self.practice = item_table(2, stretch_last=True)
        self.practice.setObjectName("practiceTable")
        self.add_practice = QPushButton()
        self.edit_practice = QPushButton()
        self.practice_tab = self._tab(self.practice, [self.add_practice, self.edit_practice])
        self.decisions = item_table(3, stretch_last=True)
        self.decisions.setObjectName("decisionsTable")
        self.categories = muted()
        self.decisions_tab = self._tab(self.decisions, [], self.categories)
        # issue 15: the half-termly reviews of enhanced support, for the school's own partner
        self.reviews_note = QLabel()
        self.reviews_note.setWordWrap(True)
        self.reviews_note.setObjectName("reviewsNote")
        tab_layout = self.decisions_tab.layout()
        assert tab_layout is not None
        tab_layout.addWidget(self.reviews_note)
        self._reviews: list[EnhancedReview] = []
        self.key_tasks = KeyTaskPanel(services)
        for tab in (
            self.visits_tab,
            self.actions_tab,
            self.support_tab,
            self.practice_tab,
            self.decisions_tab,
            self.key_tasks,
        ):
            self.tabs.addTab(tab, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(priorities_card)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._left_splitter = inner
        self._visits_split = visits_split

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(10)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(header)
        layout.addWidget(self.splitter, 1)
        self._header, self._body_layout = header, layout
        self._panes: tuple[QWidget, QWidget] = (priorities_card, self.tabs)
        # On a short screen with the panes stacked, the page scrolls rather than squeezes.
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setWidget(body)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)
        self.guard = ReadOnlyGuard(
            self, keep=[self.year_box, self.open_visit, self.tabs.tabBar(), self.visits]
        )

        self.priorities.itemSelectionChanged.connect(self._show_history)
        self.priorities.itemDoubleClicked.connect(lambda _: self.record_judgement())
        self.add_priority.clicked.connect(self.add_new_priority)
        self.edit_priority.clicked.connect(self.edit_current_priority)
        self.carry.clicked.connect(self.carry_current_priority)
        self.judge.clicked.connect(self.record_judgement)
        self.visits.itemSelectionChanged.connect(self._show_visit_summary)
        self.visits.itemActivated.connect(lambda _: self._open_current_visit())
        self.visits.itemDoubleClicked.connect(lambda _: self._open_current_visit())
        self.open_visit.clicked.connect(self._open_current_visit)
        self.start_visit.clicked.connect(self.start_new_visit)
        self.change_level.clicked.connect(self.change_support_level)
        self.agreed_days.clicked.connect(self.edit_agreed_days)
        self.year_summary.clicked.connect(self.edit_year_summary)
        self.edit_details.clicked.connect(self.edit_school_details)
        self.add_action.clicked.connect(self.add_new_action)
        self.action_done.clicked.connect(self.mark_action_done)
        self.add_support.clicked.connect(lambda: self.edit_support_item(None))
        self.edit_support.clicked.connect(lambda: self.edit_support_item(selected_id(self.support)))
        self.support.itemDoubleClicked.connect(
            lambda _: self.edit_support_item(selected_id(self.support))
        )
        self.add_practice.clicked.connect(lambda: self.edit_practice_item(None))
        self.edit_practice.clicked.connect(
            lambda: self.edit_practice_item(selected_id(self.practice))
        )
        self.practice.itemDoubleClicked.connect(
            lambda _: self.edit_practice_item(selected_id(self.practice))
        )
        self.year_box.activated.connect(self._year_chosen)
        services.runner.store_did_change.connect(self._store_changed)
        self._restore_splitters()
        self.retranslate()

    @staticmethod
    def _tab(table: QWidget, buttons: list[QPushButton], note: QWidget | None = None) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        if buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
        layout.addWidget(table, 1)
        if note is not None:
            layout.addWidget(note)
        return tab

    # --- loading ----------------------------------------------------------------------

    def show_school(self, school_id: str, year: str | None = None) -> None:
        """Load the school (for ``year``, default the current academic year)."""
        if school_id != self.school_id:
            self.log = None
            self.year = year or self._services.academic_year
        elif year:
            self.year = year
        self.school_id = school_id
        self.refresh()

    def refresh(self) -> None:
        school_id, year, current = self.school_id, self.year, self._services.academic_year
        today = self._services.today()
        if school_id is None:
            return

        def load(store: Any) -> tuple[SchoolLog, tuple[str, ...], str | None]:
            return (
                caseload.school_log(store, school_id, year),
                workspace.academic_years_of(store, school_id, current),
                caseload.read_only_until(store, people.me(store), school_id, current, today),
            )

        self._services.runner.submit(load, self._show)

    def _store_changed(self, tables: frozenset[str]) -> None:
        if self.school_id and tables & WATCHED and self.isVisible():
            self.refresh()
        elif self.school_id and tables & WATCHED:
            self.log = None  # stale: reload when shown again

    def showEvent(self, event: Any) -> None:
        if self.school_id and self.log is None:
            self.refresh()
        super().showEvent(event)

    def _show(self, loaded: tuple[SchoolLog, tuple[str, ...], str | None]) -> None:
        log, years, until = loaded
        if log.school.id != self.school_id:
            return
        self.log = log
        self._years = years
        self.read_only_until = until
        self._fill()
        self.title_did_change.emit()

    def _fill(self) -> None:
        log = self.log
        if log is None:
            return
        self.guard.release()
        present = self._services.present
        lang = self._services.language
        school = log.school
        self.name.setText(school.name)
        facts = [school.number, school.la_name, present.sector(school.sector)]
        if school.welsh_medium_type:
            facts.append(present.medium(school.welsh_medium_type))
        if school.headteacher:
            facts.append(self.tr("Headteacher: {0}").format(school.headteacher))
        if school.pupils:
            facts.append(self.tr("{0} pupils").format(school.pupils))
        overall = self._overall_track(log)
        if overall:
            facts.append(overall)
        self.details.setText(" · ".join(facts))
        level = self._services.forms.support_level(school.support_level)
        enhanced = school.support_level == "enhanced"
        self.level_chip.set_spec(
            ChipSpec(
                level.name.get(lang.code),
                "#ffe0b2" if enhanced else "#e3edf3",
                "#6d3600" if enhanced else "#1d4a5e",
                level.name.get(lang.code),
            )
        )
        self.level_chip.setToolTip(level.description.get(lang.code))
        self._fill_days(log)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in self._years:
            self.year_box.addItem(year, year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(log.academic_year)))
        self.year_box.blockSignals(False)
        self._fill_priorities(log)
        self._fill_visits(log)
        self._fill_actions(log)
        self._fill_support(log)
        self._fill_practice(log)
        self._fill_decisions(log)
        self.key_tasks.show_school(school.id, log.academic_year, school.support_level)
        school_id = school.id
        self._services.runner.submit(
            lambda store: reviews.reviews_of(store, school_id), self._show_reviews
        )
        self.retranslate_counts()
        self._fill_read_only()

    def _show_reviews(self, found: list[EnhancedReview]) -> None:
        """The school's half-termly reviews of enhanced support, newest first."""
        if self.log is None or any(r.school_id != self.log.school.id for r in found):
            return
        self._reviews = found
        lang = self._services.language
        if not found:
            self.reviews_note.setText(
                self.tr("No half-termly review of enhanced support has been recorded.")
            )
            return
        title = self.tr("Half-termly reviews of enhanced support")
        parts = [f"<b>{_esc(title)}</b>"]
        for review in found:
            due = (
                self.tr(" · next review {0}").format(lang.date(review.next_review_due))
                if review.next_review_due
                else ""
            )
            parts.append(
                f"<p><b>{_esc(lang.date(review.review_date))}</b>{_esc(due)}<br>"
                f"{_esc(review.position_agreed)}</p>"
            )
        self.reviews_note.setText("".join(parts))

    def _overall_track(self, log: SchoolLog) -> str:
        """The school's overall view: off track if any priority's latest judgement is."""
        latest = [p.latest for p in log.priorities if p.status != "withdrawn"]
        judged = [j for j in latest if j is not None]
        off = sum(1 for j in judged if j.track == "off_track")
        if off:
            return self.tr("Off track overall ({0} of {1} priorities)").format(off, len(latest))
        if judged and len(judged) == len(latest):
            return self.tr("On track overall")
        return ""

    def _fill_days(self, log: SchoolLog) -> None:
        """The partner's days from visits against the days due; brokered days apart."""
        lang = self._services.language
        days = log.days
        if days is None:
            self.days.setText("")
            return
        used = lang.number(days.partner_days)
        brokered = lang.number(days.brokered)
        if days.due is None:
            text = self.tr("Your days {0}: {1} · brokered {2}").format(
                log.academic_year, used, brokered
            )
        else:
            text = self.tr("Your days {0}: {1} of {2} · brokered {3}").format(
                log.academic_year, used, lang.number(days.due), brokered
            )
        self.days.setText(text)
        self.days.setToolTip(
            self.tr(
                "Your time from visits ({0} whole days, {1} half days) against the minimum "
                "for the sector ({2}) and the days agreed for the school ({3}). Brokered "
                "support (agreed, under way or complete) is counted separately."
            ).format(
                days.whole_day_visits,
                days.half_day_visits,
                lang.number(days.minimum) if days.minimum is not None else "–",
                lang.number(days.agreed),
            )
        )

    def edit_agreed_days(self) -> None:
        """Set the days agreed for the school this year beyond the sector minimum."""
        log = self.log
        if log is None or log.days is None or self.read_only_until is not None:
            return
        dialog = AgreedDaysDialog(
            self._services,
            log.school.name,
            log.academic_year,
            log.days.minimum,
            log.days.agreed,
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        school_id, year, value = log.school.id, log.academic_year, dialog.value()
        self._services.runner.submit(
            lambda store: support_days.set_agreed_days(store, school_id, year, value)
        )

    def edit_school_details(self) -> None:
        """Edit the school's headteacher, contacts, memberships and report language."""
        log = self.log
        if log is None or self.read_only_until is not None:
            return
        dialog = SchoolDetailsDialog(self._services, log.school, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v, school_id = dialog.values(), log.school.id
        self._services.runner.submit(
            lambda store: schools.update_details(
                store,
                school_id,
                headteacher=v.headteacher,
                phone=v.phone,
                contacts=v.contacts,
                memberships=v.memberships,
                report_language=v.report_language,
            )
        )

    def edit_year_summary(self, *, dialog_hook: Any = None) -> None:
        """Write the summary of the school's year for the report to governors."""
        log = self.log
        if log is None or self.read_only_until is not None:
            return
        school_id, year, name = log.school.id, log.academic_year, log.school.name

        def opened(text: str) -> None:
            dialog = YearSummaryDialog(name, year, text, self)
            if dialog_hook is not None:
                dialog_hook(dialog)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            value = dialog.value()
            self._services.runner.submit(
                lambda store: year_summaries.set_summary(store, school_id, year, value)
            )

        self._services.runner.submit(
            lambda store: year_summaries.summary_of(store, school_id, year), opened
        )

    def _fill_read_only(self) -> None:
        """A school handed on this term: say so, and let nothing be changed."""
        until = self.read_only_until
        self.read_only_banner.setVisible(until is not None)
        if until is None:
            return
        self.read_only_banner.setText(
            self.tr(
                "This school has moved to another improvement partner. You can read its log "
                "until {0}, the end of the term; nothing in it can be changed here."
            ).format(self._services.language.date(until))
        )
        self.guard.apply()

    def _fill_priorities(self, log: SchoolLog) -> None:
        present = self._services.present
        keep = self._select_next or selected_id(self.priorities)
        self._select_next = None
        table = self.priorities
        modes = begin_fill(table)
        table.setRowCount(len(log.priorities))
        for row, priority in enumerate(log.priorities):
            title = priority.title
            if priority.status != "active":
                title = f"{title}  ({present.priority_status(priority.status)})"
            area = present.area(priority.reform_area)
            item = id_item(title, priority.id, f"{priority.title}\n{area}".strip())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            table.setItem(row, 0, item)
            by_term = {j.term: j for j in priority.judgements}
            for column, term in enumerate(TERMS, start=1):
                cell = QTableWidgetItem()
                if term in by_term:
                    spec = present.judgement_chip(by_term[term])
                    cell.setData(CHIP_ROLE, spec)
                    accessible = spec.accessible
                else:
                    cell.setText("—")
                    cell.setForeground(QColor("#9aa3ad"))
                    accessible = self.tr("Not yet judged")
                cell.setToolTip(accessible)
                cell.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
                table.setItem(row, column, cell)
        metrics = table.fontMetrics()
        bold = QFont(table.font())
        bold.setBold(True)
        heading = QFontMetrics(bold)
        for column in (1, 2, 3):
            cells = [table.item(r, column) for r in range(table.rowCount())]
            specs: list[ChipSpec] = [
                c.data(CHIP_ROLE) for c in cells if c is not None and c.data(CHIP_ROLE)
            ]
            widest = max(
                [chip_width(metrics, spec.text) for spec in specs]
                + [
                    110,
                    heading.horizontalAdvance(self._services.present.term(TERMS[column - 1])) + 8,
                ]
            )
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive
            )
            table.horizontalHeader().resizeSection(column, widest + 14)
        end_fill(table, modes)
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, max(table.rowHeight(row), chip_height(metrics) + 14))
        select_id(table, keep)
        has = bool(log.priorities)
        self.edit_priority.setEnabled(has)
        self.judge.setEnabled(has)
        set_empty(
            table,
            self.tr("No priorities for {0} yet. Add the priorities agreed with the school.").format(
                log.academic_year
            ),
        )
        wanted = (
            table.horizontalHeader().height()
            + 4
            + sum(table.rowHeight(r) for r in range(table.rowCount()))
        )
        total = sum(self._left_splitter.sizes())
        if total > 0:
            top = max(120, min(wanted, int(total * 0.6)))
            self._left_splitter.setSizes([top, max(100, total - top)])
        self._show_history()

    def current_priority(self) -> Priority | None:
        wanted = selected_id(self.priorities)
        if self.log is None or wanted is None:
            return None
        return next((p for p in self.log.priorities if p.id == wanted), None)

    def _show_carry(self, priority: Priority | None) -> None:
        """Carry forward: for a priority not yet carried into the next year."""
        year = self.log.academic_year if self.log else self._services.academic_year
        self.carry.setText(self.tr("Carry forward to {0}").format(priorities.next_year(year)))
        self.carry.setEnabled(
            priority is not None
            and priority.continued_by is None
            and priority.status in ("active", "carried_forward")
            and not self.guard.active
        )
        self.carry.setToolTip(
            self.tr("Already carried forward to {0}").format(priorities.next_year(year))
            if priority is not None and priority.continued_by
            else self.tr(
                "Continue this priority next year, keeping its judgements and visits' answers"
            )
        )

    def _show_history(self) -> None:
        priority = self.current_priority()
        lang = self._services.language
        present = self._services.present
        self._show_carry(priority)
        if priority is None:
            self.history.setText(
                "<p style='color:#5b6470'>"
                + (
                    self.tr("Add this year's priorities to record judgements against them.")
                    if self.log and not self.log.priorities
                    else self.tr("Choose a priority to see its judgements.")
                )
                + "</p>"
            )
            return
        parts = [f"<b>{_esc(priority.title)}</b><br>"]
        facts = [present.area(priority.reform_area)]
        if priority.sdp_reference:
            facts.append(_esc(priority.sdp_reference))
        facts.append(present.priority_status(priority.status))
        parts.append(f"<span style='color:#5b6470'>{' · '.join(f for f in facts if f)}</span>")
        if priority.description:
            parts.append(f"<p>{_esc(priority.description)}</p>")
        for label, text in (
            (self.tr("Success criteria"), priority.success_criteria),
            (self.tr("Risks to progress"), priority.risks),
        ):
            if text.strip():
                parts.append(f"<p><b>{_esc(label)}:</b> {_esc(text)}</p>")
        parts.append(f"<p style='color:#5b6470'>{_esc(self._approval_text(priority))}</p>")
        if not priority.judgements:
            none_yet = self.tr("No judgements yet this year.")
            parts.append(f"<p style='color:#5b6470'>{_esc(none_yet)}</p>")
        for judgement in reversed(priority.judgements):
            rate = self._services.forms.rate(judgement.rate)
            chip = (
                f"<span style='background:{rate.colour};color:{rate.text_colour};'>"
                f"&nbsp;{_esc(rate.name.get(lang.code))}&nbsp;</span>"
            )
            parts.append(
                f"<p><b>{_esc(present.term(judgement.term))}</b> · {chip} · "
                f"{_esc(present.track(judgement.track))} · "
                f"<span style='color:#5b6470'>{_esc(lang.date(judgement.judged_on))}</span><br>"
                f"{_esc(judgement.rationale)}</p>"
            )
        if priority.earlier:
            earlier_title = self.tr("Earlier years (carried forward)")
            parts.append(f"<p style='margin-bottom:0'><b>{_esc(earlier_title)}</b></p>")
        for past in reversed(priority.earlier):
            parts.append(
                f"<p><b>{_esc(present.past_judgement(past))}</b> · "
                f"<span style='color:#5b6470'>"
                f"{_esc(lang.date(past.judgement.judged_on))}</span><br>"
                f"{_esc(past.judgement.rationale)}</p>"
            )
        self.history.setText("".join(parts))

    def _approval_text(self, priority: Priority) -> str:
        """Where the priority stands with the local authority, in words."""
        lang = self._services.language
        state = priority.la_approval
        when = lang.date(priority.la_approved_on) if priority.la_approved_on else ""
        who = priority.la_approved_by or ""
        if state == "approved":
            return self.tr("Approved by the LA {0} {1}").format(when, who).strip()
        if state == "not_approved":
            return self.tr("Not approved by the LA {0} {1}").format(when, who).strip()
        if state == "sent":
            return self.tr("Sent to the LA for approval")
        return self.tr("Not yet sent to the LA for approval")

    def carry_current_priority(self) -> None:
        """Carry the chosen priority into the next year, then show it there."""
        priority = self.current_priority()
        if priority is None or priority.continued_by is not None:
            return
        school_id = priority.school_id
        year = priorities.next_year(priority.academic_year)

        def shown(new_id: object) -> None:
            self._select_next = str(new_id)
            self.show_school(school_id, year)

        self._services.runner.submit(
            lambda store: priorities.carry_forward(store, priority.id), shown
        )

    def _fill_visits(self, log: SchoolLog) -> None:
        present = self._services.present
        lang = self._services.language
        keep = selected_id(self.visits)
        table = self.visits
        modes = begin_fill(table)
        table.setRowCount(len(log.visits))
        for row, visit in enumerate(log.visits):
            table.setItem(
                row,
                0,
                id_item(
                    lang.date(visit.visit_date, long=False), visit.id, lang.date(visit.visit_date)
                ),
            )
            table.setItem(row, 1, id_item(present.purpose(visit.purpose)))
            if visit.status == "final":
                status = self.tr("Final, corrected") if visit.corrected_at else self.tr("Final")
            else:
                status = self.tr("Draft")
            status_item = id_item(status)
            if visit.status != "final":
                status_item.setForeground(QColor("#8a4b00"))
            table.setItem(row, 2, status_item)
        end_fill(table, modes)
        table.resizeRowsToContents()
        select_id(table, keep)
        self.open_visit.setEnabled(bool(log.visits))
        set_empty(table, self.tr("No visits yet. Start one with “Start a visit”."))
        self._show_visit_summary()

    def _show_visit_summary(self) -> None:
        visit_id = selected_id(self.visits)
        visit = next((v for v in self.log.visits if v.id == visit_id), None) if self.log else None
        if visit is None:
            self.visit_summary.setText("")
            return
        lang = self._services.language
        present = self._services.present
        head = (
            f"<b>{_esc(lang.date(visit.visit_date))}</b> · {_esc(present.purpose(visit.purpose))}"
        )
        if visit.attendees:
            head += (
                "<br><span style='color:#5b6470'>"
                + _esc(self.tr("With {0}").format(", ".join(visit.attendees)))
                + "</span>"
            )
        body = (
            _esc(visit.summary)
            if visit.summary.strip()
            else (
                "<span style='color:#5b6470'>"
                + _esc(self.tr("No summary written yet."))
                + "</span>"
            )
        )
        self.visit_summary.setText(f"{head}<p>{body}</p>")

    def _fill_actions(self, log: SchoolLog) -> None:
        lang = self._services.language
        keep = selected_id(self.actions_table)
        table = self.actions_table
        modes = begin_fill(table)
        table.setRowCount(len(log.open_actions))
        today = self._services.today().isoformat()
        for row, action in enumerate(log.open_actions):
            table.setItem(row, 0, id_item(action.description, action.id))
            table.setItem(row, 1, id_item(action.owner))
            due = id_item(lang.date(action.due_on, long=False) if action.due_on else "")
            if action.due_on and action.due_on < today:
                due.setForeground(QColor("#b3261e"))
                due.setToolTip(self.tr("Overdue"))
            table.setItem(row, 2, due)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        end_fill(table, modes)
        table.resizeRowsToContents()
        select_id(table, keep)
        self.action_done.setEnabled(bool(log.open_actions))
        set_empty(table, self.tr("No open actions."))

    def _fill_support(self, log: SchoolLog) -> None:
        present = self._services.present
        lang = self._services.language
        keep = selected_id(self.support)
        table = self.support
        modes = begin_fill(table)
        table.setRowCount(len(log.support))
        for row, item in enumerate(log.support):
            provider = present.provider(item.provider_kind)
            if item.provider_name:
                provider = f"{provider}: {item.provider_name}"
            what = item.description
            if item.impact:
                what = self.tr("{0}\nImpact: {1}", "support and its impact").format(
                    what, item.impact
                )
            table.setItem(row, 0, id_item(provider, item.id))
            table.setItem(row, 1, id_item(what))
            table.setItem(row, 2, id_item(lang.number(item.days)))
            table.setItem(row, 3, id_item(present.support_status(item.status)))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        end_fill(table, modes)
        table.resizeRowsToContents()
        select_id(table, keep)
        self.edit_support.setEnabled(bool(log.support))
        set_empty(table, self.tr("No support recorded for {0}.").format(log.academic_year))
        self._support_note(log.support)

    def _support_note(self, support: tuple[Support, ...]) -> None:
        lang = self._services.language
        total = sum(s.days for s in support if s.status != "cancelled")
        used = workspace.support_days_used(support)
        self.support_summary.setText(
            self.tr(
                "{0} days agreed, under way or complete; {1} days in all, including requests."
            ).format(lang.number(used), lang.number(total))
        )

    def _fill_practice(self, log: SchoolLog) -> None:
        present = self._services.present
        keep = selected_id(self.practice)
        table = self.practice
        modes = begin_fill(table)
        table.setRowCount(len(log.practice))
        for row, item in enumerate(log.practice):
            text = item.title if not item.description else f"{item.title}\n{item.description}"
            table.setItem(row, 0, id_item(text, item.id))
            table.setItem(row, 1, id_item(present.area(item.reform_area)))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        end_fill(table, modes)
        table.resizeRowsToContents()
        select_id(table, keep)
        self.edit_practice.setEnabled(bool(log.practice))
        set_empty(
            table, self.tr("Nothing recorded yet. Note strengths other schools could learn from.")
        )

    def _fill_decisions(self, log: SchoolLog) -> None:
        present = self._services.present
        lang = self._services.language
        table = self.decisions
        modes = begin_fill(table)
        table.setRowCount(len(log.decisions))
        for row, decision in enumerate(log.decisions):
            table.setItem(row, 0, id_item(lang.date(decision.decided_on, long=False), decision.id))
            table.setItem(
                row,
                1,
                id_item(
                    self.tr("{0} → {1}").format(
                        present.support_level(decision.from_level),
                        present.support_level(decision.to_level),
                    )
                ),
            )
            table.setItem(row, 2, id_item(decision.reason))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        end_fill(table, modes)
        table.resizeRowsToContents()
        set_empty(table, self.tr("The school's support level has not been changed."))
        if log.categorisations:
            forms = self._services.forms
            items = ", ".join(
                f"{c.year}: {forms.category_colour(c.colour).name.get(lang.code)}"
                for c in log.categorisations
            )
            self.categories.setText(
                self.tr("National categorisation (until 2020): {0}").format(items)
            )
        else:
            self.categories.setText("")

    # --- user actions -----------------------------------------------------------------

    def _year_chosen(self) -> None:
        year = self.year_box.currentData()
        if year and year != self.year:
            self.year = year
            self.refresh()

    def add_new_priority(self) -> None:
        if self.log is None:
            return
        dialog = PriorityDialog(self._services, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        school_id, year = self.log.school.id, self.log.academic_year
        self._services.runner.submit(
            lambda store: priorities.add_priority(
                store,
                school_id,
                year,
                values.title,
                reform_area=values.reform_area,
                sdp_reference=values.sdp_reference,
                description=values.description,
                success_criteria=values.success_criteria,
                risks=values.risks,
            )
        )

    def edit_current_priority(self) -> None:
        priority = self.current_priority()
        if priority is None:
            return
        dialog = PriorityDialog(self._services, self, priority)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self._services.runner.submit(
            lambda store: priorities.update_priority(
                store,
                priority.id,
                title=v.title,
                reform_area=v.reform_area,
                sdp_reference=v.sdp_reference,
                description=v.description,
                status=v.status,
                success_criteria=v.success_criteria,
                risks=v.risks,
                la_approval=v.la_approval,
                la_approved_on=v.la_approved_on,
                la_approved_by=v.la_approved_by,
            )
        )

    def record_judgement(self, *, dialog_hook: Any = None) -> None:
        if self.read_only_until is not None:
            return
        priority = self.current_priority()
        if priority is None:
            return
        dialog = JudgementDialog(self._services, priority, self)
        if dialog_hook is not None:
            dialog_hook(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self._services.runner.submit(
            lambda store: priorities.judge_priority(
                store,
                priority.id,
                v.term,
                track=v.track,
                rate=v.rate,
                rationale=v.rationale,
                judged_on=v.judged_on,
                judged_by=people.me(store),
            )
        )

    def change_support_level(self) -> None:
        if self.log is None:
            return
        school = self.log.school
        dialog = SupportLevelDialog(self._services, school.name, school.support_level, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        to_level, reason, decided_on = dialog.values()
        agreed_by, raised_by = dialog.parties()
        self._services.runner.submit(
            lambda store: schools.set_support_level(
                store,
                school.id,
                to_level,
                reason,
                decided_on=decided_on,
                decided_by=people.me(store),
                agreed_by=agreed_by,
                raised_by=raised_by,
            )
        )

    def start_new_visit(self) -> None:
        if self.log is None:
            return
        log = self.log
        current = log if log.academic_year == self._services.academic_year else None
        school_id, year = log.school.id, self._services.academic_year

        def begin(year_priorities: list[Priority]) -> None:
            dialog = StartVisitDialog(self._services, log.school.name, tuple(year_priorities), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            v = dialog.values()
            self._services.runner.submit(
                lambda store: visits.start_visit(
                    store,
                    school_id,
                    v.visit_date,
                    v.purpose,
                    attendees=v.attendees,
                    aspects=v.aspects,
                    person_id=people.me(store),
                    days=v.days,
                ),
                self.visit_chosen.emit,
            )

        if current is not None:
            begin(list(current.priorities))
        else:
            self._services.runner.submit(
                lambda store: priorities.priorities_of(store, school_id, year), begin
            )

    def _open_current_visit(self) -> None:
        visit_id = selected_id(self.visits)
        if visit_id:
            self.visit_chosen.emit(visit_id)

    def add_new_action(self) -> None:
        if self.log is None:
            return
        planned = [v.next_visit_date for v in self.log.visits if v.next_visit_date]
        dialog = ActionDialog(self._services, self, next_visit=max(planned, default=None))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        school_id = self.log.school.id
        self._services.runner.submit(
            lambda store: visits.add_action(
                store, school_id, v.description, owner=v.owner, due_on=v.due_on
            )
        )

    def mark_action_done(self) -> None:
        action_id = selected_id(self.actions_table)
        if action_id:
            self._services.runner.submit(
                lambda store: visits.set_action_status(store, action_id, "done")
            )

    def edit_support_item(self, support_id: str | None) -> None:
        if self.read_only_until is not None:
            return
        if self.log is None:
            return
        log = self.log
        school_id = log.school.id
        self._services.runner.submit(
            lambda store: tuple(reporting.practice_elsewhere(store, school_id)),
            lambda practice: self._edit_support(log, support_id, practice),
        )

    def _edit_support(
        self, log: SchoolLog, support_id: str | None, practice: tuple[PracticeElsewhere, ...]
    ) -> None:
        existing = next((s for s in log.support if s.id == support_id), None)
        dialog = SupportDialog(self._services, log.priorities, self, existing, practice)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        if existing is None:
            school_id, year = log.school.id, log.academic_year
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
                    status=v.status,
                )
            )
        else:
            self._services.runner.submit(
                lambda store: workspace.update_support(
                    store,
                    existing.id,
                    provider_kind=v.provider_kind,
                    provider_name=v.provider_name,
                    description=v.description,
                    days=v.days,
                    status=v.status,
                    impact=v.impact,
                    priority_id=v.priority_id,
                )
            )

    def edit_practice_item(self, practice_id: str | None) -> None:
        if self.read_only_until is not None:
            return
        if self.log is None:
            return
        existing = next((p for p in self.log.practice if p.id == practice_id), None)
        dialog = PracticeDialog(self._services, self, existing)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title, area, description = dialog.values()
        school_id = self.log.school.id
        if existing is None:
            self._services.runner.submit(
                lambda store: visits.add_practice(
                    store, school_id, title, description=description, reform_area=area
                )
            )
        else:
            self._services.runner.submit(
                lambda store: workspace.update_practice(
                    store, existing.id, title=title, description=description, reform_area=area
                )
            )

    def show_tab(self, name: str, row_id: str | None = None) -> None:
        """Bring a tab to the front ("actions", "support", "practice", "decisions")."""
        tabs = {
            "actions": (self.actions_tab, self.actions_table),
            "support": (self.support_tab, self.support),
            "practice": (self.practice_tab, self.practice),
            "decisions": (self.decisions_tab, self.decisions),
        }
        if name in tabs:
            tab, table = tabs[name]
            self.tabs.setCurrentWidget(tab)
            if row_id:
                select_id(table, row_id)

    # --- state and language -----------------------------------------------------------

    def title(self) -> str:
        return self.log.school.name if self.log else ""

    def _side_by_side_width(self) -> int:
        panes = sum(pane.minimumSizeHint().width() for pane in self._panes)
        margins = self._body_layout.contentsMargins()
        return panes + self.splitter.handleWidth() + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the priorities above the tabs (on a narrow screen they stack), and
        short: the page scrolls."""
        widest = max(w.minimumSizeHint().width() for w in (*self._panes, self._header))
        margins = self._body_layout.contentsMargins()
        return QSize(widest + margins.left() + margins.right(), 240)

    def _fit_panes(self, width: int) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if width >= self._side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_panes(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new words: maybe wider panes
            self._fit_panes(self.width())
        return super().event(event)

    def _restore_splitters(self) -> None:
        prefs = self._services.prefs
        for key, splitter in (
            ("school/splitter", self.splitter),
            ("school/left", self._left_splitter),
        ):
            state = prefs.state(key)
            if state is not None:
                splitter.restoreState(state)
        if prefs.state("school/splitter") is None:
            self.splitter.setSizes([620, 420])

    def save_state(self) -> None:
        prefs = self._services.prefs
        prefs.set_state("school/splitter", self.splitter.saveState())
        prefs.set_state("school/left", self._left_splitter.saveState())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.log is not None:
            self._fill_read_only()
        self.change_level.setText(self.tr("Change…"))
        self.change_level.setToolTip(self.tr("Move the school between core and enhanced support"))
        self.change_level.setAccessibleName(self.tr("Change support level"))
        self.edit_details.setText(self.tr("School details…"))
        self.edit_details.setToolTip(
            self.tr("Headteacher, contacts, memberships and the language of its reports")
        )
        self.year_summary.setText(self.tr("Summary for governors…"))
        self.year_summary.setToolTip(
            self.tr("Your summary of the school's year, printed in the report to governors")
        )
        self.agreed_days.setText(self.tr("Days agreed…"))
        self.agreed_days.setToolTip(
            self.tr("The days of your time agreed with the school this year beyond the minimum")
        )
        self.start_visit.setText(self.tr("Start a visit"))
        self.start_visit.setToolTip(self.tr("Start a visit to this school (Ctrl+N)"))
        self.year_label.setText(self.tr("Academic &year"))
        self.year_box.setAccessibleName(self.tr("Academic year"))
        self.add_priority.setText(self.tr("Add priority"))
        self.add_priority.setToolTip(self.tr("Add a priority for this year (Ctrl+Shift+P)"))
        self.edit_priority.setText(self.tr("Edit"))
        self.edit_priority.setAccessibleName(self.tr("Edit priority"))
        self.judge.setText(self.tr("Record judgement…"))
        self.judge.setToolTip(
            self.tr("Record this term's judgement of the chosen priority (Ctrl+J)")
        )
        self.priorities.setHorizontalHeaderLabels(
            [self.tr("Priority")] + [self._services.present.term(t) for t in TERMS]
        )
        self.priorities.setAccessibleName(self.tr("Priorities and their judgements"))
        self.visits.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Purpose"), self.tr("Status")]
        )
        self.visits.setAccessibleName(self.tr("Visits, newest first"))
        self.open_visit.setText(self.tr("Open visit"))
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Who"), self.tr("Due")]
        )
        self.actions_table.setAccessibleName(self.tr("Open actions"))
        self.add_action.setText(self.tr("Add action"))
        self.action_done.setText(self.tr("Mark done"))
        self.support.setHorizontalHeaderLabels(
            [self.tr("Provider"), self.tr("Support and impact"), self.tr("Days"), self.tr("Status")]
        )
        self.support.setAccessibleName(self.tr("Support this year"))
        self.add_support.setText(self.tr("Request support"))
        self.edit_support.setText(self.tr("Edit"))
        self.edit_support.setAccessibleName(self.tr("Edit support"))
        self.practice.setHorizontalHeaderLabels([self.tr("Practice"), self.tr("Reform area")])
        self.practice.setAccessibleName(self.tr("Practice worth sharing"))
        self.add_practice.setText(self.tr("Add practice"))
        self.edit_practice.setText(self.tr("Edit"))
        self.edit_practice.setAccessibleName(self.tr("Edit practice"))
        self.decisions.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Change"), self.tr("Reason")]
        )
        self.decisions.setAccessibleName(self.tr("Core and enhanced decisions"))
        self._show_carry(self.current_priority())
        self._fill()
        self.retranslate_counts()

    def retranslate_counts(self) -> None:
        log = self.log
        year = log.academic_year if log else self.year
        self.priorities_title.setText(self.tr("Priorities {0}").format(year))
        n_actions = len(log.open_actions) if log else 0
        n_support = len(log.support) if log else 0
        n_practice = len(log.practice) if log else 0
        n_visits = len(log.visits) if log else 0
        self.tabs.setTabText(0, self.tr("Visits ({0})").format(n_visits))
        self.tabs.setTabText(1, self.tr("Actions ({0})").format(n_actions))
        self.tabs.setTabText(2, self.tr("Support ({0})").format(n_support))
        self.tabs.setTabText(3, self.tr("Practice ({0})").format(n_practice))
        self.tabs.setTabText(4, self.tr("Support level"))
        self.tabs.setTabToolTip(1, self.tr("Open actions agreed with the school"))
        self.tabs.setTabToolTip(3, self.tr("Practice worth sharing"))
        self.tabs.setTabToolTip(4, self.tr("Core or enhanced support: the decisions and reasons"))
        self.tabs.setTabText(5, self.tr("Key tasks"))
        self.tabs.setTabToolTip(5, self.tr("This term's key tasks: done by a visit or ticked"))


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
