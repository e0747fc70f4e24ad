"""Each record's search entry is found by its key (migration 0013, issue 12).

Before, every edit of an indexed text (each keystroke saved, each edit a sync pulls)
deleted the record's old entry by scanning the whole index: 54 ms an edit on a partner's
five years. These tests count the work of an edit instead of timing it, and check that a
laptop from before the change keeps every entry, once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.store import records, schema, search, visits
from desktop.store.paths import ProfilePaths
from desktop.store.store import Store
from tests.store.factories import make_school

AREA = visits.area_aspect("teaching")


def _entries(store: Store) -> list[tuple[str, str, str, str]]:
    """Every entry of the search index, sorted (duplicates kept, so they would show)."""
    return sorted(
        (str(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in store.conn.execute("SELECT tbl, row_id, school_id, body FROM search_index")
    )


def _steps(store: Store, edit: Callable[[], object]) -> int:
    """Hundreds of SQLite virtual-machine steps that ``edit`` (a callable) takes."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0  # go on

    store.conn.set_progress_handler(tick, 100)
    try:
        edit()
    finally:
        store.conn.set_progress_handler(None, 0)
    return steps[0]


def _add_evidence(store: Store, visit: str, count: int) -> None:
    """``count`` evidence items of ``visit``, in one transaction (as a sync page writes
    them): each indexed by the insert trigger."""
    with store.transaction() as db:
        for n in range(count):
            db.execute(
                "INSERT INTO evidence (id, visit_id, aspect, kind, body, created_at, updated_at)"
                " VALUES (?, ?, ?, 'observation', ?, '2025-10-01', '2025-10-01')",
                [f"ev-{n}", visit, AREA, f"Gwelwyd gwers {n} ar ffracsiynau ym mlwyddyn 5"],
            )


def test_an_edit_costs_the_same_however_large_the_search_index(store: Store) -> None:
    """Tried: the same answer edited in a school with one visit, and again after 4,000
    evidence items were written. The edit takes as many steps either way (some 100; the old
    trigger scanned every entry: 52,100 steps after the 4,000), and search finds the new
    wording, not the old, in one entry."""
    school = make_school(store)
    visit = visits.start_visit(store, school, date(2025, 10, 1), "other", aspects=[AREA])
    answer = visits.set_answer(store, visit, AREA, 1, "Mae'r disgyblion yn darllen yn rhugl")
    small = _steps(store, lambda: visits.set_answer(store, visit, AREA, 1, "Darllen yn dda"))
    _add_evidence(store, visit, 4000)
    large = _steps(
        store, lambda: visits.set_answer(store, visit, AREA, 1, "Ysgrifennu estynedig cryf")
    )
    assert large <= small * 1.5 + 5, (small, large)
    assert [h.row_id for h in search.search(store, "estynedig")] == [answer]
    assert search.search(store, "rhugl") == []
    assert search.search(store, "darllen") == []
    assert [e for e in _entries(store) if e[0] == "enquiry_answers"] == [
        ("enquiry_answers", answer, school, "Ysgrifennu estynedig cryf")
    ]
    assert len(_entries(store)) == 4001


def test_a_record_deleted_and_brought_back_has_one_entry(store: Store) -> None:
    """Tried: a note tombstoned (its entry goes), brought back (one entry again), and
    edited; and an evidence item that left the laptop whole and came back with a sync
    (its key outlived it)."""
    school = make_school(store)
    visit = visits.start_visit(store, school, date(2025, 10, 1), "other", aspects=[AREA])
    note = visits.add_note(store, school, "Cyfarfod gyda'r llywodraethwyr")
    records.delete(store, "notes", note)
    assert search.search(store, "llywodraethwyr") == []
    records.restore(store, "notes", note)
    records.update(store, "notes", note, {"body": "Cyfarfod gyda'r pennaeth"})
    assert [h.row_id for h in search.search(store, "pennaeth")] == [note]
    _add_evidence(store, visit, 1)
    with store.transaction() as db:  # gone as retention removes a record, entry and all
        db.execute("DELETE FROM search_index WHERE row_id = 'ev-0'")
        db.execute("DELETE FROM evidence WHERE id = 'ev-0'")
    _add_evidence(store, visit, 1)
    assert [h.row_id for h in search.search(store, "ffracsiynau")] == ["ev-0"]
    assert len(_entries(store)) == 2


def _as_before_search_keys(profile: ProfilePaths) -> list[tuple[str, str, str, str]]:
    """Turn the store at ``profile`` into the file SIPL left before migration 0013: the
    triggers of 0012, no keys, and an index its triggers wrote entry by entry; return
    that index."""
    with Store.open(profile, backup_at_start=False) as store:
        with store.transaction() as db:
            for table in schema._SEARCH_SOURCES:
                db.execute(f"DROP TRIGGER {table}_search_insert")
                db.execute(f"DROP TRIGGER {table}_search_update")
            db.execute("DROP TABLE search_keys")
            for statement in schema._statements(schema._search_triggers(pausable=True)):
                db.execute(statement)
            db.execute("DELETE FROM search_index")
            for table, (column, _school) in schema._SEARCH_SOURCES.items():
                # Each record written again: the old update trigger makes its entry.
                db.execute(f"UPDATE {table} SET {column} = {column} || ' '")
                db.execute(f"UPDATE {table} SET {column} = rtrim({column})")
            db.execute(f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = '0013_search_keys'")
        return _entries(store)


def test_a_laptop_from_before_keeps_every_entry_once_and_edits_replace_them(
    profile: ProfilePaths,
) -> None:
    """Tried: a laptop file from before migration 0013 (a visit with answers, evidence,
    an action, a note and a summary; a tombstoned evidence item; an empty answer), opened
    by this SIPL. Its index afterwards is the one it had, entry for entry; then an answer
    is edited and a note deleted, and the index follows."""
    with Store.open(profile, backup_at_start=False) as store:
        school = make_school(store)
        visit = visits.start_visit(store, school, date(2025, 10, 1), "other", aspects=[AREA])
        answers = [
            visits.set_answer(store, visit, AREA, q, f"Ateb {q} am y cwricwlwm")
            for q in range(1, 5)
        ]
        visits.set_answer(store, visit, AREA, 5, "")
        _add_evidence(store, visit, 3)
        records.delete(store, "evidence", "ev-2")
        visits.add_action(store, school, "Datblygu darllen", visit_id=visit)
        note = visits.add_note(store, school, "Nodyn am yr amserlen")
        visits.update_visit(store, visit, summary="Crynodeb o'r ymweliad")
        before = _entries(store)
    assert len(before) == 4 + 2 + 1 + 1 + 1
    assert _as_before_search_keys(profile) == before  # the old triggers' own index
    with Store.open(profile, backup_at_start=False) as store:  # migration 0013 runs
        assert _entries(store) == before
        keys = store.conn.execute("SELECT count(*) FROM search_keys").fetchone()[0]
        assert keys == len(before)
        visits.set_answer(store, visit, AREA, 2, "Ateb newydd am asesu")
        records.delete(store, "notes", note)
        assert [h.row_id for h in search.search(store, "asesu")] == [answers[1]]
        assert search.search(store, "amserlen") == []
        assert len(_entries(store)) == len(before) - 1
