"""Syncing from the desktop app: a worker thread with its own store connection.

Guarantees:
- Sync never runs on the UI thread nor on the store thread: it has its own thread and
  its own connection to the profile database (WAL lets both work at once), so typing
  and autosave continue while a long first sync runs.
- One sync at a time. A cancelled sync stops between rounds or during a backoff, within
  a tenth of a second; what it applied stays. Closing the app waits at most 2 s for it.
- After a sync, screens refresh through the runner's ``store_did_change`` signal with the
  tables the sync changed.
- Failure reasons reach the user in plain words, in their language.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.store.cipher import DatabaseError
from desktop.store.paths import ProfilePaths
from desktop.store.store import Store
from desktop.ui.common.runner import StoreRunner
from sync.credentials import NoSecureKeyring
from sync.status import SyncStatus, status

if TYPE_CHECKING:  # the HTTP client loads on first use, not at start-up
    from sync import client

log = logging.getLogger(__name__)

STOP_WAIT_MS = 2_000  # closing the app waits no longer than this for a sync

Work = Callable[[Store, Callable[["client.Progress"], None], Callable[[], bool]], Any]


def reason_text(reason: str) -> str:
    """A sync failure reason in the user's language."""
    texts = {
        "offline": QCoreApplication.translate(
            "Sync", "You are offline. SIPL will sync when a connection is back."
        ),
        "unreachable": QCoreApplication.translate(
            "Sync", "The central store cannot be reached at the moment."
        ),
        "token_revoked": QCoreApplication.translate(
            "Sync",
            "This laptop's access has been revoked. Ask your administrator for a new "
            "enrolment code.",
        ),
        "token_expired": QCoreApplication.translate(
            "Sync", "This laptop's sign-in has expired. Enrol it again."
        ),
        "unknown_token": QCoreApplication.translate(
            "Sync", "The central store does not know this laptop. Enrol it again."
        ),
        "too_large": QCoreApplication.translate(
            "Sync", "A change or file is larger than the central store accepts."
        ),
        "server_error": QCoreApplication.translate(
            "Sync", "The central store had a problem. SIPL will try again later."
        ),
        "cancelled": QCoreApplication.translate("Sync", "Sync was cancelled. Nothing was lost."),
        "not_enrolled": QCoreApplication.translate(
            "Sync", "This laptop is not connected to a central store yet."
        ),
        "no_keyring": QCoreApplication.translate(
            "Sync",
            "This computer has no secure password store, so SIPL cannot keep its sign-in. "
            "Ask IT to enable the system keyring. SIPL will not store it in a plain file.",
        ),
        "unknown_code": QCoreApplication.translate(
            "Sync", "This enrolment code is not known. Check it and try again."
        ),
        "code_used": QCoreApplication.translate(
            "Sync", "This enrolment code has already been used."
        ),
        "code_expired": QCoreApplication.translate(
            "Sync", "This enrolment code has expired. Ask for a new one."
        ),
        "untrusted_certificate": QCoreApplication.translate(
            "Sync",
            "The central store's certificate is not trusted, so SIPL sent nothing. Check the "
            "server address, or ask your administrator.",
        ),
        "insecure_url": QCoreApplication.translate(
            "Sync",
            "SIPL connects to a central store only with an address starting https:// "
            "(http:// only to this computer itself).",
        ),
        "locked_out": QCoreApplication.translate(
            "Sync",
            "Too many wrong enrolment codes were tried from here. Wait a few minutes, "
            "then type the code again carefully.",
        ),
    }
    return texts.get(
        reason, QCoreApplication.translate("Sync", "The central store refused the request.")
    )


class _Worker(QObject):
    """Runs one piece of network work against its own connection to the profile, on a
    daemon thread of its own: a request stuck on the network can never hold up closing
    the app (the process ends it; SQLite rolls back what it had not committed)."""

    did_progress = Signal(object)
    did_finish = Signal(object, object)  # result, frozenset of changed tables
    did_fail = Signal(str, str)  # reason key, technical detail
    finished = Signal()

    def __init__(self, paths: ProfilePaths, work: Work) -> None:
        super().__init__()
        self._paths = paths
        self._work = work
        self.cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sipl-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Wait for the work to end; False if it is still running after ``timeout_ms``."""
        self._thread.join(None if timeout_ms is None else timeout_ms / 1000)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            self.run()
        finally:
            with contextlib.suppress(RuntimeError):  # the app has already gone
                self.finished.emit()

    def run(self) -> None:
        from sync import client, session

        try:
            store = Store.open(self._paths, backup_at_start=False)
        except Exception as error:
            log.exception("Sync could not open the store")
            self.did_fail.emit("server_error", str(error))
            return
        try:
            result = self._work(store, self.did_progress.emit, self.cancelled.is_set)
            self.did_finish.emit(result, store.take_changes())
        except client.SyncError as error:
            self.did_fail.emit(error.reason, error.detail or str(error))
        except session.NotEnrolled as error:
            self.did_fail.emit("not_enrolled", str(error))
        except NoSecureKeyring as error:
            self.did_fail.emit("no_keyring", str(error))
        except Exception as error:
            log.exception("Sync failed")
            self.did_fail.emit("server_error", str(error))
        finally:
            changes = store.take_changes()
            store.close()
            if changes:
                self.did_finish.emit(None, changes)


def _sync(
    store: Store,
    progress: Callable[[client.Progress], None],
    cancelled: Callable[[], bool],
    today: Callable[[], date] = date.today,
) -> client.SyncReport:
    from sync import session

    with session.connect(store) as link:
        report = link.sync(progress=progress, cancelled=cancelled)
    try:
        # A school whose read-only term has ended leaves the laptop once the central
        # store has confirmed it (desktop.store.retention).
        from desktop.store import retention

        retention.apply_retention(store, today())
    except DatabaseError as error:  # busy: tried again after the next sync
        log.warning("Retention after sync failed: %s", error)
    return report


def _status(store: Store) -> SyncStatus:
    """The sync status (on the store thread; needs no HTTP client)."""
    return status(store)


class SyncLink(QObject):
    """The app's connection to the central store (built once by the composition root)."""

    sync_did_start = Signal()
    sync_did_progress = Signal(object)  # client.Progress
    sync_did_finish = Signal(object)  # client.SyncReport
    sync_did_fail = Signal(str)  # a sentence for the user
    device_was_revoked = Signal()  # the central store refused this laptop for good
    enrol_did_finish = Signal(object)  # client.Enrolled
    enrol_did_fail = Signal(str)
    status_did_change = Signal(object)  # SyncStatus
    busy_did_change = Signal(bool)

    def __init__(
        self,
        paths: ProfilePaths,
        runner: StoreRunner,
        *,
        interval_ms: int = 5 * 60 * 1000,
        sync_work: Work | None = None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._runner = runner
        self._sync_work: Work = sync_work or (
            lambda store, progress, cancelled: _sync(store, progress, cancelled, today)
        )
        self._worker: _Worker | None = None
        self._sync_when_free = False
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._auto_sync)
        runner.store_did_change.connect(self._tables_changed)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        """Start syncing by itself every interval (when enrolled) and show the status."""
        self.timer.start()
        self.refresh_status()

    def refresh_status(self) -> None:
        self._runner.submit(_status, self.status_did_change.emit)

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if tables - {"settings"}:
            self.refresh_status()

    def _auto_sync(self) -> None:
        def maybe(now: SyncStatus) -> None:
            if now.enrolled and not self.busy:
                self.sync_now()

        self._runner.submit(_status, maybe)

    def sync_now(self) -> bool:
        """Start a sync now, or as soon as the running work ends; True if started now."""
        if self._worker is not None:
            self._sync_when_free = True
            return False
        worker = _Worker(self._paths, self._sync_work)
        worker.did_progress.connect(self.sync_did_progress.emit)
        worker.did_finish.connect(self._sync_finished)
        worker.did_fail.connect(self._sync_failed)
        worker.finished.connect(self._worker_done)
        self._worker = worker
        self.sync_did_start.emit()
        self.busy_did_change.emit(True)
        worker.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancelled.set()

    def enrol(self, server_url: str, code: str, device_name: str) -> bool:
        """Enrol this laptop in the background; the result comes by signal."""
        if self._worker is not None:
            return False

        def work(store: Store, _p: object, _c: object) -> client.Enrolled:
            from sync import session

            return session.enrol_laptop(store, server_url, code, device_name)

        worker = _Worker(self._paths, work)
        worker.did_finish.connect(self._enrol_finished)
        worker.did_fail.connect(lambda reason, _d: self.enrol_did_fail.emit(reason_text(reason)))
        worker.finished.connect(self._worker_done)
        self._worker = worker
        self.busy_did_change.emit(True)
        worker.start()
        return True

    def _enrol_finished(self, result: object, changes: frozenset[str]) -> None:
        if changes:
            self._runner.store_did_change.emit(changes)
        if result is not None:
            self.enrol_did_finish.emit(result)
            self.refresh_status()

    def _sync_finished(self, report: object, changes: frozenset[str]) -> None:
        if changes:
            self._runner.store_did_change.emit(changes)
        if report is not None:
            self.last_error = None
            self.sync_did_finish.emit(report)
        self.refresh_status()

    def _sync_failed(self, reason: str, detail: str) -> None:
        log.info("Sync failed: %s (%s)", reason, detail)
        self.last_error = reason_text(reason)
        self.sync_did_fail.emit(self.last_error)
        self.refresh_status()
        if reason == "token_revoked":
            self.timer.stop()
            self.device_was_revoked.emit()

    def _worker_done(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.busy_did_change.emit(False)
        if self._sync_when_free:
            self._sync_when_free = False
            self.sync_now()

    def stop(self) -> None:
        """Stop the timer and cancel a running sync; wait for it at most STOP_WAIT_MS
        (a sync sees a cancel within a tenth of a second, except inside a network
        request, which the process simply abandons at exit: nothing unsent is lost)."""
        self.timer.stop()
        self._sync_when_free = False
        if self._worker is not None:
            self._worker.cancelled.set()
            if not self._worker.wait(STOP_WAIT_MS):
                log.info("A sync was still waiting on the network at close; left to end")
