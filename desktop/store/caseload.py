"""Read models of a partner's caseload and of one school's whole log.

Each function is a handful of indexed queries whatever the size of the history, and returns
frozen dataclasses that may cross threads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from desktop.store import key_tasks, priorities, schools, support_days, visits
from desktop.store.calendar import academic_year_of, allocation_state, term_end, term_of
from desktop.store.models import (
    Action,
    CaseloadRow,
    Categorisation,
    Practice,
    School,
    SchoolLog,
    Support,
    SupportLevelDecision,
)
from desktop.store.store import Store

_COUNTED_SUPPORT = ("agreed", "in_progress", "complete")


def caseload_schools(
    store: Store, person_id: str | None, academic_year: str, today: date | None = None
) -> list[School]:
    """The schools allocated to ``person_id`` for the year; every school when None.

    With ``today``, allocation dates count (:func:`calendar.allocation_state`): a school
    not yet handed over is left out, and one handed on to another partner stays only until
    the end of the term it was handed on in (see :func:`read_only_until`)."""
    if person_id is None:
        return schools.all_schools(store)
    found = schools.schools_where(
        store,
        "s.id IN (SELECT school_id FROM allocations WHERE person_id = ? AND academic_year = ?"
        " AND deleted_at IS NULL)",
        [person_id, academic_year],
    )
    if today is None:
        return found
    states = allocation_states(store, person_id, academic_year, today)
    return [s for s in found if s.id in states]


def allocation_states(
    store: Store, person_id: str, academic_year: str, today: date
) -> dict[str, str]:
    """school id -> ``"current"`` or ``"read_only"`` for the partner's live allocations of
    the year on ``today`` (current wins when a school is held both ways)."""
    states: dict[str, str] = {}
    for school_id, starts_on, ends_on in store.conn.execute(
        "SELECT school_id, starts_on, ends_on FROM allocations WHERE person_id = ?"
        " AND academic_year = ? AND deleted_at IS NULL",
        [person_id, academic_year],
    ):
        state = allocation_state(starts_on, ends_on, today)
        if state is not None and states.get(school_id) != "current":
            states[school_id] = state
    return states


def read_only_until(
    store: Store, person_id: str | None, school_id: str, academic_year: str, today: date
) -> str | None:
    """The last day (ISO) the partner may still read a school handed on to someone else
    this term, or None when they hold it (or never did): they can change nothing in it."""
    if person_id is None:
        return None
    if allocation_states(store, person_id, academic_year, today).get(school_id) != "read_only":
        return None
    return term_end(today).isoformat()


def _in(ids: list[str]) -> str:
    return ",".join("?" * len(ids))


def caseload(
    store: Store, person_id: str | None, academic_year: str, today: date | None = None
) -> list[CaseloadRow]:
    """One row per school of the caseload, by school name (``today``: see
    :func:`caseload_schools`; a school handed on this term carries ``read_only_until``)."""
    found = caseload_schools(store, person_id, academic_year)
    moved: set[str] = set()
    if person_id is not None and today is not None:
        states = allocation_states(store, person_id, academic_year, today)
        found = [s for s in found if s.id in states]
        moved = {k for k, v in states.items() if v == "read_only"}
    ids = [s.id for s in found]
    if not ids:
        return []
    marks = _in(ids)
    days = dict(
        store.conn.execute(
            f"SELECT school_id, sum(days) FROM support WHERE school_id IN ({marks})"
            " AND academic_year = ? AND deleted_at IS NULL AND status IN (?, ?, ?)"
            " GROUP BY school_id",
            [*ids, academic_year, *_COUNTED_SUPPORT],
        ).fetchall()
    )
    last = dict(
        store.conn.execute(
            f"SELECT school_id, max(visit_date) FROM visits WHERE school_id IN ({marks})"
            " AND deleted_at IS NULL GROUP BY school_id",
            ids,
        ).fetchall()
    )
    actions = dict(
        store.conn.execute(
            f"SELECT school_id, count(*) FROM actions WHERE school_id IN ({marks})"
            " AND status = 'open' AND deleted_at IS NULL GROUP BY school_id",
            ids,
        ).fetchall()
    )
    days_of = support_days.accounts(store, [(s.id, s.sector) for s in found], academic_year)
    rows = []
    for school in found:
        latest = tuple(
            (p.title, p.latest)
            for p in priorities.priorities_of(store, school.id, academic_year)
            if p.status != "withdrawn"
        )
        rows.append(
            CaseloadRow(
                school=school,
                latest=latest,
                support_days_used=float(days.get(school.id) or 0),
                last_visit=last.get(school.id),
                open_actions=int(actions.get(school.id) or 0),
                read_only_until=(
                    term_end(today).isoformat() if today and school.id in moved else None
                ),
                days=days_of[school.id],
            )
        )
    return rows


def school_log(store: Store, school_id: str, academic_year: str) -> SchoolLog:
    """Everything of one school's SIPL: the year's priorities, support and practice, and
    its visits, open actions, decisions and categorisation history across all years."""
    db = store.db
    school = schools.get_school(store, school_id)
    open_actions = tuple(
        Action(*r)
        for r in db.execute(
            "SELECT id, school_id, visit_id, description, owner, due_on, status FROM actions"
            " WHERE school_id = ? AND status = 'open' AND deleted_at IS NULL"
            " ORDER BY due_on IS NULL, due_on, created_at",
            [school_id],
        )
    )
    support = tuple(
        Support(*r)
        for r in db.execute(
            "SELECT id, school_id, priority_id, visit_id, academic_year, provider_kind,"
            " provider_name, description, days, status, impact FROM support"
            " WHERE school_id = ? AND academic_year = ? AND deleted_at IS NULL"
            " ORDER BY created_at",
            [school_id, academic_year],
        )
    )
    practice = tuple(
        Practice(*r)
        for r in db.execute(
            "SELECT id, school_id, title, description, reform_area FROM practice"
            " WHERE school_id = ? AND deleted_at IS NULL ORDER BY created_at DESC",
            [school_id],
        )
    )
    decisions = tuple(
        SupportLevelDecision(
            id=r[0],
            school_id=r[1],
            decided_on=r[2],
            from_level=r[3],
            to_level=r[4],
            reason=r[5],
            agreed_by=tuple(json.loads(r[6])),
            raised_by=r[7],
        )
        for r in db.execute(
            "SELECT id, school_id, decided_on, from_level, to_level, reason,"
            " coalesce(agreed_by, '[]'), raised_by"
            " FROM support_level_decisions WHERE school_id = ? AND deleted_at IS NULL"
            " ORDER BY decided_on DESC, created_at DESC",
            [school_id],
        )
    )
    categorisations = tuple(
        Categorisation(*r)
        for r in db.execute(
            "SELECT year, colour FROM categorisations WHERE school_id = ?"
            " AND deleted_at IS NULL ORDER BY year",
            [school_id],
        )
    )
    return SchoolLog(
        school=school,
        academic_year=academic_year,
        priorities=tuple(priorities.priorities_of(store, school_id, academic_year)),
        visits=tuple(visits.visits_of(store, school_id)),
        open_actions=open_actions,
        support=support,
        practice=practice,
        decisions=decisions,
        categorisations=categorisations,
        days=support_days.account(store, school_id, school.sector, academic_year),
    )


# --- The caseload and its key tasks ------------------------------------------------------


@dataclass(frozen=True)
class CaseloadEntry:
    """A caseload row with what the home screen adds: the next key task of the term."""

    row: CaseloadRow
    next_task: str | None
    off_track: int

    @property
    def school(self) -> School:
        return self.row.school


def caseload_overview(
    store: Store, person_id: str | None, academic_year: str, today: date
) -> tuple[CaseloadEntry, ...]:
    """The partner's caseload for the year, each school with its next key task this term
    not yet done (:func:`desktop.store.key_tasks.next_tasks`).

    The key task is looked up in the term containing ``today`` if ``today`` falls in
    ``academic_year``, otherwise in the autumn term.
    """
    rows = caseload(store, person_id, academic_year, today)
    term = term_of(today) if academic_year_of(today) == academic_year else "autumn"
    upcoming = key_tasks.next_tasks(
        store, [(r.school.id, r.school.support_level) for r in rows], academic_year, term
    )
    return tuple(
        CaseloadEntry(
            row=row,
            next_task=upcoming[row.school.id],
            off_track=sum(1 for _, j in row.latest if j is not None and j.track == "off_track"),
        )
        for row in rows
    )
