"""The one place where SIPL opens its local SQLite database: encrypted with SQLCipher
(AES-256, the key from :mod:`desktop.store.keys`); nothing else in SIPL connects to the
profile database or its backups.

Guarantees of :func:`open_database`:
- With a key, the file on disk (and its WAL) is encrypted; ``sqlite3`` cannot read it.
- A plain file from an earlier SIPL is encrypted in place first (:func:`encrypt_in_place`):
  after a backup, with a check that every row of every table arrived, and the plain copies
  (the file, its WAL, every plain backup) are then removed.
- A damaged file (failing ``PRAGMA quick_check``, or not a database at all) raises
  :class:`DatabaseDamaged` and is not written to. With ``full_check=False`` (the desktop
  app's start-up) only the file's header and schema are read at open, which still tells a
  wrong key or a file that is not a database; the caller then runs :func:`integrity_problem`
  before its first write (the app does it right after the caseload is on screen, on the
  store thread, so every edit queues behind the check). On an encrypted file every page
  also carries its own HMAC, so a damaged page is refused whenever it is read.
- A file from a newer SIPL raises :class:`DatabaseTooNew` and is not written to.
- Otherwise the connection is in WAL mode with foreign keys on, and every migration has run.
- The connection belongs to the calling thread (``check_same_thread`` stays on).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.store import backup, schema
from desktop.store.cipher import DatabaseError, connect, is_plain
from desktop.store.errors import DatabaseDamaged, DatabaseTooNew

ENCRYPTED_NOTICE = "protection.just_encrypted"  # set when a plain profile was encrypted


@dataclass(frozen=True)
class Encrypted:
    """What :func:`encrypt_in_place` did: rows per table checked, plain copies removed."""

    rows: dict[str, int]
    removed: list[Path]


def _counts(conn: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: int(conn.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0]) for n in names}


def _export(source: Path, target: Path, key: bytes) -> dict[str, int]:
    """Copy the plain database ``source`` into a new encrypted ``target``; check that
    every table holds the same number of rows in both; return the counts."""
    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(source))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        counts = _counts(conn)
        conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", [str(target)])
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute(f"PRAGMA enc.user_version = {version}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    check = connect(target, key)
    try:
        arrived = _counts(check)
    finally:
        check.close()
    if arrived != counts:
        target.unlink(missing_ok=True)
        missing = sorted(n for n in counts if arrived.get(n) != counts[n])
        raise DatabaseDamaged(source, f"encrypting it lost rows of {missing}", [])
    os.chmod(target, 0o600)
    return counts


def encrypt_in_place(path: Path, backups_dir: Path, key: bytes) -> Encrypted:
    """Encrypt a plain profile database and its plain backups (see module docstring).

    Nothing is lost: a plain backup is taken first, the encrypted copy is checked table by
    table before it replaces the file, and a plain file is removed only once its encrypted
    copy is in place. A failure leaves the plain files as they were."""
    plain = sqlite3.connect(str(path))
    try:
        safety = backup.create_backup(plain, backups_dir, keep=backup.DEFAULT_KEEP + 1)
    finally:
        plain.close()
    encrypted = path.with_name(path.name + ".encrypting")
    rows = _export(path, encrypted, key)
    removed = []
    for companion in ("-wal", "-shm"):
        leftover = path.with_name(path.name + companion)
        if leftover.exists():
            leftover.unlink()
            removed.append(leftover)
    os.replace(encrypted, path)
    removed.append(path)
    for old in backup.backups(backups_dir):
        if is_plain(old):
            again = old.with_name(old.name + ".encrypting")
            if old != safety:
                _export(old, again, key)
                os.replace(again, old)
            else:
                old.unlink()
            removed.append(old)
    return Encrypted(rows, removed)


def integrity_problem(conn: Any) -> str | None:
    """Return a description of the first integrity problem, or None if the file is sound.

    Read-only.
    """
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except DatabaseError as error:
        return str(error)
    results = [line for row in rows for line in str(row[0]).splitlines() if line.strip()]
    if results == ["ok"]:
        return None
    more = f" (and {len(results) - 3} more)" if len(results) > 3 else ""
    return "; ".join(results[:3]) + more


def schema_problem(conn: Any) -> str | None:
    """Like :func:`integrity_problem`, but reads only the header and the schema (fast)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        return str(error)
    return None


def open_database(
    path: Path, backups_dir: Path, key: bytes | None = None, *, full_check: bool = True
) -> Any:
    """Open (creating if missing) the profile database at ``path``; see module docstring.
    Returns the connection (sqlite-utils wraps it only when first needed: see
    :attr:`desktop.store.store.Store.db`)."""
    existed = path.exists() and path.stat().st_size > 0
    encrypted_now = False
    if existed and key is not None and is_plain(path):
        plain = sqlite3.connect(str(path))
        try:
            problem = integrity_problem(plain)
        finally:
            plain.close()
        if problem is not None:
            raise DatabaseDamaged(path, problem, backup.good_backups(backups_dir))
        encrypt_in_place(path, backups_dir, key)
        encrypted_now = True
    if not existed:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    conn = connect(path, key)
    try:
        if existed:
            problem = integrity_problem(conn) if full_check else schema_problem(conn)
            if problem is not None:
                raise DatabaseDamaged(path, problem, backup.good_backups(backups_dir, key))
        if existed:
            unknown = schema.unknown_migrations(conn)
            if unknown:
                raise DatabaseTooNew(path, unknown)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
        schema.migrate(conn)
        if encrypted_now:
            # Told to the user once (see :data:`ENCRYPTED_NOTICE`).
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')", [ENCRYPTED_NOTICE]
            )
            conn.commit()
    except BaseException:
        conn.close()
        raise
    return conn
