"""The five question steps of an aspect: never cut short, in any language or size.

Each step is a button whose words wrap onto more lines when the row is narrow (a step is
as narrow as its longest word), and when even that does not fit, the steps take two rows
(three and two); so "4. Gwerthuso llwyddiant ✓" is read whole at 1366×768 and at 200 %.
The row is one stop in the Tab order (the current step); Left and Right (or Home and End)
move between steps, as in a tab bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.ui.common.style import ACCENT, ACCENT_DARK, BORDER

_PAD_X, _PAD_Y = 6, 5
_GAP = 3
_WRAP = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


class StepButton(QAbstractButton):
    """One step: its number and short name, wrapped over as many lines as its width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_rect(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, width - 2 * _PAD_X), 10_000), _WRAP, self.text()
        )

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(
            metrics.horizontalAdvance(self.text()) + 2 * _PAD_X + 2,
            metrics.height() + 2 * _PAD_Y,
        )

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        words = self.text().split(" ")  # a no-break space joins, as in "Hunanwerthuso ✓"
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        width = widest + 2 * _PAD_X + 2
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._text_rect(width).height() + 2 * _PAD_Y

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.rect().adjusted(1, 1, -1, -1)
        checked = self.isChecked()
        painter.setPen(QPen(QColor(ACCENT_DARK if checked else BORDER), 1))
        painter.setBrush(QColor(ACCENT if checked else "#ffffff"))
        painter.drawRoundedRect(box, 4, 4)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#f2b705"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(QColor("#ffffff" if checked else "#1f2933"))
        inside = box.adjusted(_PAD_X - 1, _PAD_Y - 1, 1 - _PAD_X, 1 - _PAD_Y)
        painter.drawText(inside, _WRAP, self.text())


class StepBar(QWidget):
    """Five steps in a row (or two rows); emits ``step_chosen(index)`` (0 to 4) when the
    user picks one."""

    step_chosen = Signal(int)

    def __init__(self, count: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionSteps")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[StepButton] = []
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(_GAP)
        self._rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows:
            row.setSpacing(_GAP)
            rows.addLayout(row)
        self._columns = 0
        for index in range(count):
            button = StepButton(self)
            self.group.addButton(button, index)
            self.buttons.append(button)
            button.installEventFilter(self)
        self._arrange(count)
        self.group.idClicked.connect(self.step_chosen.emit)
        self.set_current(0)

    def _row_width(self, buttons: list[StepButton]) -> int:
        return sum(b.minimumSizeHint().width() for b in buttons) + _GAP * (len(buttons) - 1)

    def _columns_for(self, width: int) -> int:
        count = len(self.buttons)
        return count if self._row_width(self.buttons) <= width else (count + 1) // 2

    def _arrange(self, columns: int) -> None:
        if columns != self._columns:
            self._columns = columns
            for row in self._rows:
                while row.count():
                    row.takeAt(0)
            for index, button in enumerate(self.buttons):
                self._rows[index // columns].addWidget(button)
            if columns < len(self.buttons):  # the short second row keeps the steps' widths
                self._rows[1].addStretch(2 * columns - len(self.buttons))
        self._stretch()
        self.updateGeometry()

    def _stretch(self) -> None:
        """In one row, steps share it as their words do (a long name gets the room to stay
        on one line before a short one does); in two rows, steps are equal."""
        one_row = self._columns == len(self.buttons)
        for index, button in enumerate(self.buttons):
            row = self._rows[index // self._columns]
            row.setStretchFactor(button, button.sizeHint().width() if one_row else 1)

    def minimumSizeHint(self) -> QSize:
        half = (len(self.buttons) + 1) // 2
        width = max(self._row_width(self.buttons[:half]), self._row_width(self.buttons[half:]))
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._columns_for(event.size().width()))
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_height)  # once the rows have laid out their steps

    def _fit_height(self) -> None:
        """Exactly as tall as the rows' words need at the widths the steps were given:
        layouts would otherwise squeeze a wrapped step on a short screen."""
        if not isValid(self):  # the aspect was closed before the timer fired
            return
        rows = [[b for i, b in enumerate(self.buttons) if i // self._columns == r] for r in (0, 1)]
        needed = sum(max(b.heightForWidth(b.width()) for b in row) for row in rows if row)
        needed += _GAP * (sum(1 for row in rows if row) - 1)
        if self.height() != needed or self.minimumHeight() != needed:
            self.setFixedHeight(needed)

    def setText(self, index: int, text: str) -> None:
        """Name step ``index``; the row re-measures itself."""
        self.buttons[index].setText(text)
        self._arrange(self._columns_for(self.width()))
        QTimer.singleShot(0, self._fit_height)

    def current(self) -> int:
        return max(self.group.checkedId(), 0)

    def set_current(self, index: int) -> None:
        """Show step ``index`` as the current one (without emitting ``step_chosen``)."""
        had_focus = any(b.hasFocus() for b in self.buttons)
        for number, button in enumerate(self.buttons):
            button.setChecked(number == index)
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if number == index else Qt.FocusPolicy.NoFocus
            )
        if had_focus:
            self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_target(self) -> StepButton:
        """The step that takes the focus when the row is tabbed to."""
        return self.buttons[self.current()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in self.buttons
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._move(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _move(self, event: QKeyEvent) -> bool:
        moves = {
            Qt.Key.Key_Left: self.current() - 1,
            Qt.Key.Key_Right: self.current() + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.buttons) - 1,
        }
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        wanted = moves.get(Qt.Key(event.key()))
        if wanted is None:
            return False
        if 0 <= wanted < len(self.buttons):
            self.set_current(wanted)
            self.buttons[wanted].setFocus(Qt.FocusReason.TabFocusReason)
            self.step_chosen.emit(wanted)
        return True
