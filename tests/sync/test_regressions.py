"""Regression tests for sync bugs found while proving issue 4 (each names what broke).

Other fixes are guarded where they were found: the chunked oversized body and forged
cursors in ``test_bad_input``, the caseload after a reallocation in ``test_scope``, the
revision after a lost reply in ``test_faults``, the unsent count in ``test_bad_input``.
"""

from __future__ import annotations

from datetime import date

from desktop.store import records, schools, sync_state, visits
from tests.sync.helpers import assert_same_as_server, history_values, server_field


def _visit(laptop):
    school = schools.school_by_number(laptop.store, "9904001")
    assert school is not None
    area = visits.area_aspect("teaching")
    return visits.start_visit(
        laptop.store, school.id, date(2025, 11, 5), "wellbeing_check", aspects=[area]
    ), area


def test_issue4_a_record_created_and_deleted_offline_is_simply_deleted(laptop_factory, ip, central):
    """Was: the delete reached the server in the same batch as the record's own fields,
    the server saw 'changed since the base' and made it a conflict with oneself; the
    record stayed alive on the server while deleted on the laptop."""
    laptop = laptop_factory("laptop", ip)
    laptop.sync()
    visit, area = _visit(laptop)
    laptop.sync()
    mistake = visits.record_evidence(laptop.store, visit, area, "data", "Camgymeriad")
    records.delete(laptop.store, "evidence", mistake)
    report = laptop.sync()
    assert report.conflicts == 0 and report.rejected == 0
    assert server_field(central, "evidence", mistake, "deleted_at") is not None
    assert sync_state.open_conflicts(laptop.store) == []
    assert_same_as_server(laptop.store, central, ip)


def test_issue4_editing_then_deleting_offline_is_not_a_conflict(laptop_factory, ip, central):
    """Was: an edit and a delete of the same synced record in one batch became an
    edit-vs-delete conflict with oneself."""
    laptop = laptop_factory("laptop", ip)
    laptop.sync()
    visit, area = _visit(laptop)
    item = visits.record_evidence(laptop.store, visit, area, "data", "Gwreiddiol")
    laptop.sync()
    visits.update_evidence(laptop.store, item, body="Wedi newid")
    records.delete(laptop.store, "evidence", item)
    assert laptop.sync().conflicts == 0
    assert server_field(central, "evidence", item, "deleted_at") is not None
    assert history_values(central, "evidence", item, "body") == ["Gwreiddiol", "Wedi newid"]
    assert_same_as_server(laptop.store, central, ip)


def test_issue4_a_delete_that_meets_an_edit_leaves_the_record_and_the_conflict(
    laptop_factory, ip, central
):
    """Was: the delete became a conflict on the server (right) but the deleting laptop was
    not told the record still stands, so it hid the record while every other laptop and
    the server showed it (found by the state machine)."""
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    visit, area = _visit(one)
    item = visits.record_evidence(one.store, visit, area, "data", "Gwreiddiol")
    one.sync()
    two.sync()
    visits.update_evidence(two.store, item, body="Pwysig: peidiwch â dileu")
    records.delete(one.store, "evidence", item)
    two.sync()
    assert one.sync().conflicts == 1
    assert server_field(central, "evidence", item, "deleted_at") is None
    assert [e.body for e in visits.evidence_of(one.store, visit)] == ["Pwysig: peidiwch â dileu"]
    [conflict] = sync_state.open_conflicts(one.store)
    assert (conflict["tbl"], conflict["row_id"], conflict["field"]) == (
        "evidence",
        item,
        "deleted_at",
    )
    two.sync()
    assert len(sync_state.open_conflicts(two.store)) == 1
    assert_same_as_server(one.store, central, ip)
    assert_same_as_server(two.store, central, ip)


def test_issue4_a_batch_limit_inside_a_new_record_loses_none_of_it(own_laptop, ip, central):
    """Was: with more unsent ops than one request carries, a batch could end part-way
    through a new record; its first fields reached the server without the field naming
    its school or parent and were rejected ('not on the server'), so other laptops could
    never insert the record."""
    writer = own_laptop("writer", ip, max_ops=3)
    reader = own_laptop("reader", ip)
    writer.sync()
    visit, area = _visit(writer)
    answers = [visits.set_answer(writer.store, visit, area, q, f"Ateb {q}") for q in (1, 2, 3)]
    report = writer.sync()
    assert report.rejected == 0 and report.round_trips > 3
    reader.sync()
    assert [a.answer for a in visits.answers_of(reader.store, visit)] == [
        "Ateb 1",
        "Ateb 2",
        "Ateb 3",
    ]
    assert len(answers) == 3
    assert_same_as_server(reader.store, central, ip)
    assert_same_as_server(writer.store, central, ip)
