"""Errors the store raises for conditions of the environment or the input, not bugs.

Every class here carries a message written for the person using SIPL: the UI and the
command line show ``str(error)`` as it is. Anything else escaping the store is a bug.
"""

from __future__ import annotations

import errno
from pathlib import Path


class StoreError(Exception):
    """A known, explainable failure (bad file, damaged database, disk full...)."""


class DatabaseDamaged(StoreError):
    """The database file failed its integrity check or is not a SQLite database.

    The file has not been changed. ``backups`` lists the good backups, newest first, that
    the user may choose to restore (see :func:`desktop.store.backup.restore_backup`).
    """

    def __init__(self, path: Path, detail: str, backups: list[Path]) -> None:
        self.path = path
        self.detail = detail
        self.backups = backups
        hint = (
            f"The newest good backup is {backups[0].name}."
            if backups
            else "No backup of it was found."
        )
        super().__init__(
            f"The SIPL database {path} is damaged ({detail}). It has been left untouched. {hint}"
        )


class DatabaseTooNew(StoreError):
    """The database was written by a newer SIPL; it is refused and left untouched."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        self.path = path
        self.unknown = unknown
        super().__init__(
            f"The SIPL database {path} was written by a newer version of SIPL "
            f"(it has changes this version does not know: {', '.join(unknown)}). "
            "Install the newer SIPL to open it; the file has been left untouched."
        )


class NotFound(StoreError):
    """A record asked for by id does not exist (or was deleted)."""

    def __init__(self, table: str, record_id: str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(f"No {table} record with id {record_id}.")


class InvalidValue(StoreError):
    """A value given to a store operation breaks a rule of the domain.

    ``code`` names the rule when the UI may meet it (e.g. ``file_too_large``) and
    ``values`` its particulars, so the UI can say it in the user's language; the message
    stays the English text for the command line and the log.
    """

    def __init__(self, message: str, code: str = "", **values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


# What the machine, not SIPL, got wrong: kinds of failure that pass when the disk or the
# other program does, so a save is kept and tried again rather than given up.
DISK_FULL = "disk_full"
READ_ONLY = "read_only"
LOCKED = "locked"
DISK_ERROR = "disk_error"

_SQLITE_MESSAGES = {
    "database or disk is full": DISK_FULL,
    "attempt to write a readonly database": READ_ONLY,
    "database is locked": LOCKED,
    "database table is locked": LOCKED,
    "disk i/o error": DISK_ERROR,
}
_OS_ERRORS = {
    errno.ENOSPC: DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: DISK_ERROR,
}


def environment_problem(error: BaseException) -> str | None:
    """``DISK_FULL``, ``READ_ONLY``, ``LOCKED`` or ``DISK_ERROR`` when ``error`` (from SQLite,
    SQLCipher or the file system) says the disk or another program is in the way; None for
    anything else. Such failures are worth trying again: nothing was written."""
    if isinstance(error, OSError) and error.errno in _OS_ERRORS:
        return _OS_ERRORS[error.errno]
    text = str(error).lower()
    for message, kind in _SQLITE_MESSAGES.items():
        if message in text:
            return kind
    return None
