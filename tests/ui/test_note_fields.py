"""Issue 15 point 5: the next visit's focus, who receives the note and the headteacher's
response are written on the visit's summary page and saved as typed; the partner's summary
of the year for the governors is written from the school page."""

from __future__ import annotations

from desktop.store import visits, year_summaries
from tests.ui.helpers import type_text, when_modal
from tests.ui.test_autosave import _new_visit
from tests.ui.test_school import _open_school


def test_the_summary_page_saves_focus_recipients_and_response(app, qtbot):
    visit_id, _aspect, _panel = _new_visit(app, qtbot)
    summary = app.window.visit._summary
    assert summary is not None
    type_text(summary.next_focus, "Adborth yn y llyfrau")
    type_text(summary.recipients, "Cadeirydd y llywodraethwyr, Swyddog yr ALl")
    type_text(summary.response, "Rydym yn cytuno â'r camau.")
    qtbot.waitUntil(lambda: app.window.save_indicator.text().startswith("Saved"), timeout=4000)
    qtbot.waitUntil(lambda: app.services.runner.pending == 0)
    visit = app.services.runner.call(lambda store: visits.get_visit(store, visit_id))
    assert visit.next_visit_focus == "Adborth yn y llyfrau"
    assert visit.recipients == ("Cadeirydd y llywodraethwyr", "Swyddog yr ALl")
    assert visit.ht_response == "Rydym yn cytuno â'r camau."


def test_the_summary_of_the_year_is_written_from_the_school_page(app, qtbot):
    school = _open_school(app, qtbot, "Heol Fach Primary School")
    log = school.log

    def write(dialog) -> None:
        dialog.text.setPlainText("Blwyddyn dda i'r ysgol.")
        dialog.buttons.buttons()[0].click()

    when_modal(write)
    school.year_summary.click()
    qtbot.waitUntil(
        lambda: (
            app.services.runner.call(
                lambda store: year_summaries.summary_of(store, log.school.id, log.academic_year)
            )
            == "Blwyddyn dda i'r ysgol."
        )
    )
