"""SIPL package.

Importing it after PySide6 (as the app's composition root and the benches do) stops the
binding reading the source of every later module: see :mod:`desktop.qt_feature`.
"""

from desktop.qt_feature import skip_feature_probe

skip_feature_probe()
