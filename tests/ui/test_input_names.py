"""Issue 14, point 11: every visible input on every screen has a label or an accessible
name (a screen reader says what it is), in English and in Welsh."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from tests.ui.test_welsh_walk import walk_screens

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed_inputs(root: QWidget) -> list[str]:
    """The visible inputs in ``root`` with neither an accessible name, a label whose buddy
    they are, nor (a button) words of their own."""
    labelled = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or (not widget.isEnabled() and not widget.isVisibleTo(root)):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo box or date field: the field is named
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QTabBar):
            continue  # a table's headings; a tab bar's scroll arrows
        if isinstance(widget, QAbstractButton) and (
            isinstance(widget.parent(), QTableView | QLineEdit)
            or widget.objectName() == "qt_toolbar_ext_button"
        ):
            continue  # a table's corner, a line edit's clear button, a tool bar's "more"
        if isinstance(widget, QAbstractButton):
            if widget.text().strip() or widget.accessibleName().strip():
                continue
            if not widget.toolTip().strip():
                found.append(
                    f"{type(widget).__name__}({widget.objectName()}) button in "
                    f"{type(widget.parent()).__name__}({widget.parent().objectName()})"
                )
            continue
        if not isinstance(widget, INPUTS):
            continue
        if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
            continue  # text to read, not an input
        if widget.accessibleName().strip() or id(widget) in labelled:
            continue
        where = type(widget.parent()).__name__
        found.append(f"{type(widget).__name__}({widget.objectName()}) in {where}")
    return found


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_visible_input_is_named(make_app, seeded, qtbot, language):
    root = make_app(seeded, language=language)
    missing: dict[str, list[str]] = {}
    counted = [0]

    def look(screen: str, widget: QWidget) -> None:
        counted[0] += 1
        problems = unnamed_inputs(widget)
        if problems:
            missing[screen] = problems

    walk_screens(root, qtbot, look)
    assert counted[0] > 20
    assert missing == {}, "\n".join(f"{k}: {v}" for k, v in missing.items())
