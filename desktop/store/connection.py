"""The one place where SIPL opens its local SQLite database.

Encryption at rest will hook in here (e.g. sqlcipher3 and a key from the keyring); nothing
else in SIPL calls ``sqlite3.connect`` on the profile database.

Guarantees of :func:`open_database`:
- A damaged file (failing ``PRAGMA quick_check``, or not a database at all) raises
  :class:`DatabaseDamaged` and is not written to.
- A file from a newer SIPL raises :class:`DatabaseTooNew` and is not written to.
- Otherwise the connection is in WAL mode with foreign keys on, and every migration has run.
- The connection belongs to the calling thread (``check_same_thread`` stays on).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.store import backup, schema
from desktop.store.errors import DatabaseDamaged, DatabaseTooNew


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=5.0)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """Return a description of the first integrity problem, or None if the file is sound.

    Read-only.
    """
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    results = [str(row[0]) for row in rows]
    if results == ["ok"]:
        return None
    return "; ".join(results[:3])


def open_database(path: Path, backups_dir: Path) -> Database:
    """Open (creating if missing) the profile database at ``path``; see module docstring."""
    existed = path.exists() and path.stat().st_size > 0
    conn = _connect(path)
    try:
        if existed:
            problem = integrity_problem(conn)
            if problem is not None:
                raise DatabaseDamaged(path, problem, backup.good_backups(backups_dir))
        db = Database(conn, execute_plugins=False)
        if existed:
            unknown = schema.unknown_migrations(db)
            if unknown:
                raise DatabaseTooNew(path, unknown)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        schema.migrate(db)
    except BaseException:
        conn.close()
        raise
    return db
