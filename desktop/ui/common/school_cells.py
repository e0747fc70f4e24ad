"""Cells that draw a school in a list, shared by the partner's caseload and the PIP's team
caseload: the name with a second line (amber for a warning), the judgement chips of its
priorities, and support days used against the sector minimum."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.common.present import ChipSpec
from desktop.ui.common.style import (
    ACCENT,
    CHIP_GAP,
    chip_height,
    chip_width,
    paint_chip,
    scaled_font,
)
from desktop.ui.common.tables import empty_cell

CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2
"""A cell's list of :class:`ChipSpec`, painted by :class:`ChipsDelegate`."""
DAYS_ROLE = Qt.ItemDataRole.UserRole + 3
"""A cell's :class:`DaysUsed`, painted by :class:`DaysDelegate`."""
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 5
"""The line :class:`SchoolDelegate` draws under the name."""
WARNING_ROLE = Qt.ItemDataRole.UserRole + 7
"""True: the second line is a warning (amber)."""
WARNING_COLOUR = "#8a4b00"


@dataclass(frozen=True)
class DaysUsed:
    used: float
    minimum: float | None  # the days due: sector minimum and (on the caseload) days agreed


class SchoolDelegate(QStyledItemDelegate):
    """A name in bold with a second line underneath (amber when ``WARNING_ROLE``)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = empty_cell(self, painter, option, index)
        rect = option.rect.adjusted(8, 4, -6, -4)
        painter.save()
        bold = scaled_font(opt.widget, 1.0, bold=True) if opt.widget else painter.font()
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.setPen(QColor("#111827"))
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        small = painter.fontMetrics()
        second = QRect(rect.left(), top.bottom() + 2, rect.width(), small.height())
        painter.setPen(QColor(WARNING_COLOUR if index.data(WARNING_ROLE) else "#5b6470"))
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small.elidedText(
                str(index.data(SECOND_LINE_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.restore()


class ChipsDelegate(QStyledItemDelegate):
    """The judgement chips of a school's priorities, flowing over up to two lines."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        empty_cell(self, painter, option, index)
        chips: list[ChipSpec] = index.data(CHIPS_ROLE) or []
        painter.save()
        metrics = painter.fontMetrics()
        height = chip_height(metrics)
        area = option.rect.adjusted(6, 4, -6, -4)
        if not chips:
            painter.setPen(QColor("#5b6470"))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignVCenter), str(index.data() or ""))
            painter.restore()
            return
        lines = max(1, (area.height() + CHIP_GAP) // (height + CHIP_GAP))
        x, y, line = area.left(), area.top(), 1
        for number, chip in enumerate(chips):
            width = min(chip_width(metrics, chip.text), area.width())
            if x > area.left() and x + width > area.right():
                line += 1
                x, y = area.left(), y + height + CHIP_GAP
            remaining = len(chips) - number
            if line == lines and remaining > 1:
                more = f"+{remaining}"
                if x + width + CHIP_GAP + chip_width(metrics, more) > area.right():
                    paint_chip(
                        painter,
                        QRect(x, y, chip_width(metrics, more), height),
                        more,
                        "#ffffff",
                        "#1f2933",
                    )
                    break
            if line > lines:
                break
            paint_chip(
                painter, QRect(x, y, width, height), chip.text, chip.background, chip.foreground
            )
            x += width + CHIP_GAP
        painter.restore()


class DaysDelegate(QStyledItemDelegate):
    """ "4 of 7 days" with a thin bar; green once the minimum is reached."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        days: DaysUsed = index.data(DAYS_ROLE)
        opt.rect = option.rect.adjusted(0, 0, 0, -8)
        if opt.widget:
            opt.widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget
            )
        if days is None or not days.minimum:
            return
        painter.save()
        bar = QRect(option.rect.left() + 6, option.rect.bottom() - 10, option.rect.width() - 12, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3e7eb"))
        painter.drawRoundedRect(bar, 2, 2)
        share = min(1.0, days.used / days.minimum)
        painter.setBrush(QColor("#2e7d32" if share >= 1 else ACCENT))
        painter.drawRoundedRect(
            QRect(bar.left(), bar.top(), round(bar.width() * share), bar.height()), 2, 2
        )
        painter.restore()
