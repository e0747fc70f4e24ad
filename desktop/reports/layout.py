"""The look shared by every SIPL report: A4 measures, colours, styles, bilingual blocks,
tables and images. The pages themselves (furniture, marking, the document) are
:mod:`desktop.reports.pages`.

No user-visible words are written here: every text arrives from the caller, who takes it
from :mod:`desktop.reports.wording` or from ``forms``.

Threading: everything here builds fresh objects per call. The cached :func:`styles` are
never mutated after creation, and fonts are registered once by
:func:`desktop.reports.fonts.register_fonts`, so documents may be built on any thread.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.reports.fonts import BOLD, REGULAR, register_fonts
from desktop.reports.language import (
    Layout,
    ReportLanguage,
    format_date,
    languages_of,
)
from desktop.reports.wording import Wording
from forms import Forms, Text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
#: Baselines of the protective marking: above the running header (13 mm from the top) and
#: below the page number (12 mm from the bottom), clear of both.
MARKING_TOP = PAGE_HEIGHT - 7.5 * mm
MARKING_BOTTOM = 6.5 * mm
#: The marking's font size; a long marking is set smaller to fit the content width.
MARKING_SIZE = 8.0

INK = colors.HexColor("#1f2630")
MUTED = colors.HexColor("#5d6673")
ACCENT = colors.HexColor("#1d4f73")
RULE = colors.HexColor("#c8d0da")
FILL = colors.HexColor("#eef2f6")
STRENGTH_FG = colors.HexColor("#1d5e2c")
STRENGTH_BG = colors.HexColor("#e3f1e5")
CONCERN_FG = colors.HexColor("#8a2a0a")
CONCERN_BG = colors.HexColor("#fbe9df")
NOTICE_BG = colors.HexColor("#fff4d6")
NOTICE_RULE = colors.HexColor("#c99a1a")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the reports (shared, never mutated)."""

    body: ParagraphStyle
    body_alt: ParagraphStyle
    muted: ParagraphStyle
    small: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    title_alt: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h1_alt: ParagraphStyle
    h2: ParagraphStyle
    h2_alt: ParagraphStyle
    h3: ParagraphStyle
    question: ParagraphStyle
    question_alt: ParagraphStyle
    answer: ParagraphStyle
    answer_empty: ParagraphStyle
    item: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_alt: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    notice: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The report styles, built once (after the fonts are registered)."""
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13.6, textColor=INK, splitLongWords=1
    )

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=make("body", spaceAfter=5),
        body_alt=make("body_alt", textColor=MUTED, fontName=REGULAR, spaceAfter=5),
        muted=make("muted", textColor=MUTED),
        small=make("small", fontSize=8, leading=10.5, textColor=MUTED),
        kicker=make("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT),
        title=make("title", fontName=BOLD, fontSize=19, leading=23, textColor=ACCENT),
        title_alt=make("title_alt", fontSize=13, leading=17, textColor=MUTED),
        subtitle=make("subtitle", fontName=BOLD, fontSize=13, leading=17, spaceBefore=6),
        h1=make("h1", fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT),
        h1_alt=make("h1_alt", fontSize=10, leading=13, textColor=MUTED),
        h2=make("h2", fontName=BOLD, fontSize=11, leading=14.5, keepWithNext=1),
        h2_alt=make("h2_alt", fontSize=9.5, leading=12.5, textColor=MUTED, keepWithNext=1),
        h3=make(
            "h3",
            fontName=BOLD,
            fontSize=9,
            leading=12,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        question=make(
            "question",
            fontName=BOLD,
            fontSize=9.5,
            leading=13,
            leftIndent=7 * mm,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletColor=ACCENT,
            spaceBefore=7,
            keepWithNext=1,
        ),
        question_alt=make(
            "question_alt",
            fontSize=8.5,
            leading=11.5,
            textColor=MUTED,
            leftIndent=7 * mm,
            keepWithNext=1,
        ),
        answer=make("answer", leftIndent=7 * mm, spaceBefore=2, spaceAfter=2),
        answer_empty=make(
            "answer_empty", leftIndent=7 * mm, textColor=MUTED, spaceBefore=2, spaceAfter=2
        ),
        item=make("item", leftIndent=7 * mm, spaceBefore=1.5, spaceAfter=3.5),
        label=make("label", fontName=BOLD, fontSize=8.5, leading=11.5),
        cell=make("cell", fontSize=8.8, leading=12),
        cell_muted=make("cell_muted", fontSize=8.8, leading=12, textColor=MUTED),
        cell_alt=make("cell_alt", fontSize=8.8, leading=12, textColor=MUTED, spaceBefore=3),
        cell_head=make("cell_head", fontName=BOLD, fontSize=8.5, leading=11),
        cell_head_right=make(
            "cell_head_right", fontName=BOLD, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
        notice=make("notice", fontName=BOLD, fontSize=9.5, leading=13),
    )


# ------------------------------------------------------------------------------------------
# Text in one or both languages
# ------------------------------------------------------------------------------------------


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style that sets every cell in the report font (reportlab's default is
    Helvetica, which lacks ŵ and ŷ) and ink colour, then applies ``commands``."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 8.8),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            *commands,
        ]
    )


def esc(text: str) -> str:
    """``text`` escaped for reportlab's paragraph markup."""
    return escape(text, {'"': "&quot;"})


def paragraphs_of(text: str) -> list[str]:
    """User text split into paragraphs (blank lines), line breaks kept, escaped."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return ["<br/>".join(esc(line) for line in b.split("\n")) for b in blocks if b]


@dataclass(frozen=True)
class Voice:
    """The words of one report in its language(s): wording, form texts, dates.

    ``mode`` is ``en``, ``cy`` or ``both``; in both, texts come as a list in
    :data:`~desktop.reports.language.BILINGUAL_ORDER`.
    """

    wording: Wording
    forms: Forms
    mode: ReportLanguage
    layout: Layout = "sequential"

    @property
    def langs(self) -> tuple[str, ...]:
        return languages_of(self.mode)

    @property
    def bilingual(self) -> bool:
        return len(self.langs) > 1

    def say(self, key: str, **fields: object) -> list[str]:
        """The wording ``key`` in each language of the report (unescaped)."""
        return [self.wording.get(key, lang, **fields) for lang in self.langs]

    def say_each(self, key: str, per_lang: Callable[[str], dict[str, object]]) -> list[str]:
        """Like :meth:`say`, with placeholder values that depend on the language."""
        return [self.wording.get(key, lang, **per_lang(lang)) for lang in self.langs]

    def of(self, text: Text) -> list[str]:
        """A form text in each language of the report."""
        return [text.get(lang) for lang in self.langs]

    def named(self, collection: str, key: str | None) -> list[str] | None:
        """The name of a form item in each language, e.g. ``named("reform_area", "teaching")``.

        ``collection`` is the name of a ``Forms`` lookup (``reform_area``, ``visit_purpose``,
        ``evidence_kind``, ``support_level``, ``rate``, ``track``). None when ``key`` is
        empty or the form content has no such item (data from a newer consortium file).
        """
        if not key:
            return None
        try:
            item = getattr(self.forms, collection)(key)
        except KeyError:
            return None
        return self.of(item.name)

    def date(self, day: Any) -> list[str]:
        """A date in words in each language of the report."""
        return [format_date(day, lang, self.wording) for lang in self.langs]

    def running_title(self, key: str) -> tuple[str, ...]:
        """A page header's title: in both languages, or failing room the first alone."""
        texts = self.say(key)
        return (self.line(texts), texts[0])

    def marking(self) -> str:
        """The protective marking in the report's language(s), in capitals, on one line:
        ``SWYDDOGOL–SENSITIF / OFFICIAL–SENSITIVE`` in both (Welsh first, as every
        bilingual line of the report)."""
        return self.line([self.forms.marking_in(lang) for lang in self.langs])

    def line(self, texts: Sequence[str], sep: str = " / ") -> str:
        """Several language versions on one plain line (headers, PDF metadata)."""
        unique: list[str] = []
        for text in texts:
            if text not in unique:
                unique.append(text)
        return sep.join(unique)


def stacked(texts: Sequence[str], style: ParagraphStyle, *, alt_colour: Any = MUTED) -> Paragraph:
    """One paragraph: the first language, then the other on its own line in a muted colour.

    For labels and table cells, where two short texts read best one above the other.
    """
    first, *rest = [esc(t) for t in texts]
    markup = first
    seen = {texts[0]}
    for original, text in zip(texts[1:], rest, strict=True):
        if original in seen:
            continue
        seen.add(original)
        markup += f'<br/><font name="{REGULAR}" color="{alt_colour.hexval()}">{text}</font>'
    return Paragraph(markup, style)


def bilingual(
    voice: Voice,
    texts: Sequence[str],
    style: ParagraphStyle,
    alt_style: ParagraphStyle,
    *,
    markup: bool = False,
    bullet: str | None = None,
) -> list[Flowable]:
    """A text in the report's language(s), as flowables.

    One language: one paragraph in ``style``. Both, sequential: the first language in
    ``style`` with the second beneath in ``alt_style``. Both, side by side: two columns.
    ``markup`` says the texts are already escaped paragraph markup.
    """
    items = list(texts) if markup else [esc(t) for t in texts]
    if len(items) == 1 or items[0] == items[1]:
        return [Paragraph(items[0], style, bulletText=bullet)]
    if voice.layout == "side_by_side":
        left = Paragraph(items[0], style, bulletText=bullet)
        right_style = ParagraphStyle(f"{style.name}_right", parent=style)
        right = Paragraph(items[1], right_style)
        indent = style.leftIndent
        table = Table(
            [[left, right]],
            colWidths=[(CONTENT_WIDTH + indent) / 2, (CONTENT_WIDTH - indent) / 2],
            style=table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, -1), 3.5 * mm),
                    ("RIGHTPADDING", (0, 0), (0, -1), 3.5 * mm),
                    ("RIGHTPADDING", (1, 0), (1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
                ]
            ),
            hAlign="LEFT",
        )
        table.keepWithNext = getattr(style, "keepWithNext", 0)  # type: ignore[attr-defined]
        return [Spacer(1, style.spaceBefore), table, Spacer(1, style.spaceAfter)]
    return [Paragraph(items[0], style, bulletText=bullet), Paragraph(items[1], alt_style)]


def heading(voice: Voice, texts: Sequence[str], *, level: int = 1) -> list[Flowable]:
    """A section heading (level 1, with a rule) or a sub-heading (level 2).

    A heading never ends a page: unless it and the start of what follows it (a table's
    header and first row, a paragraph's first lines) fit, it starts the next page.
    """
    s = styles()
    if level == 1:
        body: list[Flowable] = [Spacer(1, 9), *bilingual(voice, texts, s.h1, s.h1_alt)]
        body.append(
            HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=6)
        )
        return [HeadingBreak(38 * mm, len(body)), *body]
    body = [Spacer(1, 5), *bilingual(voice, texts, s.h2, s.h2_alt)]
    return [HeadingBreak(30 * mm, len(body)), *body]


def user_text(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Text a person wrote (any length), as paragraphs that flow across pages."""
    return [Paragraph(p, style) for p in paragraphs_of(text)]


def notice_box(texts: Sequence[str]) -> Flowable:
    """A boxed notice (e.g. that a note is a draft): words, a rule and a tint together."""
    s = styles()
    table = Table(
        [[stacked(texts, s.notice, alt_colour=INK)]],
        colWidths=[CONTENT_WIDTH],
        style=table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), NOTICE_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 3, NOTICE_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * mm),
            ]
        ),
    )
    return table


FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
"""The height of the content frame of every page."""


class RowTable(Table):
    """A table whose rows move whole to the next page.

    A row is split across pages only when it is taller than a whole page (with the
    repeated header): turning row splitting off alone would fail on such a row. So a page
    never ends on half a row, and never starts with a repeated header over a word or two.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        whole = self._splitRows(availHeight, doInRowSplit=0)
        if whole:
            return list(whole)
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        heights = self._rowHeights
        if len(heights) <= repeat:
            return []
        if sum(heights[:repeat]) + heights[repeat] > FRAME_HEIGHT:
            return list(self._splitRows(availHeight, doInRowSplit=1))
        return []


def _first_part_height(flowable: Flowable, width: float) -> float:
    """How much room the start of ``flowable`` needs: a table's header and first row, a
    paragraph's first three lines; 0 for anything else (measured only while laid out)."""
    if isinstance(flowable, Table):
        flowable.wrap(width, FRAME_HEIGHT)
        rows = flowable._rowHeights
        repeat = flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0
        return float(sum(rows[: repeat + 1]))
    if isinstance(flowable, Paragraph):
        _, height = flowable.wrap(width, FRAME_HEIGHT)
        return float(min(height, 3 * flowable.style.leading))
    return 0.0


class HeadingBreak(CondPageBreak):
    """Starts a new page before a heading unless the heading and the start of what follows
    it (``parts`` flowables of the heading, then the next one) fit on this page, so a
    heading is never left alone at a page foot. :func:`link_headings` (which
    ``pages.build_pdf`` runs) tells it what follows."""

    def __init__(self, minimum: float, parts: int) -> None:
        super().__init__(minimum)
        self.minimum = minimum
        self.parts = parts
        self.following: list[Flowable] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.following:
            *heading_parts, first = self.following
            needed = sum(_first_part_height(f, availWidth) for f in heading_parts)
            needed += sum(f.height for f in heading_parts if isinstance(f, Spacer))
            needed += 12 if any(isinstance(f, HRFlowable) for f in heading_parts) else 0
            needed += _first_part_height(first, availWidth)
            # Only when the pair can fit on a fresh page; otherwise a page break helps nothing.
            self.height = max(self.minimum, needed) if needed < FRAME_HEIGHT * 0.8 else self.minimum
        return super().wrap(availWidth, availHeight)


def link_headings(story: list[Flowable]) -> None:
    """Tell each :class:`HeadingBreak` the heading it starts and the flowable after it."""
    for index, flowable in enumerate(story):
        if isinstance(flowable, HeadingBreak):
            after = story[index + 1 : index + 2 + flowable.parts]
            flowable.following = after if len(after) == flowable.parts + 1 else []


def details_table(
    rows: Sequence[tuple[Paragraph, Flowable | list[Flowable]]],
    *,
    top_rule: bool = True,
    label_width: float = 46 * mm,
) -> Table:
    """A two-column table of labels and values (the particulars at the top of a report).

    ``top_rule`` draws a rule above the first row; leave it off under a section heading,
    which has its own.
    """
    table = RowTable(
        [list(r) for r in rows],
        colWidths=[label_width, CONTENT_WIDTH - label_width],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), FILL),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT if top_rule else RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.0 * mm),
            ]
        ),
        hAlign="LEFT",
        splitInRow=1,
    )
    return table


def ruled_rows(rows: Sequence[Sequence[Any]], label_width: float, *, gap: float = 2 * mm) -> Table:
    """Rows of a narrow left column and a wide right one, a thin rule under each, no
    frame (the judgement key, a priority's judgements by term); a row may split across
    pages, one line at least on each."""
    return RowTable(
        [list(r) for r in rows],
        colWidths=[label_width, CONTENT_WIDTH - label_width],
        splitInRow=1,
        hAlign="LEFT",
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        ),
    )


def data_table(
    header: Sequence[Paragraph],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table with a tinted header row that repeats on every page it spans.

    ``widths`` are fractions of the content width. Rows move whole to the next page; only a
    row taller than a page splits (see :class:`RowTable`).
    """
    total = sum(widths)
    table = RowTable(
        [list(header), *[list(r) for r in rows]],
        colWidths=[CONTENT_WIDTH * w / total for w in widths],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.9 * mm),
                *extra,
            ]
        ),
    )
    return table


class Swatch(Flowable):
    """A small square of colour followed by words: a judgement readable without colour."""

    def __init__(self, colour: str | None, paragraph: Paragraph, *, size: float = 3.4 * mm) -> None:
        super().__init__()
        self.colour = colour
        self.paragraph = paragraph
        self.size = size
        self.gap = 1.8 * mm
        self._para_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        indent = self.size + self.gap if self.colour else 0
        _, height = self.paragraph.wrap(avail_width - indent, avail_height)
        self._para_height = height
        self.width = avail_width
        self.height = max(height, self.size)
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        indent = 0.0
        if self.colour:
            top = self.height - 1.2
            canvas.saveState()
            canvas.setFillColor(colors.HexColor(self.colour))
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.3)
            canvas.roundRect(0, top - self.size, self.size, self.size, 0.6, stroke=1, fill=1)
            canvas.restoreState()
            indent = self.size + self.gap
        self.paragraph.drawOn(canvas, indent, self.height - self._para_height)


class _Photo(Image):
    """An image with a hairline frame, so pale photos (white pages) keep their edges."""

    def draw(self) -> None:
        super().draw()
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self.drawWidth, self.drawHeight, stroke=1, fill=0)
        self.canv.restoreState()


def photo(data: bytes, max_width: float, max_height: float) -> Image:
    """An image flowable scaled to fit the box, keeping its proportions."""
    image = _Photo(io.BytesIO(data))
    ratio = min(max_width / image.imageWidth, max_height / image.imageHeight)
    image.drawWidth = image.imageWidth * ratio
    image.drawHeight = image.imageHeight * ratio
    return image


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def indented(style: ParagraphStyle, extra: float) -> ParagraphStyle:
    """A copy of ``style`` indented ``extra`` points further (a new style; none is mutated)."""
    return ParagraphStyle(f"{style.name}_in", parent=style, leftIndent=style.leftIndent + extra)


def right(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph aligned right (numbers in tables)."""
    return Paragraph(esc(text), ParagraphStyle(f"{style.name}_r", parent=style, alignment=TA_RIGHT))
