"""Open sync conflicts as a person reads them: which record, both values, who and when.

Qt-free; every function runs on the thread that owns the store and returns frozen
dataclasses that may cross threads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop.store import sync_state, team
from desktop.store.store import Store


@dataclass(frozen=True)
class JudgementContext:
    """What a judgement conflict is about: the priority, its year and term, and the
    rationale of each version (the two in conflict if the rationale conflicts too, else
    the one both share, twice)."""

    priority_title: str
    academic_year: str
    term: str
    mine_rationale: str
    theirs_rationale: str


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
    school_id: str = ""
    holder: str = ""  # the partner who holds the school this year ("" when unknown)
    names: tuple[tuple[str, str], ...] = ()  # person id among the values -> the name
    judgement: JudgementContext | None = None  # for a conflict on a termly judgement

    @property
    def is_text(self) -> bool:
        return isinstance(self.mine, str) and isinstance(self.theirs, str)

    def name_of(self, value: Any) -> str | None:
        """The person's name when ``value`` is the id of a person, else None."""
        return dict(self.names).get(value) if isinstance(value, str) else None


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _judgement_context(
    store: Store, row_id: str, open_rows: list[dict[str, Any]]
) -> JudgementContext | None:
    row = store.conn.execute(
        "SELECT p.title, p.academic_year, j.term, j.rationale FROM judgements j"
        " JOIN priorities p ON p.id = j.priority_id WHERE j.id = ?",
        [row_id],
    ).fetchone()
    if row is None:
        return None
    mine = theirs = str(row[3] or "")
    for other in open_rows:
        if (other["tbl"], other["row_id"], other["field"]) == ("judgements", row_id, "rationale"):
            mine = str(_decode(other["mine"]) or "")
            theirs = str(_decode(other["theirs"]) or "")
    return JudgementContext(str(row[0]), str(row[1]), str(row[2]), mine, theirs)


def open_conflict_views(store: Store) -> list[ConflictView]:
    """Every open conflict with names resolved (people and schools), newest first; a
    judgement's conflict names its priority, term and both rationales."""
    names = dict(store.conn.execute("SELECT id, name FROM people").fetchall())
    schools = dict(store.conn.execute("SELECT id, name FROM schools").fetchall())
    rows = sync_state.open_conflicts(store)
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
            school_id=c["school_id"] or "",
            judgement=(
                _judgement_context(store, c["row_id"], rows) if c["tbl"] == "judgements" else None
            ),
        )
        for c in rows
    ]


def decided_here(store: Store) -> set[str]:
    """Ids of the open conflicts this laptop has decided and not yet heard back about.

    A decision is an outbox op that ``resolves`` the conflict; the conflict stays open
    locally until the central store confirms it (see ``sync_state.resolve_conflict``). A
    decision the server refused (``rejected``) is not counted: the conflict needs one again.
    """
    return {
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT resolves FROM outbox WHERE resolves IS NOT NULL"
            " AND state != 'rejected'"
        )
    }


def undecided_conflict_views(
    store: Store, academic_year: str, today: date | None = None
) -> list[ConflictView]:
    """Every open conflict nobody on this laptop has decided yet, newest first, with the
    school's id, the partner holding the school for ``academic_year`` (on ``today``, see
    ``team.holders``) and the names of people whose ids are among the values.

    On a PIP's laptop this is every open conflict in the team's schools. A conflict leaves
    this list the moment it is decided here (before the next sync), and comes back if the
    central store refuses the decision.
    """
    decided = decided_here(store)
    held = team.holders(store, academic_year, today)
    people = dict(store.conn.execute("SELECT id, name FROM people").fetchall())
    found = []
    for view in open_conflict_views(store):
        if view.id in decided:
            continue
        holder = held.get(view.school_id)
        named = sorted(
            {
                (value, people[value])
                for value in (view.base, view.mine, view.theirs)
                if isinstance(value, str) and value in people
            }
        )
        found.append(replace(view, holder=holder.name if holder else "", names=tuple(named)))
    return found
