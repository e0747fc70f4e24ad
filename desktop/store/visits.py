"""Visits: the five enquiry questions per aspect, first-hand evidence, and what was agreed.

Aspects are written ``priority:<priority id>`` or ``area:<reform area key>``.
Editing anything of a final visit stamps the visit's ``corrected_at``: a corrected visit
says so, and the central store keeps the history of each field.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.store import records
from desktop.store.errors import InvalidValue
from desktop.store.ids import now_stamp, stable_id
from desktop.store.models import Answer, Attachment, Evidence, Visit
from desktop.store.store import Store
from desktop.store.vocabulary import check_evidence_kind, check_purpose, check_reform_area

STANCES = ("strength", "concern", "neutral")
VISIT_FIELDS = frozenset(
    {
        "visit_date",
        "purpose",
        "attendees",
        "aspects",
        "summary",
        "next_visit_date",
        "days",
        "next_visit_focus",
        "ht_response",
        "recipients",
    }
)
#: How much of the partner's time a visit takes: a whole day or a half day.
VISIT_LENGTHS: tuple[float, ...] = (1.0, 0.5)


def check_visit_days(days: object) -> float:
    """``days`` as a visit's length (1 or 0.5); InvalidValue for anything else."""
    if isinstance(days, bool) or not isinstance(days, int | float) or days not in VISIT_LENGTHS:
        raise InvalidValue(f"A visit takes a whole day (1) or a half day (0.5), not {days!r}")
    return float(days)


def priority_aspect(priority_id: str) -> str:
    return f"priority:{priority_id}"


def area_aspect(area_key: str) -> str:
    return f"area:{area_key}"


def _check_aspect(store: Store, aspect: str) -> None:
    kind, _, ref = aspect.partition(":")
    if kind == "priority":
        records.get(store, "priorities", ref)
    elif kind == "area":
        check_reform_area(ref)
    else:
        raise InvalidValue(f"{aspect!r} is not an aspect (priority:<id> or area:<key>)")


def start_visit(
    store: Store,
    school_id: str,
    visit_date: date,
    purpose: str,
    *,
    attendees: list[str] | None = None,
    aspects: list[str] | None = None,
    person_id: str | None = None,
    days: float = 1.0,
) -> str:
    """Start a draft visit of ``days`` (a whole day, 1, or a half day, 0.5); return its id."""
    check_purpose(purpose)
    check_visit_days(days)
    for aspect in aspects or []:
        _check_aspect(store, aspect)
    return records.insert(
        store,
        "visits",
        {
            "school_id": school_id,
            "person_id": person_id,
            "visit_date": visit_date.isoformat(),
            "purpose": purpose,
            "attendees": attendees or [],
            "aspects": aspects or [],
            "days": float(days),
        },
    )


def _touch_if_final(store: Store, visit_id: str) -> None:
    visit = records.get(store, "visits", visit_id)
    if visit["status"] == "final":
        records.update(store, "visits", visit_id, {"corrected_at": now_stamp()})


def update_visit(store: Store, visit_id: str, **changes: Any) -> set[str]:
    """Edit a visit's date, purpose, attendees, aspects, summary or next visit date."""
    unknown = set(changes) - VISIT_FIELDS
    if unknown:
        raise InvalidValue(f"Visits have no field {sorted(unknown)}")
    if "purpose" in changes:
        check_purpose(changes["purpose"])
    if "days" in changes:
        changes["days"] = check_visit_days(changes["days"])
    for aspect in changes.get("aspects", []):
        _check_aspect(store, aspect)
    for key in ("visit_date", "next_visit_date"):
        if isinstance(changes.get(key), date):
            changes[key] = changes[key].isoformat()
    with store.transaction():
        changed = records.update(store, "visits", visit_id, changes)
        if changed:
            _touch_if_final(store, visit_id)
    return changed


def set_answer(store: Store, visit_id: str, aspect: str, question: int, text: str) -> str:
    """Save the answer to one of the five questions for one aspect; return the answer id.

    Called on every pause in typing: unchanged text writes nothing.
    """
    if question not in range(1, 6):
        raise InvalidValue(f"Question must be 1 to 5, not {question}")
    with store.transaction():
        records.restore(store, "enquiry_answers", stable_id(visit_id, aspect, str(question)))
        row = store.conn.execute(
            "SELECT id FROM enquiry_answers WHERE visit_id = ? AND aspect = ? AND question = ?"
            " AND deleted_at IS NULL",
            [visit_id, aspect, question],
        ).fetchone()
        if row:
            if records.update(store, "enquiry_answers", row[0], {"answer": text}):
                _touch_if_final(store, visit_id)
            return str(row[0])
        _check_aspect(store, aspect)
        answer_id = records.insert(
            store,
            "enquiry_answers",
            {
                "id": stable_id(visit_id, aspect, str(question)),
                "visit_id": visit_id,
                "aspect": aspect,
                "question": question,
                "answer": text,
            },
        )
        _touch_if_final(store, visit_id)
        return answer_id


def record_evidence(
    store: Store,
    visit_id: str,
    aspect: str,
    kind: str,
    body: str,
    *,
    question: int | None = None,
    stance: str = "neutral",
    in_report: bool = True,
) -> str:
    """Record an item of first-hand evidence for an aspect (and question); return its id."""
    check_evidence_kind(kind)
    if stance not in STANCES:
        raise InvalidValue(f"Stance must be one of {STANCES}, not {stance!r}")
    if question is not None and question not in range(1, 6):
        raise InvalidValue(f"Question must be 1 to 5, not {question}")
    with store.transaction():
        _check_aspect(store, aspect)
        evidence_id = records.insert(
            store,
            "evidence",
            {
                "visit_id": visit_id,
                "aspect": aspect,
                "question": question,
                "kind": kind,
                "body": body,
                "stance": stance,
                "in_report": in_report,
            },
        )
        _touch_if_final(store, visit_id)
    return evidence_id


def update_evidence(store: Store, evidence_id: str, **changes: Any) -> set[str]:
    """Edit an evidence item's kind, note, stance, question or whether it is printed."""
    allowed = {"kind", "body", "stance", "question", "in_report"}
    if set(changes) - allowed:
        raise InvalidValue(f"Evidence has no field {sorted(set(changes) - allowed)}")
    if "kind" in changes:
        check_evidence_kind(changes["kind"])
    if "stance" in changes and changes["stance"] not in STANCES:
        raise InvalidValue(f"Stance must be one of {STANCES}")
    with store.transaction():
        changed = records.update(store, "evidence", evidence_id, changes)
        if changed:
            _touch_if_final(store, records.get(store, "evidence", evidence_id)["visit_id"])
    return changed


def finalise_visit(store: Store, visit_id: str) -> None:
    """Mark a visit final. It can still be corrected afterwards (see module docstring)."""
    visit = records.get(store, "visits", visit_id)
    if visit["status"] != "final":
        records.update(store, "visits", visit_id, {"status": "final", "finalised_at": now_stamp()})


def add_action(
    store: Store,
    school_id: str,
    description: str,
    *,
    owner: str = "",
    due_on: date | None = None,
    visit_id: str | None = None,
) -> str:
    """Record an agreed action; return its id."""
    if not description.strip():
        raise InvalidValue("An action needs a description")
    return records.insert(
        store,
        "actions",
        {
            "school_id": school_id,
            "visit_id": visit_id,
            "description": description.strip(),
            "owner": owner,
            "due_on": due_on.isoformat() if due_on else None,
        },
    )


def set_action_status(store: Store, action_id: str, status: str, *, on: date | None = None) -> None:
    """Set an action's status (open, done, dropped) as of ``on`` (default today): the day
    is kept, so a report of an earlier period shows the action as it stood then."""
    if status not in ("open", "done", "dropped"):
        raise InvalidValue(f"Unknown action status {status!r}")
    day = (on or date.today()).isoformat()
    records.update(store, "actions", action_id, {"status": status, "status_on": day})


def request_support(
    store: Store,
    school_id: str,
    academic_year: str,
    provider_kind: str,
    *,
    provider_name: str = "",
    description: str = "",
    days: float = 0,
    priority_id: str | None = None,
    visit_id: str | None = None,
    status: str = "requested",
) -> str:
    """Record support requested or brokered for a school; return its id."""
    if days < 0:
        raise InvalidValue("Days of support cannot be negative")
    return records.insert(
        store,
        "support",
        {
            "school_id": school_id,
            "academic_year": academic_year,
            "provider_kind": provider_kind,
            "provider_name": provider_name,
            "description": description,
            "days": days,
            "priority_id": priority_id,
            "visit_id": visit_id,
            "status": status,
        },
    )


def add_practice(
    store: Store,
    school_id: str,
    title: str,
    *,
    description: str = "",
    reform_area: str | None = None,
    visit_id: str | None = None,
) -> str:
    """Record practice worth sharing; return its id."""
    if not title.strip():
        raise InvalidValue("Practice worth sharing needs a title")
    return records.insert(
        store,
        "practice",
        {
            "school_id": school_id,
            "title": title.strip(),
            "description": description,
            "reform_area": reform_area,
            "visit_id": visit_id,
        },
    )


def add_note(store: Store, school_id: str, body: str, *, visit_id: str | None = None) -> str:
    """Keep a free note about a school (searchable); return its id."""
    return records.insert(
        store, "notes", {"school_id": school_id, "visit_id": visit_id, "body": body}
    )


def _visit(row: tuple[Any, ...]) -> Visit:
    return Visit(
        id=row[0],
        school_id=row[1],
        visit_date=row[2],
        purpose=row[3],
        attendees=tuple(json.loads(row[4])),
        aspects=tuple(json.loads(row[5])),
        summary=row[6],
        next_visit_date=row[7],
        status=row[8],
        finalised_at=row[9],
        corrected_at=row[10],
        days=float(row[11]),
        next_visit_focus=row[12] or "",
        ht_response=row[13] or "",
        recipients=tuple(json.loads(row[14] or "[]")),
    )


_VISIT_COLUMNS = (
    "id, school_id, visit_date, purpose, attendees, aspects, summary, next_visit_date, status,"
    " finalised_at, corrected_at, days, next_visit_focus, ht_response, recipients"
)


def get_visit(store: Store, visit_id: str) -> Visit:
    records.get(store, "visits", visit_id)
    row = store.conn.execute(
        f"SELECT {_VISIT_COLUMNS} FROM visits WHERE id = ?", [visit_id]
    ).fetchone()
    return _visit(row)


def visits_of(store: Store, school_id: str) -> list[Visit]:
    """All the school's visits, newest first."""
    rows = store.conn.execute(
        f"SELECT {_VISIT_COLUMNS} FROM visits WHERE school_id = ? AND deleted_at IS NULL"
        " ORDER BY visit_date DESC, created_at DESC",
        [school_id],
    ).fetchall()
    return [_visit(r) for r in rows]


def answers_of(store: Store, visit_id: str) -> list[Answer]:
    """The visit's answers, by aspect then question."""
    rows = store.conn.execute(
        "SELECT visit_id, aspect, question, answer FROM enquiry_answers"
        " WHERE visit_id = ? AND deleted_at IS NULL ORDER BY aspect, question",
        [visit_id],
    ).fetchall()
    return [Answer(*r) for r in rows]


def evidence_of(store: Store, visit_id: str) -> list[Evidence]:
    """The visit's evidence items with their attachments, in the order recorded."""
    rows = store.conn.execute(
        "SELECT id, visit_id, aspect, question, kind, body, stance, in_report FROM evidence"
        " WHERE visit_id = ? AND deleted_at IS NULL ORDER BY created_at",
        [visit_id],
    ).fetchall()
    files: dict[str, list[Attachment]] = {}
    for a in store.conn.execute(
        "SELECT a.id, a.evidence_id, a.sha256, a.filename, a.media_type, a.size"
        " FROM attachments a JOIN evidence e ON e.id = a.evidence_id"
        " WHERE e.visit_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at",
        [visit_id],
    ):
        files.setdefault(a[1], []).append(Attachment(*a))
    return [
        Evidence(
            id=r[0],
            visit_id=r[1],
            aspect=r[2],
            question=r[3],
            kind=r[4],
            body=r[5],
            stance=r[6],
            in_report=bool(r[7]),
            attachments=tuple(files.get(r[0], [])),
        )
        for r in rows
    ]
