"""A table cell of word-wrapped lines: the first bold or plain, the others muted or plain
(a school's name over its number, a priority over its detail). Used by the PIP's desk
tables, which size their rows with :meth:`LinesDelegate.height_for`."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.common.style import MUTED

_PAD_X, _PAD_Y = 6, 5


class LinesDelegate(QStyledItemDelegate):
    """Word-wrapped lines: the first bold or plain, the others muted or plain.

    :meth:`height_for` measures a text exactly as :meth:`paint` lays it out, so rows can be
    sized to what they show (spanned cells included)."""

    def __init__(self, parent: QObject, *, bold_first: bool, muted_rest: bool) -> None:
        super().__init__(parent)
        self.bold_first = bold_first
        self.muted_rest = muted_rest

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        first = QFont(base)
        if self.bold_first:
            first.setWeight(QFont.Weight.DemiBold)
        return first, QFont(base)

    def _blocks(self, text: str) -> tuple[str, str]:
        first, _, rest = text.partition("\n")
        return first, rest

    def height_for(self, base: QFont, width: int, text: str) -> int:
        """The height ``text`` needs in a cell ``width`` pixels wide."""
        first_font, rest_font = self._fonts(base)
        first, rest = self._blocks(text)
        inner = QRect(0, 0, max(20, width - 2 * _PAD_X), 100000)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = QFontMetrics(first_font).boundingRect(inner, flags, first).height()
        if rest:
            height += QFontMetrics(rest_font).boundingRect(inner, flags, rest).height()
        return height + 2 * _PAD_Y

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")  # opt.text has no "\n"
        opt.text = ""
        if opt.widget:
            opt.widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget
            )
        first_font, rest_font = self._fonts(opt.font)
        first, rest = self._blocks(text)
        rect = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        flags = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        ink = (
            brush.color()
            if isinstance(brush, QBrush)
            else (brush if isinstance(brush, QColor) else QColor("#111827"))
        )
        painter.save()
        painter.setFont(first_font)
        painter.setPen(ink)
        used = painter.boundingRect(rect, flags, first)
        painter.drawText(rect, flags, first)
        if rest:
            painter.setFont(rest_font)
            painter.setPen(QColor(MUTED) if self.muted_rest else ink)
            painter.drawText(rect.adjusted(0, used.height(), 0, 0), flags, rest)
        painter.restore()
