"""Report languages: which language a school's reports default to, and dates in words.

A report is printed in English (``en``), Welsh (``cy``) or both (``both``). In a report in
both languages Welsh comes first: the Welsh Language Standards ask public bodies not to
treat Welsh less favourably than English, and Welsh first is how Welsh public bodies lay
out bilingual documents.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from desktop.reports.wording import Wording
from desktop.store.models import School

ReportLanguage = Literal["en", "cy", "both"]
Layout = Literal["sequential", "side_by_side"]

REPORT_LANGUAGES: tuple[ReportLanguage, ...] = ("en", "cy", "both")
LAYOUTS: tuple[Layout, ...] = ("sequential", "side_by_side")
#: The order of the two languages in a report in both.
BILINGUAL_ORDER: tuple[str, ...] = ("cy", "en")
#: BCP 47 tags for the PDF's /Lang entry.
PDF_LANG = {"en": "en-GB", "cy": "cy-GB", "both": "cy-GB"}

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def languages_of(mode: ReportLanguage) -> tuple[str, ...]:
    """The languages printed for ``mode``, in the order they appear."""
    if mode == "both":
        return BILINGUAL_ORDER
    if mode in ("en", "cy"):
        return (mode,)
    raise ValueError(f"Report language must be en, cy or both, not {mode!r}")


def default_report_language(school: School) -> ReportLanguage:
    """The language a school's reports are printed in unless the user chooses another.

    The school's own ``report_language`` when set; otherwise from its language medium in
    the Welsh Government address list: Welsh medium gives Welsh, bilingual, dual-stream
    and transitional schools get both languages, and every other school English.
    """
    chosen = school.report_language
    if chosen in ("en", "cy", "both"):
        return chosen  # type: ignore[return-value]
    medium = " ".join((school.welsh_medium_type or "").casefold().replace("-", " ").split())
    if not medium:
        return "en"
    if any(word in medium for word in ("bilingual", "dual", "transitional", "dwyieithog")):
        return "both"
    if ("welsh medium" in medium or "cyfrwng cymraeg" in medium) and "english" not in medium:
        return "cy"
    return "en"


def parse_day(text: str | None) -> date | None:
    """A date from an ISO date or time stamp (``2025-10-14`` or ``...T10:00:00Z``)."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def format_date(day: date | datetime, lang: str, wording: Wording) -> str:
    """``day`` in words in ``lang``: ``14 October 2025`` / ``14 Hydref 2025``."""
    month = wording.get(f"months.{_MONTHS[day.month - 1]}", lang)
    return wording.get("date.format", lang, day=day.day, month=month, year=day.year)
