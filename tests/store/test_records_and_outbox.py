"""Writes through the record seam: stamps, tombstones and the sync outbox."""

from __future__ import annotations

import json

import pytest

from desktop.store import records
from desktop.store.errors import InvalidValue, NotFound
from tests.store.factories import make_school


def _ops(store):
    return store.db.execute(
        "SELECT tbl, field, value FROM outbox WHERE state = 'pending' ORDER BY seq"
    ).fetchall()


def test_ids_are_uuid7_and_records_carry_stamps(store):
    school_id = make_school(store)
    row = records.get(store, "schools", school_id)
    assert len(school_id) == 36 and school_id[14] == "7"
    assert row["created_at"].endswith("Z") and row["updated_at"] == row["created_at"]


def test_every_field_of_a_new_record_is_queued_for_sync(store):
    make_school(store)
    fields = {(t, f) for t, f, _ in _ops(store)}
    assert ("schools", "name") in fields and ("schools", "number") in fields
    assert ("local_authorities", "code") in fields


def test_repeated_edits_of_one_field_fold_into_one_op_with_the_last_value(store):
    school_id = make_school(store)
    store.db.execute("UPDATE outbox SET state = 'sent'")
    for text in ("M", "Mr", "Mr Hu", "Mr Huw Ŵyn"):
        records.update(store, "schools", school_id, {"headteacher": text})
    ops = _ops(store)
    assert ops == [("schools", "headteacher", json.dumps("Mr Huw Ŵyn", ensure_ascii=False))]
    assert records.pending_ops(store) == 1


def test_an_unchanged_value_writes_nothing(store):
    school_id = make_school(store)
    store.db.execute("UPDATE outbox SET state = 'sent'")
    assert (
        records.update(store, "schools", school_id, {"name": "Ysgol Gynradd Cwm Derwen"}) == set()
    )
    assert _ops(store) == []


def test_delete_is_a_tombstone_that_is_synced(store):
    school_id = make_school(store)
    records.delete(store, "schools", school_id)
    with pytest.raises(NotFound):
        records.get(store, "schools", school_id)
    assert store.db["schools"].count == 1
    assert ("schools", "deleted_at") in {(t, f) for t, f, _ in _ops(store)}


def test_remote_changes_write_no_ops(store):
    la = records.insert(store, "local_authorities", {"code": "990", "name": "Bro"}, origin="remote")
    records.update(store, "local_authorities", la, {"name": "Bro Derwen"}, origin="remote")
    assert _ops(store) == []


def test_unknown_tables_and_fields_are_refused(store):
    with pytest.raises(InvalidValue):
        records.insert(store, "outbox", {"tbl": "x"})
    school_id = make_school(store)
    with pytest.raises(InvalidValue, match="no field colour"):
        records.update(store, "schools", school_id, {"colour": "red"})


def test_a_failed_multi_step_write_leaves_nothing_behind(store):
    before = (store.db["schools"].count, records.pending_ops(store))
    with pytest.raises(InvalidValue), store.transaction():
        make_school(store)
        records.update(store, "schools", "whatever", {"nope": 1})
    assert (store.db["schools"].count, records.pending_ops(store)) == before


def test_the_store_says_which_tables_changed(store):
    store.take_changes()
    make_school(store)
    assert {"schools", "local_authorities"} <= store.take_changes()
    assert store.take_changes() == frozenset()


def test_every_synced_table_declares_exactly_the_local_columns(store):
    """sync/schema.py is the one declaration of synced fields: it must match the database."""
    from sync import schema

    for name, table in schema.TABLES.items():
        assert set(table.fields) == set(records.fields_of(store, name)), name
