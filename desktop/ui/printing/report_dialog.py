"""The Print… dialog: which report, in which language; preview and print, or save a PDF.

The report is read on the store thread and laid out on a worker (see ``printing``); the
dialog stays responsive and says when the PDF is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.language import ReportLanguage, default_report_language
from desktop.store import schools
from desktop.store.store import Store
from desktop.ui.common.failures import file_failure
from desktop.ui.common.runner import StoreRunner
from desktop.ui.common.widgets import inform
from desktop.ui.printing.output import (
    Build,
    Collect,
    FileWriter,
    ReportMaker,
    ask_pdf_path,
    preview,
)

LANGUAGES: tuple[ReportLanguage, ...] = ("en", "cy", "both")
Builder = Callable[[ReportLanguage], tuple[Collect, Build]]


class ReportDialog(QDialog):
    """Choose the language, then Preview and print… or Save as PDF…."""

    def __init__(
        self,
        runner: StoreRunner,
        title: str,
        school_id: str,
        builder: Builder,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.title = title
        self.builder = builder
        self.suggested_name = suggested_name
        self.maker = ReportMaker(runner, parent=self)
        self.maker.pdf_did_finish.connect(self._ready)
        self.maker.pdf_did_fail.connect(self._failed)
        self.writer = FileWriter(parent=self)
        self.writer.file_did_save.connect(self._saved)
        self.writer.file_did_fail.connect(self._not_saved)
        self._next: str | None = None
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.heading = QLabel(title)
        self.heading.setObjectName("dialogHeading")
        self.form = QFormLayout()
        self.language_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox()
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.clicked.connect(lambda: self._make("preview"))
        self.save_button.clicked.connect(lambda: self._make("save"))
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        runner.submit(
            lambda store: default_report_language(schools.get_school(store, school_id)),
            self._default_language,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print"))
        current = self.language.currentIndex()
        self.language.clear()
        self.language.addItems([self.tr("English"), self.tr("Welsh"), self.tr("Welsh and English")])
        self.language.setCurrentIndex(max(current, 0))
        self.language_label.setText(self.tr("Language"))
        self.preview_button.setText(self.tr("Preview and print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    def _default_language(self, lang: ReportLanguage) -> None:
        self.language.setCurrentIndex(LANGUAGES.index(lang))

    def chosen_language(self) -> ReportLanguage:
        return LANGUAGES[max(self.language.currentIndex(), 0)]

    def _make(self, then: str) -> None:
        self._next = then
        self.preview_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Preparing the report…"))
        collect, build = self.builder(self.chosen_language())
        self.maker.make(collect, build)

    def _ready(self, pdf: bytes, pages: list[bytes]) -> None:
        self.preview_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Pages ready: {0}.").format(len(pages)))
        if self._next == "preview":
            dialog = preview(self, pages, self.title)
            dialog.exec()
        elif self._next == "save":
            path = ask_pdf_path(self, self.suggested_name)
            if path is not None:
                self.save_button.setEnabled(False)
                self.message.setText(self.tr("Saving {0}…").format(path.name))
                self.writer.write(path, pdf)

    def _saved(self, path: str) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Saved {0}.").format(Path(path).name))

    def _not_saved(self, path: str, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        text = (
            self.tr("The PDF was not saved.")
            + " "
            + file_failure(Path(path), error)
            + " "
            + self.tr("Choose another folder and save it again.")
        )
        self.message.setText(text)
        inform(self, self.tr("The PDF was not saved"), text, warning=True)

    def _failed(self, message: str) -> None:
        self.preview_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("The report could not be made: {0}").format(message))


def visit_builder(visit_id: str) -> Builder:
    from desktop.reports.visit_summary import build_visit_summary, collect_visit_summary

    def make(lang: ReportLanguage) -> tuple[Collect, Build]:
        return (
            lambda store: collect_visit_summary(store, visit_id),
            lambda data, out: build_visit_summary(data, lang, out),
        )

    return make


def governors_builder(school_id: str, academic_year: str) -> Builder:
    from desktop.reports.governors import build_governors_report, collect_governors_report

    def make(lang: ReportLanguage) -> tuple[Collect, Build]:
        def collect(store: Store) -> Any:
            return collect_governors_report(store, school_id, academic_year)

        return collect, lambda data, out: build_governors_report(data, lang, out)

    return make


def la_builder(school_id: str, academic_year: str, term: str) -> Builder:
    from desktop.reports.la_summary import build_la_summary, collect_la_summary

    def make(lang: ReportLanguage) -> tuple[Collect, Build]:
        def collect(store: Store) -> Any:
            return collect_la_summary(store, school_id, academic_year, term)

        return collect, lambda data, out: build_la_summary(data, lang, out)

    return make
