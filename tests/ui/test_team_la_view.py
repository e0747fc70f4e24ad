"""Issue 5: the PIP desk's LA termly view — one LA's schools, a term's judgements, support,
and the export for the LA as CSV or an Excel workbook, in English or Welsh."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.store import team
from desktop.ui.desk.la_view import Col, LaTermlyPage
from desktop.ui.school.page import CHIP_ROLE
from tests.ui.helpers import when_modal

YEAR = "2025-26"


def _page(app, qtbot) -> LaTermlyPage:
    page = LaTermlyPage(app.services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.la_code is not None)
    return page


def _show(page: LaTermlyPage, qtbot, **choice: str) -> None:
    with qtbot.waitSignal(page.view_did_load, timeout=5000):
        page.choose(**choice)


def _column(page: LaTermlyPage, column: int) -> list[str]:
    table = page.table
    return [table.item(r, column).text() for r in range(table.rowCount()) if table.item(r, column)]


def _expected(app, la_code: str, term: str) -> list[team.LaSchoolRow]:
    return app.services.runner.call(lambda store: team.la_termly_view(store, la_code, YEAR, term))


def test_the_page_shows_the_las_schools_with_their_autumn_judgements(app, qtbot):
    page = _page(app, qtbot)
    assert page.title() == "LA termly view"
    assert page.la_box.currentText() == "Bro Derwen"  # the first LA by name
    assert page.term_box.currentText() == "Spring term"  # the current term by default
    assert "2025-26 · Spring term" in page.subtitle.text()

    _show(page, qtbot, term="autumn")
    expected = _expected(app, "990", "autumn")
    shown_schools = [text.split("\n")[0] for text in _column(page, Col.SCHOOL)]
    assert shown_schools == [row.school.name for row in expected]
    assert len(shown_schools) == 8
    priorities = [p for row in expected for p in row.priorities]
    assert page.table.rowCount() == len(priorities)
    # Every priority's autumn judgement as a chip with words and colour.
    chips = [page.table.item(r, Col.JUDGEMENT).data(CHIP_ROLE) for r in range(len(priorities))]
    assert [c.text.split(" ", 1)[1] for c in chips] == [
        app.services.present.rate(p.judgement.rate) for p in priorities
    ]
    assert {c.background for c in chips} <= {r.colour for r in app.services.forms.rates}
    off = sum(p.judgement.track == "off_track" for p in priorities)
    assert any(c.text.startswith("⚠") for c in chips) == (off > 0)
    assert f"{len(priorities)} of {len(priorities)} priorities judged this term" in (
        page.subtitle.text()
    )
    # The partner's days from visits against the days due, brokered support apart
    # (issue 15), and the support brokered, once per school.
    first = expected[0]
    days = page.table.item(0, Col.DAYS).text()
    assert first.days is not None and first.days.due is not None
    assert days.startswith(f"{first.days.partner_days:g} of {first.days.due:g}")
    assert days.endswith(f"brokered {first.days_used:g}")
    assert page.table.rowSpan(0, Col.SCHOOL) == len(first.priorities)
    support = page.table.item(0, Col.SUPPORT).text()
    assert all((s.provider_name or "") in support for s in first.support)
    # The rationale is at hand on the chip.
    judged = first.priorities[0].judgement
    assert judged.rationale in page.table.item(0, Col.JUDGEMENT).toolTip()

    # The other LA.
    page.la_box.setCurrentIndex(page.la_box.findText("Cwm Alaw"))
    with qtbot.waitSignal(page.view_did_load, timeout=5000):
        page.la_box.activated.emit(page.la_box.currentIndex())
    assert [text.split("\n")[0] for text in _column(page, Col.SCHOOL)] == [
        row.school.name for row in _expected(app, "991", "autumn")
    ]

    # Open school.
    page.table.selectRow(0)
    with qtbot.waitSignal(page.open_school_requested, timeout=2000) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [_expected(app, "991", "autumn")[0].school.id]


def test_exporting_csv_in_english_and_excel_in_welsh(app, qtbot, tmp_path: Path):
    page = _page(app, qtbot)
    _show(page, qtbot, term="autumn")
    asked: list[str] = []
    target = tmp_path / "exports"
    target.mkdir()

    page.choose_path = lambda suggested: asked.append(suggested) or target / "bro-derwen.csv"
    with qtbot.waitSignal(page.export_did_finish, timeout=10000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["Bro Derwen – Autumn term 2025-26.xlsx"]
    assert page.status.text() == f"Saved to {target / 'bro-derwen.csv'}"
    with open(target / "bro-derwen.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines.pop(0) == ["OFFICIAL–SENSITIVE"]  # the protective marking comes first
    assert lines[0][:2] == ["School number", "School"]
    priorities = [p for row in _expected(app, "990", "autumn") for p in row.priorities]
    assert len(lines) == 1 + len(priorities)
    assert {line[lines[0].index("Term")] for line in lines[1:]} == {"Autumn term"}

    page.set_export_language("cy")
    page.choose_path = lambda suggested: asked.append(suggested) or target / "bro-derwen"
    with qtbot.waitSignal(page.export_did_finish, timeout=10000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == "Bro Derwen – Tymor yr hydref 2025-26.xlsx"
    workbook = load_workbook(target / "bro-derwen.xlsx")  # the suffix was added
    sheet = workbook.active
    assert sheet["A1"].value == "SWYDDOGOL–SENSITIF"  # the protective marking, above the headings
    headings = [cell.value for cell in sheet[2]]
    assert headings[:2] == ["Rhif yr ysgol", "Ysgol"]
    assert "Cyfradd y cynnydd" in headings
    assert sheet.title == "Bro Derwen – Tymor yr hydref"
    assert sheet.max_row == 2 + len(priorities)
    days = headings.index("Diwrnodau o gymorth a drefnwyd") + 1
    assert all(isinstance(sheet.cell(r, days).value, int | float) for r in range(3, 6))
    assert sorted(p.name for p in target.iterdir()) == ["bro-derwen.csv", "bro-derwen.xlsx"]


def test_an_export_to_a_missing_folder_says_so_and_loses_nothing(app, qtbot, tmp_path: Path):
    page = _page(app, qtbot)
    missing = tmp_path / "no such folder" / "view.xlsx"
    page.choose_path = lambda _suggested: missing
    told: list[str] = []

    def read(box) -> None:
        told.append(box.text())
        box.accept()

    when_modal(read, timeout_ms=10000)
    with qtbot.waitSignal(page.export_did_fail, timeout=10000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert f"The folder {missing.parent} does not exist." in told[0]
    assert "Choose another folder and export again." in told[0]
    assert "does not exist" in page.status.text() and page.status.isVisible()
    assert not missing.parent.exists()
    # Nothing is lost: the same choices, and exporting again elsewhere works.
    assert page.export_button.isEnabled() and page.la_box.currentText() == "Bro Derwen"
    page.choose_path = lambda _suggested: tmp_path / "view.xlsx"
    with qtbot.waitSignal(page.export_did_finish, timeout=10000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "view.xlsx").is_file()


def test_welsh_headings_after_the_language_switch(app, qtbot):
    page = _page(app, qtbot)
    _show(page, qtbot, term="autumn")
    with qtbot.waitSignal(page.view_did_load, timeout=5000):
        app.services.prefs.set_language("cy")
        page.reload()
    try:
        _check_welsh(page)
    finally:  # the translators belong to the whole QApplication: leave it in English
        app.services.prefs.set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Local authority termly view")


def _check_welsh(page: LaTermlyPage) -> None:
    headings = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headings[:2] == ["Ysgol", "Blaenoriaeth"]
    assert headings[Col.JUDGEMENT] == "Cyfradd y cynnydd, Tymor yr hydref"
    assert headings[Col.SUPPORT] == "Cymorth a drefnwyd"
    assert page.term_box.currentText() == "Tymor yr hydref"
    assert page.language_box.currentText() == "Cymraeg"  # the export follows the UI language
    assert page.heading.text() == "Golwg dymhorol yr awdurdod lleol"
    assert page.export_button.text() == "Allforio…"
    assert page.title() == "Golwg dymhorol yr ALl"
    chip = page.table.item(0, Col.JUDGEMENT).data(CHIP_ROLE)
    assert "Cynnydd" in chip.text
