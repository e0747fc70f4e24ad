"""Deletes meeting edits: nothing is lost and a person's choice is carried out either way."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.store import conflicts, priorities, records, schools, sync_state, visits
from desktop.store.errors import NotFound
from tests.sync.helpers import assert_same_as_server


def _visit_with_answer(laptop):
    school = schools.school_by_number(laptop.store, "9904001")
    assert school is not None
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(
        laptop.store, school.id, date(2025, 11, 18), "progress_towards_priorities", aspects=[area]
    )
    answer = visits.set_answer(laptop.store, visit, area, 2, "Book looks show progress.")
    return visit, area, answer


@pytest.fixture
def pair(laptop_factory, ip):
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    visit, area, answer = _visit_with_answer(one)
    one.sync()
    two.sync()
    return one, two, visit, area, answer


def _edit_vs_delete(one, two, visit, area, answer):
    """Tried: laptop two deletes an answer while laptop one, unseen, rewrites it."""
    visits.set_answer(one.store, visit, area, 2, "Book looks show strong progress.")
    one.sync()
    records.delete(two.store, "enquiry_answers", answer)
    report = two.sync()
    assert report.conflicts == 1
    [conflict] = conflicts.open_conflict_views(two.store)
    return conflict


def test_a_delete_racing_an_unseen_edit_is_a_conflict_keep_the_edit(pair):
    one, two, visit, area, answer = pair
    conflict = _edit_vs_delete(one, two, visit, area, answer)
    # The record still stands on the server and comes back on the deleting laptop.
    assert records.get(two.store, "enquiry_answers", answer)["answer"].endswith("strong progress.")
    sync_state.resolve_conflict(two.store, conflict.id, conflict.theirs)
    two.sync()
    one.sync()
    for laptop in (one, two):
        assert sync_state.open_conflicts(laptop.store) == []
        assert records.get(laptop.store, "enquiry_answers", answer)["answer"].endswith(
            "strong progress."
        )


def test_a_delete_racing_an_unseen_edit_is_a_conflict_keep_the_delete(pair):
    one, two, visit, area, answer = pair
    conflict = _edit_vs_delete(one, two, visit, area, answer)
    sync_state.resolve_conflict(two.store, conflict.id, conflict.mine)
    two.sync()
    one.sync()
    for laptop in (one, two):
        assert sync_state.open_conflicts(laptop.store) == []
        with pytest.raises(NotFound):
            records.get(laptop.store, "enquiry_answers", answer)


def test_an_edit_of_a_deleted_record_can_bring_it_back_or_let_it_go(pair):
    one, two, visit, area, answer = pair
    records.delete(one.store, "enquiry_answers", answer)
    one.sync()
    visits.set_answer(two.store, visit, area, 2, "Rewritten offline before hearing of the delete.")
    assert two.sync().conflicts == 1
    [conflict] = sync_state.open_conflicts(two.store)
    assert conflict["theirs"] is None  # the other side deleted it
    sync_state.resolve_conflict(
        two.store, conflict["id"], "Rewritten offline before hearing of the delete."
    )
    two.sync()
    one.sync()
    for laptop in (one, two):
        assert records.get(laptop.store, "enquiry_answers", answer)["answer"].startswith(
            "Rewritten"
        )


def test_an_answer_written_again_after_its_delete_comes_back(pair):
    """Tried: clear an answer by deleting it, then answer the same question again."""
    one, _two, visit, area, answer = pair
    records.delete(one.store, "enquiry_answers", answer)
    again = visits.set_answer(one.store, visit, area, 2, "A second thought.")
    assert again == answer
    report = one.sync()
    assert report.conflicts == 0 and report.rejected == 0
    assert records.get(one.store, "enquiry_answers", answer)["answer"] == "A second thought."


def test_own_accepted_edits_do_not_hide_someone_elses_unseen_edit_from_a_delete(pair):
    """Tried: laptop two edits and syncs (its edit is newer than laptop one's), then laptop
    one edits, then laptop two deletes without having pulled laptop one's edit."""
    one, two, visit, area, answer = pair
    visits.set_answer(one.store, visit, area, 2, "Edited on laptop one.")
    one.sync()
    # Laptop two's own later edit on another field of the visit raises its revisions.
    visits.update_visit(two.store, visit, summary="Summary from laptop two.")
    two.client.sync()
    records.delete(two.store, "enquiry_answers", answer)
    # It pulled laptop one's edit in that sync, so the delete is of what it saw: accepted.
    assert two.sync().conflicts == 0


def test_a_default_field_edited_after_a_delete_is_held_in_the_conflict(laptop_factory, ip, central):
    """Tried: a priority created with its default status (never sent, so never set on the
    server) is deleted on one laptop while the other marks it achieved. The value that
    stands is the default every laptop holds, so the editing laptop shows it too (it once
    wrote NULL into a required column and the sync crashed; then it kept "achieved" alone
    while the server and the other laptops stood at "active", and the laptops never agreed
    again: the sync state machine found it). "Achieved" is not lost: it is the conflict's
    own value, and keeping the edit brings the record back everywhere with that status."""
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    school = schools.school_by_number(one.store, "9904001")
    assert school is not None
    priority = priorities.add_priority(one.store, school.id, "2025-26", "Rhifedd ar draws")
    one.sync()
    two.sync()
    records.delete(one.store, "priorities", priority)
    one.sync()
    priorities.update_priority(two.store, priority, status="achieved")
    report = two.sync()
    assert report.conflicts == 1
    (shown,) = two.store.db.execute(
        "SELECT status FROM priorities WHERE id = ?", [priority]
    ).fetchone()
    assert shown == "active"  # what stands, as on the server and the other laptop
    [conflict] = sync_state.open_conflicts(two.store)
    assert json.loads(conflict["mine"]) == "achieved"  # held in the conflict until decided
    one.sync()
    for laptop in (one, two):
        assert_same_as_server(laptop.store, central, ip)
    sync_state.resolve_conflict(two.store, conflict["id"], "achieved")
    two.sync()
    one.sync()
    for laptop in (one, two):
        assert records.get(laptop.store, "priorities", priority)["status"] == "achieved"
        assert_same_as_server(laptop.store, central, ip)


def test_a_text_field_with_a_default_edited_after_a_delete_stands_at_its_default(
    laptop_factory, ip, central
):
    """Tried: the focus of the next visit (a column that defaults to empty text, never sent
    when the visit began) is written on one laptop after the other deleted the visit. The
    editing laptop shows the empty text that stands everywhere, not a NULL no other laptop
    holds; the words are the conflict's own value."""
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    school = schools.school_by_number(one.store, "9904001")
    assert school is not None
    visit = visits.start_visit(
        one.store, school.id, date(2025, 11, 18), "progress_towards_priorities", aspects=[]
    )
    one.sync()
    two.sync()
    records.delete(one.store, "visits", visit)
    one.sync()
    visits.update_visit(two.store, visit, next_visit_focus="Llafaredd ym Mlwyddyn 2")
    assert two.sync().conflicts == 1
    (shown,) = two.store.db.execute(
        "SELECT next_visit_focus FROM visits WHERE id = ?", [visit]
    ).fetchone()
    assert shown == ""
    [conflict] = sync_state.open_conflicts(two.store)
    assert json.loads(conflict["mine"]) == "Llafaredd ym Mlwyddyn 2"
    one.sync()
    for laptop in (one, two):
        assert_same_as_server(laptop.store, central, ip)
