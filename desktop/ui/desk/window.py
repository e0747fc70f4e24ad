"""The principal improvement partner's desk: a window of tabs over the team's synced data.

Tabs: team caseload, consistency of judgements, conflicts, enhanced support, LA termly view.
The desk is offered (``team_menu``) when the profile's partner is a PIP or an
administrator. It reads only this laptop's store, so it says when the last sync was and
offers to sync now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store.desk_facts import DeskFacts, desk_facts
from desktop.ui.common.context import Services
from desktop.ui.common.style import scaled_font
from desktop.ui.common.widgets import muted, whole_tabs
from desktop.ui.desk.caseload import TeamCaseloadPage
from desktop.ui.desk.conflicts import TeamConflictsPage
from desktop.ui.desk.consistency import ConsistencyPage
from desktop.ui.desk.la_view import LaTermlyPage
from desktop.ui.desk.page import DeskPage
from desktop.ui.desk.reallocate_dialog import ReallocateDialog
from desktop.ui.desk.reviews import EnhancedReviewsPage


class TeamDesk(QMainWindow):
    """The desk's window. ``open_school(id)`` shows a school in the main window."""

    def __init__(
        self,
        services: Services,
        open_school: Callable[[str], None],
        sync_now: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._services = services
        self._open_school = open_school
        self.team: str | None = None
        self.last_sync: str | None = None
        self.setObjectName("teamDesk")
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 1.4, bold=True))
        self.freshness = muted()
        self.sync_button = QPushButton()
        self.sync_button.setVisible(sync_now is not None)
        # The year the desk shows: this one and the two before it.
        self.year_box = QComboBox()
        self.year_box.setObjectName("deskYear")
        start = int(services.academic_year[:4])
        for first in range(start, start - 3, -1):
            year = f"{first}-{(first + 1) % 100:02d}"
            self.year_box.addItem(year, year)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year_box)
        if sync_now is not None:
            self.sync_button.clicked.connect(sync_now)
        self.caseload = TeamCaseloadPage(services)
        self.consistency = ConsistencyPage(services)
        self.conflicts = TeamConflictsPage(services)
        self.reviews = EnhancedReviewsPage(services)
        self.la_view = LaTermlyPage(services)
        self.pages: list[DeskPage] = [
            self.caseload,
            self.consistency,
            self.conflicts,
            self.reviews,
            self.la_view,
        ]
        self.tabs = whole_tabs(QTabWidget())
        self.tabs.setDocumentMode(True)
        for page in self.pages:
            self.tabs.addTab(page, "")
            page.open_school_requested.connect(self._open)
        self.caseload.reallocate_requested.connect(self.reallocate)
        self.year_box.activated.connect(lambda _: self.show_year(self.year_box.currentData()))
        top = QHBoxLayout()
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.heading)
        words.addWidget(self.freshness)
        top.addLayout(words, 1)
        top.addWidget(self.year_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.year_box, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignBottom)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self.resize(1366, 768)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()
        services.runner.submit(desk_facts, self._facts)  # each page loads itself

    def reload(self) -> None:
        """Read every tab afresh, and the desk's own facts."""
        self._services.runner.submit(desk_facts, self._facts)
        for page in self.pages:
            page.reload()

    def show_year(self, year: str) -> None:
        """Every tab shows ``year`` (this year's view is the default)."""
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(year)))
        chosen = None if year == self._services.academic_year else year
        for page in self.pages:
            page.set_year(chosen)

    def _store_changed(self, tables: frozenset[str]) -> None:
        if "settings" in tables or "people" in tables:
            self._services.runner.submit(desk_facts, self._facts)

    def _facts(self, facts: DeskFacts) -> None:
        self.team, self.last_sync = facts.team, facts.last_sync
        self.retranslate()

    def _open(self, school_id: str) -> None:
        self._open_school(school_id)

    def reallocate(self, school_id: str) -> ReallocateDialog:
        """Open the reallocation dialog for a school (modeless; returned for tests)."""
        dialog = ReallocateDialog(self._services, school_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reallocated.connect(lambda _s, _p: self.caseload.reload())
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team desk · SIPL"))
        self.heading.setText(
            self.tr("Team desk: {0}").format(self.team) if self.team else self.tr("Team desk")
        )
        if self.last_sync:
            stamp = self._services.language.date(self.last_sync)
            self.freshness.setText(
                self.tr(
                    "Everything here is as of this laptop's last sync, on {0}. Each partner's "
                    "own last sync is shown beside their schools."
                ).format(stamp)
            )
        else:
            self.freshness.setText(
                self.tr("This laptop has not synced yet: connect and sync to see the team.")
            )
        self.sync_button.setText(self.tr("Sync now"))
        self.year_label.setText(self.tr("Academic &year"))
        self.year_box.setAccessibleName(self.tr("Academic year"))
        for number, page in enumerate(self.pages):
            self.tabs.setTabText(number, page.title())
