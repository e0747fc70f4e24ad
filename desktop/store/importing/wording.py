"""What an import says to a person, as templates the desktop can translate.

The core stays free of Qt: a message is a :class:`Said`, an English template with named
values. ``str()`` gives the English sentence (the command line, logs); the desktop looks
the template up in its catalogue (``desktop.ui.caseload.import_words``) and fills in the
same values. Every template an import of the schools list can say is a constant here, so
a test can check that each has its Welsh.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Said:
    """A sentence: its English ``template`` (also the key of its translation) and the
    values that fill its ``{named}`` fields (already text)."""

    template: str
    values: tuple[tuple[str, str], ...] = ()

    def fill(self, template: str) -> str:
        """``template`` (this sentence's own or its translation) with the values in."""
        return template.format(**dict(self.values))

    def __str__(self) -> str:
        return self.fill(self.template)


def said(template: str, **values: object) -> Said:
    """A :class:`Said` of ``template`` with ``values`` (each turned into text)."""
    return Said(template, tuple((name, str(value)) for name, value in values.items()))


# -- the file ----------------------------------------------------------------------------
CANNOT_READ = "The file could not be read: {reason}."
EMPTY = "The file is empty."
NOT_UTF8 = (
    "The file is not UTF-8 text (byte 0x{byte} on line {line}). "
    "Save it as 'CSV UTF-8' and import it again."
)
NOT_CSV = "The file is not valid CSV near line {line}: {reason}."
NO_HEADER = "The file has no header row."

# -- the address list of schools ---------------------------------------------------------
NOT_ADDRESS_LIST = "This is not the address list of schools: the header lacks {columns}."
ROWS_HAVE_PROBLEMS = "{count} rows have problems:"
NO_SCHOOLS = "The file lists no schools."
LINE_CUT_SHORT = "the line is cut short ({cells} of {width} columns)"
NUMBER_NOT_7_DIGITS = "school number '{number}' is not 7 digits"
LA_CODE_NOT_3_DIGITS = "LA code '{code}' is not 3 digits"
NUMBER_NOT_OF_LA = "school number does not start with its LA code {code}"
NO_SCHOOL_NAME = "the school has no name"
NO_LA_NAME = "the local authority has no name"
UNKNOWN_SECTOR = "unknown sector '{sector}' (known: {known})"
PUPILS_NOT_NUMBER = "pupil count '{pupils}' is not a number"
LISTED_TWICE = "the school is listed twice (also line {line})"

ADDRESS_LIST_TEMPLATES: tuple[str, ...] = (
    CANNOT_READ,
    EMPTY,
    NOT_UTF8,
    NOT_CSV,
    NO_HEADER,
    NOT_ADDRESS_LIST,
    ROWS_HAVE_PROBLEMS,
    NO_SCHOOLS,
    LINE_CUT_SHORT,
    NUMBER_NOT_7_DIGITS,
    LA_CODE_NOT_3_DIGITS,
    NUMBER_NOT_OF_LA,
    NO_SCHOOL_NAME,
    NO_LA_NAME,
    UNKNOWN_SECTOR,
    PUPILS_NOT_NUMBER,
    LISTED_TWICE,
)
"""Everything an import of the schools list (the one the desktop offers) can say."""
