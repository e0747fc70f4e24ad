"""Read-only queries the printed reports need beyond the other store modules.

Every function reads live records only (no tombstones), writes nothing, and returns
frozen models or plain values that may cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store import people
from desktop.store.calendar import check_academic_year, year_start
from desktop.store.models import Action, Practice, Support
from desktop.store.store import Store

_ACTION_COLUMNS = "id, school_id, visit_id, description, owner, due_on, status"
_SUPPORT_COLUMNS = (
    "id, school_id, priority_id, visit_id, academic_year, provider_kind, provider_name,"
    " description, days, status, impact"
)


def actions_of_visit(store: Store, visit_id: str) -> list[Action]:
    """The actions agreed at a visit (any status), soonest due first, undated last."""
    rows = store.conn.execute(
        f"SELECT {_ACTION_COLUMNS} FROM actions WHERE visit_id = ? AND deleted_at IS NULL"
        " ORDER BY due_on IS NULL, due_on, created_at",
        [visit_id],
    ).fetchall()
    return [Action(*r) for r in rows]


def support_of_visit(store: Store, visit_id: str) -> list[Support]:
    """The support requested or brokered at a visit, in the order recorded."""
    rows = store.conn.execute(
        f"SELECT {_SUPPORT_COLUMNS} FROM support WHERE visit_id = ? AND deleted_at IS NULL"
        " ORDER BY created_at",
        [visit_id],
    ).fetchall()
    return [Support(*r) for r in rows]


def visit_partner_name(store: Store, visit_id: str) -> str | None:
    """The name of the partner who made a visit, if recorded."""
    row = store.conn.execute("SELECT person_id FROM visits WHERE id = ?", [visit_id]).fetchone()
    return None if row is None else people.person_name(store, row[0])


def visit_partner_email(store: Store, visit_id: str) -> str | None:
    """The e-mail address of the partner who made a visit, if recorded."""
    row = store.conn.execute(
        "SELECT p.email FROM visits v JOIN people p ON p.id = v.person_id"
        " WHERE v.id = ? AND p.deleted_at IS NULL",
        [visit_id],
    ).fetchone()
    return str(row[0]) if row and row[0] else None


def allocated_partner_name(store: Store, school_id: str, academic_year: str) -> str | None:
    """The name of the improvement partner allocated to a school for a year, if any.

    With several allocations (a school moved between partners) the latest wins.
    """
    row = store.conn.execute(
        "SELECT p.name FROM allocations a JOIN people p ON p.id = a.person_id"
        " WHERE a.school_id = ? AND a.academic_year = ? AND a.deleted_at IS NULL"
        " AND p.deleted_at IS NULL"
        " ORDER BY p.role = 'ip' DESC, a.starts_on IS NULL, a.starts_on DESC, a.created_at DESC"
        " LIMIT 1",
        [school_id, academic_year],
    ).fetchone()
    return None if row is None else str(row[0])


def priority_headings(store: Store, priority_ids: list[str]) -> dict[str, tuple[str, str | None]]:
    """``(title, reform area key)`` of the live priorities among ``priority_ids``, by id."""
    if not priority_ids:
        return {}
    marks = ",".join("?" * len(priority_ids))
    rows = store.conn.execute(
        f"SELECT id, title, reform_area FROM priorities WHERE id IN ({marks})"
        " AND deleted_at IS NULL",
        priority_ids,
    ).fetchall()
    return {str(r[0]): (str(r[1]), r[2]) for r in rows}


def practice_of_year(store: Store, school_id: str, academic_year: str) -> list[Practice]:
    """Practice worth sharing recorded in an academic year, oldest first.

    Practice noted at a visit belongs to the year of that visit; practice recorded without
    a visit belongs to the year it was recorded in.
    """
    start = year_start(check_academic_year(academic_year))
    first, last = start.isoformat(), start.replace(year=start.year + 1).isoformat()
    rows = store.conn.execute(
        "SELECT p.id, p.school_id, p.title, p.description, p.reform_area FROM practice p"
        " LEFT JOIN visits v ON v.id = p.visit_id"
        " WHERE p.school_id = ? AND p.deleted_at IS NULL"
        " AND coalesce(v.visit_date, substr(p.created_at, 1, 10)) >= ?"
        " AND coalesce(v.visit_date, substr(p.created_at, 1, 10)) < ?"
        " ORDER BY coalesce(v.visit_date, p.created_at), p.created_at",
        [school_id, first, last],
    ).fetchall()
    return [Practice(*r) for r in rows]


@dataclass(frozen=True)
class PracticeElsewhere:
    """Practice worth sharing recorded at another school: who to broker support from."""

    school_id: str
    school_name: str
    title: str
    description: str
    reform_area: str | None


def practice_elsewhere(store: Store, school_id: str) -> list[PracticeElsewhere]:
    """Practice worth sharing recorded at every other live school this laptop holds (a
    partner's other schools; on a principal's desk, the team's), newest first: the peer
    schools a partner may broker support from (issue 15)."""
    rows = store.conn.execute(
        "SELECT s.id, s.name, p.title, p.description, p.reform_area FROM practice p"
        " JOIN schools s ON s.id = p.school_id"
        " WHERE p.school_id != ? AND p.deleted_at IS NULL AND s.deleted_at IS NULL"
        " ORDER BY p.created_at DESC",
        [school_id],
    ).fetchall()
    return [PracticeElsewhere(*r) for r in rows]
