"""The home screen: the partner's schools at a glance.

One row per school: name and number, local authority, sector, Welsh-medium type, core or
enhanced support, the latest judgement of each priority (colour, words and track mark),
support days used against the sector minimum, the last visit and the next key task of the
term. Sortable by every column, filterable, and type-to-find.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store import caseload, people
from desktop.store.caseload import CaseloadEntry
from desktop.ui.caseload.first_run import FirstRunPanel
from desktop.ui.common.context import Services
from desktop.ui.common.school_cells import (
    CHIPS_ROLE,
    DAYS_ROLE,
    SECOND_LINE_ROLE,
    WARNING_ROLE,
    ChipsDelegate,
    DaysDelegate,
    DaysUsed,
    SchoolDelegate,
)
from desktop.ui.common.style import (
    CHIP_GAP,
    chip_height,
    chip_width,
    scaled_font,
)
from desktop.ui.common.tables import SORT_ROLE, RowsModel, SortFilterProxy
from desktop.ui.common.widgets import muted, primary_button, refill_choices

if TYPE_CHECKING:
    from desktop.store.store import Store

ID_ROLE = Qt.ItemDataRole.UserRole + 4
FILTER_ROLE = Qt.ItemDataRole.UserRole + 6


class Column(IntEnum):
    SCHOOL = 0
    SECTOR = 1
    MEDIUM = 2
    SUPPORT = 3
    PROGRESS = 4
    DAYS = 5
    LAST_VISIT = 6
    NEXT_TASK = 7


class CaseloadModel(RowsModel):
    """The caseload rows; texts follow the current language at every ``data`` call."""

    COLUMNS = len(Column)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services

    @property
    def entries(self) -> Sequence[CaseloadEntry]:
        return self.rows

    def set_entries(self, entries: tuple[CaseloadEntry, ...]) -> None:
        self.set_rows(entries)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == Column.PROGRESS:
                return self.tr(
                    "The latest judgement of each priority this year: its rate of progress, "
                    "✓ on track or ⚠ off track"
                )
            if section == Column.DAYS:
                return self.tr(
                    "Your days from visits this year against the sector minimum and the days agreed"
                )
        return None

    def _header(self, column: Column) -> str:
        present = self._services.present
        return {
            Column.SCHOOL: self.tr("School and local authority"),
            Column.SECTOR: self.tr("Sector"),
            Column.MEDIUM: self.tr("Language"),
            Column.SUPPORT: self.tr("Support"),
            Column.PROGRESS: self.tr("Progress of priorities"),
            Column.DAYS: self.tr("Your days"),
            Column.LAST_VISIT: self.tr("Last visit"),
            Column.NEXT_TASK: self.tr("Next key task ({0})").format(
                present.term(self._services.term)
            ),
        }[column]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        school = entry.school
        column = Column(index.column())
        present = self._services.present
        if role == ID_ROLE:
            return school.id
        if role == FILTER_ROLE:
            return " ".join(
                [
                    school.name,
                    school.number,
                    school.la_name,
                    school.postcode or "",
                    present.sector(school.sector),
                    present.medium(school.welsh_medium_type),
                ]
            ).casefold()
        if column == Column.SCHOOL:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return school.name
            if role == SECOND_LINE_ROLE:
                line = f"{school.la_name} · {school.number}"
                until = entry.row.read_only_until
                if until:
                    date = self._services.language.date(until, long=False)
                    line += " · " + self.tr("Moved on: read only until {0}").format(date)
                return line
            if role == WARNING_ROLE:
                return entry.row.read_only_until is not None
            if role == Qt.ItemDataRole.ToolTipRole:
                head = (
                    self.tr("Headteacher: {0}").format(school.headteacher)
                    if (school.headteacher)
                    else ""
                )
                return "\n".join(
                    p for p in (school.name, f"{school.la_name} · {school.number}", head) if p
                )
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{school.name}, {school.la_name}"
        elif column == Column.SECTOR:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                return present.sector(school.sector)
        elif column == Column.MEDIUM:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                return present.medium(school.welsh_medium_type)
        elif column == Column.SUPPORT:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                return present.support_level(school.support_level)
            if role == Qt.ItemDataRole.ForegroundRole and school.support_level == "enhanced":
                return QColor("#8a4b00")
            if role == Qt.ItemDataRole.FontRole and school.support_level == "enhanced":
                font = QFont()
                font.setBold(True)
                return font
        elif column == Column.PROGRESS:
            chips = [present.judgement_chip(j, title) for title, j in entry.row.latest]
            if role == CHIPS_ROLE:
                if all(j is None for _, j in entry.row.latest):
                    return []
                return chips
            if role == Qt.ItemDataRole.DisplayRole:
                count = len(entry.row.latest)
                if count == 0:
                    return self.tr("No priorities yet")
                if all(j is None for _, j in entry.row.latest):
                    if count == 1:
                        return self.tr("1 priority, not yet judged")
                    return self.tr("{0} priorities, not yet judged").format(count)
                return ""
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                if not chips:
                    return self.tr("No priorities recorded for this year")
                return "\n".join(c.accessible for c in chips)
            if role == SORT_ROLE:
                ranks = [
                    self._services.forms.rate(j.rate).rank if j else 5 for _, j in entry.row.latest
                ]
                return (entry.off_track, max(ranks, default=0), sum(ranks))
        elif column == Column.DAYS:
            # issue 15: the partner's own days (from visits) against the sector minimum
            # plus the days agreed for the school; brokered support is in the tooltip
            days = entry.row.days
            due = days.due if days else self._services.forms.minimum_days(school.sector)
            used = days.partner_days if days else 0.0
            if role == DAYS_ROLE:
                return DaysUsed(used, due)
            if role == SORT_ROLE:
                return used / due if due else used
            number = self._services.language.number
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if due is None:
                    return self.tr("{0} days").format(number(used))
                return self.tr("{0} of {1} days").format(number(used), number(due))
            if role == Qt.ItemDataRole.ToolTipRole and days is not None:
                return self.tr(
                    "Your days from visits: {0}. Due: the minimum for the sector ({1}) and "
                    "{2} agreed. Brokered support, counted apart: {3} days."
                ).format(
                    number(days.partner_days),
                    number(days.minimum) if days.minimum is not None else "–",
                    number(days.agreed),
                    number(days.brokered),
                )
        elif column == Column.LAST_VISIT:
            if role == Qt.ItemDataRole.DisplayRole:
                last = entry.row.last_visit
                return (
                    self._services.language.date(last, long=False) if last else self.tr("None yet")
                )
            if role == SORT_ROLE:
                return entry.row.last_visit or ""
        elif column == Column.NEXT_TASK:
            text = (
                present.key_task(entry.next_task)
                if entry.next_task
                else self.tr("All covered this term")
            )
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                return text
        return None


class CaseloadFilter(SortFilterProxy):
    """Type-to-find over name, number, LA, postcode; plus LA, sector, support, off track."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.la = ""
        self.sector = ""
        self.support = ""
        self.off_track_only = False

    def update(self, **criteria: Any) -> None:
        with self.changing_filter():
            for key, value in criteria.items():
                setattr(self, key, value)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseloadModel)
        entry = model.entries[source_row]
        school = entry.school
        if self.la and school.la_code != self.la:
            return False
        if self.sector and school.sector.casefold() != self.sector.casefold():
            return False
        if self.support and school.support_level != self.support:
            return False
        if self.off_track_only and entry.off_track == 0:
            return False
        if self.text:
            haystack = str(model.index(source_row, 0).data(FILTER_ROLE))
            return all(word in haystack for word in self.text.casefold().split())
        return True


class CaseloadPage(QWidget):
    """The caseload table with its filter bar. Emits ``school_chosen(id)``."""

    school_chosen = Signal(str)
    caseload_did_load = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._loaded = False
        # Asked for first: the store thread reads the caseload (as soon as the file is open)
        # while the rest of the window is built. The answer comes through the event loop,
        # so never before this page is complete.
        self.refresh()
        self.model = CaseloadModel(services, self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.5, bold=True))
        self.subtitle = muted()
        self.find_box = QLineEdit()
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(220)
        self.la = QComboBox()
        self.sector = QComboBox()
        self.support = QComboBox()
        for combo in (self.la, self.sector, self.support):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.off_track = QCheckBox()
        self.open_button = primary_button()
        self.open_button.setEnabled(False)

        self.table = QTableView()
        self.table.setObjectName("caseloadTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.SCHOOL, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(Column.SCHOOL, SchoolDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.PROGRESS, ChipsDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.DAYS, DaysDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        self.empty = muted()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.first_run = FirstRunPanel()
        self.first_run.hide()
        self.first_run.import_requested.connect(self.import_schools)
        self._enrolled = True  # until the store says otherwise: no first-run panel

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.find_box, 2)
        filters.addWidget(self.la)
        filters.addWidget(self.sector)
        filters.addWidget(self.support)
        filters.addWidget(self.off_track)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.first_run, 1)
        self._filters = [self.find_box, self.la, self.sector, self.support, self.off_track]

        self.find_box.textChanged.connect(lambda text: self._filter(text=text))
        self.la.currentIndexChanged.connect(lambda _: self._filter(la=self.la.currentData() or ""))
        self.sector.currentIndexChanged.connect(
            lambda _: self._filter(sector=self.sector.currentData() or "")
        )
        self.support.currentIndexChanged.connect(
            lambda _: self._filter(support=self.support.currentData() or "")
        )
        self.off_track.toggled.connect(lambda on: self._filter(off_track_only=on))
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.open_button.setEnabled(current.isValid())
        )
        self.open_button.clicked.connect(self.open_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_find)
        self.find_box.returnPressed.connect(self._find_enter)
        self.find_box.installEventFilter(self)
        self.setTabOrder(self.find_box, self.la)
        self.setTabOrder(self.la, self.sector)
        self.setTabOrder(self.sector, self.support)
        self.setTabOrder(self.support, self.off_track)
        self.setTabOrder(self.off_track, self.table)
        self.setTabOrder(self.table, self.open_button)
        self._restore_header()
        self.retranslate()
        services.runner.store_did_change.connect(self._store_changed)

    # --- data ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the caseload from the store (on the store thread)."""
        year, today = self._services.academic_year, self._services.today()

        def read(store: Store) -> tuple[tuple[CaseloadEntry, ...], bool]:
            me = people.me(store)
            return caseload.caseload_overview(store, me, year, today), me is not None

        self._services.runner.submit(read, lambda result: self._show(*result))

    def _store_changed(self, tables: frozenset[str]) -> None:
        watched = {
            "schools",
            "priorities",
            "judgements",
            "support",
            "visits",
            "allocations",
            "actions",
            "local_authorities",
            "key_task_checks",
            "agreed_days",
        }
        if tables & watched:
            self.refresh()

    def _show(self, entries: tuple[CaseloadEntry, ...], enrolled: bool = True) -> None:
        current = self.current_school_id()
        self._enrolled = enrolled
        self.model.set_entries(entries)
        self._loaded = True
        self._fill_filters()
        self._fit_rows()
        self._update_counts()
        if current:
            self.select_school(current)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self.caseload_did_load.emit()

    def _fit_rows(self) -> None:
        metrics = self.table.fontMetrics()
        chip = chip_height(metrics)
        row = max(2 * metrics.height() + 14, 2 * chip + CHIP_GAP + 10)
        self.table.verticalHeader().setDefaultSectionSize(row)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widen columns so headings and chips fit in the current language; the next key
        task takes what is left."""
        header = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)
        heading = QFontMetrics(bold)
        metrics = self.table.fontMetrics()
        widest_chip = max(
            [
                chip_width(metrics, chip.text)
                for row in range(self.model.rowCount())
                for chip in self.model.index(row, Column.PROGRESS).data(CHIPS_ROLE) or []
            ]
            + [150]
        )
        progress_heading = str(self.model.headerData(Column.PROGRESS, Qt.Orientation.Horizontal))
        needed = {
            Column.PROGRESS: max(widest_chip + 16, heading.horizontalAdvance(progress_heading) + 30)
        }
        for column in (
            Column.SECTOR,
            Column.MEDIUM,
            Column.SUPPORT,
            Column.DAYS,
            Column.LAST_VISIT,
        ):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            needed[column] = heading.horizontalAdvance(text) + 30
        for column, width in needed.items():
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if header.sectionSize(column) < width:
                header.resizeSection(column, width)

    def _fill_filters(self) -> None:
        entries = self.model.entries
        present = self._services.present
        las = sorted({(e.school.la_code, e.school.la_name) for e in entries}, key=lambda x: x[1])
        sectors = sorted({e.school.sector for e in entries}, key=str.casefold)
        refill_choices(
            self.la, self.tr("All local authorities"), [(name, code) for code, name in las]
        )
        refill_choices(
            self.sector, self.tr("All sectors"), [(present.sector(s), s) for s in sectors]
        )
        refill_choices(
            self.support,
            self.tr("Core and enhanced"),
            [(present.support_level(k), k) for k in ("core", "enhanced")],
        )

    def _filter(self, **criteria: Any) -> None:
        self.proxy.update(**criteria)
        self._update_counts()

    def _update_counts(self) -> None:
        total = len(self.model.entries)
        shown = self.proxy.rowCount()
        present = self._services.present
        year = self._services.academic_year
        term = present.term(self._services.term)
        if shown == total:
            count = self.tr("1 school") if total == 1 else self.tr("{0} schools").format(total)
        else:
            count = self.tr("{0} of {1} schools shown").format(shown, total)
        enhanced = sum(1 for e in self.model.entries if e.school.support_level == "enhanced")
        off = sum(1 for e in self.model.entries if e.off_track)
        parts = [f"{year} · {term}", count]
        if enhanced:
            parts.append(self.tr("{0} on enhanced support").format(enhanced))
        if off:
            parts.append(self.tr("{0} with a priority off track").format(off))
        self.subtitle.setText(" · ".join(parts))
        first_run = self._loaded and total == 0 and not self._enrolled
        self.first_run.setVisible(first_run)
        self.table.setVisible(not first_run)
        self.open_button.setVisible(not first_run)
        for widget in self._filters:
            widget.setVisible(not first_run)
        self.empty.setVisible(self._loaded and shown == 0 and not first_run)
        if total == 0:
            self.empty.setText(
                self.tr(
                    "No schools are allocated to you for this year yet. When your caseload is "
                    "synced or imported, your schools appear here."
                )
            )
        else:
            self.empty.setText(self.tr("No school matches. Clear the search or the filters."))

    # --- first run ------------------------------------------------------------------------

    def import_schools(self, path: str) -> None:
        """Import the schools list at ``path`` on the store thread: all rows or none."""
        self.first_run.show_result(self.tr("Importing {0}…").format(Path(path).name), failed=False)

        def run(store: Store) -> int:
            # Loaded on first use: most days nobody imports, and start-up stays quick.
            from desktop.store.importing import apply as importing
            from desktop.store.importing.address_list import parse_address_list

            plan = importing.apply_schools(store, parse_address_list(Path(path)))
            return len(plan.added) + len(plan.updated)

        self._services.runner.submit(run, self._imported, self._import_failed)

    def _imported(self, count: object) -> None:
        self.first_run.show_result(self.tr("{0} schools imported.").format(count), failed=False)

    def _import_failed(self, error: BaseException) -> None:
        from desktop.store.importing.csvfile import ImportRejected
        from desktop.ui.caseload.import_words import rejection_text

        detail = rejection_text(error) if isinstance(error, ImportRejected) else str(error)
        self.first_run.show_result(
            self.tr("Nothing was imported: the file is not a schools list SIPL can read.")
            + "\n"
            + detail,
            failed=True,
        )

    # --- navigation --------------------------------------------------------------------

    def current_school_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select_school(self, school_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == school_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.school_chosen.emit(str(index.data(ID_ROLE)))

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def _find_enter(self) -> None:
        if self.proxy.rowCount() >= 1:
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.find_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.table.setFocus()
                row = self.table.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                self.table.selectRow(max(0, min(self.proxy.rowCount() - 1, row + step)))
                return True
        return super().eventFilter(watched, event)

    # --- state and language ------------------------------------------------------------

    def _restore_header(self) -> None:
        state = self._services.prefs.state("caseload/header")
        header = self.table.horizontalHeader()
        if state is None or not header.restoreState(state):
            widths = {
                Column.SCHOOL: 270,
                Column.SECTOR: 105,
                Column.MEDIUM: 130,
                Column.SUPPORT: 135,
                Column.DAYS: 115,
                Column.LAST_VISIT: 105,
            }
            for column, width in widths.items():
                header.resizeSection(column, width)
        header.setStretchLastSection(True)

    def save_state(self) -> None:
        self._services.prefs.set_state("caseload/header", self.table.horizontalHeader().saveState())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your caseload"))
        self.find_box.setPlaceholderText(
            self.tr("Find a school by name, number or place  (Ctrl+F)")
        )
        self.find_box.setAccessibleName(self.tr("Find a school"))
        self.la.setAccessibleName(self.tr("Filter by local authority"))
        self.sector.setAccessibleName(self.tr("Filter by sector"))
        self.support.setAccessibleName(self.tr("Filter by support level"))
        self.off_track.setText(self.tr("Off track only"))
        self.off_track.setToolTip(self.tr("Show only schools with a priority off track"))
        self.open_button.setText(self.tr("Open school"))
        self.open_button.setToolTip(self.tr("Open the chosen school's log (Enter)"))
        self.table.setAccessibleName(self.tr("Schools in your caseload"))
        self.model.retranslate()
        if self._loaded:
            self._fill_filters()
            self._update_counts()
            self._fit_columns()

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
