"""What went wrong, in words a partner can act on, in their language.

One place for the messages of failures the user sees: a change the store could not save
(:func:`store_failure`), and a file that could not be written (:func:`file_failure`).
Failures of the machine — a full disk, a read-only folder, a data file held by another
program — are told apart from bugs (:func:`worth_retrying`): nothing was written, what
the user typed is kept, and saving is tried again.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.store.errors import (
    DISK_ERROR,
    DISK_FULL,
    LOCKED,
    READ_ONLY,
    InvalidValue,
    NotFound,
    StoreError,
    environment_problem,
)
from desktop.ui.common.i18n import QT_TRANSLATE_NOOP

# The rules of the store a partner can run into, by their code (see InvalidValue), in words
# for the user's language; the store's own message is English, for the log.
_RULES = {
    "file_missing": QT_TRANSLATE_NOOP(
        "Failures", "{name} was not attached: it is no longer there, or it is a folder."
    ),
    "file_empty": QT_TRANSLATE_NOOP("Failures", "{name} was not attached: the file is empty."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Failures",
        "{name} was not attached: it is larger than {mb} MB, the largest file SIPL keeps and "
        "sends. Save a smaller copy (a photo at a lower resolution, a PDF for screen) and "
        "attach that.",
    ),
    "file_kind": QT_TRANSLATE_NOOP(
        "Failures",
        "{name} was not attached: SIPL keeps photos, PDF, Word, PowerPoint, Excel and plain "
        "text files only.",
    ),
    "no_title": QT_TRANSLATE_NOOP("Failures", "Not saved: a priority needs a title."),
    "no_rationale": QT_TRANSLATE_NOOP("Failures", "Not saved: a judgement needs a rationale."),
    "carried": QT_TRANSLATE_NOOP(
        "Failures", "This priority has already been carried forward to the next year."
    ),
}


def worth_retrying(error: BaseException) -> bool:
    """True when the disk or another program was in the way (see module docstring)."""
    return environment_problem(error) is not None


def store_failure(error: BaseException) -> str:
    """The message for a store operation that failed with ``error``."""
    kind = environment_problem(error)
    kept = QCoreApplication.translate(
        "Failures", "What you typed is kept on screen, and SIPL keeps trying to save it."
    )
    if kind == DISK_FULL:
        return (
            QCoreApplication.translate(
                "Failures", "Not saved — the disk is full. Free some space on it."
            )
            + " "
            + kept
        )
    if kind == READ_ONLY:
        return (
            QCoreApplication.translate(
                "Failures", "Not saved — SIPL may not write to its data folder."
            )
            + " "
            + kept
        )
    if kind == LOCKED:
        return (
            QCoreApplication.translate(
                "Failures", "Not saved yet — another program is using SIPL's data file."
            )
            + " "
            + kept
        )
    if kind == DISK_ERROR:
        return (
            QCoreApplication.translate("Failures", "Not saved — the disk could not be written.")
            + " "
            + kept
        )
    if isinstance(error, InvalidValue) and error.code in _RULES:
        return QCoreApplication.translate("Failures", _RULES[error.code]).format(**error.values)
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "Failures",
            "Not saved: the record was removed meanwhile, perhaps by a sync. Nothing else "
            "was changed.",
        )
    if isinstance(error, StoreError):
        return str(error)
    return QCoreApplication.translate(
        "Failures", "Something went wrong and the change was not saved ({0})."
    ).format(type(error).__name__)


def file_failure(path: Path, error: BaseException) -> str:
    """Why the file ``path`` could not be saved (the caller says what to do next)."""
    folder = str(path.parent)
    kind = environment_problem(error)  # the one list of errno values that mean the disk
    if isinstance(error, FileNotFoundError) or getattr(error, "errno", None) == errno.ENOENT:
        text = QCoreApplication.translate("Failures", "The folder {0} does not exist.").format(
            folder
        )
    elif isinstance(error, PermissionError) or kind == READ_ONLY:
        text = QCoreApplication.translate(
            "Failures", "SIPL may not save files in the folder {0}."
        ).format(folder)
    elif kind == DISK_FULL:
        text = QCoreApplication.translate(
            "Failures", "There is not enough space on the disk to save {0}."
        ).format(path.name)
    elif isinstance(error, IsADirectoryError | NotADirectoryError):
        text = QCoreApplication.translate(
            "Failures", "{0} cannot be saved there: a folder of that name is already there."
        ).format(path.name)
    elif isinstance(error, OSError):
        text = QCoreApplication.translate("Failures", "{0} could not be saved ({1}).").format(
            path.name, error.strerror or type(error).__name__
        )
    else:
        text = QCoreApplication.translate(
            "Failures", "Something went wrong and {0} was not saved ({1})."
        ).format(path.name, type(error).__name__)
    return text
