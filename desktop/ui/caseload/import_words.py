"""What an import of the schools list says, in the user's language.

The store says it as :class:`~desktop.store.importing.wording.Said` (English template and
values); this module holds each template's translatable text, so the translation tool sees
it and a Welsh screen shows Welsh. A template missing here is shown in English (and the
test of this module fails).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.store.importing import wording
from desktop.store.importing.csvfile import ImportRejected, RowProblem
from desktop.store.importing.wording import Said

SHOWN_PROBLEMS = 10  # rows listed under the summary; the rest are counted


def _catalogue() -> dict[str, str]:
    """English template -> its text in the current language (same named fields)."""
    # Spelt out in full each time: the translation tool reads only literal calls.
    return {
        wording.CANNOT_READ: QCoreApplication.translate(
            "ImportProblem", "The file could not be read: {reason}."
        ),
        wording.EMPTY: QCoreApplication.translate("ImportProblem", "The file is empty."),
        wording.NOT_UTF8: QCoreApplication.translate(
            "ImportProblem",
            "The file is not UTF-8 text (byte 0x{byte} on line {line}). "
            "Save it as 'CSV UTF-8' and import it again.",
        ),
        wording.NOT_CSV: QCoreApplication.translate(
            "ImportProblem", "The file is not valid CSV near line {line}: {reason}."
        ),
        wording.NO_HEADER: QCoreApplication.translate(
            "ImportProblem", "The file has no header row."
        ),
        wording.NOT_ADDRESS_LIST: QCoreApplication.translate(
            "ImportProblem", "This is not the address list of schools: the header lacks {columns}."
        ),
        wording.ROWS_HAVE_PROBLEMS: QCoreApplication.translate(
            "ImportProblem", "{count} rows have problems:"
        ),
        wording.NO_SCHOOLS: QCoreApplication.translate(
            "ImportProblem", "The file lists no schools."
        ),
        wording.LINE_CUT_SHORT: QCoreApplication.translate(
            "ImportProblem", "the line is cut short ({cells} of {width} columns)"
        ),
        wording.NUMBER_NOT_7_DIGITS: QCoreApplication.translate(
            "ImportProblem", "school number '{number}' is not 7 digits"
        ),
        wording.LA_CODE_NOT_3_DIGITS: QCoreApplication.translate(
            "ImportProblem", "LA code '{code}' is not 3 digits"
        ),
        wording.NUMBER_NOT_OF_LA: QCoreApplication.translate(
            "ImportProblem", "school number does not start with its LA code {code}"
        ),
        wording.NO_SCHOOL_NAME: QCoreApplication.translate(
            "ImportProblem", "the school has no name"
        ),
        wording.NO_LA_NAME: QCoreApplication.translate(
            "ImportProblem", "the local authority has no name"
        ),
        wording.UNKNOWN_SECTOR: QCoreApplication.translate(
            "ImportProblem", "unknown sector '{sector}' (known: {known})"
        ),
        wording.PUPILS_NOT_NUMBER: QCoreApplication.translate(
            "ImportProblem", "pupil count '{pupils}' is not a number"
        ),
        wording.LISTED_TWICE: QCoreApplication.translate(
            "ImportProblem", "the school is listed twice (also line {line})"
        ),
    }


def said_text(message: Said | str) -> str:
    """``message`` in the user's language (plain text is shown as it is)."""
    if isinstance(message, str):
        return message
    return message.fill(_catalogue().get(message.template, message.template))


def problem_text(problem: RowProblem) -> str:
    """One bad row, e.g. "line 3 (school 9904009): the line is cut short (4 of 17 columns)"."""
    why = said_text(problem.problem)
    if problem.number:
        return QCoreApplication.translate("ImportProblem", "line {0} (school {1}): {2}").format(
            problem.line, problem.number, why
        )
    return QCoreApplication.translate("ImportProblem", "line {0}: {1}").format(problem.line, why)


def rejection_text(error: ImportRejected) -> str:
    """Why nothing was imported: the summary, then the first rows' problems."""
    lines = [said_text(error.summary)] if error.summary else []
    lines += [problem_text(p) for p in error.problems[:SHOWN_PROBLEMS]]
    more = len(error.problems) - SHOWN_PROBLEMS
    if more > 0:
        lines.append(
            QCoreApplication.translate("ImportProblem", "… and {0} more problems").format(more)
        )
    return "\n".join(lines)
