"""Issue 14, point 9: a walk of every screen in Welsh finds no English interface text.

Every screen and dialog a partner reaches on the demo caseload is opened in Welsh, and
every text on screen (labels, buttons, tabs, table headings, list items, choices,
placeholders, tooltips, window titles) is compared with the English sources of the
translation catalogue (``resources/i18n/sipl_cy.ts``): a text that is exactly an English
source, or that contains a longer English source sentence, is English on a Welsh screen.
Sources whose Welsh is the same (names, shortcuts, formats) do not count.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from tests.ui.helpers import when_modal

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "sipl_cy.ts"
_PLACEHOLDER = re.compile(r"\{\d+\}|%\d|%n")
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def english_sources() -> tuple[list[re.Pattern[str]], list[str]]:
    """Whole-text patterns of every English source with a different Welsh text, and the
    longer placeholder-free sentences to look for inside longer texts."""
    whole: list[re.Pattern[str]] = []
    inside: list[str] = []
    for message in ElementTree.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        welsh = message.findtext("translation") or ""
        if not source.strip() or _plain(welsh) == _plain(source):
            continue
        plain = _plain(source)
        pieces = _PLACEHOLDER.split(plain)
        if sum(len(p.strip(" .:,·()…-")) for p in pieces) < 3:
            continue  # "{0}: {1}" and the like say nothing in English
        whole.append(re.compile(".+?".join(re.escape(p) for p in pieces) + r"\Z"))
        if len(pieces) == 1 and len(plain) >= 18:
            inside.append(plain)
    return whole, inside


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a person can read in ``widget`` now."""
    found: list[tuple[str, str]] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        name = f"{type(child).__name__}({child.objectName()})"
        if child.isWindow():
            found.append((f"{name} title", child.windowTitle()))
        if child.toolTip():
            found.append((f"{name} tooltip", _TAG.sub(" ", child.toolTip())))
        if isinstance(child, QLabel):
            found.append((name, html.unescape(_TAG.sub(" ", child.text()))))
        elif isinstance(child, QAbstractButton):
            found.append((name, child.text()))
        elif isinstance(child, QLineEdit | QPlainTextEdit):
            found.append((f"{name} placeholder", child.placeholderText()))
        elif isinstance(child, QComboBox):
            found.extend((name, child.itemText(i)) for i in range(child.count()))
        elif isinstance(child, QGroupBox):
            found.append((name, child.title()))
        elif isinstance(child, QTabBar):
            found.extend((name, child.tabText(i)) for i in range(child.count()))
            found.extend((f"{name} tooltip", child.tabToolTip(i)) for i in range(child.count()))
        elif isinstance(child, QListWidget):
            found.extend((name, child.item(i).text()) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                heading = model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                )
                if heading:
                    found.append((f"{name} heading", str(heading)))
    return [(where, text) for where, text in found if text and text.strip()]


class Walk:
    def __init__(self) -> None:
        self.whole, self.inside = english_sources()
        self.english: dict[str, set[str]] = {}

    def look(self, screen: str, widget: QWidget) -> None:
        for where, text in _texts(widget):
            plain = _plain(text)
            for line in {plain, *(_plain(t) for t in text.splitlines())}:
                if not line:
                    continue
                if any(p.match(line) for p in self.whole) or any(s in line for s in self.inside):
                    self.english.setdefault(screen, set()).add(f"{where}: {line[:90]!r}")


def walk_screens(root, qtbot, look: Callable[[str, QWidget], None]) -> None:
    """Open every screen and dialog of the demo caseload in turn; ``look(name, widget)``
    at each while it is on screen."""
    window = root.window

    def settle() -> None:
        for _ in range(5):
            qtbot.wait(10)
            root.services.runner.call(lambda store: None)

    def look_at_dialog(name: str):
        def at_dialog(dialog: QDialog) -> None:
            settle()
            look(name, dialog)
            dialog.reject()

        return at_dialog

    settle()
    look("caseload", window)
    window.open_school(window.caseload.model.entries[0].school.id)
    qtbot.waitUntil(lambda: window.school.log is not None)
    school = window.school
    school.priorities.selectRow(0)
    for tab in range(school.tabs.count()):
        school.tabs.setCurrentIndex(tab)
        settle()
        look(f"school, tab {tab + 1}", window)
    for name, open_dialog in (
        ("judgement dialog", school.record_judgement),
        ("priority dialog", school.add_new_priority),
        ("start visit dialog", school.start_new_visit),
        ("action dialog", school.add_new_action),
        ("shortcuts", window.show_shortcuts),
    ):
        when_modal(look_at_dialog(name))
        open_dialog()
    window.open_visit(school.log.visits[0].id)
    qtbot.waitUntil(lambda: window.visit.sheet is not None)
    visit = window.visit
    for row in range(visit.aspect_list.count()):
        visit.aspect_list.setCurrentRow(row)
        settle()
        panel = visit.current_panel()
        if panel is not None:
            for number in (1, 5):
                panel.go_to(number)
                settle()
                look(f"visit, aspect {row + 1}, question {number}", window)
        else:
            look(f"visit, row {row + 1}", window)
    for tab in range(visit.side.count()):
        visit.side.setCurrentIndex(tab)
        settle()
        look(f"visit, side tab {tab + 1}", window)

    from desktop.ui.desk.window import TeamDesk

    desk = TeamDesk(root.services, lambda _school: None)
    qtbot.addWidget(desk)
    desk.resize(window.size())
    desk.show()
    for number in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(number)
        settle()
        look(f"desk tab {number + 1}", desk)
    desk.close()

    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.printing.output import PreviewDialog

    preview = PreviewDialog(QPrinter(), window)
    qtbot.addWidget(preview)
    preview.show()
    settle()
    look("print preview", preview)
    preview.close()


def test_every_screen_in_welsh_shows_no_english_interface_text(make_app, seeded, qtbot):
    root = make_app(seeded, language="cy")
    walk = Walk()
    walk_screens(root, qtbot, walk.look)
    assert walk.english == {}, "\n".join(
        f"{screen}: {sorted(found)}" for screen, found in walk.english.items()
    )


def test_a_file_over_the_limit_is_refused_in_welsh(make_app, seeded, qtbot, tmp_path):
    """The store's rule (50 MB at most) reaches a Welsh screen in Welsh, naming the file."""
    from PySide6.QtWidgets import QMessageBox

    root = make_app(seeded, language="cy")
    window = root.window
    window.open_school(window.caseload.model.entries[0].school.id)
    qtbot.waitUntil(lambda: window.school.log is not None)
    window.open_visit(window.school.log.visits[0].id)
    qtbot.waitUntil(lambda: window.visit.sheet is not None)
    big = tmp_path / "llun-mawr.jpg"
    with big.open("wb") as file:
        file.truncate(51 * 1024 * 1024)  # sparse: 51 MB on paper, nothing on the disk
    panel = window.visit.evidence
    panel.add_files([big])
    seen: list[str] = []

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(read)
    panel.record()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0].startswith("Ni chafodd llun-mawr.jpg ei hatodi: mae’n fwy na 50 MB")
