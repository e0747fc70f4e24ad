"""School improvement priorities and their termly progress judgements."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.store import records
from desktop.store.calendar import TERMS, check_academic_year
from desktop.store.errors import InvalidValue
from desktop.store.ids import stable_id
from desktop.store.models import Judgement, PastJudgement, Priority
from desktop.store.store import Store
from desktop.store.vocabulary import check_rate, check_reform_area

PRIORITY_STATUSES = ("active", "achieved", "carried_forward", "withdrawn")
TRACKS = ("on_track", "off_track")
PRIORITY_FIELDS = frozenset(
    {
        "title",
        "description",
        "reform_area",
        "sdp_reference",
        "status",
        "position",
        "success_criteria",
        "risks",
        "la_approval",
        "la_approved_on",
        "la_approved_by",
    }
)
#: Where a priority stands with the local authority, which approves it (None: not yet sent).
LA_APPROVAL_STATES: tuple[str, ...] = ("sent", "approved", "not_approved")


def add_priority(
    store: Store,
    school_id: str,
    academic_year: str,
    title: str,
    *,
    reform_area: str | None = None,
    sdp_reference: str | None = None,
    description: str = "",
    success_criteria: str = "",
    risks: str = "",
    continues_id: str | None = None,
) -> str:
    """Add a priority for a school's year, with its success criteria and the risks to
    progress if known; return its id. Title must not be blank.

    ``continues_id`` links the priority to the one of the same school, from an earlier
    year, that it carries forward (see :func:`carry_forward`); the link never changes.
    """
    check_academic_year(academic_year)
    if not title.strip():
        raise InvalidValue("A priority needs a title", "no_title")
    if reform_area is not None:
        check_reform_area(reform_area)
    if continues_id is not None:
        earlier = records.get(store, "priorities", continues_id)
        if earlier["school_id"] != school_id or earlier["academic_year"] >= academic_year:
            raise InvalidValue("A priority can only continue one of its school's earlier years")
    position = store.conn.execute(
        "SELECT count(*) FROM priorities WHERE school_id = ? AND academic_year = ?",
        [school_id, academic_year],
    ).fetchone()[0]
    return records.insert(
        store,
        "priorities",
        {
            "school_id": school_id,
            "academic_year": academic_year,
            "title": title.strip(),
            "description": description,
            "reform_area": reform_area,
            "sdp_reference": sdp_reference,
            "position": position,
            "success_criteria": success_criteria,
            "risks": risks,
            **({"continues_id": continues_id} if continues_id else {}),
        },
    )


def next_year(academic_year: str) -> str:
    """The academic year after ``academic_year``: ``2025-26`` -> ``2026-27``."""
    start = int(check_academic_year(academic_year)[:4]) + 1
    return f"{start}-{(start + 1) % 100:02d}"


def continuation_of(store: Store, priority_id: str) -> str | None:
    """The id of the priority that carries ``priority_id`` forward, if there is one."""
    row = store.conn.execute(
        "SELECT id FROM priorities WHERE continues_id = ? AND deleted_at IS NULL"
        " ORDER BY created_at LIMIT 1",
        [priority_id],
    ).fetchone()
    return None if row is None else str(row[0])


def carry_forward(store: Store, priority_id: str) -> str:
    """Carry a priority into the next academic year; return the new priority's id.

    The new priority keeps the title, description, reform area, SDP reference, success
    criteria and risks to progress (not the LA's approval: a new year's plan is approved
    afresh), and is linked to this one (``continues_id``), so its visits' previous answers and its
    judgement history reach back through the years. This one is marked carried forward.
    In one transaction. A priority is carried forward once: InvalidValue if it already was.
    """
    with store.transaction():
        row = records.get(store, "priorities", priority_id)
        if continuation_of(store, priority_id) is not None:
            raise InvalidValue("This priority has already been carried forward", "carried")
        new_id = add_priority(
            store,
            row["school_id"],
            next_year(row["academic_year"]),
            row["title"],
            reform_area=row["reform_area"],
            sdp_reference=row["sdp_reference"],
            description=row["description"],
            success_criteria=row["success_criteria"] or "",
            risks=row["risks"] or "",
            continues_id=priority_id,
        )
        if row["status"] != "carried_forward":
            update_priority(store, priority_id, status="carried_forward")
    return new_id


def chain_of(store: Store, priority_id: str) -> list[str]:
    """``priority_id`` and the priorities it continues, newest first (at most 50 years,
    and never round a loop, whatever the stored links say)."""
    chain = [priority_id]
    while len(chain) < 50:
        row = store.conn.execute(
            "SELECT continues_id FROM priorities WHERE id = ?", [chain[-1]]
        ).fetchone()
        if row is None or row[0] is None or row[0] in chain:
            break
        chain.append(str(row[0]))
    return chain


def update_priority(store: Store, priority_id: str, **changes: Any) -> set[str]:
    """Edit a priority's title, description, reform area, SDP reference, status or order."""
    unknown = set(changes) - PRIORITY_FIELDS
    if unknown:
        raise InvalidValue(f"Priorities have no field {sorted(unknown)}")
    if "title" in changes and not str(changes["title"]).strip():
        raise InvalidValue("A priority needs a title")
    if changes.get("status") is not None and changes["status"] not in PRIORITY_STATUSES:
        raise InvalidValue(f"Unknown priority status {changes['status']!r}")
    if changes.get("reform_area") is not None:
        check_reform_area(changes["reform_area"])
    if changes.get("la_approval") is not None and changes["la_approval"] not in LA_APPROVAL_STATES:
        raise InvalidValue(f"Unknown LA approval state {changes['la_approval']!r}")
    if isinstance(changes.get("la_approved_on"), date):
        changes["la_approved_on"] = changes["la_approved_on"].isoformat()
    return records.update(store, "priorities", priority_id, changes)


def judge_priority(
    store: Store,
    priority_id: str,
    term: str,
    *,
    track: str,
    rate: str,
    rationale: str,
    judged_on: date,
    judged_by: str | None = None,
) -> str:
    """Record (or revise) the termly judgement of a priority; return the judgement's id.

    One judgement per priority and term: judging a term again revises it, and the revision
    travels to the central store as field changes (the server keeps the history).
    A rationale is required.
    """
    if term not in TERMS:
        raise InvalidValue(f"Term must be one of {TERMS}, not {term!r}")
    if track not in TRACKS:
        raise InvalidValue(f"Track must be on_track or off_track, not {track!r}")
    check_rate(rate)
    if not rationale.strip():
        raise InvalidValue("A judgement needs a rationale", "no_rationale")
    values = {
        "track": track,
        "rate": rate,
        "rationale": rationale.strip(),
        "judged_on": judged_on.isoformat(),
        "judged_by": judged_by,
    }
    with store.transaction():
        records.get(store, "priorities", priority_id)
        records.restore(store, "judgements", stable_id(priority_id, term))
        row = store.conn.execute(
            "SELECT id FROM judgements WHERE priority_id = ? AND term = ? AND deleted_at IS NULL",
            [priority_id, term],
        ).fetchone()
        if row:
            records.update(store, "judgements", row[0], values)
            return str(row[0])
        return records.insert(
            store,
            "judgements",
            {
                "id": stable_id(priority_id, term),
                "priority_id": priority_id,
                "term": term,
                **values,
            },
        )


def _judgements(store: Store, priority_ids: list[str]) -> dict[str, list[Judgement]]:
    found: dict[str, list[Judgement]] = {pid: [] for pid in priority_ids}
    if not priority_ids:
        return found
    marks = ",".join("?" * len(priority_ids))
    for row in store.conn.execute(
        "SELECT id, priority_id, term, track, rate, rationale, judged_on, judged_by"
        f" FROM judgements WHERE deleted_at IS NULL AND priority_id IN ({marks})",
        priority_ids,
    ):
        found[row[1]].append(Judgement(*row))
    order = {t: i for i, t in enumerate(TERMS)}
    for items in found.values():
        items.sort(key=lambda j: order[j.term])
    return found


def _earlier(store: Store, priority_id: str) -> tuple[PastJudgement, ...]:
    """The judgements of the priorities ``priority_id`` continues, oldest first."""
    earlier_ids = chain_of(store, priority_id)[1:]
    if not earlier_ids:
        return ()
    marks = ",".join("?" * len(earlier_ids))
    years = dict(
        store.conn.execute(
            f"SELECT id, academic_year FROM priorities WHERE id IN ({marks})", earlier_ids
        ).fetchall()
    )
    found = [
        PastJudgement(years[pid], judgement)
        for pid, items in _judgements(store, earlier_ids).items()
        for judgement in items
    ]
    return tuple(sorted(found, key=lambda p: p.when))


def priorities_of(store: Store, school_id: str, academic_year: str) -> list[Priority]:
    """The school's priorities for the year, in their order, each with its judgements and
    those of the priorities it continues from earlier years."""
    rows = store.conn.execute(
        "SELECT id, school_id, academic_year, title, description, reform_area, sdp_reference,"
        " status, continues_id, success_criteria, risks, la_approval, la_approved_on,"
        " la_approved_by FROM priorities WHERE school_id = ? AND academic_year = ?"
        " AND deleted_at IS NULL ORDER BY position, created_at",
        [school_id, academic_year],
    ).fetchall()
    judgements = _judgements(store, [r[0] for r in rows])
    marks = ",".join("?" * len(rows))
    continued = dict(
        store.conn.execute(
            f"SELECT continues_id, id FROM priorities WHERE deleted_at IS NULL"
            f" AND continues_id IN ({marks}) ORDER BY created_at DESC",
            [r[0] for r in rows],
        ).fetchall()
    )
    return [
        Priority(
            id=r[0],
            school_id=r[1],
            academic_year=r[2],
            title=r[3],
            description=r[4],
            reform_area=r[5],
            sdp_reference=r[6],
            status=r[7],
            judgements=tuple(judgements[r[0]]),
            continues_id=r[8],
            earlier=_earlier(store, r[0]) if r[8] else (),
            continued_by=continued.get(r[0]),
            success_criteria=r[9] or "",
            risks=r[10] or "",
            la_approval=r[11],
            la_approved_on=r[12],
            la_approved_by=r[13],
        )
        for r in rows
    ]
