"""Frozen read models the store hands out. Safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class School:
    id: str
    number: str
    name: str
    la_code: str
    la_name: str
    sector: str
    welsh_medium_type: str | None
    school_type: str | None
    support_level: str
    headteacher: str | None
    postcode: str | None
    pupils: int | None
    report_language: str | None
    address: tuple[str, ...]
    phone: str | None
    memberships: tuple[str, ...]
    contacts: tuple[str, ...] = ()  # one line each: "role: name <e-mail>" or free text


@dataclass(frozen=True)
class Judgement:
    id: str
    priority_id: str
    term: str
    track: str
    rate: str
    rationale: str
    judged_on: str
    judged_by: str | None


_TERM_ORDER = {"autumn": 0, "spring": 1, "summer": 2}


@dataclass(frozen=True)
class PastJudgement:
    """A judgement with the academic year it was made in (a priority's own, or one of a
    priority it continues from an earlier year)."""

    academic_year: str
    judgement: Judgement

    @property
    def when(self) -> tuple[str, int]:
        """Sort key: year, then term."""
        return (self.academic_year, _TERM_ORDER[self.judgement.term])


@dataclass(frozen=True)
class Priority:
    """A priority of a school's year. ``earlier`` holds the judgements of the priorities it
    continues (carried forward from earlier years, linked by ``continues_id``), oldest
    first; ``continued_by`` is set once the priority itself has been carried forward."""

    id: str
    school_id: str
    academic_year: str
    title: str
    description: str
    reform_area: str | None
    sdp_reference: str | None
    status: str
    judgements: tuple[Judgement, ...]
    success_criteria: str = ""
    risks: str = ""  # risks to progress
    la_approval: str | None = None  # None (not yet sent), sent, approved, not_approved
    la_approved_on: str | None = None
    la_approved_by: str | None = None  # who at the LA
    continues_id: str | None = None
    earlier: tuple[PastJudgement, ...] = ()
    continued_by: str | None = None  # the next year's priority that carries this one on

    def history_before(self, term: str) -> tuple[PastJudgement, ...]:
        """Every judgement made before ``term`` of this priority's year, oldest first:
        those of earlier years (through the carried-forward chain), then this year's
        earlier terms."""
        own = tuple(
            PastJudgement(self.academic_year, j)
            for j in self.judgements
            if _TERM_ORDER[j.term] < _TERM_ORDER[term]
        )
        return tuple(sorted(self.earlier + own, key=lambda p: p.when))

    @property
    def latest(self) -> Judgement | None:
        """The judgement of the latest term recorded, if any."""
        if not self.judgements:
            return None
        return max(self.judgements, key=lambda j: _TERM_ORDER[j.term])


@dataclass(frozen=True)
class Visit:
    id: str
    school_id: str
    visit_date: str
    purpose: str
    attendees: tuple[str, ...]
    aspects: tuple[str, ...]
    summary: str
    next_visit_date: str | None
    status: str
    finalised_at: str | None
    corrected_at: str | None
    days: float = 1.0  # of the partner's time: 1 (a whole day) or 0.5 (a half day)
    next_visit_focus: str = ""
    ht_response: str = ""  # the headteacher's response to the note
    recipients: tuple[str, ...] = ()  # who receives the note besides the headteacher


@dataclass(frozen=True)
class Answer:
    visit_id: str
    aspect: str
    question: int
    answer: str


@dataclass(frozen=True)
class Attachment:
    id: str
    evidence_id: str
    sha256: str
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class Evidence:
    id: str
    visit_id: str
    aspect: str
    question: int | None
    kind: str
    body: str
    stance: str
    in_report: bool
    attachments: tuple[Attachment, ...]


@dataclass(frozen=True)
class Action:
    id: str
    school_id: str
    visit_id: str | None
    description: str
    owner: str
    due_on: str | None
    status: str


@dataclass(frozen=True)
class Support:
    id: str
    school_id: str
    priority_id: str | None
    visit_id: str | None
    academic_year: str
    provider_kind: str
    provider_name: str
    description: str
    days: float
    status: str
    impact: str


@dataclass(frozen=True)
class Practice:
    id: str
    school_id: str
    title: str
    description: str
    reform_area: str | None


@dataclass(frozen=True)
class SupportLevelDecision:
    id: str
    school_id: str
    decided_on: str
    from_level: str
    to_level: str
    reason: str
    agreed_by: tuple[str, ...] = ()  # of AGREEING_PARTIES: school, governors, la, consortium
    raised_by: str | None = None  # "partner" or "la"


@dataclass(frozen=True)
class Categorisation:
    year: str
    colour: str


@dataclass(frozen=True)
class DaysAccount:
    """One school's days in one year (see :mod:`desktop.store.support_days`).

    ``minimum`` is None for a sector without a minimum; ``due`` is then the agreed days
    alone (None if none were agreed either).
    """

    partner_days: float
    whole_day_visits: int
    half_day_visits: int
    minimum: int | None
    agreed: float
    brokered: float

    @property
    def due(self) -> float | None:
        if self.minimum is None and not self.agreed:
            return None
        return float(self.minimum or 0) + self.agreed

    @property
    def short(self) -> float | None:
        """Days of the partner's time still due this year (0 once met); None if none due."""
        due = self.due
        return None if due is None else max(0.0, due - self.partner_days)


@dataclass(frozen=True)
class CaseloadRow:
    """One school on a partner's home screen. ``support_days_used`` is brokered support
    (agreed, under way or complete); ``days`` counts the partner's own time too."""

    school: School
    latest: tuple[tuple[str, Judgement | None], ...]  # (priority title, latest judgement)
    support_days_used: float
    last_visit: str | None
    open_actions: int
    read_only_until: str | None = None  # handed on this term: readable until then only
    days: DaysAccount | None = None


@dataclass(frozen=True)
class SchoolLog:
    """Everything of one school's SIPL for one academic year (visits: all years)."""

    school: School
    academic_year: str
    priorities: tuple[Priority, ...]
    visits: tuple[Visit, ...]
    open_actions: tuple[Action, ...]
    support: tuple[Support, ...]
    practice: tuple[Practice, ...]
    decisions: tuple[SupportLevelDecision, ...]
    categorisations: tuple[Categorisation, ...]
    days: DaysAccount | None = None  # the year's days: the partner's, due, brokered


@dataclass(frozen=True)
class SearchHit:
    table: str
    row_id: str
    school_id: str
    school_name: str
    snippet: str
