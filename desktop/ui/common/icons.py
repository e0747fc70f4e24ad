"""SIPL's own icons: small SVGs under ``resources/icons``, sharp at any scale factor."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon


def icons_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("icons")))


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (a null icon if it is missing)."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
