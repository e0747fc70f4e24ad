"""Reading PDFs back in tests: text per page, metadata, language, fonts, images."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


@dataclass(frozen=True)
class ReadPdf:
    pages: list[str]
    title: str
    author: str
    subject: str
    lang: str | None
    fonts: set[str]
    images: int
    content: str  # every page's content stream, decoded as latin-1

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def flat(self) -> str:
        """All text with line breaks and runs of spaces folded to single spaces."""
        return " ".join(self.text.split())


def read_pdf(source: Path | bytes) -> ReadPdf:
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    fonts: set[str] = set()
    images = 0
    content = []
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
        images += len(page.images)
        content.append(page.get_contents().get_data().decode("latin-1"))
    meta = reader.metadata or {}
    lang = reader.trailer["/Root"].get("/Lang")
    return ReadPdf(
        pages=[page.extract_text() for page in reader.pages],
        title=str(meta.get("/Title", "")),
        author=str(meta.get("/Author", "")),
        subject=str(meta.get("/Subject", "")),
        lang=str(lang) if lang is not None else None,
        fonts=fonts,
        images=images,
        content="\n".join(content),
    )


@dataclass(frozen=True)
class PlacedText:
    """A run of text drawn on a page, where it starts (points from the bottom left) and
    its font size."""

    text: str
    x: float
    y: float
    size: float


def placed_texts(source: Path | bytes) -> list[list[PlacedText]]:
    """Every run of text on every page, with its position, in drawing order."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    pages: list[list[PlacedText]] = []
    for page in reader.pages:
        runs: list[PlacedText] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _font: object,
            size: float,
            runs: list[PlacedText] = runs,
        ) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append(PlacedText(text.strip(), x, y, size * abs(tm[3] * cm[3])))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def keywords(source: Path | bytes) -> str:
    """The PDF's /Keywords metadata ("" when none)."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return str((reader.metadata or {}).get("/Keywords", ""))
