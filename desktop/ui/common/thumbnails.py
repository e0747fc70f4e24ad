"""Thumbnails of evidence files, made off the UI thread.

Guarantees: decoding and scaling run on a small thread pool of their own (never the UI
thread, never the store thread); results are cached by file path and handed to the UI
thread by :attr:`Thumbnails.thumbnail_did_load`. Files that are not images get the
platform's icon for their type instead, with no decoding.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QFileInfo,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFileIconProvider

SIZE = 96


class _Relay(QObject):
    done = Signal(str, QImage)


class _Load(QRunnable):
    def __init__(
        self, path: str, read: Callable[[], bytes | None], size: int, relay: _Relay
    ) -> None:
        super().__init__()
        self._path = path
        self._read = read
        self._size = size
        self._relay = relay

    def run(self) -> None:
        data = self._read()  # decrypted here, off the UI thread
        buffer = QBuffer()
        buffer.setData(QByteArray(data or b""))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid():
            reader.setScaledSize(
                original.scaled(self._size, self._size, Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        self._relay.done.emit(self._path, image)


class Thumbnails(QObject):
    """Request a thumbnail; receive it by signal when it is ready."""

    thumbnail_did_load = Signal(str)

    def __init__(self, parent: QObject | None = None, size: int = SIZE) -> None:
        super().__init__(parent)
        self.size = size
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._loaded)
        self._cache: dict[str, QPixmap] = {}
        self._waiting: set[str] = set()
        self._icons = QFileIconProvider()

    def pixmap(
        self, path: str, media_type: str, read: Callable[[], bytes | None] = lambda: None
    ) -> QPixmap | None:
        """The cached thumbnail of the file stored at ``path`` (whose bytes ``read``
        gives), or None after queueing its load (images only)."""
        if path in self._cache:
            return self._cache[path]
        if not media_type.startswith("image/"):
            icon = self._icons.icon(QFileInfo(path))
            if icon.isNull():
                icon = QIcon.fromTheme("text-x-generic")
            pixmap = icon.pixmap(QSize(48, 48))
            self._cache[path] = pixmap
            return pixmap
        if path not in self._waiting:
            self._waiting.add(path)
            self._pool.start(_Load(path, read, self.size, self._relay))
        return None

    def _loaded(self, path: str, image: QImage) -> None:
        self._waiting.discard(path)
        self._cache[path] = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self.thumbnail_did_load.emit(path)

    def wait(self) -> None:
        """Finish queued loads (for shutdown and tests)."""
        self._pool.waitForDone()
