"""Search across the whole caseload from one box; each result opens its exact place.

The query runs on the store thread (full-text index); typing is debounced so a fast
typist starts one search, not one per key.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import workspace
from desktop.store.workspace import Place
from desktop.ui.common.context import Services
from desktop.ui.common.style import scaled_font
from desktop.ui.common.widgets import muted


class SearchPage(QWidget):
    """Results of the last search. Emits ``place_chosen(Place)``."""

    place_chosen = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.query = ""
        self.places: tuple[Place, ...] = ()
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.5, bold=True))
        self.subtitle = muted()
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setSpacing(2)
        self.results.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._run)
        self.results.itemActivated.connect(self._activated)
        self.results.itemDoubleClicked.connect(self._activated)
        self.retranslate()

    def search(self, text: str, *, now: bool = False) -> None:
        """Search for ``text`` after a short pause in typing (or ``now``)."""
        self.query = text
        if now:
            self._timer.stop()
            self._run()
        else:
            self._timer.start()

    def _run(self) -> None:
        text = self.query
        self._services.runner.submit(
            lambda store: workspace.search_places(store, text),
            partial(self._show, text),
        )

    def _show(self, text: str, places: tuple[Place, ...]) -> None:
        if text != self.query:
            return
        self.places = places
        self._fill()

    def _fill(self) -> None:
        self.results.clear()
        for place in self.places:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, place)
            label = QLabel(self._describe(place))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(8, 6, 8, 6)
            lines = 2 if len(place.snippet) < 120 else 3
            item.setSizeHint(QSize(100, label.fontMetrics().lineSpacing() * lines + 16))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._plain(place))
            item.setToolTip(self._plain(place))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if self.places:
            self.results.setCurrentRow(0)
        self.retranslate()

    def _where(self, place: Place) -> str:
        lang = self._services.language
        present = self._services.present
        kinds = {
            "enquiry_answers": self.tr("Answer"),
            "evidence": self.tr("Evidence"),
            "actions": self.tr("Action"),
            "notes": self.tr("Note"),
            "visits": self.tr("Visit summary"),
        }
        parts = []
        if place.visit_date:
            parts.append(self.tr("Visit on {0}").format(lang.date(place.visit_date)))
        parts.append(kinds.get(place.table, place.table))
        if place.question:
            short = self._services.forms.question(place.question).short.get(lang.code)
            parts.append(self.tr("Question {0}: {1}").format(place.question, short))
        if place.aspect and place.aspect.startswith("area:"):
            parts.append(present.area(place.aspect.partition(":")[2]))
        return " · ".join(parts)

    def _describe(self, place: Place) -> str:
        snippet = html.escape(place.snippet).replace("[", "<b>").replace("]", "</b>")
        return (
            f"<b>{html.escape(place.school_name)}</b> "
            f"<span style='color:#5b6470'>— {html.escape(self._where(place))}</span>"
            f"<br>{snippet}"
        )

    def _plain(self, place: Place) -> str:
        return f"{place.school_name} — {self._where(place)}: " + place.snippet.replace(
            "[", ""
        ).replace("]", "")

    def _activated(self, item: QListWidgetItem) -> None:
        place = item.data(Qt.ItemDataRole.UserRole)
        if place is not None:
            self.place_chosen.emit(place)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def page_title(self) -> str:
        return self.tr("Search")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Search results"))
        if not self.query.strip():
            self.subtitle.setText(
                self.tr(
                    "Type in the search box to search answers, evidence, "
                    "actions, notes and visit summaries."
                )
            )
        elif len(self.places) == 1:
            self.subtitle.setText(
                self.tr("1 result for “{0}”. Press Enter to open it.").format(self.query)
            )
        elif self.places:
            self.subtitle.setText(
                self.tr("{0} results for “{1}”. Press Enter to open one.").format(
                    len(self.places), self.query
                )
            )
        else:
            self.subtitle.setText(self.tr("Nothing found for “{0}”.").format(self.query))
        self.results.setAccessibleName(self.tr("Search results"))
