"""Full-text search across answers, evidence, actions, notes and visit summaries.

The index is kept by triggers (see ``schema``), so it is always current; except that a
pull from the start (a first sync, or one after a restore) builds it once at its end, so
the records it brings are found from then on (see ``sync_state``). Queries are
taken as plain words typed by a person: every word must match (as a prefix), accents are
ignored, and FTS5 syntax characters cannot break the query.
"""

from __future__ import annotations

import re

from desktop.store.models import SearchHit
from desktop.store.store import Store

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Turn typed words into a safe FTS5 query, or None when nothing searchable remains."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search(store: Store, text: str, limit: int = 50) -> list[SearchHit]:
    """Best matches first; each hit names the record and school it belongs to."""
    query = fts_query(text)
    if query is None:
        return []
    rows = store.conn.execute(
        "SELECT i.tbl, i.row_id, i.school_id, s.name,"
        " snippet(search_index, 0, '[', ']', '…', 12)"
        " FROM search_index i JOIN schools s ON s.id = i.school_id"
        " WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        [query, limit],
    ).fetchall()
    return [SearchHit(*r) for r in rows]
