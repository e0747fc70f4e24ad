"""The evidence behind a termly judgement, for a PIP quality-assuring judgements.

Qt-free. Every function returns frozen dataclasses that may cross threads, and runs on the
thread that owns the store. Reads only: nothing here writes.

:func:`evidence_behind` gathers, for one priority and one term of an academic year:

- the school, the priority, the partner holding the school that year;
- the priority's judgement of that term (rate, track, rationale, who recorded it and when)
  and its judgement of the previous term of the same year (none for autumn: a priority
  belongs to one academic year, so autumn has no previous term to compare with);
- every live visit of the school dated within the term (``key_tasks.term_bounds``), oldest
  first, drafts included and marked by their status. For each visit: its purpose, status,
  summary and who made it, and for the priority's aspect (``priority:<id>``) the answers to
  the five enquiry questions (all five, "" where unanswered) and the first-hand evidence
  items in the order recorded (kind, body, stance, the question they bear on, attachments).
  A visit that did not discuss the priority is still listed, with ``discussed`` False, so
  the reader sees what else the partner did that term.

:func:`judgements_of_year` lists the judgements behind the distributions of
:func:`desktop.store.team.judgement_consistency` (the same judgements, attributed the same
way), optionally narrowed to one partner or one LA.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.store import caseload, priorities, records, schools, visits
from desktop.store.calendar import TERMS, check_academic_year
from desktop.store.errors import InvalidValue, NotFound
from desktop.store.key_tasks import term_bounds
from desktop.store.models import Evidence, Judgement, Priority, School, Visit
from desktop.store.people import person_name
from desktop.store.store import Store
from desktop.store.team import Holder, holders

QUESTIONS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class JudgedBy:
    """A judgement with the name of the partner who recorded it (None: not known here)."""

    judgement: Judgement
    judged_by_name: str | None


@dataclass(frozen=True)
class VisitEvidence:
    """One visit of the term, seen from one priority.

    ``answers`` holds the five questions in order as ``(number, text)``, with "" for a
    question not answered; ``evidence`` holds only the items recorded for the priority's
    aspect. ``discussed`` is True when the priority is among the visit's aspects or the
    visit holds an answer or evidence for it."""

    visit: Visit
    visited_by: str | None
    discussed: bool
    answers: tuple[tuple[int, str], ...]
    evidence: tuple[Evidence, ...]

    @property
    def answered(self) -> int:
        """How many of the five questions have a non-blank answer."""
        return sum(1 for _n, text in self.answers if text.strip())


@dataclass(frozen=True)
class JudgementEvidence:
    """Everything a reader needs to see why a priority was judged as it was in a term."""

    school: School
    priority: Priority
    holder: Holder | None
    academic_year: str
    term: str
    first_day: date
    last_day: date
    judgement: JudgedBy | None
    previous_term: str | None
    previous: JudgedBy | None
    visits: tuple[VisitEvidence, ...]

    @property
    def evidence_count(self) -> int:
        """Evidence items for the priority over every visit of the term."""
        return sum(len(v.evidence) for v in self.visits)


def previous_term(term: str) -> str | None:
    """The term before ``term`` in the same academic year (None for autumn)."""
    if term not in TERMS:
        raise InvalidValue(f"Term must be one of {TERMS}, not {term!r}")
    index = TERMS.index(term)
    return TERMS[index - 1] if index else None


def _priority(store: Store, priority_id: str) -> Priority:
    row = records.get(store, "priorities", priority_id)
    for found in priorities.priorities_of(store, row["school_id"], row["academic_year"]):
        if found.id == priority_id:
            return found
    raise NotFound("priorities", priority_id)  # pragma: no cover - read in one transaction


def _judged(store: Store, judgement: Judgement | None) -> JudgedBy | None:
    if judgement is None:
        return None
    return JudgedBy(judgement, person_name(store, judgement.judged_by))


def _visits_in(store: Store, school_id: str, first: date, last: date) -> list[tuple[Visit, str]]:
    """(visit, person id or "") of the school's live visits in [first, last], oldest first."""
    people = dict(
        store.conn.execute(
            "SELECT id, coalesce(person_id, '') FROM visits WHERE school_id = ?"
            " AND deleted_at IS NULL AND visit_date BETWEEN ? AND ?",
            [school_id, first.isoformat(), last.isoformat()],
        ).fetchall()
    )
    found = [v for v in visits.visits_of(store, school_id) if v.id in people]
    found.reverse()  # visits_of is newest first
    return [(v, str(people[v.id])) for v in found]


def evidence_behind(
    store: Store, priority_id: str, term: str, academic_year: str
) -> JudgementEvidence:
    """The judgement of ``priority_id`` for ``term`` of ``academic_year`` with the evidence
    gathered that term (see the module docstring for exactly what is included).

    Raises NotFound for an unknown or deleted priority, InvalidValue for an unknown term or
    a priority of another academic year. The judgement itself may be missing (None).
    """
    check_academic_year(academic_year)
    before = previous_term(term)
    priority = _priority(store, priority_id)
    if priority.academic_year != academic_year:
        raise InvalidValue(
            f"The priority belongs to {priority.academic_year}, not to {academic_year}"
        )
    school = schools.get_school(store, priority.school_id)
    by_term = {j.term: j for j in priority.judgements}
    first, last = term_bounds(academic_year, term)
    aspect = visits.priority_aspect(priority_id)
    names: dict[str, str | None] = {}
    seen: list[VisitEvidence] = []
    for visit, person_id in _visits_in(store, school.id, first, last):
        given = {
            a.question: a.answer for a in visits.answers_of(store, visit.id) if a.aspect == aspect
        }
        evidence = tuple(e for e in visits.evidence_of(store, visit.id) if e.aspect == aspect)
        if person_id and person_id not in names:
            names[person_id] = person_name(store, person_id)
        seen.append(
            VisitEvidence(
                visit=visit,
                visited_by=names.get(person_id) if person_id else None,
                discussed=aspect in visit.aspects
                or any(t.strip() for t in given.values())
                or bool(evidence),
                answers=tuple((n, given.get(n, "")) for n in QUESTIONS),
                evidence=evidence,
            )
        )
    return JudgementEvidence(
        school=school,
        priority=priority,
        holder=holders(store, academic_year).get(school.id),
        academic_year=academic_year,
        term=term,
        first_day=first,
        last_day=last,
        judgement=_judged(store, by_term.get(term)),
        previous_term=before,
        previous=_judged(store, by_term.get(before)) if before else None,
        visits=tuple(seen),
    )


@dataclass(frozen=True)
class JudgementRow:
    """One judgement of the year with where it belongs."""

    school: School
    holder: Holder | None
    priority_id: str
    title: str
    judgement: Judgement


def judgements_of_year(
    store: Store,
    academic_year: str,
    *,
    ip_key: str | None = None,
    la_code: str | None = None,
) -> tuple[JudgementRow, ...]:
    """Every judgement counted by ``team.judgement_consistency`` for the year (every
    judgement of a live priority of a live school, whichever term), by school name, then
    the priority's order, then term.

    ``ip_key`` keeps the schools held that year by that partner (its person id; "" keeps
    the schools held by nobody), as the distribution rows key them; ``la_code`` keeps one
    LA's schools."""
    check_academic_year(academic_year)
    held = holders(store, academic_year)
    found: list[JudgementRow] = []
    for row in caseload.caseload(store, None, academic_year):
        school = row.school
        holder = held.get(school.id)
        if ip_key is not None and (holder.person_id if holder else "") != ip_key:
            continue
        if la_code is not None and school.la_code != la_code:
            continue
        for priority in priorities.priorities_of(store, school.id, academic_year):
            for judgement in priority.judgements:
                found.append(JudgementRow(school, holder, priority.id, priority.title, judgement))
    return tuple(found)
