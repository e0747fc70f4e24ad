"""Parsing the national school categorisation CSVs (published 2014–2019, bilingual).

The published files open with a title row, empty rows, a sector row and a note of several
bilingual paragraphs before the header; the header is the first row that names both the
school (``School Number / Rhif Ysgol``, ``School code/⏎Cod ysgol``) and the support
category (``Support Category / Categori Cymorth``, ``Step Three: Support Category/⏎Cam Tri:
Categori Cymorth``), wherever it is, with line breaks in its cells and empty columns after
it. Colours are written ``Amber/Oren``, ``Green``, ``Gwyrdd``, ``Ambr``... in any case (the
words come from ``forms/data/categorisation.toml``). The year comes from a Year column, else
from the caller, else from a year in the file name (``..._2019.csv``).
Guarantee: every row parsed, or ImportRejected naming every bad row and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.store.importing.csvfile import ImportRejected, RowProblem, clean, read_records
from forms import load_forms

_HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("school number", "rhif ysgol", "rhif yr ysgol", "school code", "cod ysgol"),
    "colour": (
        "support category",
        "categori cymorth",
        "category",
        "categori",
        "colour",
        "lliw",
        "final support category",
    ),
    "name": ("school name", "enw ysgol", "enw'r ysgol", "enw’r ysgol"),
    "year": ("year", "blwyddyn", "academic year", "blwyddyn academaidd"),
    "standards_group": ("standards group", "grŵp safonau", "grwp safonau"),
    "improvement_capacity": (
        "improvement capacity",
        "capasiti i wella",
        "capacity to improve",
        "gallu i wella",
    ),
}
_YEAR_IN_NAME = re.compile(r"(20\d\d)")
#: "Step Three: Support Category" / "Cam Tri: Categori Cymorth": the step is not the name.
_STEP = re.compile(r"^(?:step|cam)\s+\w+\s*:\s*")
_WANTED = {
    "number": "School Number / Rhif Ysgol",
    "colour": "Support Category / Categori Cymorth",
}
_DIGITS7 = re.compile(r"^\d{7}$")


@dataclass(frozen=True)
class CategoryRow:
    """One school's category in one year, as read from line ``line`` of ``file``."""

    line: int
    number: str
    year: str
    colour: str
    standards_group: str | None
    improvement_capacity: str | None
    name: str | None = None
    file: str = ""


def _header_role(cell: str) -> str | None:
    parts = [_STEP.sub("", clean(p).lower()) for p in re.split(r"[/\n|]", cell)]
    for role, names in _HEADERS.items():
        if any(p in names for p in parts):
            return role
    return None


def colour_names() -> dict[str, str]:
    """Every accepted colour word (English and Welsh, lower case) -> colour key."""
    names: dict[str, str] = {}
    for colour in load_forms().category_colours:
        names[colour.key] = colour.key
        names[colour.name.en.lower()] = colour.key
        names[colour.name.cy.lower()] = colour.key
        for other in colour.also_written:
            names[other.lower()] = colour.key
    return names


def _colour(raw: str, names: dict[str, str]) -> str | None:
    found = {names.get(clean(p).lower()) for p in raw.split("/") if clean(p)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _roles(cells: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, cell in enumerate(cells):
        role = _header_role(cell)
        if role and role not in roles:
            roles[role] = i
    return roles


def _find_header(path: Path, records: list[tuple[int, list[str]]]) -> tuple[int, dict[str, int]]:
    """The index of the header record and the column of each role it names."""
    closest: tuple[int, int, list[str]] | None = None  # (line, roles found, missing)
    for index, (line, cells) in enumerate(records):
        roles = _roles(cells)
        missing = [r for r in _WANTED if r not in roles]
        if not missing:
            return index, roles
        found = len(_WANTED) - len(missing)
        if found and (closest is None or found > closest[1]):
            closest = (line, found, missing)
    summary = "This is not a categorisation file: the header lacks " + " and ".join(
        repr(_WANTED[m]) for m in (closest[2] if closest else _WANTED)
    )
    if closest is not None:
        summary += f" (the nearest header is line {closest[0]})"
    raise ImportRejected(path.name, summary=summary + ".")


def parse_categorisation(path: Path, year: str | None = None) -> list[CategoryRow]:
    """Parse one categorisation file; see the module docstring."""
    records = read_records(path)
    header_index, roles = _find_header(path, records)
    rows_after = records[header_index + 1 :]
    file_year = year
    if file_year is None and "year" not in roles:
        match = _YEAR_IN_NAME.search(path.stem)
        if match is None:
            raise ImportRejected(
                path.name,
                summary="The file has no Year column and its name has no year: give --year.",
            )
        file_year = match[1]
    names = colour_names()
    rows: list[CategoryRow] = []
    problems: list[RowProblem] = []
    for line, cells in rows_after:
        filled = [clean(c) for c in cells if clean(c)]
        if not filled or (len(filled) <= 2 and not filled[0][:1].isdigit()):
            continue
        if len(cells) <= max(roles.values()):
            problems.append(RowProblem(line, None, "the line is cut short"))
            continue
        number = clean(cells[roles["number"]])
        row_problems = []
        if not _DIGITS7.match(number):
            row_problems.append(f"school number {number!r} is not 7 digits")
        colour = _colour(cells[roles["colour"]], names)
        if colour is None:
            row_problems.append(f"{clean(cells[roles['colour']])!r} is not a category colour")
        row_year = clean(cells[roles["year"]]) if "year" in roles else file_year
        if not row_year:
            row_problems.append("the row has no year")
        problems += [RowProblem(line, number or None, p) for p in row_problems]
        if row_problems:
            continue
        extra = {
            key: (clean(cells[roles[key]]) or None) if key in roles else None
            for key in ("standards_group", "improvement_capacity")
        }
        name = (clean(cells[roles["name"]]) or None) if "name" in roles else None
        rows.append(
            CategoryRow(
                line, number, str(row_year), str(colour), **extra, name=name, file=path.name
            )
        )
    if problems:
        raise ImportRejected(path.name, problems, summary=f"{len(problems)} rows have problems:")
    if not rows:
        raise ImportRejected(path.name, summary="The file lists no schools.")
    return rows


def merge_files(rows: list[CategoryRow]) -> list[CategoryRow]:
    """The rows of several files as one list, each school's year once.

    A school listed twice for one year (a middle school is in both the primary and the
    secondary file) is kept once when both rows agree; rows that disagree are refused with
    both places named, and nothing is imported.
    """
    first: dict[tuple[str, str], CategoryRow] = {}
    merged: list[CategoryRow] = []
    problems: list[str] = []
    for row in rows:
        seen = first.get((row.number, row.year))
        if seen is None:
            first[(row.number, row.year)] = row
            merged.append(row)
            continue
        ours = (row.colour, row.standards_group, row.improvement_capacity)
        if ours != (seen.colour, seen.standards_group, seen.improvement_capacity):
            problems.append(
                f"  school {row.number} ({row.year}): {seen.file} line {seen.line} says "
                f"{seen.colour}, {row.file} line {row.line} says {row.colour}"
            )
    if problems:
        raise ImportRejected(
            ", ".join(sorted({r.file for r in rows})),
            summary="Schools listed twice with different categories:\n" + "\n".join(problems),
        )
    return merged
