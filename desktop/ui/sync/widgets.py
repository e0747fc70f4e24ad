"""The sync controls a partner sees: status bar panel, enrolment and conflicts dialogs."""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
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
from desktop.ui.common.style import ERROR
from desktop.ui.sync.link import SyncLink
from sync.status import SyncStatus

if TYPE_CHECKING:  # the HTTP client loads on first use, not at start-up
    from sync import client


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


class SyncPanel(QWidget):
    """Status bar panel: unsent changes, last sync, the failure reason, a Sync button.

    On a laptop not yet enrolled the button asks to connect (``connect_requested``)."""

    connect_requested = Signal()

    def __init__(
        self,
        link: SyncLink,
        parent: QWidget | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.link = link
        self._now = now
        self.status: SyncStatus | None = None
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Sync status"))
        self.error = QLabel()  # why the last sync failed, in the error colour
        self.error.setObjectName("syncError")
        self.error.setStyleSheet(f"QLabel#syncError {{ color: {ERROR}; }}")
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.button = QPushButton()
        self.button.setObjectName("syncButton")
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.button)
        link.status_did_change.connect(self._status)
        link.sync_did_start.connect(self._started)
        link.sync_did_progress.connect(self._progress)
        link.busy_did_change.connect(self._busy)
        self.retranslate()

    def _clicked(self) -> None:
        if self.link.busy:
            self.link.cancel()
        elif self.status is not None and not self.status.enrolled:
            self.connect_requested.emit()
        else:
            self.link.sync_now()

    def _started(self) -> None:
        self.progress.show()
        self.retranslate()

    def _progress(self, progress: client.Progress) -> None:
        self.label.setText(self.tr("Syncing… {0} changes received").format(progress.pulled))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.retranslate()

    def _status(self, status: SyncStatus) -> None:
        self.status = status
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        busy = self.link.busy
        self.button.setText(self.tr("Cancel sync") if busy else self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send your changes and receive your team's (F9)"))
        if busy:
            return
        status = self.status
        if status is None:
            self.label.setText("")
            return
        if not status.enrolled:
            self.label.setText(self.tr("Not connected to a central store"))
            self.button.setText(self.tr("Connect…"))
            return
        parts = [self._sent_words(status)]
        if status.open_conflicts:
            parts.append(self.tr("Conflicts to resolve: {0}").format(status.open_conflicts))
        if status.needs_attention:
            parts.append(self.tr("Changes needing attention: {0}").format(status.needs_attention))
        if status.files_waiting:
            parts.append(self.tr("Evidence files still to come: {0}").format(status.files_waiting))
        self.error.setText(self.link.last_error or "")
        self.error.setVisible(bool(self.link.last_error))
        self.label.setText(" · ".join(parts))

    def _sent_words(self, status: SyncStatus) -> str:
        """ "8,421 changes not yet sent — last sent 3 days ago", in the user's language."""
        count = QLocale().toString(status.unsent)
        if status.unsent == 0:
            unsent = self.tr("All changes sent")
        elif status.unsent == 1:
            unsent = self.tr("1 change not yet sent")
        else:
            unsent = self.tr("{0} changes not yet sent").format(count)
        if not status.last_success:
            return self.tr("{0} — nothing sent yet").format(unsent)
        return self.tr("{0} — last sent {1}").format(unsent, self._ago(status.last_success))

    def _ago(self, stamp: str) -> str:
        """How long ago ``stamp`` (UTC) was, in words; the exact time is in the tooltip."""
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        self.label.setToolTip(self.tr("Last sent {0}").format(_when(stamp)))
        minutes = max(0, int((self._now() - moment).total_seconds() // 60))
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return (
                self.tr("1 minute ago")
                if minutes == 1
                else self.tr("{0} minutes ago").format(minutes)
            )
        hours = minutes // 60
        if hours < 24:
            return self.tr("1 hour ago") if hours == 1 else self.tr("{0} hours ago").format(hours)
        days = hours // 24
        if days == 1:
            return self.tr("yesterday")
        return self.tr("{0} days ago").format(QLocale().toString(days))


class EnrolDialog(QDialog):
    """Connect this laptop to the central store with a one-time enrolment code."""

    def __init__(self, link: SyncLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setWindowTitle(self.tr("Connect to the central store"))
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://sipl.example.cymru")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-2345-EFGH-6789-JKLM")
        self.device = QLineEdit(socket.gethostname())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("enrolMessage")
        intro = QLabel(
            self.tr(
                "Your administrator gives you the server address and a one-time enrolment code. "
                "SIPL keeps the sign-in in this computer's secure password store."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Enrolment code"), self.code)
        form.addRow(self.tr("This computer's name"), self.device)
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        link.enrol_did_finish.connect(self._done)
        link.enrol_did_fail.connect(self._failed)
        self.setMinimumWidth(480)

    def _connect(self) -> None:
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server.startswith(("http://", "https://")) or not code:
            self.message.setText(
                self.tr("Enter the server address (starting https://) and your enrolment code.")
            )
            return
        self.connect_button.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        self.link.enrol(server, code, self.device.text().strip() or "laptop")

    def _done(self, enrolled: client.Enrolled) -> None:
        self.message.setText(self.tr("Connected as {0}.").format(enrolled.partner_name))
        self.accept()
        self.link.sync_now()

    def _failed(self, message: str) -> None:
        self.connect_button.setEnabled(True)
        self.message.setText(message)


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
                    view.school_name, self._field_label(view), _when(view.mine_at)
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
        self.first_box.setTitle(self.tr("From {0}, {1}").format(view.mine_by, _when(view.mine_at)))
        self.second_box.setTitle(
            self.tr("From {0}, {1} (kept until you decide)").format(
                view.theirs_by, _when(view.theirs_at)
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
