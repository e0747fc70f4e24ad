"""The Sync and Print menus, and the sync panel in the status bar, added to the window.

Kept apart from ``main_window`` so that window stays about navigation and screens. The
print dialog (and with it the reports) is imported when first asked for, not at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui.common.context import Services
from desktop.ui.common.widgets import insert_menu_before_help
from desktop.ui.sync.link import SyncLink
from desktop.ui.sync.widgets import EnrolDialog, SyncPanel


class ExtraMenus(QObject):
    """Owns the Sync and Print actions of one main window."""

    def __init__(self, window: QMainWindow, services: Services, link: SyncLink) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.link = link
        self.panel = SyncPanel(link)
        window.statusBar().addPermanentWidget(self.panel)
        self.sync_action = QAction(window)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.triggered.connect(self.sync_or_connect)
        self.connect_action = QAction(window)
        self.connect_action.triggered.connect(self.show_enrol)
        self.conflicts_action = QAction(window)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.print_visit_action = QAction(window)
        self.print_visit_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_visit_action.triggered.connect(self.print_visit)
        self.governors_action = QAction(window)
        self.governors_action.triggered.connect(self.print_governors)
        self.la_action = QAction(window)
        self.la_action.triggered.connect(self.print_la)
        self.sync_menu = QMenu(window)
        for action in (self.sync_action, self.connect_action, self.conflicts_action):
            self.sync_menu.addAction(action)
        self.print_menu = QMenu(window)
        for action in (self.print_visit_action, self.governors_action, self.la_action):
            self.print_menu.addAction(action)
        insert_menu_before_help(window.menuBar(), self.print_menu)
        insert_menu_before_help(window.menuBar(), self.sync_menu)
        self.panel.connect_requested.connect(self.show_enrol)
        window.installEventFilter(self)
        location_changed = getattr(window, "location_did_change", None)
        if location_changed is not None:
            location_changed.connect(self.update_enabled)
        self.retranslate()
        self.update_enabled()

    # -- what is on screen --------------------------------------------------------------

    def _location(self) -> tuple[str, str | None]:
        location = getattr(self.window, "location", None)
        return (location.page, location.ref) if location is not None else ("caseload", None)

    def _school_id(self) -> str | None:
        page, ref = self._location()
        if page == "school":
            return ref
        if page == "visit":
            visit_page = getattr(self.window, "_visit", None)
            sheet = getattr(visit_page, "sheet", None)
            return sheet.school.id if sheet is not None else None
        return None

    def _year(self) -> str:
        """The academic year on screen: the one chosen on the school screen, else this one."""
        page, _ = self._location()
        school_page = getattr(self.window, "_school", None)
        log = getattr(school_page, "log", None)
        if page == "school" and log is not None:
            return str(log.academic_year)
        return self.services.academic_year

    def update_enabled(self) -> None:
        page, _ = self._location()
        self.print_visit_action.setEnabled(page == "visit")
        school = page == "school"
        self.governors_action.setEnabled(school)
        self.la_action.setEnabled(school)

    # -- sync ---------------------------------------------------------------------------

    def sync_or_connect(self) -> None:
        status = self.panel.status
        if status is not None and not status.enrolled:
            self.show_enrol()
        else:
            self.link.sync_now()

    def show_enrol(self) -> None:
        EnrolDialog(self.link, self.window).exec()

    def show_conflicts(self) -> None:
        from desktop.ui.sync.conflicts_dialog import ConflictsDialog  # loads when first opened

        ConflictsDialog(self.services.runner, self.services.present, self.window).exec()

    # -- printing -----------------------------------------------------------------------

    def print_visit(self) -> None:
        from desktop.ui.printing import report_dialog

        page, visit_id = self._location()
        school_id = self._school_id()
        if page != "visit" or not visit_id or not school_id:
            return
        report_dialog.ReportDialog(
            self.services.runner,
            self.tr("Note of visit"),
            school_id,
            report_dialog.visit_builder(visit_id),
            "note-of-visit.pdf",
            self.window,
        ).exec()

    def print_governors(self) -> None:
        from desktop.ui.printing import report_dialog

        school_id = self._school_id()
        if school_id:
            year = self._year()
            report_dialog.ReportDialog(
                self.services.runner,
                self.tr("Annual report to the governing body"),
                school_id,
                report_dialog.governors_builder(school_id, year),
                f"governors-report-{year}.pdf",
                self.window,
            ).exec()

    def print_la(self) -> None:
        from desktop.ui.printing import report_dialog

        school_id = self._school_id()
        if school_id:
            year = self._year()
            # A past year's summary is its last term's; this year's, the current term's.
            term = self.services.term if year == self.services.academic_year else "summer"
            report_dialog.ReportDialog(
                self.services.runner,
                self.tr("Termly summary for the local authority"),
                school_id,
                report_dialog.la_builder(school_id, year, term),
                f"la-summary-{year}-{term}.pdf",
                self.window,
            ).exec()

    # -- language -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.sync_menu.setTitle(self.tr("S&ync"))
        self.sync_action.setText(self.tr("Sync now"))
        self.connect_action.setText(self.tr("Connect to a central store…"))
        self.conflicts_action.setText(self.tr("Conflicting changes…"))
        self.print_menu.setTitle(self.tr("&Print"))
        self.print_visit_action.setText(self.tr("Note of visit…"))
        self.governors_action.setText(self.tr("Annual report to the governing body…"))
        self.la_action.setText(self.tr("Termly summary for the local authority…"))
        self.panel.retranslate()
