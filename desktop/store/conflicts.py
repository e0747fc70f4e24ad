"""Open sync conflicts as a person reads them: which record, both values, who and when."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.store import sync_state
from desktop.store.store import Store


@dataclass(frozen=True)
class ConflictView:
    id: str
    school_name: str
    table: str
    row_id: str
    field: str
    base: Any
    mine: Any
    theirs: Any
    mine_by: str
    theirs_by: str
    mine_at: str | None
    theirs_at: str | None

    @property
    def is_text(self) -> bool:
        return isinstance(self.mine, str) and isinstance(self.theirs, str)


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def open_conflict_views(store: Store) -> list[ConflictView]:
    """Every open conflict with names resolved (people and schools), newest first."""
    names = dict(store.db.execute("SELECT id, name FROM people").fetchall())
    schools = dict(store.db.execute("SELECT id, name FROM schools").fetchall())
    return [
        ConflictView(
            id=c["id"],
            school_name=schools.get(c["school_id"], ""),
            table=c["tbl"] or "",
            row_id=c["row_id"] or "",
            field=c["field"] or "",
            base=_decode(c["base"]),
            mine=_decode(c["mine"]),
            theirs=_decode(c["theirs"]),
            mine_by=names.get(c["mine_by"], c["mine_by"] or ""),
            theirs_by=names.get(c["theirs_by"], c["theirs_by"] or ""),
            mine_at=c["mine_at"],
            theirs_at=c["theirs_at"],
        )
        for c in sync_state.open_conflicts(store)
    ]
