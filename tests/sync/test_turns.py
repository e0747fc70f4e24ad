"""The central store's writers' lock is granted first come, first served, to one holder at
a time (a heavy pusher queues behind the small syncs that asked meanwhile)."""

from __future__ import annotations

import threading
import time

from sync.server.turns import FairLock


def _wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


def test_waiters_get_the_lock_in_the_order_they_asked_one_at_a_time() -> None:
    lock = FairLock()
    order: list[int] = []
    inside = [0]
    most_inside = [0]
    asked = [0]
    asked_lock = threading.Lock()

    def take(index: int) -> None:
        with asked_lock:
            asked[0] += 1
        with lock:
            inside[0] += 1
            most_inside[0] = max(most_inside[0], inside[0])
            order.append(index)
            time.sleep(0.001)
            inside[0] -= 1

    threads = []
    with lock:  # held while 20 threads ask, one after another
        for index in range(20):
            thread = threading.Thread(target=take, args=(index,))
            thread.start()
            threads.append(thread)
            # The next thread starts only once this one is queued behind the holder.
            _wait_until(lambda n=index + 1: asked[0] == n and lock.queued() == n)
    for thread in threads:
        thread.join()
    assert order == list(range(20))
    assert most_inside[0] == 1


def test_a_free_lock_is_taken_at_once_and_can_be_taken_again() -> None:
    lock = FairLock()
    for _ in range(3):
        with lock:
            assert lock.queued() == 0
