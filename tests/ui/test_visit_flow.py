"""Issue 3: the whole visit, from the caseload to a final visit with evidence and a photo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QDialog

from desktop.store import visits
from tests.ui.helpers import click_message_button, type_text, when_modal


def _photo(path: Path) -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8d8e8"))
    assert image.save(str(path))
    return path


def _drop_files(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drop events only during a real drag, so hand it to the widget directly.
    widget.event(event)


def test_visit_from_caseload_to_final_with_evidence_and_photo(app, qtbot, tmp_path):
    window = app.window
    runner = app.services.runner

    # Find the school on the caseload by typing, and open it with Enter.
    qtbot.keyClicks(window.caseload.find_box, "Nant y Pandy")
    assert window.caseload.proxy.rowCount() == 1
    qtbot.keyClick(window.caseload.find_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.school.log is not None and window.school.isVisible())
    school = window.school.log.school
    assert school.name == "Ysgol Gymraeg Nant y Pandy"
    priorities = window.school.log.priorities
    visits_before = len(window.school.log.visits)

    # Start a visit: purpose from this term's schedule, attendees, the first priority
    # and one reform area.
    def fill_start(dialog: QDialog) -> None:
        assert dialog.purpose.currentData() == "progress_towards_priorities"
        qtbot.keyClicks(dialog.attendees, "Mrs Eirlys Pugh (Headteacher), ALNCo")
        for row in range(dialog.aspects.count()):
            item = dialog.aspects.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            wanted = key in (f"priority:{priorities[0].id}", "area:teaching")
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        dialog.buttons.buttons()[0].click()

    when_modal(fill_start)
    qtbot.mouseClick(window.school.start_visit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.visit.isVisible() and window.visit.sheet is not None)
    visit = window.visit.sheet.visit
    assert visit.status == "draft"
    assert visit.aspects == (f"priority:{priorities[0].id}", "area:teaching")
    assert "Draft" in window.visit.status.text

    # Question 1 of the first aspect: the answer saves as it is typed (Welsh letters too).
    panel = window.visit.current_panel()
    assert panel is not None and panel.current == 1
    answer = "Mae'r ysgol yn gweld cynnydd; ŵyr yr arweinwyr ble mae'r bylchau. Ŷ ŷ â ô."
    type_text(panel.questions[0].answer, answer)
    qtbot.waitUntil(lambda: window.save_indicator.text().startswith("Saved"), timeout=3000)

    # Question 2 with the next-question button; the prompts and last visit are in view.
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.current == 2
    question = panel.questions[1]
    assert question.isVisible() and "How do they know?" in question.text.text()
    assert "first-hand evidence" in question.prompts.text()
    assert question.previous_title.isVisible()
    type_text(question.answer, "Book look and a learning walk with the deputy.")

    # Evidence without leaving the question: kind, stance, note and a photo by drag-and-drop.
    evidence = window.visit.evidence
    assert evidence.question.currentData() == 2
    evidence.kind.setCurrentIndex(evidence.kind.findData("work_scrutiny"))
    evidence.set_stance("strength")
    type_text(evidence.note, "Year 5 books: extended writing in science, well marked.")
    photo = _photo(tmp_path / "llyfr-blwyddyn-5.png")
    _drop_files(evidence, [photo])
    assert "llyfr-blwyddyn-5.png" in evidence.pending_label.text()
    qtbot.mouseClick(evidence.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(evidence.card_list) == 1, timeout=5000)
    card = evidence.card_list[0]
    qtbot.waitUntil(lambda: len(card.tiles) == 1, timeout=5000)
    tile = card.tiles[0]
    qtbot.waitUntil(lambda: tile.has_thumbnail, timeout=5000)
    assert tile.file.filename == "llyfr-blwyddyn-5.png"
    assert "Strength" in card.stance.text

    # An agreed action, added as it comes up.
    def fill_action(dialog: QDialog) -> None:
        type_text(dialog.description, "Share the science writing approach with KS2 staff")
        qtbot.keyClicks(dialog.owner, "Deputy headteacher")
        dialog.buttons.buttons()[0].click()

    window.visit.side.setCurrentIndex(1)
    when_modal(fill_action)
    qtbot.mouseClick(window.visit.add_action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.visit.actions_table.rowCount() == 1)

    # Finish: the visit becomes final after confirming.
    when_modal(lambda box: click_message_button(box, "Finish visit"))
    qtbot.mouseClick(window.visit.finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.visit.sheet.visit.status == "final", timeout=5000)
    assert "Final" in window.visit.status.text
    assert not window.visit.finish.isVisible()

    stored = runner.call(lambda store: visits.get_visit(store, visit.id))
    answers = {
        (a.aspect, a.question): a.answer
        for a in runner.call(lambda store: visits.answers_of(store, visit.id))
    }
    items = runner.call(lambda store: visits.evidence_of(store, visit.id))
    assert stored.status == "final" and stored.attendees == (
        "Mrs Eirlys Pugh (Headteacher)",
        "ALNCo",
    )
    assert answers[(f"priority:{priorities[0].id}", 1)] == answer
    assert answers[(f"priority:{priorities[0].id}", 2)].startswith("Book look")
    assert len(items) == 1 and items[0].kind == "work_scrutiny" and items[0].stance == "strength"
    assert items[0].question == 2
    assert [a.filename for a in items[0].attachments] == ["llyfr-blwyddyn-5.png"]
    assert items[0].attachments[0].media_type == "image/png"

    # A correction after finishing is allowed and the visit says it was corrected.
    panel.go_to(1)
    type_text(panel.questions[0].answer, " Cywiriad.")
    panel.questions[0].autosave.flush()
    qtbot.waitUntil(lambda: window.visit.sheet.visit.corrected_at is not None, timeout=5000)
    assert "corrected" in window.visit.status.text

    # Back on the school: the new visit is listed first, newest first.
    qtbot.mouseClick(window.visit.school, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.school.isVisible()
            and window.school.log is not None
            and len(window.school.log.visits) == visits_before + 1
        )
    )
    assert window.school.log.visits[0].id == visit.id


def test_each_question_shows_the_answer_of_the_last_visit_that_discussed_the_aspect(app, qtbot):
    """The house (issue 14): the visit screen shows what ``workspace.previous_answers``
    finds: the latest earlier visit with an answer to the aspect (a later visit, an
    empty answer and another aspect do not count; on one day, the one started first)."""
    window = app.window
    runner = app.services.runner
    school_id = window.caseload.model.entries[0].school.id
    area, other = visits.area_aspect("curriculum"), visits.area_aspect("teaching")
    purpose = "progress_towards_priorities"

    def seed(store) -> tuple[str, str, str]:
        autumn = visits.start_visit(store, school_id, date(2025, 10, 1), purpose, aspects=[area])
        visits.set_answer(store, autumn, area, 1, "Cynllun cwricwlwm newydd ar waith.")
        visits.set_answer(store, autumn, area, 3, "Adolygiad tymhorol.")
        same_day = visits.start_visit(
            store, school_id, date(2025, 10, 1), purpose, aspects=[area, other]
        )
        visits.set_answer(store, same_day, area, 1, "Yr un diwrnod, yn hwyrach.")
        visits.set_answer(store, same_day, other, 1, "Teaching, not curriculum.")
        blank = visits.start_visit(store, school_id, date(2025, 11, 5), purpose, aspects=[area])
        visits.set_answer(store, blank, area, 1, "")
        now = visits.start_visit(store, school_id, date(2026, 2, 10), purpose, aspects=[area])
        later = visits.start_visit(store, school_id, date(2026, 3, 3), purpose, aspects=[area])
        visits.set_answer(store, later, area, 1, "A later visit: never shown as earlier.")
        return autumn, same_day, now

    autumn, same_day, now = runner.call(seed)

    window.open_visit(now)
    qtbot.waitUntil(lambda: window.visit.sheet is not None and window.visit.sheet.visit.id == now)
    panel = window.visit.current_panel()
    first, third = panel.questions[0], panel.questions[2]
    assert "1 October 2025" in first.previous_title.text()
    assert first.previous.text() == "Yr un diwrnod, yn hwyrach."
    assert third.previous.text() == "No answer to this question then."

    window.open_visit(same_day)
    qtbot.waitUntil(
        lambda: window.visit.sheet is not None and window.visit.sheet.visit.id == same_day
    )
    panel = window.visit.current_panel()
    assert panel.questions[0].previous.text() == "Cynllun cwricwlwm newydd ar waith."
    assert panel.questions[2].previous.text() == "Adolygiad tymhorol."

    window.open_visit(autumn)
    qtbot.waitUntil(
        lambda: window.visit.sheet is not None and window.visit.sheet.visit.id == autumn
    )
    panel = window.visit.current_panel()
    assert panel.questions[0].previous.text() == (
        "This aspect was not discussed at an earlier visit."
    )
