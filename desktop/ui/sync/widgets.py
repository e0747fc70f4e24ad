"""The sync controls a partner sees: the status bar panel and the enrolment dialog (the
conflicts dialog, opened from the Sync menu, is in :mod:`desktop.ui.sync.conflicts_dialog`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSysInfo, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.style import ERROR
from desktop.ui.sync.link import SyncLink
from sync.status import SyncStatus

if TYPE_CHECKING:  # the HTTP client loads on first use, not at start-up
    from sync import client


def local_time(stamp: str | None) -> str:
    """A stored UTC stamp as local day and time (dd/mm/yyyy hh:mm); empty if none."""
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
        self.label.setToolTip(self.tr("Last sent {0}").format(local_time(stamp)))
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
        self.device = QLineEdit(QSysInfo.machineHostName())
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
