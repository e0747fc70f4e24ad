"""The Qt Widgets app, one room (sub-package) per part of the app a partner meets.

Rooms use ``common``; ``window`` composes them; the desk may also use ``sync``; no other
room imports another (import-linter contracts in pyproject.toml).
"""
