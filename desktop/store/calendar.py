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


def term_start(day: date) -> date:
    """The first day of the term containing ``day``."""
    if day.month >= 9:
        return date(day.year, 9, 1)
    if day.month <= 3:
        return date(day.year, 1, 1)
    return date(day.year, 4, 1)


def term_end(day: date) -> date:
    """The last day of the term containing ``day``."""
    if day.month >= 9:
        return date(day.year, 12, 31)
    if day.month <= 3:
        return date(day.year, 3, 31)
    return date(day.year, 8, 31)


def allocation_state(starts_on: str | None, ends_on: str | None, today: date) -> str | None:
    """What an allocation gives its partner on ``today``; the one rule the laptop and the
    central store share.

    ``"current"``: it has started (no start date, or on or before today) and not ended (no
    end date, or today on or before it): the partner sees and changes the school.
    ``"read_only"``: it ended before today but in this term: the partner keeps reading what
    they had until the end of the term, and changes nothing. ``None``: not yet started, or
    ended in an earlier term. Dates are ISO ``YYYY-MM-DD`` text.
    """
    day = today.isoformat()
    if starts_on and starts_on > day:
        return None
    if not ends_on or ends_on >= day:
        return "current"
    if ends_on >= term_start(today).isoformat():
        return "read_only"
    return None


def check_academic_year(text: str) -> str:
    """Return ``text`` if it is a valid academic year like ``2025-26``; else ValueError."""
    match = _YEAR.match(text)
    if not match or (int(match[1]) + 1) % 100 != int(match[2]):
        raise ValueError(f"{text!r} is not an academic year like 2025-26")
    return text


def year_start(academic_year: str) -> date:
    """1 September of the academic year."""
    return date(int(check_academic_year(academic_year)[:4]), 9, 1)


def year_end(academic_year: str) -> date:
    """31 August of the academic year."""
    return date(year_start(academic_year).year + 1, 8, 31)
