"""Parsing the Welsh Government's *Address list of schools* CSV.

Guarantees of :func:`parse_address_list`: it returns every school of the file, cleaned
(white space collapsed, sector names in their canonical spelling), or raises
:class:`ImportRejected` naming every bad row and why. The empty row and footnote rows at the
end of the published file (no school number, at most a couple of cells) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.store.importing import wording
from desktop.store.importing.csvfile import ImportRejected, RowProblem, clean, read_csv
from desktop.store.importing.wording import Said, said
from forms import load_forms

COLUMNS: tuple[str, ...] = (
    "School Number",
    "School Name",
    "LA Code",
    "Local Authority",
    "Sector",
    "Governance - see notes",
    "WM Code",
    "Welsh Medium Type - see notes",
    "School Type",
    "Religious Character",
    "Address 1",
    "Address 2",
    "Address 3",
    "Address 4",
    "Postcode",
    "Phone Number",
    "Pupils - see notes",
)
_SUPPRESSED = {"", "*", "..", "-", "x", "c", "z", "n/a"}
_DIGITS7 = re.compile(r"^\d{7}$")
_DIGITS3 = re.compile(r"^\d{3}$")


@dataclass(frozen=True)
class SchoolRow:
    """One school as published. ``pupils`` is None where the count is not given."""

    number: str
    name: str
    la_code: str
    la_name: str
    sector: str
    governance: str
    wm_code: str
    welsh_medium_type: str
    school_type: str
    religious_character: str
    address: tuple[str, str, str, str]
    postcode: str
    phone: str
    pupils: int | None

    def record_values(self) -> dict[str, object]:
        """The published fields as the ``schools`` record stores them (blanks as None).

        The one mapping from the address list to a school record, for the desktop's import
        and the central store's alike."""
        return {
            "number": self.number,
            "name": self.name,
            "sector": self.sector,
            "governance": self.governance or None,
            "wm_code": self.wm_code or None,
            "welsh_medium_type": self.welsh_medium_type or None,
            "school_type": self.school_type or None,
            "religious_character": self.religious_character or None,
            "address_1": self.address[0] or None,
            "address_2": self.address[1] or None,
            "address_3": self.address[2] or None,
            "address_4": self.address[3] or None,
            "postcode": self.postcode or None,
            "phone": self.phone or None,
            "pupils": self.pupils,
        }


def known_sectors() -> dict[str, str]:
    """Sector names the importer accepts, lower-cased, mapped to their canonical spelling."""
    return {m.sector.lower(): m.sector for m in load_forms().support_minimums}


def _is_footnote(cells: list[str]) -> bool:
    filled = [clean(c) for c in cells if clean(c)]
    return not filled or (len(filled) <= 2 and not filled[0][:1].isdigit())


def _parse_row(
    line: int, values: dict[str, str], sectors: dict[str, str]
) -> tuple[SchoolRow | None, list[Said]]:
    problems: list[Said] = []
    number = values["School Number"]
    la_code = values["LA Code"]
    if not _DIGITS7.match(number):
        problems.append(said(wording.NUMBER_NOT_7_DIGITS, number=number))
    if not _DIGITS3.match(la_code):
        problems.append(said(wording.LA_CODE_NOT_3_DIGITS, code=la_code))
    elif _DIGITS7.match(number) and number[:3] != la_code:
        problems.append(said(wording.NUMBER_NOT_OF_LA, code=la_code))
    if not values["School Name"]:
        problems.append(said(wording.NO_SCHOOL_NAME))
    if not values["Local Authority"]:
        problems.append(said(wording.NO_LA_NAME))
    sector = sectors.get(values["Sector"].lower())
    if sector is None:
        known = ", ".join(sorted(set(sectors.values())))
        problems.append(said(wording.UNKNOWN_SECTOR, sector=values["Sector"], known=known))
    raw_pupils = values["Pupils - see notes"].replace(",", "")
    pupils: int | None = None
    if raw_pupils.lower() not in _SUPPRESSED:
        if raw_pupils.isdigit():
            pupils = int(raw_pupils)
        else:
            problems.append(said(wording.PUPILS_NOT_NUMBER, pupils=raw_pupils))
    if problems:
        return None, problems
    return (
        SchoolRow(
            number=number,
            name=values["School Name"],
            la_code=la_code,
            la_name=values["Local Authority"],
            sector=sector or "",
            governance=values["Governance - see notes"],
            wm_code=values["WM Code"],
            welsh_medium_type=values["Welsh Medium Type - see notes"],
            school_type=values["School Type"],
            religious_character=values["Religious Character"],
            address=(
                values["Address 1"],
                values["Address 2"],
                values["Address 3"],
                values["Address 4"],
            ),
            postcode=values["Postcode"].upper(),
            phone=values["Phone Number"],
            pupils=pupils,
        ),
        [],
    )


def parse_address_list(path: Path) -> list[SchoolRow]:
    """Parse the whole file; all rows good or ImportRejected (see module docstring)."""
    table = read_csv(path)
    lowered = {h.lower(): i for i, h in enumerate(table.header)}
    missing = [c for c in COLUMNS if c.lower() not in lowered]
    if missing:
        raise ImportRejected(
            path.name,
            summary=said(wording.NOT_ADDRESS_LIST, columns=", ".join(repr(c) for c in missing)),
        )
    index = {c: lowered[c.lower()] for c in COLUMNS}
    width = len(table.header)
    sectors = known_sectors()
    schools: list[SchoolRow] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for line, cells in table.rows:
        if _is_footnote(cells):
            continue
        number = clean(cells[index["School Number"]]) if cells else None
        if len(cells) < width:
            problems.append(
                RowProblem(
                    line, number, said(wording.LINE_CUT_SHORT, cells=len(cells), width=width)
                )
            )
            continue
        values = {c: clean(cells[i]) for c, i in index.items()}
        row, row_problems = _parse_row(line, values, sectors)
        problems += [RowProblem(line, number, p) for p in row_problems]
        if row is not None:
            if row.number in seen:
                problems.append(
                    RowProblem(
                        line,
                        row.number,
                        said(wording.LISTED_TWICE, line=seen[row.number]),
                    )
                )
                continue
            seen[row.number] = line
            schools.append(row)
    if problems:
        raise ImportRejected(
            path.name, problems, summary=said(wording.ROWS_HAVE_PROBLEMS, count=len(problems))
        )
    if not schools:
        raise ImportRejected(path.name, summary=said(wording.NO_SCHOOLS))
    return schools
