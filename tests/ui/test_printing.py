"""Printing from the app: the report is made off the UI thread and printed through Qt."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.store import schools, visits
from desktop.ui.printing.output import ReportMaker, paint_pages
from desktop.ui.printing.report_dialog import ReportDialog, visit_builder


def _welsh_medium_visit(runner):
    def find(store):
        for school in schools.all_schools(store):
            if (school.welsh_medium_type or "").lower() == "welsh medium":
                return school.id, visits.visits_of(store, school.id)[-1].id
        raise AssertionError("the demo has a Welsh-medium school")

    return runner.call(find)


def test_a_note_of_visit_prints_through_qt_in_the_schools_language(app, qtbot, tmp_path):
    runner = app.services.runner
    school_id, visit_id = _welsh_medium_visit(runner)
    dialog = ReportDialog(
        runner, "Note of visit", school_id, visit_builder(visit_id), "note.pdf", app.window
    )
    dialog.show()
    qtbot.waitUntil(lambda: dialog.chosen_language() == "cy")  # the school's default

    maker = ReportMaker(runner)
    with qtbot.waitSignal(maker.pdf_did_finish, timeout=30000) as made:
        maker.make(*visit_builder(visit_id)("cy"))
    pdf, pages = made.args
    assert pdf.startswith(b"%PDF") and len(pages) >= 1

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(printer, pages)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == len(pages)


def test_the_print_dialog_reports_pages_ready(app, qtbot, monkeypatch):
    runner = app.services.runner
    school_id, visit_id = _welsh_medium_visit(runner)
    dialog = ReportDialog(
        runner, "Note of visit", school_id, visit_builder(visit_id), "note.pdf", app.window
    )
    shown = []
    monkeypatch.setattr(
        "desktop.ui.printing.report_dialog.preview",
        lambda parent, pages, title: shown.append(pages) or _Quiet(),
    )
    dialog.show()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: "Pages ready" in dialog.message.text(), timeout=30000)
    assert shown and shown[0]


class _Quiet:
    def exec(self) -> int:
        return 0


def test_the_real_preview_dialog_paints_the_pages_and_closes(app, qtbot):
    """Issue 14's blocker: the preview kept its printer in a local variable, freed while
    the dialog still painted (a segfault). Tried: the real dialog, with Python's garbage
    collected after it is made, shown, painted and closed."""
    import gc

    from desktop.ui.printing.output import preview

    runner = app.services.runner
    _, visit_id = _welsh_medium_visit(runner)
    maker = ReportMaker(runner)
    with qtbot.waitSignal(maker.pdf_did_finish, timeout=30000) as made:
        maker.make(*visit_builder(visit_id)("cy"))
    _, pages = made.args
    dialog = preview(app.window, pages, "Nodyn ymweliad")
    gc.collect()
    with qtbot.waitSignal(dialog.paintRequested, timeout=10000):
        dialog.show()
    qtbot.wait(200)  # let it paint the pages
    assert dialog.isVisible()
    dialog.close()
    dialog.deleteLater()
