"""The local store of one partner profile: its database, backups and attachment files.

Threading: a :class:`Store` and everything read from its connection belong to the thread
that opened it. The desktop app opens it on its single store thread; other threads pass
ids and receive frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop.store import backup, keys
from desktop.store.connection import integrity_problem, open_database
from desktop.store.errors import DatabaseDamaged
from desktop.store.paths import ProfilePaths

if TYPE_CHECKING:
    from sqlite_utils import Database


class Store:
    """An open profile database. Create with :meth:`open`; close with :meth:`close`."""

    def __init__(
        self, conn: Any, paths: ProfilePaths, keep_backups: int, key: bytes | None = None
    ) -> None:
        self._conn = conn
        self._db: Database | None = None  # made on first use (sqlite-utils is slow to load)
        self.paths = paths
        self.key = key  # the profile's encryption key (None: a plain store, tests only)
        self.keep_backups = keep_backups
        self._changed: set[str] = set()
        self.field_cache: dict[str, frozenset[str]] = {}
        self._closed = False

    @classmethod
    def open(
        cls,
        paths: ProfilePaths,
        *,
        keep_backups: int = backup.DEFAULT_KEEP,
        backup_at_start: bool = True,
        key: bytes | Literal["profile"] | None = "profile",
        prompt: keys.Prompt | None = None,
        full_check: bool = True,
    ) -> Store:
        """Open the profile, run migrations and (by default) take the start-up backup.

        The database is encrypted with the profile's key (:func:`keys.profile_key`, made
        on first use; ``prompt`` asks for a passphrase where there is no keyring); a plain
        profile from an earlier SIPL is encrypted on the way. ``key=None`` opens a plain
        store (benches compare with one). Every file and folder of the profile is private.

        Raises :class:`DatabaseDamaged`, :class:`DatabaseTooNew`, or one of the key errors
        of :mod:`desktop.store.keys`, leaving the file untouched. ``full_check=False`` reads
        only the header and schema at open; call :meth:`check_integrity` before writing.
        """
        paths.ensure()
        if key == "profile":
            key = keys.profile_key(paths, create=True, prompt=prompt)
        conn = open_database(paths.database, paths.backups, key, full_check=full_check)
        store = cls(conn, paths, keep_backups, key)
        if backup_at_start:
            store.backup_now()
        return store

    @property
    def db(self) -> Database:
        """The sqlite-utils database. For the store's own modules only.

        Made on first use: importing sqlite-utils costs about 40 ms, so the reads that put
        the caseload on screen go through :attr:`conn` and it loads after."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn, execute_plugins=False)
        return self._db

    @property
    def conn(self) -> Any:
        """The connection itself (plain SQLite or SQLCipher), for reads that must not wait
        for sqlite-utils to load. Writes go through :meth:`transaction` or :attr:`db`."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All writes inside commit together or not at all (nested blocks are savepoints)."""
        with self.db.atomic() as db:
            yield db

    def mark_changed(self, table: str) -> None:
        """Record that ``table`` changed; views refresh from :meth:`take_changes`."""
        self._changed.add(table)

    def take_changes(self) -> frozenset[str]:
        """Return and clear the set of tables changed since the last call."""
        changed = frozenset(self._changed)
        self._changed.clear()
        return changed

    def backup_now(self, now: datetime | None = None) -> Path:
        """Take a backup now, keeping the newest ``keep_backups``."""
        return backup.create_backup(
            self._conn, self.paths.backups, self.keep_backups, now, key=self.key
        )

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Take the daily backup if the last one is a day old; return it, or None."""
        if backup.backup_due(self.paths.backups, now):
            return self.backup_now(now)
        return None

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A value from the profile's own settings table (not synced, not secret)."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def take_setting(self, key: str) -> str | None:
        """A setting's value, removed as it is read (a notice shown once)."""
        value = self.setting(key)
        if value is not None:
            with self.transaction() as db:
                db.execute("DELETE FROM settings WHERE key = ?", [key])
        return value

    @property
    def closed(self) -> bool:
        """True once closed (by :meth:`close`, or by :meth:`check_integrity` on damage)."""
        return self._closed

    def check_integrity(self) -> None:
        """Run the full integrity check (``PRAGMA quick_check``) of a store opened with
        ``full_check=False``. On a problem the store is closed at once, so nothing more is
        written to the damaged file, and :class:`DatabaseDamaged` is raised, naming the
        good backups (newest first) the user may restore."""
        problem = integrity_problem(self._conn)
        if problem is None:
            return
        self._closed = True
        self._conn.close()
        raise DatabaseDamaged(
            self.paths.database, problem, backup.good_backups(self.paths.backups, self.key)
        )

    def close(self) -> None:
        """Checkpoint the WAL and close the connection; closing again does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
