"""The PIP desk's conflicts page: every open conflict in the team's schools, decided here.

When two partners changed the same thing offline, the central store keeps one value and
records the other in an open conflict (nothing is lost). A PIP's laptop holds every open
conflict of the team's schools. This page lists them (school and the partner holding it,
what changed in words, who changed it, when), filters them by school or partner, and
shows the chosen one: two texts side by side with the words that differ marked, or two
values in words (a rate of progress by its name). The PIP keeps version A, version B or
an edited merge (pre-filled by the three-way merge when the edits do not overlap). The
decision is saved at once, leaves the list, and reaches everyone at the next sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store import conflicts, sync_state
from desktop.store.conflicts import ConflictView
from desktop.store.text_diff import Comparison, compare
from desktop.ui.common.conflict_diff import (
    ConflictDiffView,
    about_judgement,
    field_label,
    is_text_conflict,
    side_title,
    value_words,
    when,
)
from desktop.ui.common.context import Services
from desktop.ui.common.style import scaled_font
from desktop.ui.common.tables import SORT_ROLE, RowsModel, SortFilterProxy, empty_cell
from desktop.ui.common.widgets import (
    muted,
    primary_button,
    section_title,
    set_accessible,
    set_empty,
)
from desktop.ui.desk.page import DeskPage

SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(IntEnum):
    SCHOOL = 0
    WHAT = 1
    WHO = 2
    WHEN = 3


def _later(view: ConflictView) -> str:
    return max(view.mine_at or "", view.theirs_at or "")


class TeamConflictsModel(RowsModel):
    """The open conflicts; texts follow the current language at every ``data`` call."""

    COLUMNS = len(Column)
    rows: Sequence[ConflictView]

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services

    @property
    def views(self) -> Sequence[ConflictView]:
        return self.rows

    def set_views(self, views: tuple[ConflictView, ...]) -> None:
        self.set_rows(views)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.SCHOOL: self.tr("School"),
            Column.WHAT: self.tr("What changed"),
            Column.WHO: self.tr("Changed by"),
            Column.WHEN: self.tr("When"),
        }[Column(section)]

    def holder_line(self, view: ConflictView) -> str:
        return self.tr("Improvement partner: {0}").format(view.holder) if view.holder else ""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        view = self.views[index.row()]
        column = Column(index.column())
        if role == ID_ROLE:
            return view.id
        if column == Column.SCHOOL:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return view.school_name
            if role == SECOND_LINE_ROLE:
                return self.holder_line(view)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return "\n".join(p for p in (view.school_name, self.holder_line(view)) if p)
        elif column == Column.WHAT:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                return field_label(view)
        elif column == Column.WHO:
            first = self.tr("A: {0}").format(view.mine_by)
            second = self.tr("B: {0}").format(view.theirs_by)
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return first
            if role == SECOND_LINE_ROLE:
                return second
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{first}\n{second}"
        elif column == Column.WHEN:
            stamp = _later(view)
            if role == SORT_ROLE:
                return stamp
            text = when(self._services.language, stamp)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return text
        return None


class TeamConflictsFilter(SortFilterProxy):
    """Keeps the conflicts whose school, partner or authors contain every typed word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        with self.changing_filter():
            self.text = text

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.text:
            return True
        model = self.sourceModel()
        assert isinstance(model, TeamConflictsModel)
        view = model.views[source_row]
        haystack = " ".join((view.school_name, view.holder, view.mine_by, view.theirs_by))
        haystack = haystack.casefold()
        return all(word in haystack for word in self.text.casefold().split())


class _TwoLineDelegate(QStyledItemDelegate):
    """The cell's text with a quieter second line under it (elided, full text in tooltip)."""

    def __init__(self, parent: QWidget | None = None, *, bold: bool = False) -> None:
        super().__init__(parent)
        self._bold = bold

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = empty_cell(self, painter, option, index)
        rect = option.rect.adjusted(8, 4, -6, -4)
        painter.save()
        if self._bold and opt.widget:
            painter.setFont(scaled_font(opt.widget, 1.0, bold=True))
        metrics = painter.fontMetrics()
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.setPen(QColor("#111827"))
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        small = painter.fontMetrics()
        second = QRect(rect.left(), top.bottom() + 2, rect.width(), small.height())
        painter.setPen(QColor("#5b6470"))
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small.elidedText(
                str(index.data(SECOND_LINE_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.restore()


class TeamConflictsPage(DeskPage):
    """Open conflicts of the team's schools, compared side by side and decided.

    Page of the PIP desk. Emits ``open_school_requested(school id)``. Reloads when the
    ``conflicts`` table changes (a sync, or a decision made here).
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._loaded = False
        self._shown_id: str | None = None
        self._status_parts: tuple[str, ConflictView] | None = None
        self._status_error = ""
        self._merged_cleanly = False
        self.model = TeamConflictsModel(services, self)
        self.proxy = TeamConflictsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.heading = section_title(factor=1.3)
        self.subtitle = muted()
        self.find_box = QLineEdit()
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(260)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)

        self.table = QTableView()
        self.table.setObjectName("teamConflictsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(Column.SCHOOL, _TwoLineDelegate(self.table, bold=True))
        self.table.setItemDelegateForColumn(Column.WHO, _TwoLineDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(2 * metrics.height() + 14)

        # The chosen conflict: what it is, the two versions, the merge, the decision.
        self.detail_title = QLabel()
        self.detail_title.setObjectName("conflictTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setFont(scaled_font(self.detail_title, 1.1, bold=True))
        self.about = QLabel()  # a judgement's priority, term and both rationales
        self.about.setObjectName("conflictAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff = ConflictDiffView()
        self.keep_a = primary_button()
        self.keep_b = primary_button()
        self.diff.left_footer.addWidget(self.keep_a)
        self.diff.left_footer.addStretch(1)
        self.diff.right_footer.addWidget(self.keep_b)
        self.diff.right_footer.addStretch(1)
        self.merge_title = section_title(factor=1.0)
        self.merge_hint = muted()
        self.merged = QPlainTextEdit()
        self.merged.setObjectName("mergedText")
        self.merged.setTabChangesFocus(True)
        self.keep_merged = primary_button()
        self.values_note = muted()
        merge_panel = QWidget()
        merge_panel.setObjectName("mergePanel")
        merge_layout = QVBoxLayout(merge_panel)
        merge_layout.setContentsMargins(0, 0, 0, 0)
        merge_layout.setSpacing(4)
        merge_layout.addWidget(self.merge_title)
        merge_layout.addWidget(self.merge_hint)
        merge_layout.addWidget(self.merged, 1)
        merge_buttons = QHBoxLayout()
        merge_buttons.addWidget(self.keep_merged)
        merge_buttons.addStretch(1)
        merge_layout.addLayout(merge_buttons)
        merge_layout.addWidget(self.values_note)
        merge_layout.addStretch(0)
        self.merge_panel = merge_panel

        self.detail = QWidget()
        self.detail.setObjectName("conflictDetail")
        sides = QHBoxLayout()
        sides.setSpacing(16)
        sides.addWidget(self.diff, 2)
        sides.addWidget(merge_panel, 1)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.setSpacing(6)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.about)
        detail_layout.addLayout(sides, 1)
        self.nothing_chosen = muted()
        self.nothing_chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addWidget(self.nothing_chosen, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([190, 480])

        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("QLabel { color: #1b5e20; }")

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.find_box, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self.find_box.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show())
        self.table.doubleClicked.connect(lambda _: self._open_school())
        self.open_button.clicked.connect(self._open_school)
        self.keep_a.clicked.connect(lambda: self._keep("a"))
        self.keep_b.clicked.connect(lambda: self._keep("b"))
        self.keep_merged.clicked.connect(lambda: self._keep("merged"))
        self.setTabOrder(self.find_box, self.open_button)
        self.setTabOrder(self.open_button, self.table)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()
        self._show()
        self.reload()

    # -- page contract -----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Conflicts")

    def reload(self) -> None:
        """Re-read the open conflicts from the store (on the store thread)."""
        year, today = self.year(), self.day()
        self._services.runner.submit(
            lambda store: tuple(conflicts.undecided_conflict_views(store, year, today)),
            self._loaded_views,
        )

    # -- data --------------------------------------------------------------------------

    def _store_changed(self, tables: frozenset[str]) -> None:
        if "conflicts" in tables:
            self.reload()

    def _loaded_views(self, views: tuple[ConflictView, ...]) -> None:
        chosen = self.current()
        row = self.table.currentIndex().row()
        self.model.set_views(views)
        self._loaded = True
        self._fit_columns()
        target = -1
        if chosen is not None:
            for proxy_row in range(self.proxy.rowCount()):
                if self.proxy.index(proxy_row, 0).data(ID_ROLE) == chosen.id:
                    target = proxy_row
        if target < 0 and self.proxy.rowCount():
            target = min(max(row, 0), self.proxy.rowCount() - 1)
        if target >= 0:
            self.table.selectRow(target)
        self._show()
        self._update_counts()

    def current(self) -> ConflictView | None:
        """The conflict chosen in the list, if any."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        source = self.proxy.mapToSource(index)
        if not source.isValid() or source.row() >= len(self.model.views):
            return None
        return self.model.views[source.row()]

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._show()
        self._update_counts()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        width = max(self.table.viewport().width(), 900)
        header.resizeSection(Column.SCHOOL, int(width * 0.28))
        header.resizeSection(Column.WHO, int(width * 0.24))
        header.resizeSection(Column.WHEN, int(width * 0.16))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    # -- the chosen conflict -------------------------------------------------------------

    def _show(self) -> None:
        view = self.current()
        self.open_button.setEnabled(view is not None)
        self.detail.setVisible(view is not None)
        self.nothing_chosen.setVisible(view is None and bool(self.model.views))
        if view is None:
            self._shown_id = None
            self.diff.clear()
            return
        same = view.id == self._shown_id
        self._shown_id = view.id
        self._fill_detail(view, keep_merge=same)

    def _fill_detail(self, view: ConflictView, *, keep_merge: bool = False) -> None:
        present, language = self._services.present, self._services.language
        self.detail_title.setText(f"{field_label(view)} — {view.school_name}")
        self.diff.set_headings(
            side_title("A", view.mine_by),
            side_title("B", view.theirs_by),
            self.tr("Changed {0}").format(when(language, view.mine_at)) if view.mine_at else "",
            self.tr("Changed {0} · in use until you decide").format(when(language, view.theirs_at))
            if view.theirs_at
            else self.tr("In use until you decide"),
        )
        text = is_text_conflict(view)
        if text:
            # Diff and merge run on the store's worker thread, never on this one.
            base_text = view.base if isinstance(view.base, str) else None
            self._services.runner.submit(
                lambda _store: compare(view.mine, view.theirs, base_text),
                lambda result: self._compared(view, result, keep_merge),
            )
        else:
            base = None if view.field == "deleted_at" else view.base
            self.diff.show_values(
                value_words(view, view.mine, present),
                value_words(view, view.theirs, present),
                value_words(view, base, present) if base is not None else None,
            )
        for widget in (self.merge_title, self.merge_hint, self.merged, self.keep_merged):
            widget.setVisible(False)  # a text's merge shows with its comparison
        self.values_note.setVisible(not text)
        self._retranslate_detail(view)

    def _compared(self, view: ConflictView, comparison: Comparison, keep_merge: bool) -> None:
        """Show a comparison the worker finished, unless another conflict is shown now."""
        if view.id != self._shown_id:
            return
        self.diff.show_comparison(comparison)
        for widget in (self.merge_title, self.merge_hint, self.merged, self.keep_merged):
            widget.setVisible(True)
        if not keep_merge:
            suggestion = comparison.merged
            self._merged_cleanly = suggestion is not None
            self.merged.setPlainText(
                suggestion if suggestion is not None else f"{view.mine}\n\n{view.theirs}"
            )
        self._retranslate_detail(view)

    def _retranslate_detail(self, view: ConflictView) -> None:
        self.about.setText(about_judgement(view, self._services.present))
        self.about.setVisible(bool(self.about.text()))
        self.keep_a.setText(self.tr("Keep version A"))
        self.keep_b.setText(self.tr("Keep version B"))
        set_accessible(self.keep_a, self.tr("Keep version A, from {0}").format(view.mine_by))
        set_accessible(self.keep_b, self.tr("Keep version B, from {0}").format(view.theirs_by))
        self.keep_merged.setText(self.tr("Keep the merged text"))
        self.merge_title.setText(self.tr("Merged text"))
        self.merge_hint.setText(
            self.tr(
                "Both changes combined, as they touch different words. Check it, edit it if "
                "needed, then keep it."
            )
            if self._merged_cleanly
            else self.tr(
                "The two versions change the same words, so both are given here one after "
                "the other. Edit them into one text, then keep it."
            )
        )
        set_accessible(self.merged, self.tr("Merged text"))
        self.values_note.setText(
            self.tr(
                "This is a decision, not a text to merge: keep one version or the other. "
                "Whatever you keep reaches everyone at the next sync."
            )
        )

    # -- deciding ------------------------------------------------------------------------

    def _keep(self, which: str) -> None:
        view = self.current()
        if view is None:
            return
        value: Any = {
            "a": view.mine,
            "b": view.theirs,
            "merged": self.merged.toPlainText(),
        }[which]
        conflict_id = view.id
        self._services.runner.submit(
            lambda store: sync_state.resolve_conflict(store, conflict_id, value),
            lambda _result: self._decided(which, view),
            self._failed,
        )

    def _decided(self, which: str, view: ConflictView) -> None:
        self._status_parts = (which, view)
        self._status_error = ""
        self._write_status()

    def _failed(self, error: BaseException) -> None:
        self._status_parts = None
        self._status_error = str(error) or type(error).__name__
        self._write_status()

    def _write_status(self) -> None:
        if self._status_error:
            self.status.setStyleSheet("QLabel { color: #8e1b1b; }")
            self.status.setText(
                self.tr("The decision could not be saved: {0}").format(self._status_error)
            )
            return
        self.status.setStyleSheet("QLabel { color: #1b5e20; }")
        if self._status_parts is None:
            self.status.setText("")
            return
        which, view = self._status_parts
        what, school = field_label(view), view.school_name
        if which == "a":
            text = self.tr(
                "Kept version A ({0}) — {1}, {2}. Everyone gets the decision at the next sync."
            ).format(view.mine_by, what, school)
        elif which == "b":
            text = self.tr(
                "Kept version B ({0}) — {1}, {2}. Everyone gets the decision at the next sync."
            ).format(view.theirs_by, what, school)
        else:
            text = self.tr(
                "Kept the merged text — {0}, {1}. Everyone gets the decision at the next sync."
            ).format(what, school)
        self.status.setText(f"✓ {text}")

    def _open_school(self) -> None:
        view = self.current()
        if view is not None and view.school_id:
            self.open_school_requested.emit(view.school_id)

    # -- language ------------------------------------------------------------------------

    def _update_counts(self) -> None:
        total, shown = len(self.model.views), self.proxy.rowCount()
        if not self._loaded:
            self.subtitle.setText("")
        elif total == 0:
            self.subtitle.setText(self.tr("Nothing to decide."))
        else:
            schools = len({v.school_id for v in self.model.views})
            count = (
                self.tr("1 conflicting change to decide")
                if total == 1
                else self.tr("{0} conflicting changes to decide").format(total)
            )
            where = (
                self.tr("in 1 school")
                if schools == 1
                else self.tr("in {0} schools").format(schools)
            )
            text = f"{count} {where}"
            if shown != total:
                text += " · " + self.tr("showing {0}").format(shown)
            self.subtitle.setText(text)
        set_empty(
            self.table,
            self.tr("No conflict matches. Clear the filter.")
            if total
            else self.tr(
                "No conflicting changes in your team's schools. When two partners change the "
                "same thing offline, it appears here for you to decide."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Conflicting changes in your team's schools"))
        self.find_box.setPlaceholderText(self.tr("Filter by school or partner"))
        set_accessible(self.find_box, self.tr("Filter by school or partner"))
        self.open_button.setText(self.tr("Open school"))
        self.open_button.setToolTip(self.tr("Open the school of the chosen conflict"))
        set_accessible(self.table, self.tr("Open conflicts in your team's schools"))
        self.nothing_chosen.setText(self.tr("Choose a conflict to compare the two versions."))
        self.model.retranslate()
        self._update_counts()
        view = self.current()
        if view is not None:
            self._fill_detail(view, keep_merge=True)
        self._write_status()
