"""Issue 14, point 11: the smaller things, each as a partner meets it, in both languages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.store import visits
from sync.session import SyncStatus
from tests.ui.conftest import TODAY
from tests.ui.helpers import type_text, when_modal


def _open_a_visit(root, qtbot):
    window = root.window
    window.open_school(window.caseload.model.entries[0].school.id)
    qtbot.waitUntil(lambda: window.school.log is not None)
    window.open_visit(window.school.log.visits[0].id)
    qtbot.waitUntil(lambda: window.visit.sheet is not None)
    return window.visit


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_new_action_is_due_by_the_next_visit_or_in_four_weeks(make_app, seeded, qtbot, language):
    root = make_app(seeded, language=language)
    visit = _open_a_visit(root, qtbot)
    visit_id = visit.sheet.visit.id
    seen: dict[str, object] = {}

    def look(name: str):
        def at(dialog) -> None:
            seen[name] = dialog.values().due_on
            by_when = next(
                label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.due
            )
            seen[f"{name} label"] = by_when.text()
            dialog.reject()

        return at

    root.services.runner.call(
        lambda store: visits.update_visit(store, visit_id, next_visit_date=None)
    )
    qtbot.waitUntil(lambda: visit.sheet.visit.next_visit_date is None)
    when_modal(look("no visit planned"))
    visit.add_new_action()
    planned = TODAY + timedelta(days=17)
    root.services.runner.call(
        lambda store: visits.update_visit(store, visit_id, next_visit_date=planned.isoformat())
    )
    qtbot.waitUntil(lambda: visit.sheet.visit.next_visit_date == planned.isoformat())
    when_modal(look("visit planned"))
    visit.add_new_action()
    assert seen["no visit planned"] == TODAY + timedelta(weeks=4)
    assert seen["visit planned"] == planned
    # The label names the date field (its mnemonic works), never a literal "&".
    assert seen["visit planned label"] == ("&By when" if language == "en" else "&Erbyn pryd")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_finish_visit_mentions_an_empty_summary_and_unanswered_aspects(
    make_app, seeded, qtbot, language
):
    root = make_app(seeded, language=language)
    school_id = root.window.caseload.model.entries[0].school.id
    area = visits.area_aspect("curriculum")
    visit_id = root.services.runner.call(
        lambda store: visits.start_visit(
            store, school_id, TODAY, "progress_towards_priorities", aspects=[area]
        )
    )
    window = root.window
    window.open_visit(visit_id)
    qtbot.waitUntil(lambda: window.visit.sheet is not None and window.visit.isVisible())
    texts: list[str] = []

    def read(box) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.reject()

    when_modal(read)
    window.visit.finish_visit()
    qtbot.waitUntil(lambda: bool(texts))
    area_name = root.services.present.area("curriculum")
    if language == "en":
        assert "The summary of the visit is empty." in texts[0]
        assert f"No question is answered for: {area_name}." in texts[0]
    else:
        assert "Mae crynodeb yr ymweliad yn wag." in texts[0]
        assert f"Does dim ateb i unrhyw gwestiwn ar gyfer: {area_name}." in texts[0]
    # Once answered and summarised, the question alone remains.
    panel = window.visit.current_panel()
    type_text(panel.questions[0].answer, "Mae'r cynllun ar waith.")
    window.visit.aspect_list.setCurrentRow(window.visit.aspect_list.count() - 1)
    type_text(window.visit._summary.summary, "Crynodeb byr.")
    when_modal(read)
    window.visit.finish_visit()
    qtbot.waitUntil(lambda: len(texts) == 2)
    assert "Crynodeb" not in texts[1] and "summary of the visit is empty" not in texts[1]
    assert area_name not in texts[1]
    stored = root.services.runner.call(lambda store: visits.get_visit(store, visit_id))
    assert stored.status == "draft"  # cancelled: nothing finished


def test_an_evidence_note_typed_but_not_added_is_kept_as_a_draft(make_app, seeded, qtbot):
    root = make_app(seeded, language="cy")
    visit = _open_a_visit(root, qtbot)
    visit_id = visit.sheet.visit.id
    type_text(visit.evidence.note, "Gwelwyd llyfrau Blwyddyn 5: ysgrifennu estynedig ŵyl")
    root.window.close()
    root.shutdown()  # as closing SIPL does: pending edits are saved first
    again = make_app(seeded, language="cy")
    again.window.open_visit(visit_id)
    qtbot.waitUntil(lambda: again.window.visit.sheet is not None)
    note = again.window.visit.evidence.note
    qtbot.waitUntil(lambda: note.toPlainText().startswith("Gwelwyd llyfrau Blwyddyn 5"))
    # Adding it as evidence ends the draft.
    again.window.visit.evidence.record()
    qtbot.waitUntil(lambda: note.toPlainText() == "")
    again.services.tracker.flush_all()
    qtbot.waitUntil(
        lambda: (
            again.services.runner.call(lambda s: s.setting(f"evidence_draft:{visit_id}")) is None
        )
    )


def test_reports_use_the_year_chosen_on_the_school_screen(make_app, seeded, qtbot):
    root = make_app(seeded)
    window = root.window
    window.open_school(window.caseload.model.entries[0].school.id)
    qtbot.waitUntil(lambda: window.school.log is not None)
    school = window.school
    assert school.year_box.count() >= 2
    school.year_box.setCurrentIndex(school.year_box.findData("2024-25"))
    school.year_box.activated.emit(school.year_box.currentIndex())
    qtbot.waitUntil(lambda: school.log.academic_year == "2024-25")
    names: list[str] = []

    def look(dialog) -> None:
        names.append(dialog.suggested_name)
        dialog.reject()

    from desktop.ui.window.menus import ExtraMenus

    menus = next(m for m in window.findChildren(ExtraMenus))
    when_modal(look)
    menus.print_governors()
    when_modal(look)
    menus.print_la()
    assert names == ["governors-report-2024-25.pdf", "la-summary-2024-25-summer.pdf"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_desk_shows_the_year_chosen(make_app, seeded, qtbot, language):
    from desktop.ui.desk.window import TeamDesk

    root = make_app(seeded, language=language)
    desk = TeamDesk(root.services, lambda _school: None)
    qtbot.addWidget(desk)
    desk.show()
    assert desk.year_box.currentData() == "2025-26"
    assert desk.year_label.buddy() is desk.year_box
    qtbot.waitUntil(lambda: "2025-26" in desk.consistency.subtitle.text())
    desk.year_box.setCurrentIndex(desk.year_box.findData("2024-25"))
    desk.year_box.activated.emit(desk.year_box.currentIndex())
    qtbot.waitUntil(lambda: "2024-25" in desk.consistency.subtitle.text())
    assert all(page.year() == "2024-25" for page in desk.pages)
    desk.close()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "8,421 changes not yet sent — last sent 3 days ago"),
        ("cy", "8,421 newid heb eu hanfon eto — anfonwyd ddiwethaf 3 diwrnod yn ôl"),
    ],
)
def test_unsent_changes_are_told_in_words_and_a_sync_error_in_red(
    make_app, seeded, qtbot, language, words
):
    from desktop.ui.sync.widgets import SyncPanel

    root = make_app(seeded, language=language)
    panel = next(p for p in root.window.findChildren(SyncPanel))
    now = datetime.now(UTC)
    sent = (now - timedelta(days=3, hours=2)).isoformat().replace("+00:00", "Z")
    panel._status(SyncStatus(True, "https://sipl.example", 8421, sent, 0, 0))
    assert panel.label.text() == words
    root.sync.last_error = "The central store cannot be reached at the moment."
    panel.retranslate()
    assert panel.error.isVisible()
    assert panel.error.text() == root.sync.last_error
    assert "#a4262c" in panel.error.styleSheet()
    assert root.sync.last_error not in panel.label.text()
