"""Read models of a principal improvement partner's desk, over a PIP laptop's synced store.

A PIP's laptop holds every school of their team (the central store's scope), so these views
are computed locally from the last sync. Qt-free; every function returns frozen dataclasses
that may cross threads, and runs on the thread that owns the store.

Also :func:`reallocate`, the one write of the desk: moving a school between partners of the
team. The central store accepts it only from a PIP whose team holds the school and the
receiving partner (see ``sync.server.storage``).
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from itertools import pairwise

from desktop.store import caseload, people, priorities, records, sync_state
from desktop.store.calendar import TERMS, allocation_state, check_academic_year
from desktop.store.desk_facts import desk_facts
from desktop.store.errors import InvalidValue
from desktop.store.models import DaysAccount, Judgement, School, Support
from desktop.store.store import Store
from forms import load_forms
from forms.model import Text

_COUNTED_SUPPORT = ("agreed", "in_progress", "complete")


# -- who holds what ----------------------------------------------------------------------


@dataclass(frozen=True)
class Holder:
    """The partner a school is allocated to for a year.

    ``last_sync`` is when that partner's laptop last synced (UTC ISO text) as the central
    store told this PIP laptop, None when unknown; ``starts_on`` / ``ends_on`` are the
    allocation's dates (ISO) when it has them."""

    person_id: str
    name: str
    last_sync: str | None = None
    starts_on: str | None = None
    ends_on: str | None = None


def _allocations(store: Store, academic_year: str) -> list[tuple[str, Holder]]:
    """(school id, holder) of every live allocation of the year, oldest first."""
    syncs = sync_state.team_last_syncs(store)
    return [
        (school_id, Holder(person_id, name, syncs.get(person_id), starts_on, ends_on))
        for school_id, person_id, name, starts_on, ends_on in store.conn.execute(
            "SELECT a.school_id, a.person_id, coalesce(p.name, ''), a.starts_on, a.ends_on"
            " FROM allocations a LEFT JOIN people p ON p.id = a.person_id"
            " WHERE a.academic_year = ? AND a.deleted_at IS NULL ORDER BY a.created_at, a.id",
            [academic_year],
        )
    ]


def holders(store: Store, academic_year: str, today: date | None = None) -> dict[str, Holder]:
    """school id -> the partner holding it for the year.

    With ``today``, the partner whose allocation is current that day
    (:func:`calendar.allocation_state`); without, or when none is, the latest live
    allocation."""
    found: dict[str, Holder] = {}
    current: dict[str, Holder] = {}
    for school_id, holder in _allocations(store, academic_year):
        found[school_id] = holder
        if today is not None and allocation_state(holder.starts_on, holder.ends_on, today) == (
            "current"
        ):
            current[school_id] = holder
    return found | current


def incoming(store: Store, academic_year: str, today: date) -> dict[str, Holder]:
    """school id -> the partner a school is handed to on a later date (``starts_on``)."""
    day = today.isoformat()
    return {
        school_id: holder
        for school_id, holder in _allocations(store, academic_year)
        if holder.starts_on is not None and holder.starts_on > day
    }


def team_partners(store: Store) -> list[tuple[str, str]]:
    """(person id, name) of the improvement partners of this profile owner's team (every
    partner when the owner has no team), by name: whom a PIP can hand a school to."""
    team = desk_facts(store).team
    query = "SELECT id, name FROM people WHERE role = 'ip' AND deleted_at IS NULL"
    params: list[str] = []
    if team:
        query += " AND team = ?"
        params.append(team)
    return [(r[0], r[1]) for r in store.db.execute(query + " ORDER BY name", params)]


def reallocate(
    store: Store, school_id: str, to_person_id: str, academic_year: str, *, on: date
) -> str:
    """Hand a school to ``to_person_id`` for the year from ``on``, in one transaction;
    return the receiving allocation's id.

    Every other live allocation of the school for the year that runs on or after ``on``
    ends the day before (``ends_on``), so the previous partner keeps reading the school
    until the end of that term (:func:`calendar.allocation_state`); one that would only
    have started on or after ``on`` is removed. Reallocating to the partner who already
    holds it from then changes nothing. The receiving allocation is written first, so the
    central store always sees the school held within the team.

    The central store refuses it unless this laptop's partner is a PIP (or an administrator)
    whose team holds the school and includes the receiving partner.
    """
    check_academic_year(academic_year)
    day = on.isoformat()
    ended = (on - timedelta(days=1)).isoformat()
    with store.transaction():
        records.get(store, "schools", school_id)
        records.get(store, "people", to_person_id)
        rows = store.conn.execute(
            "SELECT id, person_id, starts_on, ends_on FROM allocations WHERE school_id = ?"
            " AND academic_year = ? AND deleted_at IS NULL",
            [school_id, academic_year],
        ).fetchall()
        kept = next((r[0] for r in rows if r[1] == to_person_id), None)
        if kept is None:
            kept = people.allocate(store, school_id, to_person_id, academic_year, starts_on=on)
        else:
            receiving = next(r for r in rows if r[0] == kept)
            changes: dict[str, str | None] = {}
            if receiving[2] is not None and receiving[2] > day:
                changes["starts_on"] = day
            if receiving[3] is not None:  # they hold it on from ``on``, with no end
                changes["ends_on"] = None
                if receiving[3] < day:
                    changes["starts_on"] = day
            if changes:
                records.update(store, "allocations", kept, changes)
        for allocation, _person, starts_on, ends_on in rows:
            if allocation == kept:
                continue
            if starts_on is not None and starts_on >= day:
                records.delete(store, "allocations", allocation)
            elif ends_on is None or ends_on >= day:
                records.update(store, "allocations", allocation, {"ends_on": ended})
    return kept


# -- team caseload ---------------------------------------------------------------------


@dataclass(frozen=True)
class PriorityStatus:
    """A priority of the year with its latest judgement (None: not yet judged)."""

    priority_id: str
    title: str
    latest: Judgement | None


@dataclass(frozen=True)
class TeamRow:
    """One school of the team caseload."""

    school: School
    holder: Holder | None
    priorities: tuple[PriorityStatus, ...]
    support_days_used: float
    minimum_days: int | None
    last_visit: str | None
    incoming: Holder | None = None  # handed to this partner from ``incoming.starts_on``
    days: DaysAccount | None = None  # the partner's days from visits, due, brokered

    @property
    def off_track(self) -> bool:
        """True if any priority's latest judgement is off track."""
        return any(p.latest is not None and p.latest.track == "off_track" for p in self.priorities)

    @property
    def days_short(self) -> float | None:
        """Days of the partner's own time (from visits) still due this year, against the
        sector minimum plus the days agreed for the school (0 when met); None when nothing
        is due. Brokered support never makes up for it (issue 15)."""
        if self.days is not None:
            return self.days.short
        if self.minimum_days is None:
            return None
        return max(0.0, float(self.minimum_days))


def team_caseload(
    store: Store,
    academic_year: str,
    *,
    la_code: str | None = None,
    ip_id: str | None = None,
    sector: str | None = None,
    welsh_medium_type: str | None = None,
    support_level: str | None = None,
    off_track_only: bool = False,
    today: date | None = None,
) -> list[TeamRow]:
    """Every school in the store (a PIP's: their team's), by name, with who holds it this
    year, each live priority's latest judgement, support days used (agreed, in progress or
    complete) against the sector minimum, and the last visit. Each filter given narrows
    the list; ``ip_id`` keeps the schools that partner holds for the year. With ``today``
    the holder is the partner whose allocation is current that day, and a handover dated
    later shows as ``incoming``; each holder carries their laptop's last sync when known."""
    check_academic_year(academic_year)
    forms = load_forms()
    held = holders(store, academic_year, today)
    coming = incoming(store, academic_year, today) if today is not None else {}
    rows = []
    for row in caseload.caseload(store, None, academic_year):
        school = row.school
        holder = held.get(school.id)
        if (
            (la_code is not None and school.la_code != la_code)
            or (ip_id is not None and (holder is None or holder.person_id != ip_id))
            or (sector is not None and school.sector != sector)
            or (welsh_medium_type is not None and school.welsh_medium_type != welsh_medium_type)
            or (support_level is not None and school.support_level != support_level)
        ):
            continue
        statuses = tuple(
            PriorityStatus(p.id, p.title, p.latest)
            for p in priorities.priorities_of(store, school.id, academic_year)
            if p.status != "withdrawn"
        )
        team_row = TeamRow(
            school=school,
            holder=holder,
            priorities=statuses,
            support_days_used=row.support_days_used,
            minimum_days=forms.minimum_days(school.sector),
            last_visit=row.last_visit,
            incoming=coming.get(school.id),
            days=row.days,
        )
        if off_track_only and not team_row.off_track:
            continue
        rows.append(team_row)
    return rows


# -- consistency of judgements ------------------------------------------------------------


@dataclass(frozen=True)
class RateDistribution:
    """How many judgements of each rate one partner (or one LA) made in the year.

    ``counts`` holds every rate of the scale, best first, zeros included."""

    key: str  # a person id, an LA code, or "" for schools held by nobody this year
    label: str  # the person's name or the LA's name
    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _rate, n in self.counts)


@dataclass(frozen=True)
class JudgementMove:
    """A priority whose rate moved two or more steps between two consecutive terms.

    ``steps`` is positive when progress was judged better, negative when worse."""

    school: School
    priority_id: str
    title: str
    from_judgement: Judgement
    to_judgement: Judgement
    steps: int


@dataclass(frozen=True)
class Consistency:
    by_ip: tuple[RateDistribution, ...]
    by_la: tuple[RateDistribution, ...]
    moves: tuple[JudgementMove, ...]


def judgement_consistency(store: Store, academic_year: str) -> Consistency:
    """The distribution of the four rates of progress per partner and per LA, side by side,
    and the priorities whose rate moved two or more steps between consecutive terms
    (autumn to spring, spring to summer), for the year.

    A judgement counts for the partner who holds the school this year (the one whose
    caseload it belongs to), and for the school's LA. Every judgement of a live priority
    of a live school counts, whichever term. Rows are ordered by label.
    """
    check_academic_year(academic_year)
    forms = load_forms()
    rank = {r.key: r.rank for r in forms.rates}
    scale = [r.key for r in sorted(forms.rates, key=lambda r: r.rank)]
    held = holders(store, academic_year)
    by_ip: dict[str, Counter[str]] = {}
    ip_names: dict[str, str] = {}
    by_la: dict[str, Counter[str]] = {}
    la_names: dict[str, str] = {}
    moves: list[JudgementMove] = []
    for row in caseload.caseload(store, None, academic_year):
        school = row.school
        holder = held.get(school.id)
        ip_key = holder.person_id if holder else ""
        ip_names[ip_key] = holder.name if holder else ""
        la_names[school.la_code] = school.la_name
        ip_counts = by_ip.setdefault(ip_key, Counter())
        la_counts = by_la.setdefault(school.la_code, Counter())
        for priority in priorities.priorities_of(store, school.id, academic_year):
            by_term = {j.term: j for j in priority.judgements}
            for judgement in priority.judgements:
                ip_counts[judgement.rate] += 1
                la_counts[judgement.rate] += 1
            for before, after in pairwise(TERMS):
                if before in by_term and after in by_term:
                    old, new = by_term[before], by_term[after]
                    if old.rate in rank and new.rate in rank:
                        steps = rank[old.rate] - rank[new.rate]
                        if abs(steps) >= 2:
                            moves.append(
                                JudgementMove(school, priority.id, priority.title, old, new, steps)
                            )

    def distributions(
        counters: dict[str, Counter[str]], names: dict[str, str]
    ) -> tuple[RateDistribution, ...]:
        return tuple(
            sorted(
                (
                    RateDistribution(key, names[key], tuple((r, counts[r]) for r in scale))
                    for key, counts in counters.items()
                ),
                key=lambda d: (d.label.casefold(), d.key),
            )
        )

    return Consistency(
        by_ip=distributions(by_ip, ip_names),
        by_la=distributions(by_la, la_names),
        moves=tuple(moves),
    )


# -- the LA termly view --------------------------------------------------------------------


@dataclass(frozen=True)
class LaPriority:
    """A priority with its judgement of the chosen term (None: not judged that term)."""

    priority_id: str
    title: str
    reform_area: str | None
    judgement: Judgement | None


@dataclass(frozen=True)
class LaSchoolRow:
    """One school of an LA for its termly meeting."""

    school: School
    holder: Holder | None
    term: str
    priorities: tuple[LaPriority, ...]
    support: tuple[Support, ...]  # brokered this year, cancelled left out
    days_used: float  # brokered: agreed, in progress or complete
    minimum_days: int | None
    days: DaysAccount | None = None  # the partner's days from visits, due, brokered


def la_termly_view(store: Store, la_code: str, academic_year: str, term: str) -> list[LaSchoolRow]:
    """Every school of the LA, by name, with its live priorities of the year and their
    judgements of ``term``, the support brokered this year and the days used."""
    check_academic_year(academic_year)
    if term not in TERMS:
        raise InvalidValue(f"Term must be one of {TERMS}, not {term!r}")
    forms = load_forms()
    held = holders(store, academic_year)
    rows = []
    for row in caseload.caseload(store, None, academic_year):
        school = row.school
        if school.la_code != la_code:
            continue
        found = tuple(
            LaPriority(
                p.id,
                p.title,
                p.reform_area,
                next((j for j in p.judgements if j.term == term), None),
            )
            for p in priorities.priorities_of(store, school.id, academic_year)
            if p.status != "withdrawn"
        )
        support = tuple(
            Support(*r)
            for r in store.conn.execute(
                "SELECT id, school_id, priority_id, visit_id, academic_year, provider_kind,"
                " provider_name, description, days, status, impact FROM support"
                " WHERE school_id = ? AND academic_year = ? AND deleted_at IS NULL"
                " AND status != 'cancelled' ORDER BY created_at",
                [school.id, academic_year],
            )
        )
        days = sum(s.days for s in support if s.status in _COUNTED_SUPPORT)
        rows.append(
            LaSchoolRow(
                school=school,
                holder=held.get(school.id),
                term=term,
                priorities=found,
                support=support,
                days_used=float(days),
                minimum_days=forms.minimum_days(school.sector),
                days=row.days,
            )
        )
    return rows


@cache
def _wording() -> dict[str, Text]:
    text = resources.files("desktop.store").joinpath("team_wording.toml").read_text("utf-8")
    table = tomllib.loads(text)["la_view"]
    return {key: Text(en=value["en"], cy=value["cy"]) for key, value in table.items()}


def wording(key: str, lang: str) -> str:
    """The heading ``key`` of ``team_wording.toml`` in ``lang`` (``en`` or ``cy``)."""
    return _wording()[key].get(lang)


_COLUMNS = (
    "school_number",
    "school",
    "sector",
    "improvement_partner",
    "support_level",
    "priority",
    "reform_area",
    "term",
    "rate",
    "track",
    "rationale",
    "support_brokered",
    "days_used",
    "partner_days",
    "minimum_days",
    "agreed_days",
)


def _days(value: float) -> str:
    return f"{value:g}"


def _brokered(support: Support, lang: str) -> str:
    """The provider's name, else its kind in words (never the kind's key)."""
    kind = load_forms().support_kind(support.provider_kind).name.get(lang)
    provider = support.provider_name or kind
    said = f"{provider}: {support.description}" if support.description else provider
    return f"{said} ({_days(support.days)})"


LaCell = str | int | float | None
"""A cell of the LA termly view: text, or a number of days (None: no sector minimum)."""

LA_VIEW_COLUMNS = _COLUMNS
"""The keys of the LA termly view's columns, in order (headings: :func:`wording`)."""


def la_view_lines(rows: list[LaSchoolRow], lang: str) -> tuple[list[str], list[list[LaCell]]]:
    """The LA termly view as headings and lines in ``lang`` (``en`` or ``cy``), shared by
    every export format: one line per priority (a school without priorities has one line
    saying so); the names of rates, tracks, terms, reform areas and support levels come
    from ``forms``. Days (brokered; the partner's, from visits; agreed beyond the minimum)
    are floats and the sector minimum an int (None without one); every other cell is
    text."""
    forms = load_forms()
    lines: list[list[LaCell]] = []
    for row in rows:
        school = row.school
        brokered = "; ".join(_brokered(s, lang) for s in row.support)
        common: list[LaCell] = [
            school.number,
            school.name,
            _sector(school.sector, lang),
            row.holder.name if row.holder else wording("unallocated", lang),
            forms.support_level(school.support_level).name.get(lang),
        ]
        days = row.days
        tail: list[LaCell] = [
            brokered,
            float(row.days_used),
            days.partner_days if days else None,
            row.minimum_days,
            days.agreed if days else None,
        ]
        term = forms.term(row.term).name.get(lang)
        if not row.priorities:
            lines.append([*common, wording("no_priorities", lang), "", term, "", "", "", *tail])
        for priority in row.priorities:
            area = (
                forms.reform_area(priority.reform_area).name.get(lang)
                if priority.reform_area
                else ""
            )
            judged = priority.judgement
            if judged is None:
                judgement: list[LaCell] = [wording("not_judged", lang), "", ""]
            else:
                judgement = [
                    forms.rate(judged.rate).name.get(lang),
                    forms.track(judged.track).name.get(lang),
                    judged.rationale,
                ]
            lines.append([*common, priority.title, area, term, *judgement, *tail])
    return [wording(c, lang) for c in _COLUMNS], lines


def _sector(sector: str, lang: str) -> str:
    """The sector's name in ``lang`` as ``forms`` words it (the raw value when unknown)."""
    minimum = load_forms().support_minimum(sector)
    return sector if minimum is None else minimum.label.get(lang)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(cell: LaCell) -> str:
    """A cell as CSV text; typed text that a spreadsheet would take for a formula is
    written with a leading apostrophe, so opening the file never runs it."""
    if cell is None:
        return ""
    if isinstance(cell, float):
        return _days(cell)
    text = str(cell)
    return "'" + text if isinstance(cell, str) and text.startswith(_FORMULA_STARTS) else text


def la_view_csv(rows: list[LaSchoolRow], lang: str) -> str:
    """The LA termly view (:func:`la_view_lines`) as CSV text with headings in ``lang``.

    The first row is the protective marking in ``lang`` (``forms``' ``marking.toml``, e.g.
    ``OFFICIAL–SENSITIVE``), alone in one cell; the headings are the second row and the
    lines follow. Write it with ``encoding="utf-8-sig"`` so spreadsheet programs read Welsh
    letters correctly."""
    headings, lines = la_view_lines(rows, lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_csv_cell(load_forms().marking_in(lang))])
    writer.writerow(headings)
    for line in lines:
        writer.writerow([_csv_cell(cell) for cell in line])
    return out.getvalue()
