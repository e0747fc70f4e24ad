"""The cells of the PIP desk's consistency page and its judgement list: item roles, the
stacked bar of rates with its counts, chip cells, and the tables they sit in.
Painting only; no store access."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from desktop.ui.common.present import ChipSpec
from desktop.ui.common.school_cells import SECOND_LINE_ROLE
from desktop.ui.common.style import MUTED, chip_height, chip_width, paint_chip
from desktop.ui.common.tables import empty_cell, read_only_table
from forms import Forms

COUNTS_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
CHIP_ROLE = Qt.ItemDataRole.UserRole + 4
# A cell's second line (a school's authority and partner; the term above a chip) is
# school_cells.SECOND_LINE_ROLE, and a school's two lines are drawn by its SchoolDelegate.

WATCHED_TABLES = frozenset(
    {"judgements", "priorities", "allocations", "schools", "local_authorities", "people"}
)


@dataclass(frozen=True)
class Segment:
    """One coloured part of a stacked bar: a rate, where it is drawn, and its count."""

    rate: str
    rect: QRect
    count: int


def bar_segments(
    rect: QRect, counts: tuple[tuple[str, int], ...], metrics: QFontMetrics
) -> list[Segment]:
    """Split ``rect`` between the rates with a count, in scale order, proportionally to the
    counts; each part is at least wide enough for its count when the bar has room."""
    shown = [(rate, n) for rate, n in counts if n > 0]
    total = sum(n for _rate, n in shown)
    if not shown or rect.width() <= 0:
        return []
    width = rect.width()
    minimum = {rate: metrics.horizontalAdvance(str(n)) + 10 for rate, n in shown}
    widths = {rate: width * n / total for rate, n in shown}
    if sum(minimum.values()) <= width:
        fixed: set[str] = set()
        for _round in range(len(shown)):
            small = {r for r in widths if r not in fixed and widths[r] < minimum[r]}
            if not small:
                break
            fixed |= small
            room = width - sum(minimum[r] for r in fixed)
            rest = sum(n for r, n in shown if r not in fixed)
            for r, n in shown:
                widths[r] = minimum[r] if r in fixed else room * n / rest if rest else 0
    segments = []
    left = float(rect.left())
    for index, (rate, n) in enumerate(shown):
        right = rect.right() + 1 if index == len(shown) - 1 else left + widths[rate]
        segments.append(
            Segment(
                rate, QRect(round(left), rect.top(), round(right) - round(left), rect.height()), n
            )
        )
        left = right
    return segments


def bar_rect(cell: QRect) -> QRect:
    return cell.adjusted(6, 5, -8, -5)


class BarDelegate(QStyledItemDelegate):
    """The stacked bar of a distribution row, each part with its count written on it."""

    def __init__(self, forms: Forms, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forms = forms

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        empty_cell(self, painter, option, index)
        counts = index.data(COUNTS_ROLE) or ()
        painter.save()
        rect = bar_rect(option.rect)
        segments = bar_segments(rect, counts, painter.fontMetrics())
        if not segments:
            painter.setPen(QColor(MUTED))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter), str(index.data() or ""))
            painter.restore()
            return
        metrics = painter.fontMetrics()
        for segment in segments:
            rate = self._forms.rate(segment.rate)
            painter.fillRect(segment.rect, QColor(rate.colour))
            painter.setPen(QColor("white"))
            painter.drawLine(segment.rect.topRight(), segment.rect.bottomRight())
            text = str(segment.count)
            if metrics.horizontalAdvance(text) + 4 <= segment.rect.width():
                painter.setPen(QColor(rate.text_colour))
                painter.drawText(segment.rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def segment_at(self, cell: QRect, counts: tuple[tuple[str, int], ...], x: int) -> str | None:
        """The rate whose part of the bar is under ``x``, if any."""
        view = self.parent()
        metrics = view.fontMetrics() if isinstance(view, QWidget) else QFontMetrics(QFont())
        for segment in bar_segments(bar_rect(cell), counts, metrics):
            if segment.rect.left() <= x <= segment.rect.right():
                return segment.rate
        return None


class ChipDelegate(QStyledItemDelegate):
    """A judgement chip (colour and words), under a quiet first line when there is one."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        empty_cell(self, painter, option, index)
        spec: ChipSpec | None = index.data(CHIP_ROLE)
        if spec is None:
            return
        painter.save()
        metrics = painter.fontMetrics()
        area = option.rect.adjusted(8, 4, -6, -4)
        height = chip_height(metrics)
        above = str(index.data(SECOND_LINE_ROLE) or "")
        if above:
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRect(area.left(), area.top(), area.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(above, Qt.TextElideMode.ElideRight, area.width()),
            )
            top = area.top() + metrics.height() + 2
        else:
            top = area.top() + (area.height() - height) // 2
        width = min(chip_width(metrics, spec.text), area.width())
        paint_chip(
            painter,
            QRect(area.left(), top, width, height),
            spec.text,
            spec.background,
            spec.foreground,
        )
        painter.restore()


def desk_table(name: str) -> QTableView:
    table = read_only_table(QTableView())
    table.setObjectName(name)
    return table


def two_line_height(table: QTableView) -> int:
    metrics = table.fontMetrics()
    return max(2 * metrics.height() + 14, metrics.height() + chip_height(metrics) + 14)
