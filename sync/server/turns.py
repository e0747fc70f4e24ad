"""Who may write to the central store when, and how far a reader may safely read.

- :class:`FairLock`: a lock granted first come, first served. A device pushing thousands
  of ops takes it once per bounded chunk and queues behind everyone who asked meanwhile,
  so small syncs keep their turn instead of losing every race to it.
- :class:`Writers`: the write transactions in flight in this process and, for each, a
  floor below every ``history.seq`` it can take. Where writers run side by side
  (PostgreSQL: row locks, not one lock for the world), their sequence numbers can commit
  out of order; :meth:`Writers.high_water` gives the highest sequence number below which
  every change has committed, so a cursor never steps over a change still to commit.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class FairLock:
    """A mutual-exclusion lock granted in the order it was asked for.

    The holder hands the lock straight to the longest waiter: each waiter sleeps on a gate
    of its own, so a release wakes exactly one thread (a shared condition woke all of
    them, and thirty syncs queued behind a writer spent their turns waking each other).
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._held = False
        self._waiting: deque[threading.Lock] = deque()

    def __enter__(self) -> FairLock:
        with self._mutex:
            if not self._held:
                self._held = True
                return self
            gate = threading.Lock()
            gate.acquire()
            self._waiting.append(gate)
        gate.acquire()  # opened by the holder, who hands the lock over still held
        return self

    def queued(self) -> int:
        """How many threads are waiting for the lock now."""
        with self._mutex:
            return len(self._waiting)

    def __exit__(self, *exc: object) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().release()
            else:
                self._held = False


class Writers:
    """The write transactions in flight, each with the floor it registered with.

    Guarantee of :meth:`high_water`, given that every writer registers (with
    :meth:`writing`) before it takes a sequence number, and leaves only after its commit or
    rollback: every sequence number at or below the answer belongs to a committed change,
    so a snapshot taken afterwards sees all of them."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._floors: dict[int, int] = {}
        self._ids = itertools.count()

    @contextmanager
    def writing(self, last_assigned: Callable[[], int]) -> Iterator[None]:
        """Register a writer for the duration of the block; ``last_assigned`` reads the
        highest sequence number handed out so far (committed or not)."""
        with self._mutex:
            ident = next(self._ids)
            self._floors[ident] = last_assigned()
        try:
            yield
        finally:
            with self._mutex:
                del self._floors[ident]

    def high_water(self, last_assigned: Callable[[], int]) -> int:
        """The highest sequence number below which nothing is still to commit."""
        with self._mutex:
            last = last_assigned()
            return min([last, *self._floors.values()])
