"""The Team menu of the main window, offered only to a PIP or an administrator.

The desk itself (:mod:`desktop.ui.desk.window`) is imported when first opened, so a
partner's start-up never pays for the PIP's screens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.store.desk_facts import DeskFacts, desk_facts
from desktop.ui.common.context import Services
from desktop.ui.common.widgets import insert_menu_before_help
from desktop.ui.sync.link import SyncLink

if TYPE_CHECKING:
    from desktop.ui.desk.window import TeamDesk

DESK_ROLES = frozenset({"pip", "admin"})


class TeamMenu(QObject):
    """The Team menu of the main window, shown only to a PIP or an administrator."""

    def __init__(self, window: QMainWindow, services: Services, link: SyncLink | None) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.link = link
        self.desk: TeamDesk | None = None
        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.open_action.triggered.connect(self.open_desk)
        self.menu = QMenu(window)
        self.menu.addAction(self.open_action)
        self.menu_action = insert_menu_before_help(window.menuBar(), self.menu)
        self.menu_action.setVisible(False)
        self.open_action.setEnabled(False)
        window.installEventFilter(self)
        self.retranslate()
        services.runner.submit(desk_facts, self._facts)
        services.runner.store_did_change.connect(self._store_changed)

    def _store_changed(self, tables: frozenset[str]) -> None:
        if tables & {"people", "settings"}:  # enrolled, or the partner's role changed
            self.services.runner.submit(desk_facts, self._facts)

    def _facts(self, facts: DeskFacts) -> None:
        allowed = facts.role in DESK_ROLES
        self.menu_action.setVisible(allowed)
        self.open_action.setEnabled(allowed)

    def open_desk(self) -> TeamDesk:
        """Show the desk (one per window), building it the first time."""
        if self.desk is None:
            open_school = getattr(self.window, "open_school", None)

            def show_school(school_id: str) -> None:
                if open_school is not None:
                    open_school(school_id)
                self.window.raise_()
                self.window.activateWindow()

            from desktop.ui.desk.window import TeamDesk  # the PIP's screens, loaded when used

            sync_now = self.link.sync_now if self.link is not None else None
            self.desk = TeamDesk(self.services, show_school, sync_now, self.window)
        self.desk.show()
        self.desk.raise_()
        return self.desk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Team"))
        self.open_action.setText(self.tr("Team desk…"))
