"""Protection against a reference-counting bug of the Qt binding.

PySide6 6.12.0 on CPython 3.11 returns ``None``, ``True`` and ``False`` from many calls
without taking a reference to them (every ``signal.emit()``, ``QTimer.singleShot``, every
method returning ``void``...). Each call therefore drops one reference the interpreter
never gave; after a few thousand calls the count of ``None`` or ``True`` reaches zero and
the process aborts ("Fatal Python error: none_dealloc"). CPython 3.12 made these objects
immortal, which hides the bug there; PySide6 6.11 does not have it.

:func:`shield_singletons` detects the bug with a harmless probe and, only if it is
present, gives the three singletons a reference count so large that the binding can never
exhaust it (they are never freed anyway, so nothing else changes). The real fix is a
PySide6 without the bug: ``PySide6-Essentials>=6.7,!=6.12.0`` or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

_PROBES = 64
_CUSHION = 1 << 40  # references: more than any process could ever drop
_shielded = False


def binding_drops_references() -> bool:
    """True if calling into Qt drops references to ``None`` (the 6.12.0 bug)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - _PROBES // 2


def shield_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` safe from the binding bug if it is present.

    Safe to call more than once; returns True if the shield is (now) in place.
    """
    global _shielded
    if _shielded:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not binding_drops_references():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _CUSHION
    _shielded = True
    log.warning(
        "PySide6 %s drops references to None/True/False on Python %d.%d; SIPL shields them. "
        "Install a PySide6 other than 6.12.0 (or use Python 3.12+) to remove this workaround.",
        pyside_version,
        sys.version_info.major,
        sys.version_info.minor,
    )
    return True
