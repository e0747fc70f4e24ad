"""Fictional categorisation files in the shape the Welsh Government published them (2019).

One file per sector (primary, secondary, special). Each opens with a title row, empty rows,
a sector row and a note of several bilingual paragraphs in one quoted cell; only then comes
the header, whose cells hold line breaks ("School code/⏎Cod ysgol"), followed by empty
columns. Lines end in CR LF, as a spreadsheet saves them. Schools and names are invented.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

#: Columns in each published file: five named, then empty ones.
WIDTH = 9

TITLE = (
    "National School Categorisation System / System Genedlaethol ar gyfer Categoreiddio Ysgolion"
)
SECTORS = {
    "primary": "Primary schools / Ysgolion cynradd",
    "secondary": "Secondary schools / Ysgolion uwchradd",
    "special": "Special schools / Ysgolion arbennig",
}
NOTE = (
    "The National School Categorisation System places each school in one of four support "
    "categories. Step One looks at standards; Step Two at the school's capacity to improve.\n"
    "\n"
    "Middle schools are listed in both the primary and the secondary tables.\n"
    "\n"
    "Mae'r System Genedlaethol ar gyfer Categoreiddio Ysgolion yn rhoi pob ysgol mewn un o "
    "bedwar categori cymorth. Mae Cam Un yn edrych ar safonau; Cam Dau ar allu'r ysgol i wella.\n"
    "\n"
    "Rhestrir ysgolion canol yn y tablau cynradd ac uwchradd."
)
HEADER = [
    "School code/\nCod ysgol",
    "School name/\nEnw ysgol",
    "Local authority/\nAwdurdod lleol",
    "Consortium/\nConsortiwm",
    "Step Three: Support Category/\nCam Tri: Categori Cymorth",
]

#: Address-list rows for schools the sample address list lacks: a middle school (in both
#: the primary and the secondary file) and a special school.
EXTRA_SCHOOLS = [
    "9904006,Ysgol Bro Derwen,990,Bro Derwen,Middle,Community,WM,Welsh medium,Middle,"
    "Non-denominational,Lôn y Parc,,,,CF99 6FF,01234 567894,840",
    "9915007,Ysgol Arbennig Glan Alaw,991,Cwm Alaw,Special,Community,EM,English medium,"
    "Special,Non-denominational,Ffordd Alaw,,,,SA99 7GG,01234 567895,96",
]


@dataclass(frozen=True)
class Listed:
    """One school's row in a published file."""

    number: str
    name: str
    la: str
    category: str


PRIMARY = [
    Listed("9904001", "Ysgol Gymraeg Nant y Pandy", "Bro Derwen / Bro Derwen", "Green/Gwyrdd"),
    Listed("9904002", "Heol Fach Primary School", "Bro Derwen / Bro Derwen", "Amber/Oren"),
    Listed("9904006", "Ysgol Bro Derwen", "Bro Derwen / Bro Derwen", "Yellow/Melyn"),
    Listed("9915004", "St Teilo's Church in Wales Primary", "Cwm Alaw / Cwm Alaw", "Ambr"),
    # closed since 2019: not in today's address list
    Listed("9915099", "Ysgol Fach y Cwm (closed)", "Cwm Alaw / Cwm Alaw", "Red/Coch"),
]
SECONDARY = [
    Listed("9904003", "Ysgol Gyfun Bryn Tŵr", "Bro Derwen / Bro Derwen", "Yellow/Melyn"),
    Listed("9904006", "Ysgol Bro Derwen", "Bro Derwen / Bro Derwen", "Yellow/Melyn"),
]
SPECIAL = [
    Listed("9915007", "Ysgol Arbennig Glan Alaw", "Cwm Alaw / Cwm Alaw", "Green/Gwyrdd"),
]


def _padded(cells: list[str]) -> list[str]:
    return [*cells, *([""] * (WIDTH - len(cells)))]


def write_published(path: Path, sector: str, schools: list[Listed]) -> Path:
    """Write ``schools`` as the published file for ``sector`` (primary, secondary, special)."""
    rows = [
        [TITLE],
        [],
        [],
        [SECTORS[sector]],
        [],
        [NOTE],
        [],
        HEADER,
        *(
            [s.number, s.name, s.la, "Consortiwm y De / Southern Consortium", s.category]
            for s in schools
        ),
    ]
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerows(_padded(row) for row in rows)
    return path


def write_all_three(folder: Path) -> list[Path]:
    """The three files of 2019, named as downloaded."""
    return [
        write_published(folder / f"national-school-categorisation-{sector}-2019.csv", sector, rows)
        for sector, rows in (("primary", PRIMARY), ("secondary", SECONDARY), ("special", SPECIAL))
    ]
