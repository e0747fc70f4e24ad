"""Connections to SIPL's SQLite files, encrypted with SQLCipher (sqlcipher3) or plain.

Every profile database and backup is opened through :func:`connect`. The two drivers
raise their own exception classes: catch :data:`DatabaseError` / :data:`IntegrityError`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3

# Errors of either driver (the profile is SQLCipher; tools may hand a plain sqlite3 file).
DatabaseError = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
IntegrityError = (sqlite3.IntegrityError, sqlcipher3.IntegrityError)
PLAIN_HEADER = b"SQLite format 3\x00"


def connect(path: Path, key: bytes | None) -> Any:
    """A connection to the database at ``path``: SQLCipher keyed with ``key``, or plain
    SQLite when ``key`` is None (tests and benches that compare with a plain store)."""
    if key is None:
        conn: Any = sqlite3.connect(str(path), timeout=5.0)
    else:
        conn = sqlcipher3.connect(str(path), timeout=5.0)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def is_plain(path: Path) -> bool:
    """True if ``path`` is an unencrypted SQLite database."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except OSError:
        return False
