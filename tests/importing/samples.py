"""Fictional files in the exact shape of the published ones, messy bits included."""

from __future__ import annotations

from pathlib import Path

HEADER = (
    "School Number,School Name,LA Code,Local Authority,Sector,Governance - see notes,WM Code,"
    "Welsh Medium Type - see notes,School Type,Religious Character,Address 1,Address 2,"
    "Address 3,Address 4,Postcode,Phone Number,Pupils - see notes"
)

ROWS = [
    "9904001,Ysgol Gymraeg Nant y Pandy,990,Bro Derwen,Primary,Community,WM,Welsh medium,"
    "Primary,Non-denominational,Heol y Felin,,Llanddewi,,CF99 1AA,01234 567890,312",
    '9904002,"Heol  Fach Primary School ",990,Bro Derwen,PRIMARY,Community,EM,English medium,'
    "Primary,Non-denominational,Heol Fach,,Pentref,,cf99 2bb,01234 567891,",
    "9904003,Ysgol Gyfun Bryn Tŵr,990,Bro Derwen,Secondary,Foundation,WM,Welsh medium,"
    'Secondary,Non-denominational,Ffordd yr Ŷd,,,,CF99 3CC,01234 567892,"1,104"',
    "9915004,St Teilo’s Church in Wales Primary,991,Cwm Alaw,Primary,Voluntary Aided,EM,"
    "English medium,Primary,Church in Wales,Church Street,,,,SA99 4DD,01234 567893,208",
    "9915005,Canolfan Ddysgu Glan Alaw,991,Cwm Alaw,PRU,Community,EM,English medium,PRU,"
    "Non-denominational,Stryd y Bont,,,,SA99 5EE,,",
]

FOOTER = [
    ",,,,,,,,,,,,,,,,",
    '"Notes: Governance - categories as defined in the School Standards Act.",,,,,,,,,,,,,,,,',
    "Pupils - see notes: counts are from the latest census,,,,,,,,,,,,,,,,",
]


def write_address_list(path: Path, rows: list[str] | None = None, footer: bool = True) -> Path:
    lines = [HEADER, *(ROWS if rows is None else rows), *(FOOTER if footer else [])]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


CATEGORY_HEADER = (
    "Local Authority / Awdurdod Lleol,School Number / Rhif Ysgol,School Name / Enw'r Ysgol,"
    "Sector / Sector,Standards Group / Grŵp Safonau,Improvement Capacity / Capasiti i Wella,"
    "Support Category / Categori Cymorth"
)
CATEGORY_ROWS = [
    "Bro Derwen,9904001,Ysgol Gymraeg Nant y Pandy,Primary / Cynradd,1,A,Green/Gwyrdd",
    "Bro Derwen,9904002,Heol Fach Primary School,Primary / Cynradd,3,B,Amber/Oren",
    "Bro Derwen,9904003,Ysgol Gyfun Bryn Tŵr,Secondary / Uwchradd,2,B,YELLOW / MELYN",
    "Cwm Alaw,9915004,St Teilo's CiW Primary,Primary / Cynradd,4,C,Red/Coch",
]


def write_categories(path: Path, rows: list[str] | None = None) -> Path:
    lines = [CATEGORY_HEADER, *(CATEGORY_ROWS if rows is None else rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
