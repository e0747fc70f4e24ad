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
