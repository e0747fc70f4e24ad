"""Record ids are RFC 9562 UUIDv7s that sort in the order they were made (design.md:
globally unique op ids made offline), even in a burst and from several threads."""

from __future__ import annotations

import threading
import time
import uuid

from desktop.store import ids


def test_ids_are_version_7_with_the_time_they_were_made() -> None:
    before = time.time_ns() // 1_000_000
    made = ids.uuid7()
    after = time.time_ns() // 1_000_000
    assert made.version == 7 and made.variant == uuid.RFC_4122
    assert before <= made.int >> 80 <= after + 1
    assert uuid.UUID(ids.new_id()).version == 7


def test_a_burst_from_several_threads_is_unique_increasing_and_keeps_to_the_clock() -> None:
    per_thread: list[list[uuid.UUID]] = [[] for _ in range(4)]

    def make(out: list[uuid.UUID]) -> None:
        out.extend(ids.uuid7() for _ in range(20_000))

    threads = [threading.Thread(target=make, args=(out,)) for out in per_thread]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for made in per_thread:
        assert made == sorted(made)  # each thread's ids in the order it made them
    everything = [u for made in per_thread for u in made]
    assert len(set(everything)) == len(everything) == 80_000
    # 80,000 ids in well under a second: the counter absorbs the burst, so the ids'
    # time does not run ahead of the clock by more than a few milliseconds.
    ahead = max(u.int >> 80 for u in everything) - time.time_ns() // 1_000_000
    assert ahead <= 20
