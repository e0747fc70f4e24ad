"""The PIP desk's "consistency of judgements" page.

Side by side, the distribution of the four rates of progress per improvement partner and per
local authority: one horizontal stacked bar per row in the scale's colours, every part with
its count written on it and a legend naming the rates (never colour alone); percentages in
the tooltip and the accessible text. Below, the judgements that moved two or more steps
between consecutive terms, with the change in words ("3 steps worse").

Drilling in: a distribution row (or one coloured part of its bar) opens the list of the
judgements it counts; a move, or any judgement of that list, opens the evidence behind it
(:class:`~desktop.ui.desk.judgement_evidence_dialog.JudgementEvidenceDialog`).

Guarantees:
- Every read runs on the store thread (``team.judgement_consistency``,
  ``judgement_evidence.judgements_of_year``); the page reloads when a table it shows changes.
- Switching language retranslates the page and its open dialogs at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.store import team
from desktop.store.models import Judgement
from desktop.store.store import Store
from desktop.store.team import Consistency, Holder, JudgementMove, RateDistribution
from desktop.ui.common.context import Services
from desktop.ui.common.present import ChipSpec
from desktop.ui.common.school_cells import SECOND_LINE_ROLE, SchoolDelegate
from desktop.ui.common.style import scaled_font
from desktop.ui.common.tables import (
    SORT_ROLE,
    RowsModel,
    SortFilterProxy,
)
from desktop.ui.common.widgets import (
    Card,
    Chip,
    muted,
    primary_button,
    scrolling,
    section_title,
    set_empty,
)
from desktop.ui.desk.consistency_cells import (
    CHIP_ROLE,
    COUNTS_ROLE,
    KEY_ROLE,
    WATCHED_TABLES,
    BarDelegate,
    ChipDelegate,
    desk_table,
    two_line_height,
)
from desktop.ui.desk.judgement_evidence_dialog import JudgementEvidenceDialog
from desktop.ui.desk.judgement_list import JudgementListDialog
from desktop.ui.desk.page import DeskPage

_BETTER = "#1b5e20"
_WORSE = "#8e1b1b"


# --- the distributions -------------------------------------------------------------------


class DistCol(IntEnum):
    NAME = 0
    BAR = 1
    TOTAL = 2


class DistributionModel(RowsModel):
    """Rows of rate counts for partners (``kind`` "ip") or local authorities ("la")."""

    COLUMNS = len(DistCol)
    rows: Sequence[RateDistribution]

    def __init__(self, services: Services, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.kind = kind

    def label(self, row: RateDistribution) -> str:
        """The row's name; schools held by nobody get words of their own."""
        if row.label:
            return row.label
        return self.tr("Schools not allocated this year")

    def describe(self, row: RateDistribution) -> str:
        """The row in words: the total and every rate's count and share."""
        present = self._services.present
        total = row.total
        head = (
            self.tr("{0}: 1 judgement").format(self.label(row))
            if total == 1
            else self.tr("{0}: {1} judgements").format(self.label(row), total)
        )
        parts = [
            self.tr("{0}: {1} ({2}%)").format(
                present.rate(rate), count, round(100 * count / total) if total else 0
            )
            for rate, count in row.counts
        ]
        return "\n".join([head, *parts])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DistCol.NAME: self.tr("Improvement partner")
            if self.kind == "ip"
            else self.tr("Local authority"),
            DistCol.BAR: self.tr("Judgements by rate of progress"),
            DistCol.TOTAL: self.tr("Total"),
        }[DistCol(section)]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = DistCol(index.column())
        if role == KEY_ROLE:
            return row.key
        if role == COUNTS_ROLE:
            return row.counts
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row)
        if column == DistCol.NAME and role == Qt.ItemDataRole.DisplayRole:
            return self.label(row)
        if column == DistCol.BAR and role == Qt.ItemDataRole.DisplayRole:
            return "" if row.total else self.tr("No judgements yet")
        if column == DistCol.TOTAL:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._services.language.number(row.total)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DistributionPanel(Card):
    """One side of the comparison: a heading, the bars, and the way into the judgements."""

    judgements_requested = Signal(str, str, str)  # key, label, rate ("" for every rate)

    def __init__(self, services: Services, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, margins=10)
        self.kind = kind
        self.heading = section_title()
        self.model = DistributionModel(services, kind, self)
        self.table = desk_table(f"{kind}Distribution")
        self.table.setModel(self.model)
        self.bars = BarDelegate(services.forms, self.table)
        self.table.setItemDelegateForColumn(DistCol.BAR, self.bars)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DistCol.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DistCol.BAR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DistCol.TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 16)
        self.show_button = QPushButton()
        self.show_button.setEnabled(False)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_button)
        self.body.addLayout(row)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(lambda index: self._request(index, ""))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.show_button.setEnabled(current.isValid())
        )
        self.show_button.clicked.connect(lambda: self._request(self.table.currentIndex(), ""))
        self._fit_height()

    def set_rows(self, rows: tuple[RateDistribution, ...]) -> None:
        current = self.table.currentIndex()
        key = current.data(KEY_ROLE) if current.isValid() else None
        self.model.set_rows(rows)
        self._fit_name_column()
        self._fit_height()
        for row, item in enumerate(rows):
            if item.key == key:
                self.table.selectRow(row)
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.show_button.setEnabled(self.table.currentIndex().isValid())
        self._empty()

    def _empty(self) -> None:
        set_empty(self.table, self.tr("No judgements are recorded this year yet."))

    def _fit_height(self) -> None:
        """Tall enough for every row (three at least, six at most, then it scrolls), so the
        moves below keep their room at 1366×768."""
        rows = max(3, min(6, self.model.rowCount()))
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)

    def _fit_name_column(self) -> None:
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        heading = QFontMetrics(bold).horizontalAdvance(
            str(self.model.headerData(DistCol.NAME, Qt.Orientation.Horizontal))
        )
        widest = max(
            [metrics.horizontalAdvance(self.model.label(r)) for r in self.model.rows] + [heading]
        )
        self.table.horizontalHeader().resizeSection(DistCol.NAME, min(widest + 28, 240))

    def _request(self, index: QModelIndex | QPersistentModelIndex, rate: str) -> None:
        if not index.isValid():
            return
        row = self.model.rows[index.row()]
        self.judgements_requested.emit(row.key, self.model.label(row), rate)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.MouseButtonDblClick:
            assert isinstance(event, QMouseEvent)
            point = event.position().toPoint()
            index = self.table.indexAt(point)
            if index.isValid():
                rate = ""
                if index.column() == DistCol.BAR:
                    rate = (
                        self.bars.segment_at(
                            self.table.visualRect(index), index.data(COUNTS_ROLE), point.x()
                        )
                        or ""
                    )
                self.table.selectRow(index.row())
                self._request(index, rate)
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        if self.kind == "ip":
            self.heading.setText(self.tr("By improvement partner"))
            self.table.setAccessibleName(self.tr("Judgements by improvement partner"))
        else:
            self.heading.setText(self.tr("By local authority"))
            self.table.setAccessibleName(self.tr("Judgements by local authority"))
        self.show_button.setText(self.tr("Show the judgements…"))
        self.show_button.setToolTip(
            self.tr(
                "List the judgements of the chosen row. Double-click a coloured part of a bar "
                "to list only the judgements of that rate."
            )
        )
        self.model.retranslate()
        self._fit_name_column()
        self._empty()


# --- moves of two or more steps ----------------------------------------------------------


class MoveCol(IntEnum):
    SCHOOL = 0
    PRIORITY = 1
    FROM = 2
    TO = 3
    CHANGE = 4


class MovesModel(RowsModel):
    """The judgements that moved two or more steps, with who holds each school."""

    COLUMNS = len(MoveCol)
    rows: Sequence[JudgementMove]

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.holders: dict[str, Holder] = {}

    @property
    def moves(self) -> Sequence[JudgementMove]:
        return self.rows

    def set_moves(self, moves: tuple[JudgementMove, ...], holders: dict[str, Holder]) -> None:
        self.holders = holders
        self.set_rows(moves)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            MoveCol.SCHOOL: self.tr("School"),
            MoveCol.PRIORITY: self.tr("Priority"),
            MoveCol.FROM: self.tr("Earlier judgement"),
            MoveCol.TO: self.tr("Later judgement"),
            MoveCol.CHANGE: self.tr("Change"),
        }[MoveCol(section)]

    def steps_in_words(self, steps: int) -> str:
        """A change of rate in words: "2 steps better", "3 steps worse"."""
        better = steps > 0
        size = abs(steps)
        if size == 2:
            return self.tr("2 steps better") if better else self.tr("2 steps worse")
        if size == 3:
            return self.tr("3 steps better") if better else self.tr("3 steps worse")
        if better:
            return self.tr("{0} steps better").format(size)
        return self.tr("{0} steps worse").format(size)

    def _judgement(self, judgement: Judgement, role: int, title: str) -> Any:
        present = self._services.present
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
            return (judgement.term, self._services.forms.rate(judgement.rate).rank, title)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        move = self.moves[index.row()]
        school = move.school
        column = MoveCol(index.column())
        if column == MoveCol.SCHOOL:
            holder = self.holders.get(school.id)
            second = " · ".join(p for p in (school.la_name, holder.name if holder else "") if p)
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return school.name
            if role == SECOND_LINE_ROLE:
                return second
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{school.name}\n{second}"
        elif column == MoveCol.PRIORITY:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
                return move.title
        elif column == MoveCol.FROM:
            return self._judgement(move.from_judgement, role, move.title)
        elif column == MoveCol.TO:
            return self._judgement(move.to_judgement, role, move.title)
        elif column == MoveCol.CHANGE:
            if role in (
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                return self.steps_in_words(move.steps)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{'▲' if move.steps > 0 else '▼'} {self.steps_in_words(move.steps)}"
            if role == SORT_ROLE:
                return (move.steps, school.name)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(_BETTER if move.steps > 0 else _WORSE)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


# --- the page ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    consistency: Consistency
    holders: dict[str, Holder]


def _read(year: str) -> Callable[[Store], _Loaded]:
    def op(store: Store) -> _Loaded:
        return _Loaded(team.judgement_consistency(store, year), team.holders(store, year))

    return op


class ConsistencyPage(DeskPage):
    """Consistency of judgements across the team's partners and local authorities.

    Emits ``open_school_requested(school id)`` when the user asks to open a school."""

    consistency_did_load = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.loaded = False
        self.consistency: Consistency | None = None
        self.dialogs: list[QDialog] = []

        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 1.4, bold=True))
        self.subtitle = muted()
        self.legend_label = muted()
        self.legend_label.setWordWrap(False)
        self.legend: list[Chip] = []
        legend_row = QHBoxLayout()
        legend_row.setSpacing(6)
        legend_row.addWidget(self.legend_label)
        for _rate in services.forms.rates:
            chip = Chip()
            self.legend.append(chip)
            legend_row.addWidget(chip)
        legend_row.addStretch(1)

        self.by_ip = DistributionPanel(services, "ip")
        self.by_la = DistributionPanel(services, "la")
        panels = QHBoxLayout()
        panels.setSpacing(12)
        panels.addWidget(self.by_ip, 1)
        panels.addWidget(self.by_la, 1)

        self.moves_title = section_title()
        self.moves_note = muted()
        self.moves = MovesModel(services, self)
        self.moves_proxy = SortFilterProxy(self)
        self.moves_proxy.setSourceModel(self.moves)
        self.moves_table = desk_table("movesTable")
        self.moves_table.setModel(self.moves_proxy)
        self.moves_table.setSortingEnabled(True)
        self.moves_table.sortByColumn(MoveCol.CHANGE, Qt.SortOrder.AscendingOrder)
        self.moves_table.setItemDelegateForColumn(MoveCol.SCHOOL, SchoolDelegate(self.moves_table))
        chips = ChipDelegate(self.moves_table)
        self.moves_table.setItemDelegateForColumn(MoveCol.FROM, chips)
        self.moves_table.setItemDelegateForColumn(MoveCol.TO, chips)
        self.moves_table.verticalHeader().setDefaultSectionSize(two_line_height(self.moves_table))
        header = self.moves_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MoveCol.PRIORITY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(MoveCol.SCHOOL, 250)
        header.resizeSection(MoveCol.FROM, 230)
        header.resizeSection(MoveCol.TO, 230)
        header.resizeSection(MoveCol.CHANGE, 150)
        self.read_button = primary_button()
        self.open_button = QPushButton()
        for button in (self.read_button, self.open_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.read_button)

        moves_card = Card(margins=10)
        moves_card.body.addWidget(self.moves_title)
        moves_card.body.addWidget(self.moves_note)
        moves_card.body.addWidget(self.moves_table, 1)
        moves_card.body.addLayout(buttons)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(legend_row)
        layout.addLayout(panels)
        layout.addWidget(moves_card, 1)
        outer = QVBoxLayout(self)  # a short screen scrolls the page rather than squeeze it
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

        for panel in (self.by_ip, self.by_la):
            panel.judgements_requested.connect(
                lambda key, label, rate, kind=panel.kind: self.show_judgements(
                    kind, key, label, rate
                )
            )
        self.moves_table.activated.connect(self._read_move)
        self.moves_table.doubleClicked.connect(self._read_move)
        self.moves_table.selectionModel().currentRowChanged.connect(self._move_changed)
        self.read_button.clicked.connect(lambda: self._read_move(self.moves_table.currentIndex()))
        self.open_button.clicked.connect(self._open_move_school)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()
        self.reload()

    # --- the page contract --------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Consistency")

    def reload(self) -> None:
        """Read the distributions and the moves again (on the store thread)."""
        self._services.runner.submit(_read(self.year()), self._show)

    # --- data ---------------------------------------------------------------------------

    def _store_changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED_TABLES:
            self.reload()

    def _show(self, loaded: _Loaded) -> None:
        if not isValid(self):
            return
        self.consistency = loaded.consistency
        self.by_ip.set_rows(loaded.consistency.by_ip)
        self.by_la.set_rows(loaded.consistency.by_la)
        current = self._current_move()
        self.moves.set_moves(loaded.consistency.moves, loaded.holders)
        self.loaded = True
        if current is not None:
            for row in range(self.moves_proxy.rowCount()):
                move = self._move_at(self.moves_proxy.index(row, 0))
                if move and (move.priority_id, move.steps) == (current.priority_id, current.steps):
                    self.moves_table.selectRow(row)
        self._move_changed(self.moves_table.currentIndex(), QModelIndex())
        self._update_texts()
        self.consistency_did_load.emit()

    def _update_texts(self) -> None:
        count = len(self.moves.moves)
        if not self.loaded:
            note = ""
        elif count == 0:
            note = self.tr(
                "Between consecutive terms of the same priority (autumn to spring, spring to "
                "summer)."
            )
        elif count == 1:
            note = self.tr(
                "1 judgement, between consecutive terms of the same priority. Double-click it "
                "to read the evidence."
            )
        else:
            note = self.tr(
                "{0} judgements, between consecutive terms of the same priority. Double-click "
                "one to read the evidence."
            ).format(count)
        self.moves_note.setText(note)
        set_empty(
            self.moves_table,
            self.tr("No judgement moved two or more steps between consecutive terms this year."),
        )

    # --- drilling in --------------------------------------------------------------------

    def _move_at(self, index: QModelIndex | QPersistentModelIndex) -> JudgementMove | None:
        if not index.isValid():
            return None
        source = self.moves_proxy.mapToSource(self.moves_proxy.index(index.row(), 0))
        return self.moves.moves[source.row()]

    def _current_move(self) -> JudgementMove | None:
        return self._move_at(self.moves_table.currentIndex())

    def _move_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.read_button.setEnabled(current.isValid())
        self.open_button.setEnabled(current.isValid())

    def _read_move(self, index: QModelIndex | QPersistentModelIndex) -> None:
        move = self._move_at(index)
        if move is not None:
            self.read_evidence(move.priority_id, move.to_judgement.term)

    def _open_move_school(self) -> None:
        move = self._current_move()
        if move is not None:
            self._open_school(move.school.id)

    def read_evidence(self, priority_id: str, term: str) -> JudgementEvidenceDialog:
        """Open the evidence behind the judgement of ``priority_id`` for ``term``."""
        parent = self.sender() if isinstance(self.sender(), QDialog) else self
        assert isinstance(parent, QWidget)
        dialog = JudgementEvidenceDialog(self._services, priority_id, term, self.year(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_school_requested.connect(self._open_school)
        self._keep(dialog)
        dialog.show()
        return dialog

    def show_judgements(
        self, kind: str, key: str, label: str, rate: str = ""
    ) -> JudgementListDialog:
        """Open the list of the judgements a distribution row counts (``kind`` "ip" or
        "la"), showing only ``rate`` when given."""
        dialog = JudgementListDialog(self._services, kind, key, label, rate, self, self.year())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.evidence_requested.connect(self.read_evidence)
        dialog.open_school_requested.connect(self._open_school)
        self._keep(dialog)
        dialog.show()
        return dialog

    def _keep(self, dialog: QDialog) -> None:
        self.dialogs = [d for d in self.dialogs if isValid(d)]
        self.dialogs.append(dialog)
        dialog.destroyed.connect(
            lambda _=None: setattr(self, "dialogs", [d for d in self.dialogs if isValid(d)])
        )

    def _open_school(self, school_id: str) -> None:
        for dialog in list(self.dialogs):
            if isValid(dialog):
                dialog.close()
        self.open_school_requested.emit(school_id)

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = self._services.language.code
        self.heading.setText(self.tr("Consistency of judgements"))
        self.subtitle.setText(
            self.tr(
                "{0} · every judgement of the year, counted for the partner the school is "
                "allocated to and for its local authority"
            ).format(self.year())
        )
        self.legend_label.setText(self.tr("Rates of progress:"))
        for chip, rate in zip(self.legend, self._services.forms.rates, strict=True):
            name = rate.name.get(lang)
            chip.set_spec(ChipSpec(name, rate.colour, rate.text_colour, name))
        self.by_ip.retranslate()
        self.by_la.retranslate()
        self.moves_title.setText(self.tr("Judgements that moved two or more steps"))
        self.moves_table.setAccessibleName(self.tr("Judgements that moved two or more steps"))
        self.read_button.setText(self.tr("Read the evidence…"))
        self.read_button.setToolTip(
            self.tr(
                "Read the later judgement, its rationale and the evidence of that term's visits"
            )
        )
        self.open_button.setText(self.tr("Open school"))
        self.open_button.setToolTip(self.tr("Open the chosen school's log"))
        self.moves.retranslate()
        self._update_texts()

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
