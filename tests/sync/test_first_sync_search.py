"""A first sync builds the laptop's search index once, at its end (issue 12): what search
finds afterwards is exactly what the triggers would have indexed, however the sync was
paged or interrupted, and edits pulled later are indexed as they arrive."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.store import schools, search, sync_state, visits
from desktop.store.store import Store
from tests.sync.conftest import Laptop


def _index(store: Store) -> list[tuple[str, str, str, str]]:
    """Every entry of the search index, sorted (duplicates kept, so they would show)."""
    return sorted(
        (str(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in store.conn.execute("SELECT tbl, row_id, school_id, body FROM search_index")
    )


def _write_caseload(laptop: Laptop, visits_per_school: int) -> str:
    """Visits with answers, evidence, notes and a summary in every school of the
    laptop's caseload, synced; returns a word written only in the last school's last
    visit (so it arrives on a late page)."""
    area = visits.area_aspect("teaching")
    word = "zorbiquant"
    found = schools.all_schools(laptop.store)
    for s, school in enumerate(found):
        for v in range(visits_per_school):
            visit = visits.start_visit(
                laptop.store,
                school.id,
                date(2025, 10, 1 + v),
                "progress_towards_priorities",
                aspects=[area],
            )
            last = s == len(found) - 1 and v == visits_per_school - 1
            for q in range(1, 6):
                visits.set_answer(
                    laptop.store,
                    visit,
                    area,
                    q,
                    f"Llythrennedd ysgol {s} ymweliad {v} cwestiwn {q}"
                    + (f" {word}" if last and q == 5 else ""),
                )
            visits.record_evidence(
                laptop.store, visit, area, "observation", f"Gwers fathemateg {s}.{v}"
            )
            visits.update_visit(laptop.store, visit, summary=f"Crynodeb ymweliad {s}.{v}")
        visits.add_note(laptop.store, school.id, f"Nodyn am ysgol {s}")
    laptop.sync()
    return word


def test_a_first_sync_in_many_pages_indexes_exactly_what_the_triggers_would(
    own_laptop: Callable[..., Laptop], ip: str
) -> None:
    """Tried: a caseload of 3 schools pulled 40 fields a page by a new laptop. Its index
    is the writing laptop's (built row by row by the triggers), entry for entry."""
    writer = own_laptop("writer", ip)
    writer.sync()
    word = _write_caseload(writer, visits_per_school=3)
    reader = own_laptop("reader", ip, page_size=40)
    report = reader.sync()
    assert report.round_trips >= 10  # many pages, each its own transaction
    assert _index(reader.store) == _index(writer.store)
    assert [h.table for h in search.search(reader.store, word)] == ["enquiry_answers"]
    assert reader.store.setting(sync_state.SEARCH_REBUILD_SETTING) is None


def test_a_first_sync_stopped_half_way_indexes_everything_when_it_ends(
    own_laptop: Callable[..., Laptop], ip: str
) -> None:
    """Tried: a first sync stopped after two pages (as when the laptop is shut), a note
    written on the laptop meanwhile, then the sync run to its end. Everything pulled and
    the note are found, each once."""
    writer = own_laptop("writer", ip)
    writer.sync()
    word = _write_caseload(writer, visits_per_school=2)
    reader = own_laptop("reader", ip, page_size=40)
    reader.client.sync(max_rounds=2)
    assert reader.store.setting(sync_state.SEARCH_REBUILD_SETTING) is not None
    school = schools.all_schools(reader.store)[0]
    visits.add_note(reader.store, school.id, "Cyfarfod gyda'r pennaeth: gwrthbrofi")
    assert [h.table for h in search.search(reader.store, "gwrthbrofi")] == ["notes"]
    reader.sync()
    assert reader.store.setting(sync_state.SEARCH_REBUILD_SETTING) is None
    assert [h.table for h in search.search(reader.store, word)] == ["enquiry_answers"]
    assert [h.table for h in search.search(reader.store, "gwrthbrofi")] == ["notes"]
    entries = _index(reader.store)
    assert len(entries) == len({(tbl, row) for tbl, row, _, _ in entries})
    note = [e for e in entries if e[3].endswith("gwrthbrofi")]
    assert len(note) == 1
    assert sorted(e for e in entries if e not in note) == _index(writer.store)


def test_edits_pulled_after_the_first_sync_are_indexed_as_they_arrive(
    own_laptop: Callable[..., Laptop], ip: str
) -> None:
    """Tried: after a first sync, the writing laptop rewords an answer; the reader's next
    sync finds the new wording and no longer the old."""
    writer = own_laptop("writer", ip)
    writer.sync()
    _write_caseload(writer, visits_per_school=1)
    reader = own_laptop("reader", ip, page_size=40)
    reader.sync()
    assert search.search(reader.store, "cwestiwn")
    [visit] = [
        v.id for v in visits.visits_of(writer.store, schools.all_schools(writer.store)[0].id)
    ]
    visits.set_answer(writer.store, visit, visits.area_aspect("teaching"), 1, "Rhifedd cadarn")
    writer.sync()
    reader.sync()
    [hit] = search.search(reader.store, "rhifedd")
    assert hit.table == "enquiry_answers"
    assert _index(reader.store) == _index(writer.store)  # the old wording is gone
