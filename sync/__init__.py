"""Sync between SIPL laptops and the central store.

``schema`` declares every synced table, field and merge policy once; ``merge`` is the pure
merge logic; ``client`` runs one sync over HTTP against ``server`` (the central store).
This package never imports Qt.
"""
