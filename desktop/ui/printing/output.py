"""Printing reports: make the PDF off the UI thread, then preview, print or save it.

Guarantees: reading the store happens on the store thread (``collect``), laying out the
PDF and rasterising its pages on a worker of the thread pool (``build``); the UI thread
only shows the result. A failure reaches the user as a message, never a crash.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QWidget

from desktop.store.store import Store
from desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from desktop.ui.common.runner import StoreRunner

log = logging.getLogger(__name__)

Collect = Callable[[Store], Any]
Build = Callable[[Any, io.BytesIO], Any]


class _Done(QObject):
    finished = Signal(bytes, list)
    failed = Signal(str)


class _BuildJob(QRunnable):
    def __init__(self, data: Any, build: Build, done: _Done) -> None:
        super().__init__()
        self.data, self.build, self.done = data, build, done

    def run(self) -> None:
        from desktop.reports.raster import pdf_pages_png  # PDF libraries load on first use

        try:
            out = io.BytesIO()
            self.build(self.data, out)
            pdf = out.getvalue()
            self.done.finished.emit(pdf, pdf_pages_png(pdf))
        except Exception as error:
            log.exception("Report failed")
            self.done.failed.emit(str(error))


class ReportMaker(QObject):
    """Makes one report at a time: ``pdf_did_finish(pdf, page_pngs)`` or ``pdf_did_fail``."""

    pdf_did_finish = Signal(bytes, list)
    pdf_did_fail = Signal(str)

    def __init__(
        self, runner: StoreRunner, pool: QThreadPool | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.pool = pool or QThreadPool.globalInstance()
        self._done = _Done(self)
        self._done.finished.connect(self.pdf_did_finish.emit)
        self._done.failed.connect(self.pdf_did_fail.emit)

    def make(self, collect: Collect, build: Build) -> None:
        self.runner.submit(
            collect,
            lambda data: self.pool.start(_BuildJob(data, build, self._done)),
            lambda error: self.pdf_did_fail.emit(str(error)),
        )


def paint_pages(printer: QPrinter, pages: list[bytes]) -> None:
    """Paint page images onto the printer, one per sheet, fitted to the printable area."""
    painter = QPainter(printer)
    try:
        for index, png in enumerate(pages):
            if index:
                printer.newPage()
            image = QImage.fromData(png)
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
            painter.drawImage(target, image)
    finally:
        painter.end()


# Qt ships no Welsh catalogue: the preview's own tool bar is named here, in SIPL's.
_PREVIEW_ACTIONS = {
    "Next page": QT_TRANSLATE_NOOP("PrintPreview", "Next page"),
    "Previous page": QT_TRANSLATE_NOOP("PrintPreview", "Previous page"),
    "First page": QT_TRANSLATE_NOOP("PrintPreview", "First page"),
    "Last page": QT_TRANSLATE_NOOP("PrintPreview", "Last page"),
    "Fit width": QT_TRANSLATE_NOOP("PrintPreview", "Fit width"),
    "Fit page": QT_TRANSLATE_NOOP("PrintPreview", "Fit page"),
    "Zoom in": QT_TRANSLATE_NOOP("PrintPreview", "Zoom in"),
    "Zoom out": QT_TRANSLATE_NOOP("PrintPreview", "Zoom out"),
    "Portrait": QT_TRANSLATE_NOOP("PrintPreview", "Portrait"),
    "Landscape": QT_TRANSLATE_NOOP("PrintPreview", "Landscape"),
    "Show single page": QT_TRANSLATE_NOOP("PrintPreview", "Show single page"),
    "Show facing pages": QT_TRANSLATE_NOOP("PrintPreview", "Show facing pages"),
    "Show overview of all pages": QT_TRANSLATE_NOOP("PrintPreview", "Show overview of all pages"),
    "Print": QT_TRANSLATE_NOOP("PrintPreview", "Print"),
    "Page setup": QT_TRANSLATE_NOOP("PrintPreview", "Page setup"),
}


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview, owning its printer: the dialog paints from the printer for as
    long as it lives, so the printer must live as long (a printer freed early crashed the
    app on the first paint). Its tool bar speaks the user's language (see
    :data:`_PREVIEW_ACTIONS`)."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self.owned_printer = printer
        for combo in self.findChildren(QComboBox):  # the zoom, with its own line edit
            combo.setAccessibleName(QCoreApplication.translate("PrintPreview", "Zoom"))
        for edit in self.findChildren(QLineEdit):
            if not isinstance(edit.parent(), QComboBox):
                edit.setAccessibleName(QCoreApplication.translate("PrintPreview", "Page"))
        for action in self.findChildren(QAction):
            source = _PREVIEW_ACTIONS.get(action.text())
            if source is not None:
                words = QCoreApplication.translate("PrintPreview", source)
                action.setText(words)
                action.setToolTip(words)


def preview(parent: QWidget, pages: list[bytes], title: str) -> QPrintPreviewDialog:
    """Qt's print preview (with its Print button) over the rendered pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = PreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint_pages(p, pages))
    return dialog


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a PDF; None if the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        suggested,
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    return Path(name if name.lower().endswith(".pdf") else name + ".pdf")


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a full disk or a folder SIPL may not
    write to raises OSError and leaves any earlier file of that name as it was."""
    partial = path.with_name(f".{path.name}.saving")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


class _Written(QObject):
    written = Signal(str)
    failed = Signal(str, object)


class _WriteJob(QRunnable):
    def __init__(self, path: Path, data: bytes, done: _Written) -> None:
        super().__init__()
        self.path, self.data, self.done = path, data, done

    def run(self) -> None:
        try:
            write_whole(self.path, self.data)
        except OSError as error:
            log.warning("Could not save %s: %s", self.path, error)
            self.done.failed.emit(str(self.path), error)
            return
        self.done.written.emit(str(self.path))


class FileWriter(QObject):
    """Writes files on a worker of the thread pool: ``file_did_save(path)`` or
    ``file_did_fail(path, error)``, delivered on the UI thread."""

    file_did_save = Signal(str)
    file_did_fail = Signal(str, object)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._done = _Written(self)
        self._done.written.connect(self.file_did_save.emit)
        self._done.failed.connect(self.file_did_fail.emit)

    def write(self, path: Path, data: bytes) -> None:
        self.pool.start(_WriteJob(path, data, self._done))
