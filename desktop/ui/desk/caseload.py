"""The PIP's team caseload: every school of every partner of the team, from the last sync.

One row per school: name, LA and number; who holds it (and to whom it is handed later),
with when that partner's laptop last synced, so stale data shows as stale in words;
support level; each priority's latest judgement; support days against the minimum; and
the last visit. Filters: LA, partner, sector, language medium, support level, off track.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store import team
from desktop.store.team import TeamRow
from desktop.ui.common.context import Services
from desktop.ui.common.school_cells import (
    CHIPS_ROLE,
    DAYS_ROLE,
    SECOND_LINE_ROLE,
    WARNING_COLOUR,
    WARNING_ROLE,
    ChipsDelegate,
    DaysDelegate,
    DaysUsed,
    SchoolDelegate,
)
from desktop.ui.common.style import scaled_font
from desktop.ui.common.tables import SORT_ROLE, RowsModel, SortFilterProxy, read_only_table
from desktop.ui.common.widgets import muted, primary_button, refill_choices, set_empty
from desktop.ui.desk.page import DeskPage

STALE_AFTER_DAYS = 7
"""A partner whose laptop has not synced for longer is shown as out of date."""

_WATCHED = frozenset(
    {"schools", "priorities", "judgements", "support", "visits", "allocations", "people"}
)


class Column(IntEnum):
    SCHOOL = 0
    PARTNER = 1
    SUPPORT = 2
    PROGRESS = 3
    DAYS = 4
    LAST_VISIT = 5


def days_since(stamp: str | None, today: date) -> int | None:
    """Whole days from a UTC ISO stamp to ``today``; None when there is no stamp."""
    if not stamp:
        return None
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC).date()
    return max(0, (today - when).days)


class TeamCaseloadModel(RowsModel):
    """The team's rows; texts follow the current language at every ``data`` call."""

    COLUMNS = len(Column)
    rows: Sequence[TeamRow]

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.SCHOOL: self.tr("School and local authority"),
            Column.PARTNER: self.tr("Improvement partner"),
            Column.SUPPORT: self.tr("Support"),
            Column.PROGRESS: self.tr("Progress of priorities"),
            Column.DAYS: self.tr("Partner days"),
            Column.LAST_VISIT: self.tr("Last visit"),
        }[Column(section)]

    def sync_words(self, row: TeamRow) -> str:
        """When the holder's laptop last synced, in words; says so when out of date."""
        holder = row.holder
        if holder is None:
            return ""
        days = days_since(holder.last_sync, self._services.today())
        if days is None:
            return self.tr("Never synced")
        if days == 0:
            return self.tr("Synced today")
        if days == 1:
            return self.tr("Synced yesterday")
        if days > STALE_AFTER_DAYS:
            return self.tr("Out of date: not synced for {0} days").format(days)
        return self.tr("Synced {0} days ago").format(days)

    def is_stale(self, row: TeamRow) -> bool:
        if row.holder is None:
            return False
        days = days_since(row.holder.last_sync, self._services.today())
        return days is None or days > STALE_AFTER_DAYS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        school = row.school
        present = self._services.present
        language = self._services.language
        column = Column(index.column())
        if column == Column.SCHOOL:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return school.name
            if role == SECOND_LINE_ROLE:
                return f"{school.la_name} · {school.number}"
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{school.name}, {school.la_name} · {school.number}"
        elif column == Column.PARTNER:
            name = row.holder.name if row.holder else self.tr("Not allocated")
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return name
            if role == SECOND_LINE_ROLE:
                line = self.sync_words(row)
                if row.incoming is not None:
                    line += " · " + self.tr("→ {0}, {1}").format(
                        row.incoming.name, language.date(row.incoming.starts_on, long=False)
                    )
                return line
            if role == WARNING_ROLE:
                return self.is_stale(row)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                parts = [name, self.sync_words(row)]
                if row.holder is not None and row.holder.last_sync:
                    parts.append(
                        self.tr("Last sync: {0}").format(language.date(row.holder.last_sync))
                    )
                if row.incoming is not None:
                    parts.append(
                        self.tr("Handed to {0} from {1}").format(
                            row.incoming.name, language.date(row.incoming.starts_on)
                        )
                    )
                return "\n".join(p for p in parts if p)
        elif column == Column.SUPPORT:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                return present.support_level(school.support_level)
            if role == Qt.ItemDataRole.ForegroundRole and school.support_level == "enhanced":
                return QColor(WARNING_COLOUR)
        elif column == Column.PROGRESS:
            chips = [present.judgement_chip(p.latest, p.title) for p in row.priorities]
            if role == CHIPS_ROLE:
                return [] if all(p.latest is None for p in row.priorities) else chips
            if role == Qt.ItemDataRole.DisplayRole:
                if not row.priorities:
                    return self.tr("No priorities yet")
                if all(p.latest is None for p in row.priorities):
                    return self.tr("Not yet judged")
                return ""
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return "\n".join(c.accessible for c in chips) or self.tr("No priorities yet")
            if role == SORT_ROLE:
                ranks = [
                    self._services.forms.rate(p.latest.rate).rank if p.latest else 5
                    for p in row.priorities
                ]
                return (row.off_track, max(ranks, default=0), sum(ranks))
        elif column == Column.DAYS:
            # issue 15: the partner's days from visits against the minimum plus agreed days
            used = row.days.partner_days if row.days else 0.0
            minimum = row.days.due if row.days else row.minimum_days
            if role == DAYS_ROLE:
                return DaysUsed(used, minimum)
            if role == SORT_ROLE:
                return used / minimum if minimum else used
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if minimum is None:
                    return self.tr("{0} days").format(language.number(used))
                return self.tr("{0} of {1} days").format(
                    language.number(used), language.number(minimum)
                )
        elif column == Column.LAST_VISIT:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    language.date(row.last_visit, long=False)
                    if row.last_visit
                    else self.tr("None yet")
                )
            if role == SORT_ROLE:
                return row.last_visit or ""
        return None


class TeamFilter(SortFilterProxy):
    """Find text plus LA, partner, sector, language medium, support level and off track."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria: dict[str, Any] = {}
        self.text = ""

    def update(self, **criteria: Any) -> None:
        with self.changing_filter():
            for key, value in criteria.items():
                if key == "text":
                    self.text = value
                else:
                    self.criteria[key] = value

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TeamCaseloadModel)
        row = model.rows[source_row]
        school = row.school
        wanted: dict[str, Callable[[], Any]] = {
            "la": lambda: school.la_code,
            "ip": lambda: row.holder.person_id if row.holder else "",
            "sector": lambda: school.sector,
            "medium": lambda: school.welsh_medium_type or "",
            "support": lambda: school.support_level,
        }
        for key, value in self.criteria.items():
            if key == "off_track":
                if value and not row.off_track:
                    return False
            elif value and wanted[key]() != value:
                return False
        if self.text:
            holder = row.holder.name if row.holder else ""
            haystack = f"{school.name} {school.number} {school.la_name} {holder}".casefold()
            return all(word in haystack for word in self.text.casefold().split())
        return True


class TeamCaseloadPage(DeskPage):
    """The team caseload tab of the PIP's desk.

    Emits ``open_school_requested(id)`` and ``reallocate_requested(id)`` for the school
    chosen; reloads when the synced tables it shows change."""

    reallocate_requested = Signal(str)
    did_load = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.loaded = False
        self.model = TeamCaseloadModel(services, self)
        self.proxy = TeamFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 1.3, bold=True))
        self.counts = muted()
        self.counts.setWordWrap(True)
        self.find_box = QLineEdit()
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(230)
        self.la = QComboBox()
        self.ip = QComboBox()
        self.sector = QComboBox()
        self.medium = QComboBox()
        self.support = QComboBox()
        for combo in (self.la, self.ip, self.sector, self.medium, self.support):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(210)  # long names are elided; the list shows them whole
            combo.view().setMinimumWidth(320)
        self.off_track = QCheckBox()
        self.open_button = QPushButton()
        self.reallocate_button = primary_button()
        for button in (self.open_button, self.reallocate_button):
            button.setEnabled(False)

        self.table = read_only_table(QTableView(), stretch_last=True)
        self.table.setObjectName("teamCaseloadTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.SCHOOL, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setItemDelegateForColumn(Column.SCHOOL, SchoolDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.PARTNER, SchoolDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.PROGRESS, ChipsDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.DAYS, DaysDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Column.SCHOOL, 250),
            (Column.PARTNER, 330),
            (Column.SUPPORT, 135),
            (Column.PROGRESS, 290),
            (Column.DAYS, 140),
        ):
            header.resizeSection(column, width)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.heading)
        heading.addWidget(self.counts)
        top.addLayout(heading, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.reallocate_button, 0, Qt.AlignmentFlag.AlignBottom)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.find_box, 2)
        for widget in (self.la, self.ip, self.sector, self.medium, self.support, self.off_track):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.find_box.textChanged.connect(lambda text: self._filter(text=text))
        for key, combo in self._combos().items():
            combo.currentIndexChanged.connect(
                lambda _i, key=key, combo=combo: self._filter(**{key: combo.currentData() or ""})
            )
        self.off_track.toggled.connect(lambda on: self._filter(off_track=on))
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.open_button.clicked.connect(self._open)
        self.reallocate_button.clicked.connect(self._reallocate)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()
        self.reload()

    def title(self) -> str:
        return self.tr("Team caseload")

    def _combos(self) -> dict[str, QComboBox]:
        return {
            "la": self.la,
            "ip": self.ip,
            "sector": self.sector,
            "medium": self.medium,
            "support": self.support,
        }

    # -- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the team caseload on the store thread."""
        year, today = self.year(), self.day()
        self._services.runner.submit(
            lambda store: team.team_caseload(store, year, today=today), self._show
        )

    def _store_changed(self, tables: frozenset[str]) -> None:
        if tables & _WATCHED or "settings" in tables:
            self.reload()

    def _show(self, rows: list[TeamRow]) -> None:
        current = self.current_school_id()
        self.model.set_rows(rows)
        self.loaded = True
        self._fill_filters()
        self._update_counts()
        if current is not None:
            self.select_school(current)
        self.did_load.emit()

    def _fill_filters(self) -> None:
        rows = self.model.rows
        present = self._services.present
        las = sorted({(r.school.la_code, r.school.la_name) for r in rows}, key=lambda x: x[1])
        ips = sorted(
            {(r.holder.person_id, r.holder.name) for r in rows if r.holder},
            key=lambda x: x[1].casefold(),
        )
        sectors = sorted({r.school.sector for r in rows})
        media = sorted({r.school.welsh_medium_type for r in rows if r.school.welsh_medium_type})
        levels = [lvl.key for lvl in self._services.forms.support_levels]
        refill_choices(self.la, self.tr("All local authorities"), [(n, k) for k, n in las])
        refill_choices(self.ip, self.tr("All partners"), [(n, k) for k, n in ips])
        refill_choices(
            self.sector, self.tr("All sectors"), [(present.sector(s), s) for s in sectors]
        )
        refill_choices(
            self.medium, self.tr("All language media"), [(present.medium(m), m) for m in media]
        )
        refill_choices(
            self.support,
            self.tr("All support levels"),
            [(present.support_level(k), k) for k in levels],
        )

    def _filter(self, **criteria: Any) -> None:
        self.proxy.update(**criteria)
        self._update_counts()

    def _update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), len(self.model.rows)
        partners = len({r.holder.person_id for r in self.model.rows if r.holder})
        stale = len(
            {r.holder.person_id for r in self.model.rows if self.model.is_stale(r) and r.holder}
        )
        text = self.tr("{0} of {1} schools · {2} partners").format(shown, total, partners)
        if stale == 1:
            text += " · " + self.tr("1 partner not synced for over a week")
        elif stale:
            text += " · " + self.tr("{0} partners not synced for over a week").format(stale)
        self.counts.setText(text)
        set_empty(
            self.table,
            self.tr("No school matches these filters.")
            if total
            else self.tr("No schools yet: sync to bring in the team's schools."),
        )

    # -- selection ----------------------------------------------------------------------

    def current_school_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()].school.id

    def select_school(self, school_id: str) -> bool:
        for number, row in enumerate(self.model.rows):
            if row.school.id == school_id:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                if index.isValid():
                    self.table.setCurrentIndex(index)
                    return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for button in (self.open_button, self.reallocate_button):
            button.setEnabled(current.isValid())

    def _open(self) -> None:
        school = self.current_school_id()
        if school is not None:
            self.open_school_requested.emit(school)

    def _reallocate(self) -> None:
        school = self.current_school_id()
        if school is not None:
            self.reallocate_requested.emit(school)

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The team's schools"))
        self.find_box.setPlaceholderText(self.tr("Find a school or partner…"))
        for widget, name in (
            (self.find_box, self.tr("Find a school or partner")),
            (self.la, self.tr("Local authority")),
            (self.ip, self.tr("Improvement partner")),
            (self.sector, self.tr("Sector")),
            (self.medium, self.tr("Language medium")),
            (self.support, self.tr("Support level")),
            (self.table, self.tr("The team's schools")),
        ):
            widget.setAccessibleName(name)
        self.off_track.setText(self.tr("Off track only"))
        self.open_button.setText(self.tr("Open school"))
        self.reallocate_button.setText(self.tr("Reallocate…"))
        self.model.retranslate()
        if self.loaded:
            self._fill_filters()
            self._update_counts()
