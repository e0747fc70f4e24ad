"""Issue 5: a school handed on to another partner stays readable, read-only, until the end
of the term, then leaves the caseload."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit

from desktop.store import caseload, people, records, schools, sync_state
from desktop.store.store import Store
from desktop.ui.caseload.page import SECOND_LINE_ROLE, WARNING_ROLE

NAME = "Heol Fach Primary School"


def _hand_on(store, name: str, ended: date) -> str:
    """End the profile owner's allocation of a school on ``ended`` (as a PIP's reallocation
    would reach this laptop), with the school handed to a colleague from the next day."""
    found = next(s for s in schools.all_schools(store) if s.name == name)
    me = people.me(store)
    [allocation] = [
        r[0]
        for r in store.db.execute(
            "SELECT id FROM allocations WHERE school_id = ? AND person_id = ?"
            " AND academic_year = '2025-26' AND deleted_at IS NULL",
            [found.id, me],
        )
    ]
    records.update(
        store, "allocations", allocation, {"ends_on": ended.isoformat()}, origin="remote"
    )
    return found.id


def test_a_school_handed_on_this_term_is_read_only_until_the_term_ends(make_app, seeded, qtbot):
    """Tried: the owner's allocation of Heol Fach ended on 1 February (spring term; today is
    10 February). The caseload still lists it, saying it is read only until 31 March; its
    screen says so and offers no way to change anything (no visit to start, no priority to
    add, no judgement); a visit of it opens with every answer read-only. Nothing the
    partner could type goes to the outbox."""
    with Store.open(seeded) as store:
        school_id = _hand_on(store, NAME, date(2026, 2, 1))
        unsent = sync_state.unsent_count(store)
    root = make_app(seeded)
    window = root.window
    page = window.caseload
    qtbot.waitUntil(lambda: any(e.school.id == school_id for e in page.model.entries))
    page.find_box.setText(NAME)
    assert page.proxy.rowCount() == 1
    entry = next(e for e in page.model.entries if e.school.id == school_id)
    assert entry.row.read_only_until == "2026-03-31"
    source = page.model.index(page.model.entries.index(entry), 0)
    assert "read only until 31 Mar 2026" in source.data(SECOND_LINE_ROLE)
    assert source.data(WARNING_ROLE) is True

    page.open_current()
    school = window.school
    qtbot.waitUntil(lambda: school.log is not None and school.read_only_banner.isVisible())
    assert "31 March 2026" in school.read_only_banner.text()
    assert "moved to another improvement partner" in school.read_only_banner.text()
    for button in (school.start_visit, school.add_priority, school.judge, school.change_level):
        assert not button.isEnabled(), button.text()
    assert school.year_box.isEnabled()
    assert school.open_visit.isEnabled()  # reading the visits is still possible

    school.visits.selectRow(0)
    school._open_current_visit()
    visit = window.visit
    qtbot.waitUntil(lambda: visit.isVisible() and visit.read_only_banner.isVisible())
    editors = [e for e in visit.findChildren(QPlainTextEdit) if e.isVisible()]
    assert editors and all(e.isReadOnly() for e in editors)
    assert not visit.finish.isEnabled()
    assert root.services.runner.call(sync_state.unsent_count) == unsent


def test_a_school_handed_on_last_term_has_left_the_caseload(make_app, seeded, qtbot):
    """Tried: the owner's allocation of Heol Fach ended on 20 December, in the autumn term.
    On 10 February it is no longer in the caseload; every other school still is."""
    with Store.open(seeded) as store:
        school_id = _hand_on(store, NAME, date(2025, 12, 20))
        everyone = len(caseload.caseload(store, people.me(store), "2025-26"))
    root = make_app(seeded)
    page = root.window.caseload
    qtbot.waitUntil(lambda: page._loaded)
    ids = {e.school.id for e in page.model.entries}
    assert school_id not in ids
    assert len(ids) == everyone - 1
