"""Backups of the profile database with SQLite's online backup API.

Guarantees:
- A backup is a complete, consistent copy taken while SIPL runs; it is written to a
  temporary name and renamed, so a crash never leaves a half backup that looks whole.
- At most ``keep`` backups are kept; the oldest go first.
- :func:`restore_backup` never deletes anything: the damaged file is renamed aside.
- A backup of an encrypted profile is encrypted with the same key (SQLCipher's online
  backup between two keyed databases); every backup file is readable by its owner only.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.store.cipher import DatabaseError, connect

DEFAULT_KEEP = 10
_PREFIX = "sipl-"
_SUFFIX = ".db"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f")


def backups(backups_dir: Path) -> list[Path]:
    """All backup files, newest first (by the time in their names)."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.glob(f"{_PREFIX}*{_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_time(path: Path) -> datetime:
    """The UTC time a backup was taken, read from its name."""
    raw = path.name[len(_PREFIX) : -len(_SUFFIX)]
    return datetime.strptime(raw, "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)


def is_sound(path: Path, key: bytes | None = None) -> bool:
    """True if ``path`` is a database (encrypted with ``key``) passing ``quick_check``.
    Never writes to it."""
    try:
        conn = connect(path, key) if path.is_file() else None
    except DatabaseError:
        return False
    if conn is None:
        return False
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
    except DatabaseError:
        return False
    finally:
        conn.close()


def good_backups(backups_dir: Path, key: bytes | None = None) -> list[Path]:
    """Backups that pass an integrity check, newest first."""
    return [p for p in backups(backups_dir) if is_sound(p, key)]


def create_backup(
    conn: Any,
    backups_dir: Path,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    key: bytes | None = None,
) -> Path:
    """Copy the live database behind ``conn`` (encrypted with ``key``, or plain) into
    ``backups_dir``, encrypted the same way; prune to ``keep``."""
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = backups_dir / f"{_PREFIX}{_stamp(now or datetime.now(UTC))}{_SUFFIX}"
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT, 0o600))
    dest = connect(partial, key)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    partial.replace(target)
    for old in backups(backups_dir)[keep:]:
        old.unlink(missing_ok=True)
    return target


def backup_due(backups_dir: Path, now: datetime | None = None) -> bool:
    """True when no backup was taken in the last 24 hours."""
    existing = backups(backups_dir)
    if not existing:
        return True
    age = (now or datetime.now(UTC)) - backup_time(existing[0])
    return age.total_seconds() >= 24 * 3600


def restore_backup(database: Path, chosen: Path, key: bytes | None = None) -> Path:
    """Put ``chosen`` in place of ``database``; return where the damaged file was moved.

    The damaged file and its ``-wal``/``-shm`` companions are renamed with a
    ``.damaged-<time>`` suffix, never deleted, so nothing is lost if the choice was wrong.
    """
    if not is_sound(chosen, key):
        raise ValueError(f"The backup {chosen} is itself damaged; choose another.")
    suffix = f".damaged-{_stamp(datetime.now(UTC))}"
    moved = database.with_name(database.name + suffix)
    for companion in ("", "-wal", "-shm"):
        source = database.with_name(database.name + companion)
        if source.exists():
            source.replace(source.with_name(source.name + suffix))
    shutil.copyfile(chosen, database)
    os.chmod(database, 0o600)
    _forget_sync_cursor(database, f"restored from {chosen.name}", key)
    return moved


def _forget_sync_cursor(database: Path, why: str, key: bytes | None) -> None:
    """A restored profile is behind the central store, including on what it synced itself
    after the backup was taken: its next sync pulls everything again, its own changes too
    (the same as :func:`desktop.store.sync_state.start_again`, on the closed file)."""
    from desktop.store.sync_state import CURSOR_SETTING, RESYNC_SETTING

    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    connection = connect(database, key)
    try:
        with connection:
            connection.execute("DELETE FROM settings WHERE key = ?", [CURSOR_SETTING])
            connection.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                [RESYNC_SETTING, f"{stamp} {why}"],
            )
    finally:
        connection.close()
