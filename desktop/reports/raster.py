"""PDF pages as PNG images (for print preview and printing), without Qt.

Safe on any thread: each call opens its own PDFium document.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium


def pdf_pages_png(pdf: bytes, dpi: int = 150) -> list[bytes]:
    """Every page of ``pdf`` rendered at ``dpi`` on white, as PNG bytes."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
                out = io.BytesIO()
                bitmap.to_pil().save(out, format="PNG")
                pages.append(out.getvalue())
            finally:
                page.close()
        return pages
    finally:
        document.close()
