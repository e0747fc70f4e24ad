"""Issue 14, point 8: on first run (no school on the laptop, not enrolled) SIPL offers three
clear ways to begin instead of an empty table — connect with an enrolment code, open the
demo caseload, import a schools list — in English and in Welsh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.store.store import Store
from desktop.ui.sync.widgets import EnrolDialog
from tests.importing.samples import write_address_list
from tests.ui.helpers import when_modal

WORDS = {
    "en": ("Connect to the central store…", "Open the demo caseload", "Import a schools list…"),
    "cy": (
        "Cysylltu â’r storfa ganolog…",
        "Agor y llwyth achosion enghreifftiol",
        "Mewnforio rhestr ysgolion…",
    ),
}


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
