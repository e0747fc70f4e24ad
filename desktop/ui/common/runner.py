"""The one thread that owns the profile database, and how the UI talks to it.

Guarantees:
- The :class:`~desktop.store.store.Store` is opened, used and closed on one dedicated
  QThread (sqlite connections belong to the thread that opened them). UI code never
  touches it: it submits small operations (``lambda store: visits.set_answer(store, ...)``)
  and receives their frozen results on the UI thread.
- Operations run one at a time in the order submitted. :meth:`StoreRunner.stop` runs every
  operation submitted before it, then closes the store: nothing queued is lost on close.
- After each operation that changed tables, :attr:`StoreRunner.store_did_change` fires on
  the UI thread with the set of table names, after the operation's own callback.
- A :class:`~desktop.store.errors.StoreError` (a known condition) goes to the operation's
  ``on_error`` or, by default, to :attr:`StoreRunner.op_did_fail` with its message; any
  other exception is a bug: it is logged with its traceback and reported the same way.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

from desktop.store.errors import StoreError
from desktop.store.paths import ProfilePaths
from desktop.store.store import Store
from desktop.ui.common.failures import store_failure

log = logging.getLogger(__name__)

T = TypeVar("T")
Operation = Callable[[Store], Any]
OnResult = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Job:
    op: Operation
    on_result: OnResult | None
    on_error: OnError | None
    counted: bool = True


@dataclass(frozen=True)
class _Done:
    job: _Job
    result: Any
    error: BaseException | None
    changes: frozenset[str]
    dropped: bool = False  # not run: the store had closed a damaged file


class _StoreThread(QThread):
    """Runs jobs from a queue against a store it opens itself."""

    job_did_finish = Signal(object)

    def __init__(self, paths: ProfilePaths, open_store: Callable[[ProfilePaths], Store]) -> None:
        super().__init__()
        self.setObjectName("sipl-store")
        self._paths = paths
        self._open_store = open_store
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.opened = threading.Event()
        self.open_error: BaseException | None = None

    def run(self) -> None:
        try:
            store = self._open_store(self._paths)
        except BaseException as error:  # reported to the UI thread by start()
            self.open_error = error
            self.opened.set()
            return
        self.opened.set()
        try:
            while True:
                job = self.jobs.get()
                if job is None:
                    break
                self._run(store, job)
        finally:
            store.close()

    def _run(self, store: Store, job: _Job) -> None:
        if store.closed:  # found damaged: the app is offering its backup and closing
            log.warning("A store operation was dropped: the damaged file was closed")
            self.job_did_finish.emit(_Done(job, None, None, frozenset(), dropped=True))
            return
        try:
            result = job.op(store)
            error: BaseException | None = None
        except BaseException as failure:
            result, error = None, failure
            if not isinstance(failure, StoreError):
                log.exception("A store operation failed")
        self.job_did_finish.emit(_Done(job, result, error, store.take_changes()))


class StoreRunner(QObject):
    """Submit operations to the store thread; receive results and change notices.

    Create it, call :meth:`start` (which opens the store and raises the store's errors,
    such as ``DatabaseDamaged``, on the calling thread), and :meth:`stop` before exit.
    """

    store_did_change = Signal(object)  # frozenset[str] of table names
    op_did_fail = Signal(str)
    write_did_finish = Signal()
    busy_did_change = Signal(bool)

    def __init__(
        self,
        paths: ProfilePaths,
        parent: QObject | None = None,
        *,
        open_store: Callable[[ProfilePaths], Store] = Store.open,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._thread = _StoreThread(paths, open_store)
        self._thread.job_did_finish.connect(self._deliver)
        self._pending = 0
        self._stopped = False

    def start(self) -> None:
        """Open the store on its thread; re-raise here whatever opening raised."""
        self.begin()
        self.wait_open()

    def begin(self) -> None:
        """Start opening the store on its thread and return at once (see :meth:`wait_open`)."""
        self._thread.start()

    def wait_open(self) -> None:
        """Wait until the store is open; re-raise here whatever opening raised."""
        self._thread.opened.wait()
        if self._thread.open_error is not None:
            self._thread.wait()
            self._stopped = True
            raise self._thread.open_error

    def wait_open_quietly(self) -> None:
        """Wait until opening has finished, whatever its outcome."""
        self._thread.opened.wait()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    @property
    def pending(self) -> int:
        """Operations submitted whose results have not been delivered yet."""
        return self._pending

    def submit(
        self,
        op: Operation,
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Queue ``op`` to run on the store thread; callbacks run on the UI thread."""
        if self._stopped:
            log.warning("Operation submitted after the store was closed; ignored")
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_did_change.emit(True)
        self._thread.jobs.put(_Job(op, on_result, on_error))

    def call(self, op: Callable[[Store], T], timeout: float = 30.0) -> T:
        """Run ``op`` on the store thread and wait for its result (start-up, tests, benches).

        Blocks the calling thread; not for use in response to user input.
        """
        done = threading.Event()
        results: list[T] = []
        errors: list[BaseException] = []

        def wrapped(store: Store) -> None:
            try:
                results.append(op(store))
            except BaseException as error:
                errors.append(error)
            finally:
                done.set()

        self._thread.jobs.put(_Job(wrapped, None, None, counted=False))
        if not done.wait(timeout):
            raise TimeoutError("The store did not answer in time")
        if errors:
            raise errors[0]
        return results[0]

    def stop(self) -> None:
        """Run everything already submitted, close the store and end the thread."""
        if self._thread.isRunning():
            self._thread.jobs.put(None)
            self._thread.wait()
        self._stopped = True

    def _deliver(self, done: _Done) -> None:
        job = done.job
        if job.counted:
            self._pending -= 1
        try:
            if done.dropped:  # not run: the store closed a damaged file; nobody to tell
                return
            if done.error is None:
                if job.on_result is not None:
                    job.on_result(done.result)
            elif job.on_error is not None:
                job.on_error(done.error)
            else:
                self.op_did_fail.emit(store_failure(done.error))
        finally:
            if done.changes:
                self.write_did_finish.emit()
                self.store_did_change.emit(done.changes)
            if job.counted and self._pending == 0:
                self.busy_did_change.emit(False)
