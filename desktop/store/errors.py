"""Errors the store raises for conditions of the environment or the input, not bugs.

Every class here carries a message written for the person using SIPL: the UI and the
command line show ``str(error)`` as it is. Anything else escaping the store is a bug.
"""

from __future__ import annotations

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
    """A value given to a store operation breaks a rule of the domain."""
