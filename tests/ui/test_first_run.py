"""Issue 14, point 8: on first run (no school on the laptop, not enrolled) SIPL offers three
clear ways to begin instead of an empty table — connect with an enrolment code, open the
demo caseload, import a schools list — in English and in Welsh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.store.store import Store
from desktop.ui.sync.widgets import EnrolDialog
from tests.importing.samples import ROWS, write_address_list
from tests.ui.helpers import when_modal

WORDS = {
    "en": ("Connect to the central store…", "Open the demo caseload", "Import a schools list…"),
    "cy": (
        "Cysylltu â’r storfa ganolog…",
        "Agor y llwyth achosion enghreifftiol",
        "Mewnforio rhestr ysgolion…",
    ),
}


# What the panel says of the bad rows below, in each language.
BAD_ROWS = (
    ("3 rows have problems:", "Mae problemau gyda 3 rhes:"),
    (
        "line 2 (school 990401): school number '990401' is not 7 digits",
        "llinell 2 (ysgol 990401): nid yw rhif yr ysgol '990401' yn 7 digid",
    ),
    (
        "line 3 (school 9904002): pupil count 'lots' is not a number",
        "llinell 3 (ysgol 9904002): nid yw nifer y disgyblion 'lots' yn rhif",
    ),
    (
        "line 4 (school 9904009): the line is cut short (4 of 17 columns)",
        "llinell 4 (ysgol 9904009): mae'r llinell yn rhy fyr (4 o 17 colofn)",
    ),
)


def _choose_file(path) -> None:
    def pick(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    when_modal(pick)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_first_run_offers_three_ways_and_importing_a_list_fills_the_caseload(
    make_app, profile, qtbot, tmp_path, language
):
    root = make_app(profile, language=language)
    page = root.window.caseload
    panel = page.first_run
    qtbot.waitUntil(panel.isVisible)
    assert not page.table.isVisible() and not page.empty.isVisible()
    buttons = (panel.connect_button, panel.demo_button, panel.import_button)
    assert tuple(b.text() for b in buttons) == WORDS[language]
    assert all(b.isVisible() and b.isEnabled() for b in buttons)
    for label in (panel.connect_text, panel.demo_text, panel.import_text):
        assert label.isVisible() and len(label.text()) > 40

    # The connect button opens the enrolment dialog.
    seen: list[object] = []
    when_modal(lambda dialog: seen.append(type(dialog)))
    qtbot.mouseClick(panel.connect_button, Qt.MouseButton.LeftButton)
    assert seen == [EnrolDialog]

    # A file that is not a schools list: nothing imported, and it says so in red.
    wrong = tmp_path / "not-schools.csv"
    wrong.write_text("name,age\nSiân,12\n", encoding="utf-8")
    _choose_file(wrong)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "#8e1b1b" in panel.result.styleSheet())
    assert panel.result.text().startswith(
        "Nothing was imported" if language == "en" else "Ni fewnforiwyd dim"
    )
    assert panel.isVisible()

    # A real list with bad rows (a short number, a pupil count in words, a row cut short):
    # nothing imported, each row named in the user's language.
    bad = [
        ROWS[0].replace("9904001,", "990401,"),
        ROWS[1].replace(",01234 567891,", ",01234 567891,lots"),
        "9904009,Ysgol Fer,990,Bro Derwen",
    ]
    _choose_file(write_address_list(tmp_path / "bad-schools.csv", bad))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "990401" in panel.result.text())
    shown = panel.result.text()
    assert shown.count("\n") >= 4  # the sentence, the summary and the three rows
    for english, welsh in BAD_ROWS:
        assert (english if language == "en" else welsh) in shown
        if language == "cy":
            assert english not in shown
    assert not page.model.entries

    # The Welsh Government's list: the caseload shows its schools, the panel goes.
    _choose_file(write_address_list(tmp_path / "schools.csv"))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.model.entries) == 5, timeout=5000)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert page.table.isVisible()
    names = {e.school.name for e in page.model.entries}
    assert "Ysgol Gyfun Bryn Tŵr" in names


def test_the_demo_button_restarts_sipl_on_the_seeded_demo_profile(make_app, profile, qtbot):
    root = make_app(profile, language="cy")
    panel = root.window.caseload.first_run
    qtbot.waitUntil(panel.isVisible)
    qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)
    assert root.restart and root.next_paths is not None
    assert root.next_paths.root.name == "demo"
    assert root.next_paths.root.parent == profile.root.parent  # beside the partner's own
    qtbot.waitUntil(lambda: not root.window.isVisible())
    root.shutdown()
    # As run_app does on restart: the app again, on the demo profile.
    demo = make_app(root.next_paths, language="cy")
    assert len(demo.window.caseload.model.entries) >= 10
    assert not demo.window.caseload.first_run.isVisible()
    # The partner's own profile stayed empty.
    with Store.open(profile) as own:
        assert own.db["schools"].count == 0
