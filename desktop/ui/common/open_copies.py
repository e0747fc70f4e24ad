"""Decrypted copies of evidence files, made only to open them in the system's viewer.

Guarantees: copies live in one private folder (0700, files 0600) made on first use, and
:meth:`OpenCopies.cleanup` (called when SIPL closes) removes it with everything in it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


class OpenCopies:
    def __init__(self) -> None:
        self._folder: Path | None = None

    def copy_of(self, filename: str, data: bytes | None) -> Path | None:
        """A private copy of ``data`` named like the original; None if there is nothing
        to open (the stored file is missing or damaged)."""
        if data is None:
            return None
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="sipl-open-"))
        name = _UNSAFE.sub("_", Path(filename).name) or "file"
        target = self._folder / name
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        return target

    def cleanup(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
