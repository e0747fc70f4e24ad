"""The pages of every SIPL report: the running header, the page numbers, the draft mark,
and the document written to a file or stream.

Every page of every report carries the protective marking from ``forms/data/marking.toml``
(e.g. "OFFICIAL–SENSITIVE"), centred in bold capitals above the running header and below
the page number: :func:`build_pdf`, which every report uses, draws it, so no report can
leave it out.

No user-visible words are written here: every text arrives from the caller. Threading: as
:mod:`desktop.reports.layout`, everything is built fresh per call.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.reports.fonts import BOLD, REGULAR, register_fonts
from desktop.reports.language import PDF_LANG, ReportLanguage
from desktop.reports.layout import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MARKING_BOTTOM,
    MARKING_SIZE,
    MARKING_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    Voice,
    link_headings,
)

Target = Path | str | BinaryIO


@dataclass(frozen=True)
class ReportInfo:
    """What a render produced: page count, language, title and size in bytes.

    ``path`` is the file written, or None when the PDF went to a stream.
    """

    pages: int
    language: ReportLanguage
    title: str
    size: int
    path: Path | None


@dataclass(frozen=True)
class Furniture:
    """What every page carries: header texts, the page label, and a draft mark if any.

    The left of the header reads ``school · when``: ``when`` (the date or period) is always
    printed whole, a very long school name is shortened. ``header_right`` holds the running
    title, longest first (both languages, then the first alone): the first that fits is
    printed.
    """

    school: str
    when: str
    header_right: tuple[str, ...]
    page_label: Callable[[int, int], str]
    watermark: str | None = None


class _Counter:
    pages = 0


class _NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end, to print "Page n of N" on each."""

    def __init__(self, *args: Any, furniture: Furniture, counter: _Counter, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._counter = counter
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        self._counter.pages = total
        for number, state in enumerate(self._saved, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        y = MARGIN_BOTTOM - 10 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 4.2 * mm, PAGE_WIDTH - MARGIN_X, y + 4.2 * mm)
        self.setFont(REGULAR, 7.8)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, y, self._furniture.page_label(number, total))
        self.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_marking(canvas: Canvas, marking: str) -> None:
    """The protective marking, centred in bold at the top and at the bottom of the page."""
    width = stringWidth(marking, BOLD, MARKING_SIZE)
    size = min(MARKING_SIZE, MARKING_SIZE * CONTENT_WIDTH / max(width, 1))
    canvas.saveState()
    canvas.setFont(BOLD, size)
    canvas.setFillColor(INK)
    canvas.drawCentredString(PAGE_WIDTH / 2, MARKING_TOP, marking)
    canvas.drawCentredString(PAGE_WIDTH / 2, MARKING_BOTTOM, marking)
    canvas.restoreState()


def _draw_page(furniture: Furniture, marking: str) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, doc: Any) -> None:
        _draw_marking(canvas, marking)
        canvas.saveState()
        if furniture.watermark:
            canvas.saveState()
            size = 92.0
            width = stringWidth(furniture.watermark, BOLD, size)
            size = min(size, size * 215 * mm / max(width, 1))
            canvas.setFont(BOLD, size)
            canvas.setFillColor(colors.HexColor("#9aa3ad"), alpha=0.16)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(52)
            canvas.drawCentredString(0, -size / 3, furniture.watermark)
            canvas.restoreState()
        top = PAGE_HEIGHT - 13 * mm
        # The school and date (left) come first; the running title takes the rest.
        when = f"  ·  {furniture.when}"
        when_width = stringWidth(when, BOLD, 8)
        left = stringWidth(furniture.school, BOLD, 8) + when_width
        # The running title keeps at least the room of its shortest form (up to 40% of the
        # line): a long school name is shortened instead.
        shortest = min(stringWidth(t, REGULAR, 8) for t in furniture.header_right)
        room = max(CONTENT_WIDTH - left - 6 * mm, min(shortest, CONTENT_WIDTH * 0.4))
        right_text = next(
            (t for t in furniture.header_right if stringWidth(t, REGULAR, 8) <= room),
            _fit(furniture.header_right[-1], REGULAR, 8, room),
        )
        school_room = CONTENT_WIDTH - stringWidth(right_text, REGULAR, 8) - 6 * mm - when_width
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(INK)
        canvas.drawString(
            MARGIN_X, top, _fit(furniture.school, BOLD, 8, max(school_room, 20 * mm)) + when
        )
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, right_text)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, top - 2.6 * mm, PAGE_WIDTH - MARGIN_X, top - 2.6 * mm)
        canvas.restoreState()

    return draw


def page_label(voice: Voice) -> Callable[[int, int], str]:
    """ "Page 2 of 5" in the report's language(s)."""

    def label(number: int, total: int) -> str:
        return voice.line(voice.say("common.page", page=number, pages=total), sep="  ·  ")

    return label


def build_pdf(
    target: Target,
    story: list[Flowable],
    *,
    voice: Voice,
    furniture: Furniture,
    title: str,
    author: str,
    subject: str,
) -> ReportInfo:
    """Lay out ``story`` on A4 pages and write the PDF to ``target``.

    Every page carries the protective marking (:meth:`Voice.marking`) at its top and
    bottom; the PDF's keywords carry it too.

    A path is written atomically (a temporary file renamed into place), so a failed render
    never leaves half a PDF under the requested name. A binary stream is written from its
    current position and left open.
    """
    register_fonts()
    link_headings(story)
    marking = voice.marking()
    counter = _Counter()
    path: Path | None = None
    partial: Path | None = None
    if isinstance(target, str | Path):
        path = Path(target)
        partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
        destination: Any = str(partial)
        start = 0
    else:
        destination = target
        start = target.tell()
    doc = BaseDocTemplate(
        destination,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        keywords=marking,
        creator="SIPL",
        lang=PDF_LANG[voice.mode],
        displayDocTitle=1,
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    doc.addPageTemplates(
        [PageTemplate("page", frames=[frame], onPage=_draw_page(furniture, marking))]
    )
    try:
        doc.build(
            story,
            canvasmaker=functools.partial(_NumberedCanvas, furniture=furniture, counter=counter),
        )
        if path is not None and partial is not None:
            os.replace(partial, path)
            size = path.stat().st_size
        else:
            size = target.tell() - start  # type: ignore[union-attr]
    finally:
        if partial is not None and partial.exists():
            partial.unlink()
    return ReportInfo(pages=counter.pages, language=voice.mode, title=title, size=size, path=path)
