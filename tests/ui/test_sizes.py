"""Issue 14, point 7: every screen works at 1280×720 and 1366×768 at 100 % and 125 %, and
at 1920×1080 at 200 % — in English and in Welsh: the window keeps the size of the screen,
and no step, button or label is cut short, clipped or drawn over another (layout_check)."""

from __future__ import annotations

import pytest

from tests.ui.helpers import when_modal
from tests.ui.layout_check import SCREENS, layout_problems


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen_fits(make_app, seeded, qtbot, screen, language):
    size = SCREENS[screen]
    root = make_app(seeded, language=language, size=size)
    window = root.window
    found: dict[str, list[str]] = {}

    def look(name: str) -> None:
        # Text set by a store result re-wraps and re-lays out over a few event loop turns,
        # as on screen; what is still wrong after half a second is what a person sees.
        for _ in range(25):
            qtbot.wait(20)
            found[name] = layout_problems(window)
            if not found[name]:
                break
        if (window.width(), window.height()) != size:
            found[name].append(f"the window grew to {window.width()}×{window.height()}")

    look("caseload")
    window.open_school(window.caseload.model.entries[0].school.id)
    qtbot.waitUntil(lambda: window.school.log is not None)
    look("school")
    window.open_visit(window.school.log.visits[0].id)
    qtbot.waitUntil(lambda: window.visit.sheet is not None)
    look("visit")
    panel = window.visit.current_panel()
    forms, lang = root.services.forms, language
    assert [step.text() for step in panel.steps.buttons] == [
        f"{n}. {forms.question(n).short.get(lang)}\u00a0✓" for n in range(1, 6)
    ]  # every question of this visit is answered: each step says so, whole
    panel.go_to(5)
    look("visit, question 5")
    window.visit.aspect_list.setCurrentRow(window.visit.aspect_list.count() - 1)
    look("visit summary")

    def look_at_dialog(name: str, dialog) -> None:
        for _ in range(5):
            qtbot.wait(10)
        found[name] = layout_problems(dialog)
        if dialog.width() > size[0] or dialog.height() > size[1]:
            found[name].append(f"{dialog.width()}×{dialog.height()} is larger than the screen")
        dialog.reject()

    when_modal(lambda dialog: look_at_dialog("shortcuts", dialog))
    window.show_shortcuts()
    window.open_school(window.school.log.school.id)
    qtbot.wait(10)
    when_modal(lambda dialog: look_at_dialog("judgement", dialog))
    window.school.record_judgement()
    school = window.school
    for name, open_dialog in (
        ("preferences", window.show_preferences),
        ("start a visit", school.start_new_visit),
        ("new priority", school.add_new_priority),
        ("edit priority", school.edit_current_priority),
        ("support level", school.change_support_level),
        ("new action", school.add_new_action),
        ("days agreed", school.edit_agreed_days),
        ("school details", school.edit_school_details),
        ("summary of the year", school.edit_year_summary),
    ):
        when_modal(lambda dialog, name=name: look_at_dialog(name, dialog))
        open_dialog()
        qtbot.waitUntil(lambda name=name: name in found)  # some open after a store read
    window.open_visit(school.log.visits[0].id)
    qtbot.waitUntil(lambda: window.visit.sheet is not None)
    for name, open_dialog in (
        ("aspects of the visit", window.visit.edit_aspects),
        ("request support", window.visit.request_new_support),
    ):
        when_modal(lambda dialog, name=name: look_at_dialog(name, dialog))
        open_dialog()
        qtbot.waitUntil(lambda name=name: name in found)  # some open after a store read
    assert {name: problems for name, problems in found.items() if problems} == {}


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_pips_desk_fits(make_app, seeded, qtbot, screen, language):
    from desktop.ui.desk.window import TeamDesk

    size = SCREENS[screen]
    root = make_app(seeded, language=language, size=size)
    desk = TeamDesk(root.services, lambda _school: None)
    qtbot.addWidget(desk)
    desk.resize(*size)
    desk.show()
    found: dict[str, list[str]] = {}
    for number in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(number)
        for _ in range(25):
            qtbot.wait(20)
            found[desk.tabs.tabText(number)] = layout_problems(desk)
            if not found[desk.tabs.tabText(number)]:
                break
        if (desk.width(), desk.height()) != size:
            found[desk.tabs.tabText(number)].append(f"grew to {desk.width()}×{desk.height()}")
    assert {name: problems for name, problems in found.items() if problems} == {}
