"""The PIP desk's LA termly view: one local authority's schools for its termly meeting.

Each school with its priorities of the year, the chosen term's judgement of each (a chip
with the rate's words and colour, ✓ on track or ⚠ off track), the support brokered and the
days used against the sector minimum. "Export…" saves the same view for the LA as an Excel
workbook or CSV, in English or Welsh.

Guarantees: the store is read only on the store thread (through the runner); the export
reads its rows there too, then builds and writes the file on this page's own worker
thread, never on the UI thread. A file is written whole or not at all
(:func:`desktop.store.la_export.write_la_export`); a failure is told in words and the
page keeps every choice, so the user can simply export again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import la_export, team
from desktop.store.calendar import TERMS
from desktop.store.la_export import LocalAuthority
from desktop.store.models import Support
from desktop.store.store import Store
from desktop.store.team import LaSchoolRow
from desktop.ui.common.context import Services
from desktop.ui.common.failures import file_failure
from desktop.ui.common.lines_delegate import LinesDelegate
from desktop.ui.common.style import chip_height, chip_width, scaled_font
from desktop.ui.common.tables import (
    CHIP_ROLE,
    ChipDelegate,
    begin_fill,
    end_fill,
    item_table,
    text_item,
)
from desktop.ui.common.widgets import inform, muted, primary_button, set_accessible, set_empty
from desktop.ui.desk.page import DeskPage

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WATCHED = frozenset(
    {
        "schools",
        "local_authorities",
        "priorities",
        "judgements",
        "support",
        "allocations",
        "people",
    }
)
_SPANNED = (0, 3, 4)  # school, days, support: one cell across a school's priority rows
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class Col:
    SCHOOL = 0
    PRIORITY = 1
    JUDGEMENT = 2
    DAYS = 3
    SUPPORT = 4
    COUNT = 5


@dataclass(frozen=True)
class _View:
    """What one load read: the LAs, the one shown and its schools for the term."""

    authorities: tuple[LocalAuthority, ...]
    la_code: str | None
    term: str
    rows: tuple[LaSchoolRow, ...]


def _load(store: Store, wanted: str | None, academic_year: str, term: str) -> _View:
    """On the store thread: the LAs, and the termly view of ``wanted`` (or the first LA)."""
    authorities = tuple(la_export.local_authorities(store))
    codes = [a.code for a in authorities]
    code = wanted if wanted in codes else (codes[0] if codes else None)
    rows = tuple(team.la_termly_view(store, code, academic_year, term)) if code else ()
    return _View(authorities, code, term, rows)


# --- writing the file off the UI thread ---------------------------------------------------


class _Signals(QObject):
    finished = Signal(str)  # path
    failed = Signal(str, object)  # path, the exception


class _WriteJob(QRunnable):
    """Builds and writes the export file on a worker thread (frozen rows in, a signal out)."""

    def __init__(
        self,
        path: Path,
        rows: list[LaSchoolRow],
        lang: str,
        la_name: str,
        academic_year: str,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.path, self.rows, self.lang = path, rows, lang
        self.la_name, self.academic_year = la_name, academic_year
        self.signals = signals

    def run(self) -> None:
        try:
            la_export.write_la_export(
                self.path,
                self.rows,
                self.lang,
                la_name=self.la_name,
                academic_year=self.academic_year,
            )
        except OSError as error:  # the environment: missing folder, no permission, disk full
            self.signals.failed.emit(str(self.path), error)
        except Exception as error:  # a bug: logged with its traceback, told to the user
            log.exception("The LA export failed")
            self.signals.failed.emit(str(self.path), error)
        else:
            self.signals.finished.emit(str(self.path))


def safe_file_name(text: str) -> str:
    """``text`` without the characters Windows, macOS or Linux refuse in a file name."""
    return " ".join(_UNSAFE_IN_FILE_NAMES.sub(" ", text).split()).strip(". ") or "SIPL"


# --- the page ------------------------------------------------------------------------------


class LaTermlyPage(DeskPage):
    """One LA's schools, priorities, judgements of a term and support; export for the LA.

    ``choose_path(suggested_file_name) -> Path | None`` asks where to save (a file dialog;
    tests replace it). Emits ``view_did_load`` after each load, ``export_did_finish(path)``
    and ``export_did_fail(message)``, and ``open_school_requested(school id)``.
    """

    view_did_load = Signal()
    export_did_finish = Signal(str)
    export_did_fail = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._view: _View | None = None
        self._wanted_la: str | None = None
        self._term = services.term
        self._generation = 0
        self._row_school: list[str] = []
        self._export_language_chosen = False
        self._exporting = False
        self._last_folder: Path | None = None
        self.choose_path: Callable[[str], Path | None] = self._ask_path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.finished.connect(self._export_finished)
        self._signals.failed.connect(self._export_failed)

        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 1.5, bold=True))
        self.subtitle = muted()
        self.la_label = QLabel()
        self.la_box = QComboBox()
        self.la_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.la_box.setMinimumWidth(180)
        self.la_label.setBuddy(self.la_box)
        self.term_label = QLabel()
        self.term_box = QComboBox()
        self.term_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.term_label.setBuddy(self.term_box)
        self.language_label = QLabel()
        self.language_box = QComboBox()
        self.language_label.setBuddy(self.language_box)
        self.export_button = primary_button()
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.table = _table(Col.COUNT)
        self._groups: list[tuple[int, int]] = []  # (first row, rows) of each school
        self.table.setObjectName("laTermlyTable")
        self.table.setItemDelegateForColumn(Col.JUDGEMENT, ChipDelegate(self.table))
        self._lines = {
            Col.SCHOOL: LinesDelegate(self.table, bold_first=True, muted_rest=True),
            Col.PRIORITY: LinesDelegate(self.table, bold_first=False, muted_rest=True),
            Col.DAYS: LinesDelegate(self.table, bold_first=False, muted_rest=True),
            Col.SUPPORT: LinesDelegate(self.table, bold_first=False, muted_rest=False),
        }
        for column, delegate in self._lines.items():
            self.table.setItemDelegateForColumn(column, delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(80)
        for column, width in (
            (Col.SCHOOL, 250),
            (Col.PRIORITY, 280),
            (Col.JUDGEMENT, 200),
            (Col.DAYS, 120),
        ):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(60)
        self._refit.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._refit.start())

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        choices = QHBoxLayout()
        choices.setSpacing(8)
        choices.addWidget(self.la_label)
        choices.addWidget(self.la_box)
        choices.addSpacing(12)
        choices.addWidget(self.term_label)
        choices.addWidget(self.term_box)
        choices.addStretch(1)
        choices.addWidget(self.language_label)
        choices.addWidget(self.language_box)
        choices.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.la_box.activated.connect(self._la_chosen)
        self.term_box.activated.connect(self._term_chosen)
        self.language_box.activated.connect(self._language_chosen)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.setTabOrder(self.la_box, self.term_box)
        self.setTabOrder(self.term_box, self.language_box)
        self.setTabOrder(self.language_box, self.export_button)
        self.setTabOrder(self.export_button, self.table)
        self.setTabOrder(self.table, self.open_button)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()
        self.reload()

    # --- contract ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("LA termly view")

    def reload(self) -> None:
        """Re-read the LAs and the chosen LA's termly view on the store thread."""
        self._generation += 1
        generation = self._generation
        wanted, year, term = self._wanted_la, self.year(), self._term
        self._services.runner.submit(
            lambda store: _load(store, wanted, year, term),
            lambda view: self._show(view, generation),
        )

    # --- data -------------------------------------------------------------------------------

    @property
    def la_code(self) -> str | None:
        return self._view.la_code if self._view else None

    @property
    def rows(self) -> tuple[LaSchoolRow, ...]:
        return self._view.rows if self._view else ()

    def _store_changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED:
            self.reload()

    def _show(self, view: _View, generation: int) -> None:
        if generation != self._generation:  # a newer choice is on its way
            return
        self._view = view
        self._wanted_la = view.la_code
        self._fill_choices()
        self._fill_table()
        self._update_summary()
        self.export_button.setEnabled(view.la_code is not None and not self._exporting)
        self.view_did_load.emit()

    def _la_chosen(self, _index: int) -> None:
        code = self.la_box.currentData()
        if code and code != self._wanted_la:
            self._wanted_la = code
            self.reload()

    def _term_chosen(self, _index: int) -> None:
        term = self.term_box.currentData()
        if term and term != self._term:
            self._term = term
            self.reload()

    def choose(self, *, la_code: str | None = None, term: str | None = None) -> None:
        """Show ``la_code`` and/or ``term`` (as if chosen in the boxes) and reload."""
        if la_code is not None:
            self._wanted_la = la_code
        if term is not None:
            if term not in TERMS:
                raise ValueError(f"Unknown term {term!r}")
            self._term = term
        self._fill_choices()
        self.reload()

    def _authority(self, code: str | None) -> LocalAuthority | None:
        if self._view is None:
            return None
        return next((a for a in self._view.authorities if a.code == code), None)

    # --- showing ----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        lang = self._services.language.code
        present = self._services.present
        self.la_box.blockSignals(True)
        self.la_box.clear()
        for authority in self._view.authorities if self._view else ():
            self.la_box.addItem(authority.display(lang), authority.code)
        self.la_box.setCurrentIndex(max(0, self.la_box.findData(self._wanted_la)))
        self.la_box.setEnabled(self.la_box.count() > 0)
        self.la_box.blockSignals(False)
        self.term_box.blockSignals(True)
        self.term_box.clear()
        for term in TERMS:
            self.term_box.addItem(present.term(term), term)
        self.term_box.setCurrentIndex(max(0, self.term_box.findData(self._term)))
        self.term_box.blockSignals(False)
        chosen = self.language_box.currentData()
        if not self._export_language_chosen or chosen is None:
            chosen = lang
        self.language_box.blockSignals(True)
        self.language_box.clear()
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.addItem(self.tr("Welsh"), "cy")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(chosen)))
        self.language_box.blockSignals(False)

    def _language_chosen(self, _index: int) -> None:
        self._export_language_chosen = True

    def _headers(self) -> list[str]:
        lang = self._services.language.code
        return [
            team.wording("school", lang),
            team.wording("priority", lang),
            self.tr("{0}, {1}").format(
                team.wording("rate", lang), self._services.present.term(self._term)
            ),
            self.tr("Partner days"),
            team.wording("support_brokered", lang),
        ]

    def _fill_table(self) -> None:
        table = self.table
        present = self._services.present
        lang = self._services.language
        keep = self.current_school_id()
        rows = self.rows
        lines = sum(max(1, len(r.priorities)) for r in rows)
        modes = begin_fill(table)
        table.clearSpans()
        table.clearContents()  # no cell of the previous LA or term may linger under a span
        table.setRowCount(lines)
        table.setHorizontalHeaderLabels(self._headers())
        days_heading = table.horizontalHeaderItem(Col.DAYS)
        if days_heading is not None:
            days_heading.setToolTip(
                self.tr(
                    "Days of support used this year (agreed, under way or complete) against "
                    "the minimum for the sector"
                )
            )
        self._row_school = []
        self._groups = []
        line = 0
        for row in rows:
            school = row.school
            span = max(1, len(row.priorities))
            self._groups.append((line, span))
            self._row_school.extend([school.id] * span)
            facts = [
                school.number,
                row.holder.name if row.holder else team.wording("unallocated", lang.code),
            ]
            if school.support_level == "enhanced":
                facts.append(present.support_level("enhanced"))
            school_item = _item(f"{school.name}\n{' · '.join(facts)}", school.id)
            school_item.setToolTip("\n".join([school.name, *facts, present.sector(school.sector)]))
            table.setItem(line, Col.SCHOOL, school_item)
            table.setItem(line, Col.DAYS, self._days_item(row))
            table.setItem(line, Col.SUPPORT, self._support_item(row.support))
            if not row.priorities:
                empty = _item(team.wording("no_priorities", lang.code), school.id)
                empty.setForeground(QColor("#5b6470"))
                table.setItem(line, Col.PRIORITY, empty)
                table.setItem(line, Col.JUDGEMENT, _item("", school.id))
            for offset, priority in enumerate(row.priorities):
                area = present.area(priority.reform_area)
                text = f"{priority.title}\n{area}" if area else priority.title
                table.setItem(line + offset, Col.PRIORITY, _item(text, school.id))
                spec = present.judgement_chip(priority.judgement, priority.title)
                cell = _item("", school.id)
                cell.setData(CHIP_ROLE, spec)
                cell.setData(Qt.ItemDataRole.AccessibleTextRole, spec.accessible)
                judged = priority.judgement
                tip = spec.accessible
                if judged is not None:
                    tip = f"{spec.accessible}\n{lang.date(judged.judged_on)}\n\n{judged.rationale}"
                cell.setToolTip(tip.strip())
                table.setItem(line + offset, Col.JUDGEMENT, cell)
            if span > 1:
                for column in (Col.SCHOOL, Col.DAYS, Col.SUPPORT):
                    table.setSpan(line, column, span, 1)
            line += span
        end_fill(table, modes)
        self._fit_columns()
        self._fit_rows()
        set_empty(table, self._empty_text())
        if keep and keep in self._row_school:
            table.selectRow(self._row_school.index(keep))
        self._selection_changed()

    def _days_item(self, row: LaSchoolRow) -> QTableWidgetItem:
        """The partner's days from visits against the days due (sector minimum and days
        agreed), with brokered support beside them, counted apart (issue 15)."""
        lang = self._services.language
        days = row.days
        used = lang.number(days.partner_days if days else 0.0)
        brokered = lang.number(days.brokered if days else row.days_used)
        due = days.due if days else row.minimum_days
        if due is None:
            text = used
        else:
            text = self.tr("{0} of {1}").format(used, lang.number(due))
            short = days.short if days else None
            if short:
                text += "\n" + self.tr("{0} still due").format(lang.number(short))
        text += "\n" + self.tr("brokered {0}").format(brokered)
        tip = self.tr(
            "The improvement partner's days from visits this year, against the minimum for "
            "the sector and the days agreed for the school; brokered support (agreed, under "
            "way or complete) is counted apart."
        )
        item = _item(text, row.school.id)
        item.setToolTip(tip)
        return item

    def _support_item(self, support: tuple[Support, ...]) -> QTableWidgetItem:
        present = self._services.present
        lang = self._services.language
        lines = []
        for item in support:
            provider = item.provider_name or present.provider(item.provider_kind)
            said = f"{provider}: {item.description}" if item.description else provider
            status = present.support_status(item.status).lower()
            template = (
                self.tr("{0} ({1} day, {2})") if item.days == 1 else self.tr("{0} ({1} days, {2})")
            )
            lines.append(template.format(said, lang.number(item.days), status))
        text = "\n".join(lines) if lines else self.tr("None brokered yet")
        cell = _item(text)
        if not lines:
            cell.setForeground(QColor("#5b6470"))
        cell.setToolTip(text)
        return cell

    def _fit_columns(self) -> None:
        """Widen the judgement and days columns so their chips and headings fit in the
        current language (never narrower than the user made them)."""
        metrics = self.table.fontMetrics()
        widest = max(
            [
                chip_width(metrics, spec.text)
                for r in range(self.table.rowCount())
                if (item := self.table.item(r, Col.JUDGEMENT)) is not None
                and (spec := item.data(CHIP_ROLE)) is not None
            ]
            + [120]
        )
        bold = QFont(self.table.font())
        bold.setBold(True)
        headings = self._headers()
        heading = QFontMetrics(bold)
        wanted = {
            Col.JUDGEMENT: max(
                widest + 16, heading.horizontalAdvance(headings[Col.JUDGEMENT]) + 20
            ),
            Col.DAYS: heading.horizontalAdvance(headings[Col.DAYS]) + 20,
        }
        header = self.table.horizontalHeader()
        for column, width in wanted.items():
            if header.sectionSize(column) < width:
                header.resizeSection(column, width)

    def _fit_rows(self) -> None:
        """Rows tall enough for their wrapped text and chips; a school's spanned cells (its
        name, days and support) get the height they need across its priorities' rows."""
        table = self.table
        header = table.horizontalHeader()
        font = table.font()
        least = chip_height(table.fontMetrics()) + 14

        def needed(row: int, column: int) -> int:
            item = table.item(row, column)
            if item is None or not item.text():
                return 0
            return self._lines[column].height_for(font, header.sectionSize(column), item.text())

        for first, span in self._groups:
            heights = [max(least, needed(first + i, Col.PRIORITY)) for i in range(span)]
            if span == 1:
                heights[0] = max(heights[0], *(needed(first, c) for c in _SPANNED))
            else:
                wanted = max(needed(first, c) for c in _SPANNED)
                if wanted > sum(heights):
                    heights[-1] += wanted - sum(heights)
            for offset, height in enumerate(heights):
                if table.rowHeight(first + offset) != height:
                    table.setRowHeight(first + offset, height)

    def _empty_text(self) -> str:
        if self._view is not None and not self._view.authorities:
            return self.tr(
                "No local authorities yet. The schools of your team appear here after they "
                "are synced or imported."
            )
        return self.tr("This local authority has no schools in your team's caseload.")

    def _update_summary(self) -> None:
        present = self._services.present
        rows = self.rows
        priorities = [p for r in rows for p in r.priorities]
        judged = [p for p in priorities if p.judgement is not None]
        off = [p for p in judged if p.judgement is not None and p.judgement.track == "off_track"]
        parts = [f"{self.year()} · {present.term(self._term)}"]
        parts.append(
            self.tr("1 school") if len(rows) == 1 else self.tr("{0} schools").format(len(rows))
        )
        if priorities:
            parts.append(
                self.tr("{0} of {1} priorities judged this term").format(
                    len(judged), len(priorities)
                )
            )
        if off:
            parts.append(self.tr("{0} off track").format(len(off)))
        self.subtitle.setText(" · ".join(parts))

    # --- selection and opening --------------------------------------------------------------

    def current_school_id(self) -> str | None:
        row = self.table.currentRow()
        if 0 <= row < len(self._row_school) and self.table.selectionModel().hasSelection():
            return self._row_school[row]
        return None

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.current_school_id() is not None)

    def open_current(self) -> None:
        school_id = self.current_school_id()
        if school_id:
            self.open_school_requested.emit(school_id)

    # --- export -----------------------------------------------------------------------------

    @property
    def export_language(self) -> str:
        return str(self.language_box.currentData() or self._services.language.code)

    def set_export_language(self, code: str) -> None:
        """Choose the language of the export, as the user does in the box."""
        self.language_box.setCurrentIndex(self.language_box.findData(code))
        self._export_language_chosen = True

    def suggested_file_name(self, lang: str) -> str:
        """e.g. ``Bro Derwen – Autumn term 2025-26.xlsx``, in the export's language."""
        authority = self._authority(self.la_code)
        name = authority.display(lang) if authority else ""
        term = self._services.forms.term(self._term).name.get(lang)
        stem = safe_file_name(f"{name} – {term} {self.year()}")
        return f"{stem}.xlsx"

    def _start_folder(self) -> Path:
        if self._last_folder is not None and self._last_folder.is_dir():
            return self._last_folder
        documents = Path.home() / "Documents"
        return documents if documents.is_dir() else Path.home()

    def _ask_path(self, suggested: str) -> Path | None:
        excel = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV, comma-separated values (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the LA termly view"),
            str(self._start_folder() / suggested),
            f"{excel};;{csv}",
            excel,
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in la_export.FORMATS:
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        return path

    def export(self) -> None:
        """Ask where to save, then read the view on the store thread and write the file
        on the worker; the outcome is shown on the page (and a failure in a message)."""
        code = self.la_code
        if code is None or self._exporting:
            return
        lang = self.export_language
        path = self.choose_path(self.suggested_file_name(lang))
        if path is None:
            return
        path = Path(path)
        if path.suffix.lower() not in la_export.FORMATS:
            path = path.with_name(path.name + ".xlsx")
        self._last_folder = path.parent
        authority = self._authority(code)
        la_name = authority.display(lang) if authority else ""
        year, term = self.year(), self._term
        self._exporting = True
        self.export_button.setEnabled(False)
        self._say(self.tr("Saving {0}…").format(path.name))
        self._services.runner.submit(
            lambda store: team.la_termly_view(store, code, year, term),
            lambda rows: self._pool.start(
                _WriteJob(path, list(rows), lang, la_name, year, self._signals)
            ),
            lambda error: self._export_failed(str(path), error),
        )

    def _export_finished(self, path: str) -> None:
        self._exporting = False
        self.export_button.setEnabled(self.la_code is not None)
        self._say(self.tr("Saved to {0}").format(path))
        self.export_did_finish.emit(path)

    def _export_failed(self, path: str, error: BaseException) -> None:
        self._exporting = False
        self.export_button.setEnabled(self.la_code is not None)
        message = self.failure_message(Path(path), error)
        self._say(message, error=True)
        self.export_did_fail.emit(message)
        inform(self, self.tr("The export was not saved"), message, warning=True)

    def failure_message(self, path: Path, error: BaseException) -> str:
        """What went wrong, in words the user can act on."""
        return (
            file_failure(path, error)
            + " "
            + self.tr("Nothing was changed. Choose another folder and export again.")
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color:#8e1b1b;" if error else "color:#1f2933;")
        self.status.show()

    # --- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Local authority termly view"))
        self.la_label.setText(self.tr("&Local authority"))
        self.term_label.setText(self.tr("&Term"))
        self.language_label.setText(self.tr("Export &in"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Save this view for the local authority as an Excel workbook or CSV file")
        )
        self.open_button.setText(self.tr("Open school"))
        self.open_button.setToolTip(self.tr("Open the chosen school's log"))
        set_accessible(self.la_box, self.tr("Local authority"))
        set_accessible(self.term_box, self.tr("Term"))
        set_accessible(self.language_box, self.tr("Language of the export"))
        set_accessible(
            self.table,
            self.tr("Schools of the local authority with their priorities and support"),
        )
        self._fill_choices()
        if self._view is not None:
            self._fill_table()
            self._update_summary()


def _table(columns: int) -> QTableWidget:
    table = item_table(columns)
    table.setShowGrid(True)
    table.setAlternatingRowColors(False)
    return table


def _item(text: str, school_id: str | None = None) -> QTableWidgetItem:
    return text_item(text, school_id, ID_ROLE)
