"""Photos for printing: small, upright JPEG copies of evidence photos.

A phone photo is several megabytes; printed as a thumbnail a few centimetres wide it needs
a few hundred pixels. :func:`print_copy` makes that copy in memory (the stored file is never
touched), turned upright by its EXIF orientation, on white where it was transparent.
Safe on any thread: it touches no shared state.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

#: Media types printed as photos.
PRINTABLE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"})
#: Longest side of a printed copy, in pixels (about 300 dpi at 60 mm).
MAX_PIXELS = 700


def print_copy(source: Path | bytes | None, max_pixels: int = MAX_PIXELS) -> bytes | None:
    """JPEG bytes of a reduced, upright copy of the image at ``source`` (a file, or its
    bytes).

    Returns None if the file is missing or is not an image Pillow can read, so a report
    can say so instead of failing.
    """
    if source is None:
        return None
    try:
        with Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as opened:
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((max_pixels, max_pixels))
            if image.mode in ("RGBA", "LA", "P"):
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, "white")
                image.paste(rgba, mask=rgba.getchannel("A"))
            elif image.mode != "RGB":
                image = image.convert("RGB")
            out = io.BytesIO()
            image.save(out, "JPEG", quality=82, optimize=True)
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
