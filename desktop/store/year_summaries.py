"""The improvement partner's written summary of a school's year, printed in the annual
report to the governing body (issue 15 point 5).

One figure of text per school and academic year; written through :mod:`records` (so it
syncs and merges as narrative text). When two laptops each created one, the most recently
written is read and written.
"""

from __future__ import annotations

from desktop.store import records
from desktop.store.calendar import check_academic_year
from desktop.store.store import Store


def _latest(store: Store, school_id: str, academic_year: str) -> tuple[str, str] | None:
    row = store.conn.execute(
        "SELECT id, summary FROM year_summaries WHERE school_id = ? AND academic_year = ?"
        " AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1",
        [school_id, academic_year],
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1] or ""))


def summary_of(store: Store, school_id: str, academic_year: str) -> str:
    """The summary of the school's year ('' when none was written)."""
    check_academic_year(academic_year)
    found = _latest(store, school_id, academic_year)
    return "" if found is None else found[1]


def set_summary(store: Store, school_id: str, academic_year: str, text: str) -> str:
    """Write the summary of the school's year; return the record's id."""
    check_academic_year(academic_year)
    with store.transaction():
        found = _latest(store, school_id, academic_year)
        if found is not None:
            records.update(store, "year_summaries", found[0], {"summary": text})
            return found[0]
        return records.insert(
            store,
            "year_summaries",
            {"school_id": school_id, "academic_year": academic_year, "summary": text},
        )
