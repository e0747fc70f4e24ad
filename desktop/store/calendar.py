"""Academic years and terms of Welsh schools.

An academic year runs 1 September to 31 August and is written ``2025-26``. Terms:
autumn (September–December), spring (January–Easter, taken as to 31 March here) and
summer (April–August).
"""

from __future__ import annotations

import re
from datetime import date

TERMS: tuple[str, ...] = ("autumn", "spring", "summer")
_YEAR = re.compile(r"^(\d{4})-(\d{2})$")


def academic_year_of(day: date) -> str:
    """The academic year containing ``day``, e.g. 2025-10-01 -> ``2025-26``."""
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def term_of(day: date) -> str:
    """The term containing ``day``."""
    if day.month >= 9:
        return "autumn"
    if day.month <= 3:
        return "spring"
    return "summer"


def check_academic_year(text: str) -> str:
    """Return ``text`` if it is a valid academic year like ``2025-26``; else ValueError."""
    match = _YEAR.match(text)
    if not match or (int(match[1]) + 1) % 100 != int(match[2]):
        raise ValueError(f"{text!r} is not an academic year like 2025-26")
    return text


def year_start(academic_year: str) -> date:
    """1 September of the academic year."""
    return date(int(check_academic_year(academic_year)[:4]), 9, 1)
