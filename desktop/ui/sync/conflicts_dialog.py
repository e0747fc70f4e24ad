"""The conflicts dialog: every open conflict, both values, who and when; keep one, the
other, or a merge. Loaded when first opened (its diff views are not needed at start-up)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import conflicts, sync_state
from desktop.store.text_diff import Comparison, compare
from desktop.ui.common.conflict_diff import (
    ConflictDiffView,
    about_judgement,
    field_label,
    is_text_conflict,
    value_words,
)
from desktop.ui.common.present import Presenter
from desktop.ui.common.runner import StoreRunner
from desktop.ui.sync.widgets import local_time


class ConflictsDialog(QDialog):
    """Every open conflict: both values, who and when; keep one, the other, or a merge."""

    def __init__(
        self, runner: StoreRunner, present: Presenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.present = present
        self.views: list[conflicts.ConflictView] = []
        self.setWindowTitle(self.tr("Conflicting changes"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.currentRowChanged.connect(self._show)
        self.first = QPlainTextEdit()
        self.first.setReadOnly(True)
        self.second = QPlainTextEdit()
        self.second.setReadOnly(True)
        self.merged = QPlainTextEdit()
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.first_box = QGroupBox()
        QVBoxLayout(self.first_box).addWidget(self.first)
        self.second_box = QGroupBox()
        QVBoxLayout(self.second_box).addWidget(self.second)
        self.diff = ConflictDiffView()  # texts: side by side, the words that differ marked
        self.diff.hide()
        self.merged_box = QGroupBox(self.tr("Merged text (edit, then keep it)"))
        QVBoxLayout(self.merged_box).addWidget(self.merged)
        self.keep_first = QPushButton()
        self.keep_second = QPushButton()
        self.keep_merged = QPushButton(self.tr("Keep the merged text"))
        self.keep_first.clicked.connect(lambda: self._keep(self._current().mine))
        self.keep_second.clicked.connect(lambda: self._keep(self._current().theirs))
        self.keep_merged.clicked.connect(lambda: self._keep(self.merged.toPlainText()))
        self.about = QLabel()  # a judgement's priority, term and both rationales
        self.about.setObjectName("conflictAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.work = QWidget()  # everything about the chosen conflict: hidden when none is left
        grid = QGridLayout(self.work)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.about, 0, 0, 1, 2)
        grid.addWidget(self.first_box, 1, 0)
        grid.addWidget(self.second_box, 1, 1)
        grid.addWidget(self.diff, 1, 0, 1, 2)
        grid.addWidget(self.keep_first, 2, 0)
        grid.addWidget(self.keep_second, 2, 1)
        grid.addWidget(self.merged_box, 3, 0, 1, 2)
        grid.addWidget(self.keep_merged, 4, 0, 1, 2)
        self.empty = QLabel(
            self.tr(
                "Nothing is left to resolve: every conflicting change has been decided. "
                "SIPL shows new ones here when two people change the same thing."
            )
        )
        self.empty.setWordWrap(True)
        close = QDialogButtonBox()
        close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.work, 3)
        layout.addWidget(close)
        self.resize(900, 640)
        runner.store_did_change.connect(self._tables_changed)
        self.reload()

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if "conflicts" in tables:
            self.reload()

    def reload(self) -> None:
        self.runner.submit(conflicts.open_conflict_views, self._loaded)

    def _loaded(self, views: list[conflicts.ConflictView]) -> None:
        self.views = views
        self.list.clear()
        for view in views:
            item = QListWidgetItem(
                self.tr("{0}: {1} ({2})").format(
                    view.school_name, self._field_label(view), local_time(view.mine_at)
                )
            )
            self.list.addItem(item)
        self.empty.setVisible(not views)
        self.list.setVisible(bool(views))
        self.work.setVisible(bool(views))  # never blank panes or unlabelled buttons
        if not views:
            self.diff.clear()
        if views:
            self.list.setCurrentRow(0)

    def _field_label(self, view: conflicts.ConflictView) -> str:
        """What changed, in words: the kind of record and which part of it."""
        return field_label(view)

    def _current(self) -> conflicts.ConflictView:
        return self.views[max(0, self.list.currentRow())]

    def _show(self, row: int) -> None:
        if row < 0 or row >= len(self.views):
            return
        view = self.views[row]
        self.first_box.setTitle(
            self.tr("From {0}, {1}").format(view.mine_by, local_time(view.mine_at))
        )
        self.second_box.setTitle(
            self.tr("From {0}, {1} (kept until you decide)").format(
                view.theirs_by, local_time(view.theirs_at)
            )
        )
        # Values as a person reads them (a rate by its name, a date written out), in the
        # language on screen; a delete says so.
        self.first.setPlainText(value_words(view, view.mine, self.present))
        self.second.setPlainText(value_words(view, view.theirs, self.present))
        self.about.setText(about_judgement(view, self.present))
        self.about.setVisible(bool(self.about.text()))
        is_text = is_text_conflict(view)
        self.first_box.setVisible(not is_text)
        self.second_box.setVisible(not is_text)
        self.diff.setVisible(is_text)
        if is_text:
            self.diff.set_headings(self.first_box.title(), self.second_box.title())
            # Diff and merge run on the store's worker thread, never on this one.
            self.runner.submit(
                lambda _store: compare(
                    view.mine, view.theirs, view.base if isinstance(view.base, str) else None
                ),
                lambda result: self._compared(view, result),
            )
        self.keep_first.setText(self.tr("Keep the value from {0}").format(view.mine_by))
        self.keep_second.setText(self.tr("Keep the value from {0}").format(view.theirs_by))
        self.merged.setPlainText(f"{_text(view.theirs)}\n{_text(view.mine)}")
        self.merged_box.setVisible(False)  # a text's merge shows with its comparison
        self.keep_merged.setVisible(False)

    def _compared(self, view: conflicts.ConflictView, comparison: Comparison) -> None:
        """Show a comparison the worker finished, unless another conflict is shown now."""
        if not self.views or self._current().id != view.id:
            return
        self.diff.show_comparison(comparison)
        if comparison.merged is not None:
            self.merged.setPlainText(comparison.merged)
        self.merged_box.setVisible(True)
        self.keep_merged.setVisible(True)

    def _keep(self, value: Any) -> None:
        view = self._current()
        self.runner.submit(
            lambda store: sync_state.resolve_conflict(store, view.id, value),
            lambda _r: self.reload(),
        )


def _text(value: Any) -> str:
    return "" if value is None else str(value)
