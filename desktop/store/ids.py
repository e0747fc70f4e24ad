"""Record identifiers and time stamps.

Ids are UUIDv7 strings generated on the client, so records created offline on two laptops
never collide and sort roughly by creation time. Stamps are ISO 8601 in UTC with
microseconds; they are for display and audit only, never for ordering sync (the central
store's sequence does that).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from uuid6 import uuid7


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
