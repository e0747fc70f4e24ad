"""The list of the judgements one partner or one local authority gave in a year, opened
from the consistency page: sortable, each judgement opening the evidence behind it
(:class:`~desktop.ui.desk.judgement_evidence_dialog.JudgementEvidenceDialog`)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.store.judgement_evidence import JudgementRow, judgements_of_year
from desktop.ui.common.context import Services
from desktop.ui.common.school_cells import SECOND_LINE_ROLE, SchoolDelegate
from desktop.ui.common.style import scaled_font
from desktop.ui.common.tables import (
    SORT_ROLE,
    RowsModel,
    SortFilterProxy,
)
from desktop.ui.common.widgets import (
    muted,
    primary_button,
    set_empty,
)
from desktop.ui.desk.consistency_cells import (
    CHIP_ROLE,
    WATCHED_TABLES,
    ChipDelegate,
    desk_table,
    two_line_height,
)


class ListCol(IntEnum):
    SCHOOL = 0
    PRIORITY = 1
    JUDGEMENT = 2
    RECORDED = 3


class JudgementListModel(RowsModel):
    """Judgements of the year, one per row, with their term and rate."""

    COLUMNS = len(ListCol)
    rows: Sequence[JudgementRow]

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ListCol.SCHOOL: self.tr("School"),
            ListCol.PRIORITY: self.tr("Priority"),
            ListCol.JUDGEMENT: self.tr("Judgement"),
            ListCol.RECORDED: self.tr("Recorded"),
        }[ListCol(section)]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        school = item.school
        judgement = item.judgement
        present = self._services.present
        column = ListCol(index.column())
        if column == ListCol.SCHOOL:
            second = " · ".join(
                p for p in (school.la_name, item.holder.name if item.holder else "") if p
            )
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return school.name
            if role == SECOND_LINE_ROLE:
                return second
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{school.name}\n{second}"
        elif column == ListCol.PRIORITY:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
                return item.title
        elif column == ListCol.JUDGEMENT:
            chip = present.judgement_chip(judgement)
            term = present.term(judgement.term)
            if role == CHIP_ROLE:
                return chip
            if role == SECOND_LINE_ROLE:
                return term
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{term}: {chip.text}"
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{term}: {chip.accessible}"
            if role == SORT_ROLE:
                return (self._services.forms.rate(judgement.rate).rank, judgement.term)
        elif column == ListCol.RECORDED:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._services.language.date(judgement.judged_on, long=False)
            if role == SORT_ROLE:
                return judgement.judged_on
        return None


class JudgementListDialog(QDialog):
    """The judgements behind one distribution row, filterable by rate and term.

    Emits ``evidence_requested(priority id, term)`` and ``open_school_requested(school id)``.
    """

    evidence_requested = Signal(str, str)
    open_school_requested = Signal(str)
    judgements_did_load = Signal()

    def __init__(
        self,
        services: Services,
        kind: str,
        key: str,
        label: str,
        rate: str = "",
        parent: QWidget | None = None,
        academic_year: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._year = academic_year or services.academic_year
        self.kind = kind
        self.key = key
        self.label = label
        self.loaded = False
        self.model = JudgementListModel(services, self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.accepts = self._accepts
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 1.2, bold=True))
        self.heading.setWordWrap(True)
        self.count = muted()
        self.rate = QComboBox()
        self.term = QComboBox()
        for combo in (self.rate, self.term):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._wanted_rate = rate
        self.table = desk_table("judgementList")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ListCol.SCHOOL, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(ListCol.SCHOOL, SchoolDelegate(self.table))
        self.table.setItemDelegateForColumn(ListCol.JUDGEMENT, ChipDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(two_line_height(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ListCol.PRIORITY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ListCol.SCHOOL, 240)
        self.evidence_button = primary_button()
        self.open_school = QPushButton()
        self.close_button = QPushButton()
        for button in (self.evidence_button, self.open_school):
            button.setEnabled(False)
        box = QDialogButtonBox()
        box.addButton(self.evidence_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.open_school, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(self.rate)
        filters.addWidget(self.term)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.resize(980, 600)

        self.rate.currentIndexChanged.connect(lambda _: self._refilter())
        self.term.currentIndexChanged.connect(lambda _: self._refilter())
        self.table.activated.connect(self._read)
        self.table.doubleClicked.connect(self._read)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.evidence_button.clicked.connect(lambda: self._read(self.table.currentIndex()))
        self.open_school.clicked.connect(self._open_school)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        year = self._year
        if self.kind == "ip":
            key = self.key
            self._services.runner.submit(
                lambda store: judgements_of_year(store, year, ip_key=key), self._show
            )
        else:
            code = self.key
            self._services.runner.submit(
                lambda store: judgements_of_year(store, year, la_code=code), self._show
            )

    def _store_changed(self, tables: frozenset[str]) -> None:
        if isValid(self) and tables & WATCHED_TABLES:
            self.reload()

    def _show(self, rows: tuple[JudgementRow, ...]) -> None:
        if not isValid(self):
            return
        self.model.set_rows(rows)
        self.loaded = True
        self._update_count()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.judgements_did_load.emit()

    def _accepts(self, source_row: int) -> bool:
        judgement = self.model.rows[source_row].judgement
        rate = self.rate.currentData()
        term = self.term.currentData()
        return (not rate or judgement.rate == rate) and (not term or judgement.term == term)

    def _refilter(self) -> None:
        self.proxy.refilter()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 judgement") if total == 1 else self.tr("{0} judgements").format(total)
        else:
            text = self.tr("{0} of {1} judgements shown").format(shown, total)
        self.count.setText(text)
        set_empty(self.table, self.tr("No judgement matches. Choose another rate or term."))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.evidence_button.setEnabled(current.isValid())
        self.open_school.setEnabled(current.isValid())

    def _row(self, index: QModelIndex | QPersistentModelIndex) -> JudgementRow | None:
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row()]

    def _read(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = self._row(index)
        if row is not None:
            self.evidence_requested.emit(row.priority_id, row.judgement.term)

    def _open_school(self) -> None:
        row = self._row(self.table.currentIndex())
        if row is not None:
            self.open_school_requested.emit(row.school.id)

    def _refill(self) -> None:
        present = self._services.present
        chosen_rate = self.rate.currentData() if self.rate.count() else self._wanted_rate
        chosen_term = self.term.currentData() if self.term.count() else ""
        for combo, everything, items, chosen in (
            (
                self.rate,
                self.tr("Every rate of progress"),
                [(present.rate(r.key), r.key) for r in self._services.forms.rates],
                chosen_rate,
            ),
            (
                self.term,
                self.tr("Every term"),
                [(present.term(t), t) for t in ("autumn", "spring", "summer")],
                chosen_term,
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self.proxy.refilter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.kind == "la":
            heading = self.tr("Judgements of schools in {0}").format(self.label)
        elif self.key:
            heading = self.tr("Judgements in the caseload of {0}").format(self.label)
        else:
            heading = self.tr("Judgements of schools not allocated this year")
        self.setWindowTitle(heading)
        self.heading.setText(f"{heading} · {self._year}")
        self.rate.setAccessibleName(self.tr("Filter by rate of progress"))
        self.term.setAccessibleName(self.tr("Filter by term"))
        self.table.setAccessibleName(heading)
        self.evidence_button.setText(self.tr("Read the evidence…"))
        self.evidence_button.setToolTip(
            self.tr("Read the judgement, its rationale and the evidence of that term's visits")
        )
        self.open_school.setText(self.tr("Open school"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._refill()
        self._fit_columns()
        if self.loaded:
            self._update_count()

    def _fit_columns(self) -> None:
        """Widen the short columns so their headings fit in the current language."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        heading = QFontMetrics(bold)
        header = self.table.horizontalHeader()
        for column, least in ((ListCol.JUDGEMENT, 230), (ListCol.RECORDED, 120)):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(least, heading.horizontalAdvance(text) + 30))
