"""A school's key tasks of a term, as a checklist (issue 15 point 1).

The panel lists the term's tasks, the enhanced-support tasks (for a school in enhanced
support) and the other tasks, each with how it was done: covered by a visit (its purpose,
or the partner said so when ticking) or ticked by hand with a date. Ticking a task asks for
the day and, optionally, the visit that covered it; unticking takes the tick back. A task a
visit's purpose covered stays done: the visit says so.

Threading: loads and writes run on the store thread through the runner; the panel redraws
when ``key_task_checks``, ``visits`` or ``schools`` change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import key_tasks, visits
from desktop.store.calendar import TERMS, academic_year_of, term_of, year_end, year_start
from desktop.store.key_tasks import TaskGroup, TaskState
from desktop.ui.common.context import Services
from desktop.ui.common.dates import date_edit, to_date, to_qdate
from desktop.ui.common.widgets import button_box, muted

WATCHED = frozenset({"key_task_checks", "visits", "schools"})
_KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Loaded:
    school_id: str
    year: str
    term: str
    groups: tuple[TaskGroup, ...]
    year_visits: tuple[tuple[str, str], ...]  # (visit id, visit date), newest first


class TickDialog(QDialog):
    """When a key task was done, and the visit that covered it (if any)."""

    def __init__(
        self,
        services: Services,
        task_text: str,
        year: str,
        year_visits: tuple[tuple[str, str], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark a key task done"))
        self.setMinimumWidth(480)
        language = services.language
        task = QLabel(task_text)
        task.setWordWrap(True)
        first, last = year_start(year), year_end(year)
        today = services.today()
        self.day = date_edit(services, min(max(today, first), last))
        self.day.setDateRange(to_qdate(first), to_qdate(last))
        self.day.setAccessibleName(self.tr("Done on"))
        self.visit = QComboBox()
        self.visit.setAccessibleName(self.tr("Covered by the visit of"))
        self.visit.addItem(self.tr("No visit: ticked by hand"), None)
        for visit_id, day in year_visits:
            self.visit.addItem(self.tr("The visit of {0}").format(language.date(day)), visit_id)
        self._days = dict(year_visits)
        self.visit.currentIndexChanged.connect(self._visit_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Task"), task)
        form.addRow(self.tr("&Done on"), self.day)
        form.addRow(self.tr("Co&vered by"), self.visit)
        buttons = button_box(self.tr("Mark done"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def day_value(self) -> date:
        return to_date(self.day.date())

    def visit_id(self) -> str | None:
        data = self.visit.currentData()
        return None if data is None else str(data)

    def _visit_chosen(self) -> None:
        chosen = self.visit_id()
        if chosen is not None:
            self.day.setDate(to_qdate(date.fromisoformat(self._days[chosen])))


class KeyTaskPanel(QWidget):
    """The checklist of one school's key tasks for a term of a year."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.school_id: str | None = None
        self.year = services.academic_year
        self.support_level = "core"
        self.loaded: _Loaded | None = None
        self.read_only = False
        self.term_box = QComboBox()
        self.term_label = QLabel()
        self.term_label.setBuddy(self.term_box)
        self.summary = muted()
        self.tree = QTreeWidget()
        self.tree.setObjectName("keyTaskTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.note = muted()
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.term_label)
        top.addWidget(self.term_box)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self.term_box.activated.connect(lambda _: self.refresh())
        self.tree.itemChanged.connect(self._item_changed)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()

    # --- loading ----------------------------------------------------------------------

    def show_school(self, school_id: str, year: str, support_level: str) -> None:
        """Show the school's checklist for ``year``: this term's if ``year`` is the current
        one, else the term chosen before (autumn at first)."""
        changed = school_id != self.school_id or year != self.year
        self.school_id, self.year, self.support_level = school_id, year, support_level
        if changed or self.term_box.currentIndex() < 0:
            today = self._services.today()
            term = term_of(today) if academic_year_of(today) == year else TERMS[0]
            self.term_box.setCurrentIndex(max(0, self.term_box.findData(term)))
        self.refresh()

    def refresh(self) -> None:
        school_id, year, level = self.school_id, self.year, self.support_level
        term = str(self.term_box.currentData() or TERMS[0])
        if school_id is None:
            return

        def load(store: Any) -> _Loaded:
            first, last = year_start(year).isoformat(), year_end(year).isoformat()
            return _Loaded(
                school_id,
                year,
                term,
                key_tasks.checklist(store, school_id, year, term, level),
                tuple(
                    (v.id, v.visit_date)
                    for v in visits.visits_of(store, school_id)
                    if first <= v.visit_date <= last
                ),
            )

        self._services.runner.submit(load, self._show)

    def _store_changed(self, tables: frozenset[str]) -> None:
        if self.school_id and tables & WATCHED:
            self.refresh()

    def _show(self, loaded: _Loaded) -> None:
        if loaded.school_id != self.school_id or loaded.year != self.year:
            return
        self.loaded = loaded
        self._fill()

    def _fill(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        present = self._services.present
        self.tree.blockSignals(True)
        self.tree.clear()
        for group in loaded.groups:
            head = QTreeWidgetItem([present.term(group.key), self._count(group)])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for state in group.tasks:
                item = QTreeWidgetItem([present.key_task(state.task.key), self._how(state)])
                item.setData(0, _KEY_ROLE, state.task.key)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not self.read_only and not (state.done and state.check_id is None):
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(
                    0, Qt.CheckState.Checked if state.done else Qt.CheckState.Unchecked
                )
                item.setToolTip(0, present.key_task(state.task.key))
                head.addChild(item)
            head.setExpanded(True)
        self.tree.blockSignals(False)
        term_tasks = loaded.groups[0]
        self.summary.setText(
            self.tr("{0} of {1} tasks of the term done").format(
                term_tasks.done_count, len(term_tasks.tasks)
            )
        )

    def _count(self, group: TaskGroup) -> str:
        return self.tr("{0} of {1} done").format(group.done_count, len(group.tasks))

    def _how(self, state: TaskState) -> str:
        language = self._services.language
        if not state.done:
            return ""
        if state.visit_date:
            return self.tr("Visit of {0}").format(language.date(state.visit_date))
        return self.tr("Done {0}").format(language.date(state.done_on or ""))

    def state_of(self, task_key: str) -> TaskState | None:
        if self.loaded is None:
            return None
        for group in self.loaded.groups:
            for state in group.tasks:
                if state.task.key == task_key:
                    return state
        return None

    # --- ticking ----------------------------------------------------------------------

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, _KEY_ROLE)
        if column != 0 or key is None:
            return
        # Handled once this signal has returned: the dialog's own event loop, or a redraw,
        # must not run while Qt is still delivering the change of this item.
        task_key = str(key)
        if item.checkState(0) == Qt.CheckState.Checked:
            QTimer.singleShot(0, lambda: self.mark_done(task_key))
        else:
            QTimer.singleShot(0, lambda: self.mark_not_done(task_key))

    def mark_done(self, task_key: str, *, dialog_hook: Any = None) -> None:
        """Ask when the task was done (and by which visit), then tick it."""
        loaded, school_id = self.loaded, self.school_id
        if loaded is None or school_id is None:
            return
        dialog = TickDialog(
            self._services,
            self._services.present.key_task(task_key),
            loaded.year,
            loaded.year_visits,
            self,
        )
        if dialog_hook is not None:
            dialog_hook(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._fill()  # put the box back as it was
            return
        day, visit_id, year = dialog.day_value(), dialog.visit_id(), loaded.year
        self._services.runner.submit(
            lambda store: key_tasks.tick(store, school_id, year, task_key, day, visit_id)
        )

    def mark_not_done(self, task_key: str) -> None:
        """Take back the tick that marks the task done."""
        state = self.state_of(task_key)
        if state is None or state.check_id is None:
            self._fill()
            return
        check_id = state.check_id
        self._services.runner.submit(lambda store: key_tasks.untick(store, check_id))

    # --- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        present = self._services.present
        current = self.term_box.currentData()
        self.term_box.clear()
        for term in TERMS:
            self.term_box.addItem(present.term(term), term)
        self.term_box.setCurrentIndex(max(0, self.term_box.findData(current)))
        self.term_label.setText(self.tr("&Term"))
        self.tree.setHeaderLabels([self.tr("Key task"), self.tr("Done")])
        self.tree.setAccessibleName(self.tr("The term's key tasks"))
        self.note.setText(
            self.tr(
                "The schedule is a reminder of what falls due, not a tick list for the school. "
                "A task is done when a visit covered it or when you tick it with the day it "
                "was done."
            )
        )
        self._fill()
