"""What a person at a small or scaled screen would see as broken: text cut short with "…"
or clipped, and widgets drawn over one another.

Scale is emulated by logical size: Qt's high-DPI scaling (Windows at 125 %, a 4K laptop at
200 %) multiplies fonts and pixels alike by the device pixel ratio, so a 1366×768 screen at
125 % lays out exactly as a 1093×614 screen at 100 %. ``tests/ui/screenshots.py --scale``
runs the real ``QT_SCALE_FACTOR`` for the pictures.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QWidget,
)

# (logical width, height) a window gets: the screen divided by its scale, less 40 logical
# pixels of task bar and title bar.
SCREENS = {
    "1280x720-100": (1280, 680),
    "1280x720-125": (1024, 536),
    "1366x768-100": (1366, 728),
    "1366x768-125": (1093, 574),
    "1920x1080-200": (960, 500),
}


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    label = widget.objectName() or widget.accessibleName() or text
    return f"{type(widget).__name__}({label[:50]!r})"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and (widget is root or widget.isVisibleTo(root))


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    margin = label.margin() * 2 + max(label.indent(), 0)
    if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return f"{_name(label)} needs {need} px of height, has {label.height()}"
        if not label.wordWrap():
            document = QTextDocument()
            document.setDefaultFont(label.font())
            document.setHtml(text)
            document.setDocumentMargin(0)
            width = document.idealWidth()
            if width > room.width() - margin + 1:
                return f"{_name(label)} needs {width:.0f} px, has {room.width()}"
        return None
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in text.replace("&&", "&").split("\n"))
    if "&" in text:
        widest -= metrics.horizontalAdvance("&") * (text.count("&") - 2 * text.count("&&"))
    if widest > room.width() - margin + 1:
        return f"{_name(label)} cut short: needs {widest} px, has {room.width()}"
    if label.sizeHint().height() > label.height() + 1:
        return f"{_name(label)} clipped: needs {label.sizeHint().height()} px high"
    return None


def _widget_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return _label_problem(widget)
    if isinstance(widget, QPushButton | QToolButton | QCheckBox | QRadioButton):
        if not widget.text():
            return None
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            needs, has = f"{hint.width()}×{hint.height()}", f"{widget.width()}×{widget.height()}"
            return f"{_name(widget)} cut short: needs {needs}, has {has}"
        return None
    if isinstance(widget, QAbstractButton) and widget.hasHeightForWidth() and widget.text():
        # A word (no-break spaces join words) wider than the button is clipped at its sides.
        words = widget.text().split(" ")
        widest = max(widget.fontMetrics().horizontalAdvance(w) for w in words)
        need_width = max(widget.minimumSizeHint().width(), widest + 12)
        need_height = widget.heightForWidth(widget.width())
        if need_width > widget.width() + 1 or need_height > widget.height() + 1:
            has = f"{widget.width()}×{widget.height()}"
            return f"{_name(widget)} cut short: needs {need_width}×{need_height}, has {has}"
        return None
    if isinstance(widget, QAbstractSpinBox):
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1:
            return f"{_name(widget)} cut short: needs {hint.width()} px, has {widget.width()}"
        return None
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                return f"tab {widget.tabText(index)!r} elided"
    return None


def _skip_children(widget: QWidget) -> bool:
    """Containers whose children legitimately exceed or overlap their rectangle."""
    parent = widget.parentWidget()
    return isinstance(widget, QStackedWidget | QSplitter) or (
        isinstance(parent, QAbstractScrollArea) and widget is parent.viewport()
    )


def layout_problems(root: QWidget) -> list[str]:
    """Every elided or clipped text, widget drawn outside its parent, and pair of sibling
    widgets drawn over one another, among the widgets a person can see in ``root``."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root) or (widget.isWindow() and widget is not root):
            continue
        problem = _widget_problem(widget)
        if problem:
            problems.append(problem)
        if _skip_children(widget):
            continue
        children = [
            c
            for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if _shown(c, root) and not c.isWindow()
        ]
        bounds = widget.rect()
        for child in children:
            inside = bounds.contains(child.geometry().adjusted(1, 1, -1, -1))
            if not inside and not isinstance(widget, QAbstractScrollArea):
                problems.append(f"{_name(child)} spills out of {_name(widget)}")
        for number, one in enumerate(children):
            for other in children[number + 1 :]:
                overlap: QRect = one.geometry().intersected(other.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(f"{_name(one)} overlaps {_name(other)}")
    return problems
