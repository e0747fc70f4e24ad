"""Read-only screens: a school handed on to another partner this term can still be read.

:class:`ReadOnlyGuard` makes every editor of a screen read-only (text stays selectable and
copyable, not greyed) and disables every other input, except the widgets it is told to
keep (navigation, tabs, scrolling). It records what it changed and puts exactly that back,
so a screen that sets its own buttons' states while filling keeps doing so.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.ui.common.school_cells import WARNING_COLOUR


class ReadOnlyGuard:
    """Turns a screen read-only and back again. Call :meth:`release` before the screen fills
    itself and :meth:`apply` after, when it is to be read-only."""

    def __init__(self, root: QWidget, keep: Iterable[QWidget] = ()) -> None:
        self.root = root
        self.keep = list(keep)
        self._texts: list[QLineEdit | QPlainTextEdit | QTextEdit] = []
        self._inputs: list[QWidget] = []

    @property
    def active(self) -> bool:
        return bool(self._texts or self._inputs)

    def _kept(self, widget: QWidget) -> bool:
        return any(widget is k or k.isAncestorOf(widget) for k in self.keep)

    def apply(self) -> None:
        """Make the screen's editors read-only and its other inputs disabled."""
        self.release()
        for text in (
            self.root.findChildren(QLineEdit)
            + self.root.findChildren(QPlainTextEdit)
            + self.root.findChildren(QTextEdit)
        ):
            if not self._kept(text) and not text.isReadOnly():
                text.setReadOnly(True)
                self._texts.append(text)
        inputs: list[QWidget] = [
            *self.root.findChildren(QAbstractButton),
            *self.root.findChildren(QComboBox),
            *self.root.findChildren(QAbstractSpinBox),
        ]
        for widget in inputs:
            if isinstance(widget.parent(), QTabBar) or isinstance(widget, QTabBar):
                continue
            if isinstance(widget, QComboBox) and widget.isEditable():
                continue  # its line edit is already read-only
            if not self._kept(widget) and widget.isEnabled():
                widget.setEnabled(False)
                self._inputs.append(widget)

    def release(self) -> None:
        """Put back exactly what :meth:`apply` changed."""
        for text in self._texts:
            text.setReadOnly(False)
        for widget in self._inputs:
            widget.setEnabled(True)
        self._texts.clear()
        self._inputs.clear()


def read_only_banner() -> QLabel:
    """The amber notice a read-only screen shows at its top (hidden until given text)."""
    banner = QLabel()
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        f"QLabel#readOnlyBanner {{ background: #fff4e0; color: {WARNING_COLOUR};"
        " border: 1px solid #f0c987; border-radius: 6px; padding: 8px 12px; }"
    )
    banner.hide()
    return banner
