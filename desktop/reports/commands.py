"""``sipl report ...``: print reports from the command line, for batches and scripts.

The application's CLI owns the ``report`` group and the common options (``--data-dir``,
``--profile``); it calls :func:`register` with the group's sub-parsers and, for a parsed
command, ``args.func(args, store)`` with the profile's open store::

    sipl report visit VISIT_ID [--lang en|cy|both] [--layout ...] [--no-photos] -o FILE.pdf
    sipl report governors SCHOOL_NUMBER [SCHOOL_NUMBER ...] [--year 2025-26] [--lang ...]
        -o FILE.pdf   (several schools: -o names a folder; one PDF per school)
    sipl report la SCHOOL_NUMBER [--year 2025-26] [--term autumn|spring|summer] [--lang ...]
        -o FILE.pdf

Each prints one line per PDF written and returns 0; an unknown visit or school, or a file
that cannot be written, prints a clear message on stderr and returns 1. Without
``--lang`` a report takes the school's default language.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from desktop.reports.governors import render_governors_report
from desktop.reports.la_summary import render_la_summary
from desktop.reports.language import LAYOUTS, REPORT_LANGUAGES
from desktop.reports.pages import ReportInfo
from desktop.reports.visit_summary import render_visit_summary
from desktop.store import schools
from desktop.store.calendar import TERMS, academic_year_of, check_academic_year, term_of
from desktop.store.errors import NotFound
from desktop.store.store import Store

_LANGUAGE_NAMES = {"en": "English", "cy": "Welsh", "both": "Welsh and English"}


def _year(text: str) -> str:
    try:
        return check_academic_year(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=REPORT_LANGUAGES,
        default=None,
        help="language of the report (default: the school's report language)",
    )
    parser.add_argument(
        "--layout",
        choices=LAYOUTS,
        default="sequential",
        help="with --lang both: each label in Welsh then English (sequential, the default)"
        " or in two columns (side_by_side)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="where to write"
    )


def register(subparsers: Any) -> None:
    """Add ``visit``, ``governors`` and ``la`` to the ``sipl report`` group.

    ``subparsers`` is what ``add_subparsers()`` returned on the ``report`` parser. Each
    command sets ``func=run``.
    """
    visit = subparsers.add_parser(
        "visit",
        help="the note of a visit for the headteacher",
        description="Print the note of a visit (visit summary) as a PDF.",
    )
    visit.add_argument("visit_id", help="the visit's id")
    _common(visit)
    visit.add_argument(
        "--no-photos", action="store_true", help="leave photos of evidence out of the note"
    )
    visit.set_defaults(func=run, report="visit")

    today = date.today()
    governors = subparsers.add_parser(
        "governors",
        help="the annual report to a school's governing body",
        description="Print the annual report to the governing body as a PDF. With several"
        " school numbers, -o names a folder and each school gets its own PDF.",
    )
    governors.add_argument("school_numbers", nargs="+", metavar="SCHOOL_NUMBER")
    governors.add_argument(
        "--year", type=_year, default=academic_year_of(today), help="academic year, e.g. 2025-26"
    )
    _common(governors)
    governors.set_defaults(func=run, report="governors")

    la = subparsers.add_parser(
        "la",
        help="the termly progress summary of a school for its local authority",
        description="Print the termly progress summary of one school for the LA as a PDF.",
    )
    la.add_argument("school_number", metavar="SCHOOL_NUMBER")
    la.add_argument(
        "--year", type=_year, default=academic_year_of(today), help="academic year, e.g. 2025-26"
    )
    la.add_argument("--term", choices=TERMS, default=term_of(today), help="the term")
    _common(la)
    la.set_defaults(func=run, report="la")


def _describe(info: ReportInfo) -> str:
    pages = "1 page" if info.pages == 1 else f"{info.pages} pages"
    size = max(1, round(info.size / 1024))
    return f"Wrote {info.path}: {info.title} ({pages}, {_LANGUAGE_NAMES[info.language]}, {size} KB)"


def run(
    args: argparse.Namespace,
    store: Store,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Render the report ``args`` ask for; return the exit status (0, or 1 on failure).

    Prints one line per PDF written to ``out`` (stdout), and a message naming the problem
    to ``err`` (stderr) for an unknown visit or school or an unwritable file.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        for info in _render(args, store):
            print(_describe(info), file=out)
    except _Refused as refused:
        print(f"sipl report: {refused}", file=err)
        return 1
    except OSError as error:
        print(f"sipl report: cannot write {args.output}: {error.strerror or error}", file=err)
        return 1
    return 0


class _Refused(Exception):
    """A request the user must change (unknown visit or school, bad output path)."""


def _school_id(store: Store, number: str) -> str:
    school = schools.school_by_number(store, number.strip())
    if school is None:
        raise _Refused(f"no school with number {number}.")
    return school.id


def _file(output: Path) -> Path:
    if output.is_dir():
        raise _Refused(f"{output} is a folder; give the name of the PDF to write.")
    if not output.parent.is_dir():
        raise _Refused(f"the folder {output.parent} does not exist.")
    return output


def _render(args: argparse.Namespace, store: Store) -> list[ReportInfo]:
    output: Path = args.output
    if args.report == "visit":
        try:
            return [
                render_visit_summary(
                    store,
                    args.visit_id,
                    args.lang,
                    _file(output),
                    include_photos=not args.no_photos,
                    layout=args.layout,
                )
            ]
        except NotFound:
            raise _Refused(f"no visit with id {args.visit_id}.") from None
    if args.report == "governors":
        ids = [_school_id(store, n) for n in args.school_numbers]
        if len(ids) == 1 and output.suffix.lower() == ".pdf":
            return [
                render_governors_report(
                    store, ids[0], args.year, args.lang, _file(output), layout=args.layout
                )
            ]
        if output.exists() and not output.is_dir():
            raise _Refused(f"{output} is a file; with several schools -o must name a folder.")
        output.mkdir(parents=True, exist_ok=True)
        return [
            render_governors_report(
                store,
                school_id,
                args.year,
                args.lang,
                output / f"{number.strip()}-governors-{args.year}.pdf",
                layout=args.layout,
            )
            for school_id, number in zip(ids, args.school_numbers, strict=True)
        ]
    if args.report == "la":
        school_id = _school_id(store, args.school_number)
        return [
            render_la_summary(
                store,
                school_id,
                args.year,
                args.term,
                args.lang,
                _file(output),
                layout=args.layout,
            )
        ]
    raise _Refused(f"unknown report {args.report!r}.")
