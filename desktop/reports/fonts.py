"""The fonts SIPL prints with: DejaVu Sans, shipped in ``resources/fonts``.

The standard PDF fonts (Helvetica, Times) and reportlab's bundled Vera have no ŵ ŷ Ŵ Ŷ, so
every report is set in DejaVu Sans, embedded as a subset in each PDF.

Guarantees:

- :func:`register_fonts` is idempotent and thread-safe: the first call registers the four
  styles and the family with reportlab's font registry under a lock; later calls return at
  once. Nothing else in ``desktop.reports`` mutates reportlab's global state, so rendering
  may run on any worker thread once fonts are registered.
- The font files are read through :func:`importlib.resources.files`, so they are found the
  same way from a checkout and from an installed wheel.
"""

from __future__ import annotations

import io
import threading
from importlib.resources import files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

#: Name of the font family (``fontName`` of paragraph styles).
FAMILY = "SIPLSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"

_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """A font file SIPL prints with is missing from the installation (a packaging bug)."""


def font_bytes(file_name: str) -> bytes:
    """The bytes of one of the shipped font files (e.g. ``DejaVuSans.ttf``)."""
    resource = files("resources") / "fonts" / file_name
    try:
        return resource.read_bytes()
    except FileNotFoundError as error:
        raise FontMissing(
            f"The report font {file_name} is missing from resources/fonts; reinstall SIPL."
        ) from error


def register_fonts() -> None:
    """Register DejaVu Sans (four styles) as :data:`FAMILY` with reportlab, once.

    Safe to call from any thread, any number of times. ``<b>`` and ``<i>`` in paragraphs
    set in :data:`FAMILY` map to the bold and oblique files.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(file_name))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
