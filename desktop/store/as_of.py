"""A school's records as they stood at the end of a period (issue 15 point 2).

A report of a past period (last year's report to governors, the summer summary for the LA
printed in the autumn) states things as they were when the period ended, not as they are
today; a report of the current period ends today. What is read as of a day:

- the **support level**: from the recorded decisions (the last one on or before the day;
  before any decision, the level the first later decision moved away from);
- the **improvement partner**: the allocation of the year current on the day;
- **actions**: those agreed on or before the day (at a visit: its date; otherwise the day
  they were recorded), with the status they had then: an action done or dropped after the
  day was still open (the day of a status is ``status_on``; older records, without it,
  use the day of their last change);
- **decisions** and **visits**: those dated on or before the day.

Judgements belong to a term and are reported with it (a summer judgement recorded a few days
after the term ends still belongs to the summer); support belongs to its year.

Every function reads live records only, writes nothing and returns frozen models.
"""

from __future__ import annotations

from datetime import date

from desktop.store import reporting
from desktop.store.calendar import year_end
from desktop.store.key_tasks import term_bounds
from desktop.store.models import Action, SupportLevelDecision
from desktop.store.store import Store


def period_end(academic_year: str, term: str | None, today: date) -> date:
    """The last day a report of the year (``term`` None) or of a term of it describes:
    the period's last day, or today while the period is still running."""
    end = term_bounds(academic_year, term)[1] if term else year_end(academic_year)
    return min(end, today)


def support_level_on(
    decisions: tuple[SupportLevelDecision, ...] | list[SupportLevelDecision],
    day: date,
    current: str,
) -> str:
    """The school's support level on ``day``, from all its decisions (any order) and its
    level today (used when no decision says otherwise)."""
    ordered = sorted(decisions, key=lambda d: d.decided_on)
    wanted = day.isoformat()
    before = [d for d in ordered if d.decided_on <= wanted]
    if before:
        return before[-1].to_level
    after = [d for d in ordered if d.decided_on > wanted]
    return after[0].from_level if after else current


def partner_on(store: Store, school_id: str, academic_year: str, day: date) -> str | None:
    """The name of the improvement partner whose allocation of the year was current on
    ``day``; failing one, the year's allocated partner (see
    :func:`reporting.allocated_partner_name`)."""
    wanted = day.isoformat()
    row = store.conn.execute(
        "SELECT p.name FROM allocations a JOIN people p ON p.id = a.person_id"
        " WHERE a.school_id = ? AND a.academic_year = ? AND a.deleted_at IS NULL"
        " AND p.deleted_at IS NULL AND (a.starts_on IS NULL OR a.starts_on <= ?)"
        " AND (a.ends_on IS NULL OR a.ends_on >= ?)"
        " ORDER BY p.role = 'ip' DESC, a.starts_on IS NULL, a.starts_on DESC, a.created_at DESC"
        " LIMIT 1",
        [school_id, academic_year, wanted, wanted],
    ).fetchone()
    if row is not None:
        return str(row[0])
    return reporting.allocated_partner_name(store, school_id, academic_year)


def open_actions_on(store: Store, school_id: str, day: date) -> tuple[Action, ...]:
    """The school's actions agreed on or before ``day`` and still open on it, soonest due
    first (undated last), each with the status ``open``."""
    wanted = day.isoformat()
    rows = store.conn.execute(
        "SELECT a.id, a.school_id, a.visit_id, a.description, a.owner, a.due_on FROM actions a"
        " LEFT JOIN visits v ON v.id = a.visit_id"
        " WHERE a.school_id = ? AND a.deleted_at IS NULL"
        " AND coalesce(v.visit_date, substr(a.created_at, 1, 10)) <= ?"
        " AND (a.status = 'open' OR coalesce(a.status_on, substr(a.updated_at, 1, 10)) > ?)"
        " ORDER BY a.due_on IS NULL, a.due_on, a.created_at",
        [school_id, wanted, wanted],
    ).fetchall()
    return tuple(
        Action(
            id=r[0],
            school_id=r[1],
            visit_id=r[2],
            description=r[3],
            owner=r[4],
            due_on=r[5],
            status="open",
        )
        for r in rows
    )
