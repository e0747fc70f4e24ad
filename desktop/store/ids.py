"""Record identifiers and time stamps.

Ids are UUIDv7 strings generated on the client, so records created offline on two laptops
never collide and sort roughly by creation time. Stamps are ISO 8601 in UTC with
microseconds; they are for display and audit only, never for ordering sync (the central
store's sequence does that).
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from datetime import UTC, datetime

_LOCK = threading.Lock()
_last = [0, 0]  # the last id's millisecond and counter


def uuid7() -> uuid.UUID:
    """A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, 62 random bits.

    Strictly increasing within this process, from any thread (RFC 9562 method 1): ids in
    the same millisecond count up from a random start below 2048; only after 4096 of them,
    or if the clock steps back, does the millisecond move on by one. (Written here rather
    than taken from the ``uuid6`` package, whose import reads the installed packages'
    metadata at every start-up.)
    """
    with _LOCK:
        ms, counter = time.time_ns() // 1_000_000, secrets.randbits(11)
        if ms <= _last[0]:
            ms, counter = _last[0], _last[1] + 1
            if counter > 0xFFF:
                ms, counter = ms + 1, 0
        _last[0], _last[1] = ms, counter
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | counter << 64
    value |= 0x2 << 62 | secrets.randbits(62)  # variant 10, then random
    return uuid.UUID(int=value)


def new_id() -> str:
    """Return a fresh UUIDv7 as a 36-character lower-case string."""
    return str(uuid7())


def now_stamp() -> str:
    """Return the current UTC time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_NAMESPACE = uuid.UUID("5a1b7e3c-0d4f-4c8e-9a61-51b1e0f0c0de")


def stable_id(*parts: str) -> str:
    """An id fixed by its natural key (e.g. visit, aspect, question), so two laptops that
    create the same record offline create the same row and sync merges its fields."""
    return str(uuid.uuid5(_NAMESPACE, "|".join(parts)))
