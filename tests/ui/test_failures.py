"""Issue 14, point 10: errors that vanished now reach the user, in their language, and
lose nothing.

Tried: the disk filling up while a partner types (SQLite's own limit on the file's size,
``PRAGMA max_page_count``, gives exactly the "database or disk is full" a full disk
gives), in English and in Welsh; saving a PDF into a folder that has gone (a USB stick
pulled out); an unexpected exception reaching the event loop.
"""

from __future__ import annotations

import shutil
import sys

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.store import visits
from desktop.store.store import Store
from desktop.ui.printing.report_dialog import ReportDialog, visit_builder
from tests.ui.conftest import TODAY
from tests.ui.helpers import when_modal


def _new_visit(root, qtbot):
    window = root.window
    school_id = window.caseload.model.entries[0].school.id
    aspect = visits.area_aspect("teaching")
    visit_id = root.services.runner.call(
        lambda store: visits.start_visit(
            store, school_id, TODAY, "progress_towards_priorities", aspects=[aspect]
        )
    )
    window.open_visit(visit_id)
    qtbot.waitUntil(
        lambda: window.visit.sheet is not None and window.visit.current_panel() is not None
    )
    return visit_id, aspect, window.visit.current_panel()


def _fill_the_disk(store: Store) -> None:
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def _free_space(store: Store) -> None:
    store.db.execute("PRAGMA max_page_count = 1073741823")


@pytest.mark.parametrize(
    ("language", "full", "saved"),
    [
        ("en", "Not saved — the disk is full", "Saved"),
        ("cy", "Heb ei gadw — mae'r ddisg yn llawn", "Wedi'i gadw"),
    ],
)
def test_a_full_disk_keeps_the_text_says_so_and_saves_when_space_returns(
    make_app, seeded, qtbot, language, full, saved
):
    root = make_app(seeded, language=language)
    runner = root.services.runner
    visit_id, aspect, panel = _new_visit(root, qtbot)
    runner.call(_fill_the_disk)
    text = "Disgyblion yn trafod eu dysgu. " * 400  # pasted notes: new pages are needed
    told: list[str] = []
    when_modal(lambda box: told.append(box.text()))
    panel.questions[0].answer.setPlainText(text)
    panel.questions[0].autosave.flush()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    indicator = root.window.save_indicator
    assert full in told[0] and full in indicator.text()
    assert indicator.property("failed") is True
    assert panel.questions[0].answer.toPlainText() == text, "the text stays in the field"
    assert runner.call(lambda store: visits.answers_of(store, visit_id)) == []

    # Two retries later the disk is still full: no second dialog, still kept.
    field = panel.questions[0].autosave
    qtbot.waitUntil(lambda: field.failures >= 2, timeout=5000)
    assert len(told) == 1

    runner.call(_free_space)
    qtbot.waitUntil(lambda: indicator.text().startswith(saved), timeout=8000)
    stored = runner.call(lambda store: visits.answers_of(store, visit_id))
    assert [(a.aspect, a.question, a.answer) for a in stored] == [(aspect, 1, text)]
    assert indicator.property("failed") is False


@pytest.mark.parametrize(("language", "gone"), [("en", "does not exist"), ("cy", "yn bodoli")])
def test_saving_a_pdf_into_a_folder_that_has_gone_says_so(
    make_app, seeded, qtbot, tmp_path, language, gone
):
    root = make_app(seeded, language=language)
    runner = root.services.runner
    school_id, visit_id = runner.call(
        lambda store: next(
            (v.school_id, v.id)
            for e in root.window.caseload.model.entries
            for v in visits.visits_of(store, e.school.id)
        )
    )
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = ReportDialog(
        runner, "Note of visit", school_id, visit_builder(visit_id), "note.pdf", root.window
    )
    dialog.show()

    def choose(box) -> None:
        assert isinstance(box, QFileDialog)
        box.selectFile(str(stick / "nodyn.pdf"))
        shutil.rmtree(stick)  # the stick is pulled out while the dialog is open
        when_modal(lambda message: told.append(message.text()), timeout_ms=10000)
        box.accept()

    told: list[str] = []
    when_modal(choose, timeout_ms=30000)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert gone in told[0] and gone in dialog.message.text()
    assert dialog.save_button.isEnabled(), "the user can choose another folder"
    assert not (tmp_path / "usb").exists()


def test_an_unexpected_error_is_told_not_swallowed(make_app, seeded, qtbot, monkeypatch):
    from desktop.app import install_exception_hook

    root = make_app(seeded)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook(lambda title, text: told.append((title, text)))
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert told and "Something went wrong" in told[0][0]
    assert "RuntimeError" in told[0][1]
    assert root.window.isVisible(), "SIPL carries on"
