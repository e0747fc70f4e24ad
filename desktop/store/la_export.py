"""The LA termly view as a file for the local authority: CSV or an Excel workbook (issue 5).

Guarantees:
- The same columns, wording and lines as :func:`desktop.store.team.la_view_csv` in either
  format (both are built by :func:`desktop.store.team.la_view_lines`); in the workbook,
  days are numbers, not text.
- Both carry the protective marking of ``forms/data/marking.toml`` (e.g.
  "OFFICIAL–SENSITIVE") in the export's language: the CSV in its first row, the workbook
  in its first row, its printed pages' header and footer and its document properties
  (keywords, category and a custom "Protective marking" property).
- :func:`write_la_export` writes atomically: the file appears whole under its name or
  not at all; a failed write leaves neither a half-written file nor a temporary one, and
  an existing file of that name is left as it was.
- Qt-free and store-free apart from :func:`local_authorities` (which runs on the store
  thread); building and writing a file may run on any thread.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.store.errors import InvalidValue
from desktop.store.store import Store
from desktop.store.team import LA_VIEW_COLUMNS, LaSchoolRow, la_view_csv, la_view_lines
from forms import load_forms

FORMATS = {".csv": "csv", ".xlsx": "xlsx"}
"""File name suffixes :func:`write_la_export` understands, and the format of each."""

_LANGUAGE_TAGS = {"en": "en-GB", "cy": "cy-GB"}
_SHEET_NAME_MAX = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

# Column widths in characters (Excel's unit); text columns wrap within them.
_WIDTHS = {
    "school_number": 12,
    "school": 30,
    "sector": 12,
    "improvement_partner": 22,
    "support_level": 18,
    "priority": 36,
    "reform_area": 22,
    "term": 14,
    "rate": 22,
    "track": 16,
    "rationale": 60,
    "support_brokered": 40,
    "days_used": 12,
    "partner_days": 12,
    "minimum_days": 12,
    "agreed_days": 12,
}
_WRAPPED = frozenset({"school", "priority", "reform_area", "rationale", "support_brokered"})

#: The workbook's rows: the protective marking, then the headings, then the lines.
MARKING_ROW = 1
HEADING_ROW = 2
#: The name of the workbook's custom document property that holds the protective marking.
MARKING_PROPERTY = "Protective marking"


@dataclass(frozen=True)
class LocalAuthority:
    """A local authority as the store holds it; ``name_cy`` is None when not recorded."""

    code: str
    name: str
    name_cy: str | None

    def display(self, lang: str) -> str:
        """The LA's name in ``lang``: its Welsh name in Welsh when it has one."""
        return self.name_cy if lang == "cy" and self.name_cy else self.name


def local_authorities(store: Store) -> list[LocalAuthority]:
    """Every live local authority that has at least one live school, by (English) name."""
    return [
        LocalAuthority(code, name, name_cy or None)
        for code, name, name_cy in store.conn.execute(
            "SELECT la.code, la.name, la.name_cy FROM local_authorities la"
            " WHERE la.deleted_at IS NULL AND EXISTS (SELECT 1 FROM schools s"
            " WHERE s.la_id = la.id AND s.deleted_at IS NULL)"
            " ORDER BY la.name COLLATE NOCASE, la.code"
        )
    ]


def sheet_title(la_name: str, term_name: str) -> str:
    """A worksheet name for the LA and term that Excel accepts: at most 31 characters and
    none of ``[]:*?/\\``; the LA's name is shortened (never the term) when too long."""
    term = _SHEET_NAME_FORBIDDEN.sub(" ", term_name).strip()
    name = " ".join(_SHEET_NAME_FORBIDDEN.sub(" ", la_name).split())
    room = _SHEET_NAME_MAX - len(term) - 3
    if room < 4:
        return term[:_SHEET_NAME_MAX].strip("' ") or "Sheet1"
    if len(name) > room:
        name = name[: room - 1].rstrip() + "…"
    title = f"{name} – {term}" if name else term
    return title.strip("' ")[:_SHEET_NAME_MAX] or "Sheet1"


def _school_number(value: object) -> object:
    """School numbers as whole numbers, as in the Welsh Government address list."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value


def la_view_xlsx(
    rows: list[LaSchoolRow],
    lang: str,
    *,
    la_name: str | None = None,
    academic_year: str | None = None,
) -> bytes:
    """The LA termly view as an Excel workbook (.xlsx) in ``lang`` (``en`` or ``cy``).

    One worksheet named after the LA and the term: the protective marking in ``lang`` in
    bold in the first row (:data:`MARKING_ROW`), the headings of
    :func:`~desktop.store.team.la_view_csv` in a bold, frozen, filterable second row
    (:data:`HEADING_ROW`), one line per priority below, text wrapped in the long columns
    and days as numbers (text that starts with "=" stays text: nothing a partner typed, nor
    the marking, becomes a formula). Printed, each page repeats the marking and the
    headings and carries the marking in its header and footer. The document's title names
    the LA, term and year, its language is set, and its keywords, category and custom
    property :data:`MARKING_PROPERTY` hold the marking. ``la_name`` overrides the LA's name
    taken from the rows (e.g. its Welsh name).
    """
    # openpyxl is loaded when a workbook is made, so opening the desk never waits for it.
    from openpyxl import Workbook
    from openpyxl.packaging.custom import StringProperty
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    headings, lines = la_view_lines(rows, lang)
    forms = load_forms()
    name = la_name or (rows[0].school.la_name if rows else "")
    term_name = forms.term(rows[0].term).name.get(lang) if rows else ""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = sheet_title(name, term_name) if (name or term_name) else "SIPL"
    marking = forms.marking_in(lang)
    bold = Font(bold=True)
    marked = sheet.cell(row=MARKING_ROW, column=1, value=marking)
    marked.data_type = "s"  # the marking is words, never a formula
    marked.font = bold
    sheet.append(headings)
    fill = PatternFill("solid", fgColor="EEF0F3")
    for cell in sheet[HEADING_ROW]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for line in lines:
        sheet.append([_school_number(line[0]), *line[1:]])
    top = Alignment(vertical="top")
    wrapped = Alignment(vertical="top", wrap_text=True)
    for index, key in enumerate(LA_VIEW_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(key, 16)
        for (cell,) in sheet.iter_rows(min_row=HEADING_ROW + 1, min_col=index, max_col=index):
            cell.alignment = wrapped if key in _WRAPPED else top
            if cell.data_type == "f":  # text that starts with "=" stays text, never a formula
                cell.data_type = "s"
    last_column = get_column_letter(len(LA_VIEW_COLUMNS))
    sheet.freeze_panes = f"A{HEADING_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADING_ROW}:{last_column}{max(sheet.max_row, HEADING_ROW)}"
    sheet.print_title_rows = f"{MARKING_ROW}:{HEADING_ROW}"
    printed = "&B" + marking.replace("&", "&&")  # "&" starts a code in Excel's headers
    sheet.oddHeader.center.text = printed
    sheet.oddFooter.center.text = printed
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    parts = [p for p in (name, term_name, academic_year) if p]
    workbook.properties.title = " – ".join(parts) if parts else "SIPL"
    workbook.properties.language = _LANGUAGE_TAGS.get(lang, lang)
    workbook.properties.creator = "SIPL"
    workbook.properties.keywords = marking
    workbook.properties.category = marking
    workbook.custom_doc_props.append(StringProperty(name=MARKING_PROPERTY, value=marking))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def export_format(path: Path) -> str:
    """``csv`` or ``xlsx`` from the file name's suffix; InvalidValue for any other."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise InvalidValue(f"An LA export is saved as .csv or .xlsx, not {path.suffix!r}")
    return found


def write_la_export(
    path: Path,
    rows: list[LaSchoolRow],
    lang: str,
    *,
    la_name: str | None = None,
    academic_year: str | None = None,
) -> Path:
    """Write the LA termly view to ``path`` as CSV (UTF-8 with a byte order mark, so
    spreadsheet programs read Welsh letters) or XLSX, chosen by the suffix; return ``path``.

    Atomic: the content goes to a temporary file in the same folder, is flushed to disk,
    then replaces ``path`` in one step. Raises InvalidValue for an unknown suffix (nothing
    written) and OSError (with ``errno`` and ``filename`` set) when the folder is missing,
    not writable or full; then nothing is left behind and an existing file is untouched.
    """
    path = Path(path)
    kind = export_format(path)
    if kind == "csv":
        data = la_view_csv(rows, lang).encode("utf-8-sig")
    else:
        data = la_view_xlsx(rows, lang, la_name=la_name, academic_year=academic_year)
    _write_atomically(path, data)
    return path


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a new temporary file beside ``path`` (created with the usual
    permissions, as any saved document), flush it to disk, then rename it over ``path``."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(temporary, flags, 0o666)
    except OSError as error:
        raise OSError(
            error.errno, f"Cannot write in the folder {path.parent}: {error.strerror}", str(path)
        ) from error
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OSError(
                error.errno, f"Cannot write {path}: {error.strerror}", str(path)
            ) from error
        raise
