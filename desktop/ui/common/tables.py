"""What every list screen shares: the read-only table look, a model of frozen rows, a
proxy that sorts by a sort key and filters by a predicate, cells that carry the id of their
record, and a delegate that paints a chip in a cell.

Kept in one place so that every table of SIPL selects, sorts, retranslates and reads out
the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.ui.common.present import ChipSpec
from desktop.ui.common.style import chip_height, chip_width, paint_chip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role a proxy sorts by: text (compared without case), numbers or tuples."""

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role of an :func:`item_table` cell that holds the id of its record."""

CHIP_ROLE = Qt.ItemDataRole.UserRole + 2
"""The role of a cell whose :class:`ChipSpec` a :class:`ChipDelegate` paints."""

Index = QModelIndex | QPersistentModelIndex


def read_only_table(
    table: QTableView, *, word_wrap: bool = False, stretch_last: bool = False
) -> QTableView:
    """Give ``table`` SIPL's list look: whole rows selected one at a time, nothing edited in
    place, alternating rows, no grid, no row numbers, left-aligned headings; return it."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(word_wrap)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch_last:
        header.setStretchLastSection(True)
    return table


def item_table(columns: int, *, stretch_last: bool = False) -> QTableWidget:
    """A read-only :class:`QTableWidget` of ``columns`` columns with wrapped text."""
    table = QTableWidget(0, columns)
    read_only_table(table, word_wrap=True, stretch_last=stretch_last)
    return table


def text_item(
    text: str, data: object = None, role: int = Qt.ItemDataRole.UserRole + 1
) -> QTableWidgetItem:
    """A cell of an :func:`item_table`, aligned to the top left, carrying ``data`` (e.g. the
    id of its record) under ``role`` when given."""
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if data is not None:
        item.setData(role, data)
    return item


class RowsModel(QAbstractTableModel):
    """A table model over a sequence of frozen rows, one row per line.

    Subclasses set ``COLUMNS`` and implement ``data`` and ``headerData``; texts are made at
    every ``data`` call, so :meth:`retranslate` only has to tell the views to ask again."""

    COLUMNS = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[Any] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS


class SortFilterProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` (text without regard to case; values that cannot be
    compared, by their text) and keeps the source rows ``accepts(row)`` is true of."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.accepts: Callable[[int], bool] | None = None

    @contextmanager
    def changing_filter(self) -> Any:
        """Wrap a change of the filter's criteria so the views update once, after it."""
        modern = hasattr(self, "beginFilterChange")  # Qt 6.10 and later
        if modern:
            self.beginFilterChange()
        try:
            yield
        finally:
            if modern:
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:  # pragma: no cover - Qt before 6.10
                self.invalidateFilter()

    def refilter(self) -> None:
        """Apply the filter again (after ``accepts`` or what it reads changed)."""
        with self.changing_filter():
            pass

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.accepts is None or bool(self.accepts(source_row))

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def empty_cell(
    delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem, index: Index
) -> QStyleOptionViewItem:
    """Paint a cell's background, selection and focus as the style does, without its text,
    for a delegate that draws the contents itself; return the style option it used."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    if opt.widget:
        opt.widget.style().drawControl(
            QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget
        )
    return opt


class ChipDelegate(QStyledItemDelegate):
    """Paints the :class:`ChipSpec` stored in a cell, left-aligned and vertically centred."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        spec: ChipSpec | None = index.data(CHIP_ROLE)
        if spec is None:  # not judged: the cell's own muted dash
            super().paint(painter, option, index)
            return
        empty_cell(self, painter, option, index)
        metrics = painter.fontMetrics()
        height = chip_height(metrics)
        width = min(chip_width(metrics, spec.text), option.rect.width() - 8)
        top = option.rect.top() + (option.rect.height() - height) // 2
        paint_chip(
            painter,
            QRect(option.rect.left() + 4, top, width, height),
            spec.text,
            spec.background,
            spec.foreground,
        )


def begin_fill(table: QTableWidget) -> list[QHeaderView.ResizeMode]:
    """Before filling a table: stop columns sized to contents from re-measuring every row
    at every ``setItem`` (quadratic with five years of visits); see :func:`end_fill`."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
    for column, mode in enumerate(modes):
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    return modes


def end_fill(table: QTableWidget, modes: list[QHeaderView.ResizeMode]) -> None:
    """After filling: size the columns once, and paint."""
    header = table.horizontalHeader()
    for column, mode in enumerate(modes):
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            header.setSectionResizeMode(column, mode)
    table.setUpdatesEnabled(True)


def id_item(text: str, data: object = None, tooltip: str = "") -> QTableWidgetItem:
    """A cell of an :func:`item_table` carrying ``data`` (the id of its record) under
    :data:`ID_ROLE`, with ``tooltip`` (or its own text) as its tooltip."""
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(ID_ROLE, data)
    item.setToolTip(tooltip or text)
    return item


def selected_id(table: QTableWidget) -> str | None:
    """The id in the first cell of the current row, or None with no row or no id."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    value = None if item is None else item.data(ID_ROLE)
    return None if value is None else str(value)


def select_id(table: QTableWidget, wanted: str | None) -> None:
    """Select the row whose first cell carries ``wanted``, else the first row (if any)."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(ID_ROLE) == wanted:
            table.selectRow(row)
            return
    if table.rowCount():
        table.selectRow(0)
