"""The main window: caseload, school, visit and search screens, menus and status bar.

Navigation keeps a history (Back, Alt+Left). Closing the window first hands every unsaved
edit to the store thread, then saves the window's geometry and layout in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.ui.caseload.page import CaseloadPage
from desktop.ui.common.autosave import SaveIndicator
from desktop.ui.common.context import Services
from desktop.ui.common.icons import icon
from desktop.ui.common.widgets import inform
from desktop.ui.window.preferences import PreferencesDialog
from desktop.ui.window.shortcuts import ShortcutsDialog

if TYPE_CHECKING:  # the screens are imported when first opened, for a faster start
    from desktop.store.workspace import Place
    from desktop.ui.caseload.search import SearchPage
    from desktop.ui.school.page import SchoolPage
    from desktop.ui.visit.page import VisitPage


@dataclass(frozen=True)
class Location:
    page: str  # "caseload", "school", "visit", "search"
    ref: str | None = None


class MainWindow(QMainWindow):
    """SIPL's one window."""

    location_did_change = Signal()

    def __init__(
        self, services: Services, partner: str | None = None, window_icon: QIcon | None = None
    ) -> None:
        super().__init__()
        self._services = services
        self._partner = partner
        self.history: list[Location] = []
        self.location = Location("caseload")
        if window_icon is not None:
            self.setWindowIcon(window_icon)

        self.caseload = CaseloadPage(services)
        self._school: SchoolPage | None = None
        self._visit: VisitPage | None = None
        self._search: SearchPage | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.caseload)
        self.setCentralWidget(self.stack)

        self.back_action = QAction(icon("back"), "", self)
        self.back_action.setShortcuts([QKeySequence("Alt+Left")])
        self.home_action = QAction(icon("caseload"), "", self)
        self.home_action.setShortcut(QKeySequence("Ctrl+1"))
        self.search_action = QAction(self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+F")])
        self.prefs_action = QAction(self)
        self.prefs_action.setShortcut(QKeySequence("Ctrl+,"))
        self.prefs_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.start_visit_action = QAction(self)
        self.start_visit_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_priority_action = QAction(self)
        self.add_priority_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.judge_action = QAction(self)
        self.judge_action.setShortcut(QKeySequence("Ctrl+J"))
        self.level_action = QAction(self)
        self.finish_action = QAction(self)
        self.finish_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.evidence_action = QAction(self)
        self.evidence_action.setShortcut(QKeySequence("Ctrl+E"))
        self.action_action = QAction(self)
        self.action_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.support_action = QAction(self)
        self.next_question_action = QAction(self)
        self.next_question_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.previous_question_action = QAction(self)
        self.previous_question_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.about_action = QAction(self)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addAction(self.home_action)
        gap = QWidget()
        gap.setFixedWidth(12)
        self.toolbar.addWidget(gap)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(260)
        self.search_box.setMaximumWidth(420)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)

        self.save_indicator = SaveIndicator(services.tracker)
        self.partner_label = QLabel()
        self.partner_label.setObjectName("muted")
        self.statusBar().addWidget(self.partner_label, 1)
        self.statusBar().addPermanentWidget(self.save_indicator)
        self.statusBar().setSizeGripEnabled(True)

        self._build_menus()
        self.back_action.triggered.connect(self.go_back)
        self.home_action.triggered.connect(lambda: self.open_caseload())
        self.search_action.triggered.connect(self.focus_search)
        self.prefs_action.triggered.connect(self.show_preferences)
        self.quit_action.triggered.connect(self.close)
        self.start_visit_action.triggered.connect(lambda: self.school.start_new_visit())
        self.add_priority_action.triggered.connect(lambda: self.school.add_new_priority())
        self.judge_action.triggered.connect(lambda: self.school.record_judgement())
        self.level_action.triggered.connect(lambda: self.school.change_support_level())
        self.finish_action.triggered.connect(lambda: self.visit.finish_visit())
        self.evidence_action.triggered.connect(lambda: self.visit.focus_evidence())
        self.action_action.triggered.connect(self._add_action)
        self.support_action.triggered.connect(self._request_support)
        self.next_question_action.triggered.connect(lambda: self.visit.step(1))
        self.previous_question_action.triggered.connect(lambda: self.visit.step(-1))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action.triggered.connect(self.show_about)
        self.search_box.textEdited.connect(self._search_typed)
        self.search_box.returnPressed.connect(self._search_enter)
        self.search_box.installEventFilter(self)

        self.caseload.school_chosen.connect(lambda sid: self.open_school(sid))
        services.runner.op_did_fail.connect(self._op_failed)

        self.resize(1280, 760)
        geometry = services.prefs.state("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()
        self._update_chrome()

    # --- screens, made when first needed (a faster start) -----------------------------

    @property
    def school(self) -> SchoolPage:
        if self._school is None:
            from desktop.ui.school.page import SchoolPage

            self._school = SchoolPage(self._services)
            self._school.visit_chosen.connect(lambda vid: self.open_visit(vid))
            self._school.title_did_change.connect(self._update_chrome)
            self.stack.addWidget(self._school)
        return self._school

    @property
    def visit(self) -> VisitPage:
        if self._visit is None:
            from desktop.ui.visit.page import VisitPage

            self._visit = VisitPage(self._services)
            self._visit.school_chosen.connect(lambda sid: self.open_school(sid))
            self._visit.title_did_change.connect(self._update_chrome)
            self.stack.addWidget(self._visit)
        return self._visit

    @property
    def search_page(self) -> SearchPage:
        if self._search is None:
            from desktop.ui.caseload.search import SearchPage

            self._search = SearchPage(self._services)
            self._search.place_chosen.connect(self.open_place)
            self.stack.addWidget(self._search)
        return self._search

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.prefs_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.addAction(self.home_action)
        self.go_menu.addAction(self.back_action)
        self.go_menu.addAction(self.search_action)
        self.school_menu = bar.addMenu("")
        for action in (
            self.start_visit_action,
            self.add_priority_action,
            self.judge_action,
            self.level_action,
        ):
            self.school_menu.addAction(action)
        self.visit_menu = bar.addMenu("")
        for action in (
            self.next_question_action,
            self.previous_question_action,
            self.evidence_action,
            self.action_action,
            self.support_action,
        ):
            self.visit_menu.addAction(action)
        self.visit_menu.addSeparator()
        self.visit_menu.addAction(self.finish_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    # --- navigation --------------------------------------------------------------------

    def start(self) -> None:
        """Show the caseload (its page asked for its rows when it was built)."""
        self._go(Location("caseload"), remember=False)
        self.caseload.table.setFocus()

    def _go(self, location: Location, *, remember: bool = True) -> None:
        if remember and location != self.location:
            self.history.append(self.location)
            del self.history[:-50]
        self._services.tracker.flush_all()
        self.location = location
        pages = {
            "caseload": lambda: self.caseload,
            "school": lambda: self.school,
            "visit": lambda: self.visit,
            "search": lambda: self.search_page,
        }
        page = pages[location.page]()
        self.stack.setCurrentWidget(page)
        self._update_chrome()
        self.location_did_change.emit()

    def open_caseload(self) -> None:
        self._go(Location("caseload"))
        self.caseload.table.setFocus()

    def open_school(
        self, school_id: str, tab: str | None = None, row_id: str | None = None
    ) -> None:
        self.school.show_school(school_id)
        if tab:
            self.school.show_tab(tab, row_id)
        self._go(Location("school", school_id))

    def open_visit(
        self,
        visit_id: str,
        aspect: str | None = None,
        question: int | None = None,
        evidence_id: str | None = None,
    ) -> None:
        self.visit.show_visit(visit_id, aspect, question, evidence_id)
        self._go(Location("visit", visit_id))

    def open_place(self, place: Place) -> None:
        """Open the exact place of a search result."""
        if place.visit_id is not None:
            evidence = place.row_id if place.table == "evidence" else None
            self.open_visit(place.visit_id, place.aspect, place.question, evidence)
        elif place.table == "actions":
            self.open_school(place.school_id, "actions", place.row_id)
        else:
            self.open_school(place.school_id)

    def go_back(self) -> None:
        if not self.history:
            return
        location = self.history.pop()
        if location.page == "school" and location.ref:
            self.school.show_school(location.ref)
        elif location.page == "visit" and location.ref:
            self.visit.show_visit(location.ref)
        self._go(location, remember=False)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _search_typed(self, text: str) -> None:
        if text.strip():
            self.search_page.search(text)
            if self.location.page != "search":
                self._go(Location("search"))
        elif self.location.page == "search":
            self.go_back()

    def _search_enter(self) -> None:
        if self.location.page == "search" and self.search_page.places:
            self.search_page.open_current()
        elif self.search_box.text().strip():
            self.search_page.search(self.search_box.text(), now=True)
            self._go(Location("search"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down and self.location.page == "search":
                self.search_page.results.setFocus()
                return True
            if key == Qt.Key.Key_Escape:
                self.search_box.clear()
                if self.location.page == "search":
                    self.go_back()
                return True
        return super().eventFilter(watched, event)

    def _add_action(self) -> None:
        if self.location.page == "visit":
            self.visit.add_new_action()
        elif self.location.page == "school":
            self.school.add_new_action()

    def _request_support(self) -> None:
        if self.location.page == "visit":
            self.visit.request_new_support()
        elif self.location.page == "school":
            self.school.edit_support_item(None)

    def _update_chrome(self) -> None:
        page = self.location.page
        self.back_action.setEnabled(bool(self.history))
        on_school = page == "school"
        on_visit = page == "visit"
        for action in (
            self.start_visit_action,
            self.add_priority_action,
            self.judge_action,
            self.level_action,
        ):
            action.setEnabled(on_school)
        for action in (
            self.finish_action,
            self.evidence_action,
            self.next_question_action,
            self.previous_question_action,
        ):
            action.setEnabled(on_visit)
        self.action_action.setEnabled(on_school or on_visit)
        self.support_action.setEnabled(on_school or on_visit)
        parts = [self.tr("Caseload")]
        if page == "school" and self._school is not None:
            parts.append(self._school.title())
        elif page == "visit" and self._visit is not None and self._visit.sheet is not None:
            parts += [self._visit.sheet.school.name, self._visit.page_title()]
        elif page == "search":
            parts.append(self.tr("Search"))
        title = parts[-1] if len(parts) > 1 else self.tr("Your caseload")
        self.setWindowTitle(f"{title} — SIPL")

    # --- dialogs ------------------------------------------------------------------------

    def show_preferences(self) -> None:
        PreferencesDialog(self._services.prefs, self).exec()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every keyboard shortcut of SIPL, with what it does in the current language."""
        return [
            ("Ctrl+K", self.tr("Search the whole caseload")),
            ("Ctrl+F", self.tr("Find a school in the caseload")),
            ("Alt+Left", self.tr("Back")),
            ("Ctrl+1", self.tr("Caseload")),
            ("Ctrl+N", self.tr("Start a visit (school screen)")),
            ("Ctrl+J", self.tr("Record a judgement (school screen)")),
            ("Ctrl+Shift+P", self.tr("Add a priority (school screen)")),
            ("Ctrl+Page Down / Up", self.tr("Next / previous question (visit)")),
            ("Ctrl+Shift+Page Down / Up", self.tr("Next / previous aspect (visit)")),
            ("Ctrl+E", self.tr("Write evidence (visit)")),
            ("Ctrl+Enter", self.tr("Add the evidence you wrote (evidence panel)")),
            ("← / →", self.tr("Move between the question steps (visit)")),
            ("Ctrl+Shift+A", self.tr("Add an agreed action (school or visit)")),
            ("Ctrl+Shift+Enter", self.tr("Finish the visit")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo in any text field")),
            ("Ctrl+,", self.tr("Preferences")),
        ]

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.tr("Keyboard shortcuts"), self.shortcut_rows(), self).exec()

    def show_about(self) -> None:
        inform(
            self,
            self.tr("About SIPL"),
            self.tr(
                "SIPL — the School Improvement Partnership Log.\n\nYour caseload, visits and "
                "judgements, on this computer, in Welsh or English. Everything is saved as you "
                "type and works without a connection."
            ),
        )

    def _op_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        inform(self, self.tr("Not saved"), message, warning=True)

    # --- closing and language -------------------------------------------------------------

    def set_partner(self, name: str | None) -> None:
        """Show whose caseload this is in the status bar."""
        self._partner = name
        self.retranslate()

    def flush_edits(self) -> None:
        """Hand every unsaved edit to the store thread now."""
        self._services.tracker.flush_all()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_edits()
        prefs = self._services.prefs
        prefs.set_state("window/geometry", self.saveGeometry())
        self.caseload.save_state()
        for page in (self._school, self._visit):
            if page is not None:
                page.save_state()
        prefs.sync()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.school_menu.setTitle(self.tr("&School"))
        self.visit_menu.setTitle(self.tr("&Visit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.back_action.setText(self.tr("Back"))
        self.back_action.setToolTip(self.tr("Back (Alt+Left)"))
        self.home_action.setText(self.tr("Caseload"))
        self.home_action.setToolTip(self.tr("Your caseload (Ctrl+1)"))
        self.search_action.setText(self.tr("Search…"))
        self.prefs_action.setText(self.tr("Preferences…"))
        self.quit_action.setText(self.tr("Quit"))
        self.start_visit_action.setText(self.tr("Start a visit…"))
        self.add_priority_action.setText(self.tr("Add a priority…"))
        self.judge_action.setText(self.tr("Record a judgement…"))
        self.level_action.setText(self.tr("Change support level…"))
        self.finish_action.setText(self.tr("Finish visit…"))
        self.evidence_action.setText(self.tr("Add evidence"))
        self.action_action.setText(self.tr("Add an agreed action…"))
        self.support_action.setText(self.tr("Request support…"))
        self.next_question_action.setText(self.tr("Next question"))
        self.previous_question_action.setText(self.tr("Previous question"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.about_action.setText(self.tr("About SIPL"))
        self.search_box.setPlaceholderText(self.tr("Search answers, evidence, actions… (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search the whole caseload"))
        if self._partner:
            self.partner_label.setText(self.tr("Improvement partner: {0}").format(self._partner))
        else:
            self.partner_label.setText(self.tr("Showing every school in this profile"))
        self._update_chrome()
