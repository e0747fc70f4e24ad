"""SIPL's printed reports, as PDFs built with reportlab. No Qt.

- :mod:`~desktop.reports.visit_summary`: the note of visit for the headteacher;
- :mod:`~desktop.reports.governors`: the annual report to the governing body;
- :mod:`~desktop.reports.la_summary`: the termly progress summary of a school for its LA;
- :mod:`~desktop.reports.commands`: ``sipl report ...`` on the command line.

Every report is printed in English, Welsh or both (``en``, ``cy``, ``both``; by default
the school's language, see :func:`default_report_language`), set in DejaVu Sans (which has
ŵ and ŷ), on A4 with "Page n of N" footers and PDF metadata (title, author, subject,
language). Every page carries the protective marking of ``forms/data/marking.toml``
("OFFICIAL–SENSITIVE" / "SWYDDOGOL–SENSITIF", in the report's language or both) at its top
and bottom, and the PDF's keywords carry it too. The words come from ``wording.toml``
(headings, labels) and ``forms`` (questions, judgement scale, purposes, kinds of evidence,
reform areas).

Importing this package loads nothing heavy: each name loads its module on first use.

Threading: each report has a ``collect_*`` function that reads the store (call it on the
store's thread) and returns frozen data, and a ``build_*`` function that lays out the PDF
from that data on any thread. ``render_*`` does both, for callers on the store's thread.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.reports.governors import (
        GovernorsData,
        build_governors_report,
        collect_governors_report,
        render_governors_batch,
        render_governors_report,
    )
    from desktop.reports.la_summary import (
        LaSummaryData,
        build_la_summary,
        collect_la_summary,
        render_la_summary,
    )
    from desktop.reports.language import (
        LAYOUTS,
        REPORT_LANGUAGES,
        Layout,
        ReportLanguage,
        default_report_language,
        format_date,
    )
    from desktop.reports.pages import ReportInfo
    from desktop.reports.visit_summary import (
        VisitSummaryData,
        build_visit_summary,
        collect_visit_summary,
        render_visit_summary,
    )
    from desktop.reports.wording import Wording, WordingError, load_wording

# Loaded on first use (PEP 562), so the desktop app starts without reportlab and its fonts.
_HOME = {
    "GovernorsData": "governors",
    "LAYOUTS": "language",
    "LaSummaryData": "la_summary",
    "Layout": "language",
    "REPORT_LANGUAGES": "language",
    "ReportInfo": "layout",
    "ReportLanguage": "language",
    "VisitSummaryData": "visit_summary",
    "Wording": "wording",
    "WordingError": "wording",
    "build_governors_report": "governors",
    "build_la_summary": "la_summary",
    "build_visit_summary": "visit_summary",
    "collect_governors_report": "governors",
    "collect_la_summary": "la_summary",
    "collect_visit_summary": "visit_summary",
    "default_report_language": "language",
    "format_date": "language",
    "load_wording": "wording",
    "render_governors_batch": "governors",
    "render_governors_report": "governors",
    "render_la_summary": "la_summary",
    "render_visit_summary": "visit_summary",
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'desktop.reports' has no attribute {name!r}")
    return getattr(importlib.import_module(f"desktop.reports.{module}"), name)


__all__ = [
    "LAYOUTS",
    "REPORT_LANGUAGES",
    "GovernorsData",
    "LaSummaryData",
    "Layout",
    "ReportInfo",
    "ReportLanguage",
    "VisitSummaryData",
    "Wording",
    "WordingError",
    "build_governors_report",
    "build_la_summary",
    "build_visit_summary",
    "collect_governors_report",
    "collect_la_summary",
    "collect_visit_summary",
    "default_report_language",
    "format_date",
    "load_wording",
    "render_governors_batch",
    "render_governors_report",
    "render_la_summary",
    "render_visit_summary",
]
