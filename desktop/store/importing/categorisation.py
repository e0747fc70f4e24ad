"""Parsing the national school categorisation CSVs (published 2014–2019, bilingual).

Headers are bilingual (``School Number / Rhif Ysgol``) or in one language; colours are
written ``Amber/Oren``, ``Green``, ``Gwyrdd``... in any case. The year comes from a Year
column, else from the caller, else from a year in the file name (``..._2019.csv``).
Guarantee: every row parsed, or ImportRejected naming every bad row and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.store.importing.csvfile import ImportRejected, RowProblem, clean, read_csv
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
_DIGITS7 = re.compile(r"^\d{7}$")


@dataclass(frozen=True)
class CategoryRow:
    line: int
    number: str
    year: str
    colour: str
    standards_group: str | None
    improvement_capacity: str | None


def _header_role(cell: str) -> str | None:
    parts = [clean(p).lower() for p in re.split(r"[/\n|]", cell)]
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
    return names


def _colour(raw: str, names: dict[str, str]) -> str | None:
    found = {names.get(clean(p).lower()) for p in raw.split("/") if clean(p)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def parse_categorisation(path: Path, year: str | None = None) -> list[CategoryRow]:
    """Parse one categorisation file; see the module docstring."""
    table = read_csv(path)
    roles: dict[str, int] = {}
    for i, cell in enumerate(table.header):
        role = _header_role(cell)
        if role and role not in roles:
            roles[role] = i
    missing = [r for r in ("number", "colour") if r not in roles]
    if missing:
        wanted = {
            "number": "School Number / Rhif Ysgol",
            "colour": "Support Category / Categori Cymorth",
        }
        raise ImportRejected(
            path.name,
            summary="This is not a categorisation file: the header lacks "
            + " and ".join(repr(wanted[m]) for m in missing)
            + ".",
        )
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
    for line, cells in table.rows:
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
        rows.append(CategoryRow(line, number, str(row_year), str(colour), **extra))
    if problems:
        raise ImportRejected(path.name, problems, summary=f"{len(problems)} rows have problems:")
    if not rows:
        raise ImportRejected(path.name, summary="The file lists no schools.")
    return rows
