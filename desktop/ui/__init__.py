"""The Qt Widgets app, one room (sub-package) per part of the app a partner meets.

Rooms use ``common``; ``window`` composes them; the desk may also use ``sync``; no other
room imports another (import-linter contracts in pyproject.toml).

PySide6 is loaded before any screen is, so this is where the binding stops reading the
source of every later module (:mod:`desktop.qt_feature`) when ``sipl`` imported the store
first and PySide6 only after (``desktop/__init__`` does it when PySide6 came first).
"""

from desktop.qt_feature import skip_feature_probe

skip_feature_probe()
