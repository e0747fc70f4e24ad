"""The termly key-task checklist of a school (issue 15 point 1).

The schedule of key tasks (``forms/data/key_tasks.toml``) is a reminder of what falls due
each term, "not a tick list" for the school; for the partner it is a checklist that moves:

- a task is **done** when a visit covered it, or when the partner ticked it by hand with
  the day it was done (``key_task_checks``: one row per tick, optionally naming the visit
  that covered it; unticking tombstones the row);
- a visit also covers, without a tick, the tasks whose key is its purpose's key (without a
  term suffix: a ``progress_of_learners`` visit covers ``progress_of_learners_autumn``);
- the tasks of a term (autumn, spring, summer) are done once in the academic year: a tick
  in any term of the year counts (late is still done). The enhanced-support and "other"
  groups recur: a task of theirs counts as done for a term only when done in that term.

Guarantees: reads are a fixed number of queries per call (per caseload, not per school);
every write goes through :mod:`desktop.store.records` (so it syncs); a tick names a task
of the schedule, a real day, and a visit of the same school, or it is refused with
InvalidValue and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.store import records
from desktop.store.calendar import TERMS, check_academic_year, year_end, year_start
from desktop.store.errors import InvalidValue
from desktop.store.store import Store
from forms import KeyTask, load_forms

#: The groups of the schedule that recur every term (done in a term counts for that term).
RECURRING_GROUPS: tuple[str, ...] = ("enhanced_support", "other")
_TERM_SUFFIXES = tuple(f"_{term}" for term in TERMS)


def term_bounds(academic_year: str, term: str) -> tuple[date, date]:
    """First and last day of ``term`` in ``academic_year`` (as :mod:`calendar` defines
    terms). Raises InvalidValue for an unknown term."""
    start = year_start(academic_year).year
    if term == "autumn":
        return date(start, 9, 1), date(start, 12, 31)
    if term == "spring":
        return date(start + 1, 1, 1), date(start + 1, 3, 31)
    if term == "summer":
        return date(start + 1, 4, 1), date(start + 1, 8, 31)
    raise InvalidValue(f"Term must be one of {TERMS}, not {term!r}")


def task_purpose(task_key: str) -> str:
    """The visit purpose that covers a key task: its key without a term suffix."""
    for suffix in _TERM_SUFFIXES:
        if task_key.endswith(suffix):
            return task_key[: -len(suffix)]
    return task_key


@dataclass(frozen=True)
class TaskState:
    """One key task of the checklist and how it was done (all None: not done yet).

    ``check_id`` is the tick that marks it done (None when a visit's purpose covered it,
    which cannot be unticked); ``visit_id``/``visit_date`` name the visit that covered it.
    """

    task: KeyTask
    done_on: str | None
    check_id: str | None
    visit_id: str | None
    visit_date: str | None

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class TaskGroup:
    """The tasks of one group of the schedule (a term, enhanced support, other tasks)."""

    key: str
    tasks: tuple[TaskState, ...]

    @property
    def done_count(self) -> int:
        return sum(1 for t in self.tasks if t.done)


@dataclass(frozen=True)
class _Done:
    done_on: str
    check_id: str | None
    visit_id: str | None
    visit_date: str | None


def _groups_for(support_level: str, term: str) -> tuple[str, ...]:
    """The groups a school's checklist shows in ``term``: the term's own tasks, the
    enhanced-support tasks when the school receives enhanced support, and other tasks."""
    return (term, *(("enhanced_support",) if support_level == "enhanced" else ()), "other")


def _done_maps(
    store: Store, school_ids: list[str], academic_year: str, term: str
) -> dict[str, dict[str, _Done]]:
    """school id -> task key -> how it was done, for the checklist of ``term``."""
    first, last = term_bounds(academic_year, term)
    year_first, year_last = year_start(academic_year), year_end(academic_year)
    forms = load_forms()
    recurring = {t.key for g in RECURRING_GROUPS for t in forms.term(g).tasks}
    found: dict[str, dict[str, _Done]] = {s: {} for s in school_ids}
    if not school_ids:
        return found
    marks = ",".join("?" * len(school_ids))
    visit_rows = store.conn.execute(
        f"SELECT school_id, id, visit_date, purpose FROM visits WHERE school_id IN ({marks})"
        " AND deleted_at IS NULL AND visit_date BETWEEN ? AND ? ORDER BY visit_date",
        [*school_ids, year_first.isoformat(), year_last.isoformat()],
    ).fetchall()
    dates = {visit_id: day for _, visit_id, day, _ in visit_rows}
    checks = store.conn.execute(
        f"SELECT school_id, id, task_key, done_on, visit_id FROM key_task_checks"
        f" WHERE school_id IN ({marks}) AND academic_year = ? AND deleted_at IS NULL"
        " ORDER BY done_on, created_at",
        [*school_ids, academic_year],
    ).fetchall()
    in_term = (first.isoformat(), last.isoformat())
    for school_id, check_id, task_key, done_on, visit_id in checks:
        if task_key in recurring and not in_term[0] <= done_on <= in_term[1]:
            continue
        found[school_id].setdefault(
            task_key, _Done(done_on, check_id, visit_id, dates.get(visit_id))
        )
    by_purpose: dict[tuple[str, str], tuple[str, str]] = {}
    for school_id, visit_id, day, purpose in visit_rows:
        if in_term[0] <= day <= in_term[1]:
            by_purpose.setdefault((school_id, purpose), (visit_id, day))
    for group in (term, *RECURRING_GROUPS):
        for task in forms.term(group).tasks:
            for school_id in school_ids:
                covered = by_purpose.get((school_id, task_purpose(task.key)))
                if covered and task.key not in found[school_id]:
                    found[school_id][task.key] = _Done(covered[1], None, *covered)
    return found


def checklist(
    store: Store, school_id: str, academic_year: str, term: str, support_level: str
) -> tuple[TaskGroup, ...]:
    """The school's key tasks of ``term``: the term's group, the enhanced-support group
    for a school in enhanced support, and the other tasks, each task with how it was done."""
    check_academic_year(academic_year)
    done = _done_maps(store, [school_id], academic_year, term)[school_id]
    forms = load_forms()
    return tuple(
        TaskGroup(
            group,
            tuple(
                TaskState(task, *_unpack(done.get(task.key))) for task in forms.term(group).tasks
            ),
        )
        for group in _groups_for(support_level, term)
    )


def _unpack(done: _Done | None) -> tuple[str | None, str | None, str | None, str | None]:
    if done is None:
        return None, None, None, None
    return done.done_on, done.check_id, done.visit_id, done.visit_date


def next_tasks(
    store: Store, schools: list[tuple[str, str]], academic_year: str, term: str
) -> dict[str, str | None]:
    """school id -> the key of its first task of ``term`` not yet done (the term's tasks,
    then, for a school in enhanced support, the enhanced-support ones), or None when all
    are done. ``schools`` are (id, support level) pairs. The other tasks, which not every
    school needs, are never "next"."""
    done = _done_maps(store, [s for s, _ in schools], academic_year, term)
    forms = load_forms()
    result: dict[str, str | None] = {}
    for school_id, level in schools:
        groups = [term, *(("enhanced_support",) if level == "enhanced" else ())]
        result[school_id] = next(
            (
                task.key
                for group in groups
                for task in forms.term(group).tasks
                if task.key not in done[school_id]
            ),
            None,
        )
    return result


def tick(
    store: Store,
    school_id: str,
    academic_year: str,
    task_key: str,
    done_on: date,
    visit_id: str | None = None,
) -> str:
    """Mark a key task done on ``done_on`` (by the visit ``visit_id`` if given); return the
    tick's id. The day must fall in the academic year; the visit must be the school's."""
    check_academic_year(academic_year)
    try:
        load_forms().key_task(task_key)
    except KeyError:
        raise InvalidValue(f"{task_key!r} is not a key task of the schedule") from None
    if not year_start(academic_year) <= done_on <= year_end(academic_year):
        raise InvalidValue(f"{done_on.isoformat()} is not in the academic year {academic_year}")
    if visit_id is not None:
        row = store.conn.execute(
            "SELECT school_id FROM visits WHERE id = ? AND deleted_at IS NULL", [visit_id]
        ).fetchone()
        if row is None or row[0] != school_id:
            raise InvalidValue("The visit that covered the task must be a visit of this school.")
    return records.insert(
        store,
        "key_task_checks",
        {
            "school_id": school_id,
            "academic_year": academic_year,
            "task_key": task_key,
            "done_on": done_on.isoformat(),
            "visit_id": visit_id,
        },
    )


def untick(store: Store, check_id: str) -> None:
    """Take a tick back (the task is not done again, unless a visit covered it)."""
    records.delete(store, "key_task_checks", check_id)
