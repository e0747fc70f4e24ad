"""Spare every import a PySide6 probe SIPL has no use for.

PySide6 (6.4 and later, PYSIDE-2029) hooks ``import``: each module imported after it has
its whole source file read, to learn whether the module mentions PySide6 and so may switch
PySide's ``__feature__`` options (``snake_case``, ``true_property``) for itself. SIPL never
uses ``__feature__`` (``tests/ui/test_startup_imports.py`` checks), so the answer is the
same for every module: PySide with no features, which is the binding's default selection.

:func:`skip_feature_probe` gives that answer without reading any file. Behaviour does not
change: a module that did import ``__feature__`` would still have its own selection
recorded by the binding, and every other module would see the default (as one that
mentions PySide6 does today). Measured on the partner's start-up (``bench_startup``): the
probe read about 260 files, some 50 ms of a 340 ms start.

This module imports nothing from Qt; where PySide6 is not loaded yet, it does nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"
_PROBE = "_mod_uses_pyside"


def _default_selection(module: ModuleType) -> bool:
    """Every module: PySide without ``__feature__`` options (the binding's default)."""
    return True


def skip_feature_probe() -> bool:
    """Stop PySide6 reading the source of each module imported from now on.

    Safe to call more than once, and before PySide6 is imported (then it does nothing and
    returns False). Returns True if the probe is (now) skipped. A binding without the
    probe (older or newer than this one) is left alone.
    """
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _PROBE, None)):
        return False
    setattr(feature, _PROBE, _default_selection)
    return True
