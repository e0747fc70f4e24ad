"""Local authorities and schools: reading them, editing their details, core/enhanced."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.store import records
from desktop.store.errors import InvalidValue, NotFound
from desktop.store.models import School
from desktop.store.store import Store

SUPPORT_LEVELS = ("core", "enhanced")
REPORT_LANGUAGES = ("en", "cy", "both")
EDITABLE_DETAILS = frozenset({"headteacher", "contacts", "memberships", "report_language", "phone"})

_SELECT = """
SELECT s.*, la.code AS la_code, la.name AS la_name
FROM schools s JOIN local_authorities la ON la.id = s.la_id
WHERE s.deleted_at IS NULL
"""


def ensure_local_authority(
    store: Store, code: str, name: str, *, origin: records.Origin = "local"
) -> str:
    """Return the id of the LA with ``code``, creating it or updating its name."""
    row = store.conn.execute(
        "SELECT id, name FROM local_authorities WHERE code = ? AND deleted_at IS NULL", [code]
    ).fetchone()
    if row is None:
        return records.insert(
            store, "local_authorities", {"code": code, "name": name}, origin=origin
        )
    if name and row[1] != name:
        records.update(store, "local_authorities", row[0], {"name": name}, origin=origin)
    return str(row[0])


def _contact_line(contact: object) -> str:
    """A contact as one line of text (stored as text, or as a table from older data)."""
    if not isinstance(contact, dict):
        return str(contact)
    role, name, email = (str(contact.get(k) or "") for k in ("role", "name", "email"))
    who = " ".join(part for part in (name, f"<{email}>" if email else "") if part)
    return f"{role}: {who}" if role and who else role or who


def _school(row: dict[str, Any]) -> School:
    address = tuple(part for part in (row[f"address_{i}"] for i in range(1, 5)) if part)
    memberships = tuple(
        str(m.get("name", "")) if isinstance(m, dict) else str(m)
        for m in json.loads(row["memberships"] or "[]")
    )
    return School(
        id=row["id"],
        number=row["number"],
        name=row["name"],
        la_code=row["la_code"],
        la_name=row["la_name"],
        sector=row["sector"],
        welsh_medium_type=row["welsh_medium_type"],
        school_type=row["school_type"],
        support_level=row["support_level"],
        headteacher=row["headteacher"],
        postcode=row["postcode"],
        pupils=row["pupils"],
        report_language=row["report_language"],
        address=address,
        phone=row["phone"],
        memberships=memberships,
        contacts=tuple(
            line for line in map(_contact_line, json.loads(row["contacts"] or "[]")) if line
        ),
    )


def _rows(store: Store, where: str = "", params: list[Any] | None = None) -> list[School]:
    cursor = store.conn.execute(_SELECT + where, params or [])
    names = [d[0] for d in cursor.description]
    return [_school(dict(zip(names, r, strict=True))) for r in cursor.fetchall()]


def get_school(store: Store, school_id: str) -> School:
    """The live school ``school_id``; raises NotFound."""
    found = _rows(store, " AND s.id = ?", [school_id])
    if not found:
        raise NotFound("schools", school_id)
    return found[0]


def school_by_number(store: Store, number: str) -> School | None:
    """The live school with the 7-digit ``number``, or None."""
    found = _rows(store, " AND s.number = ?", [number])
    return found[0] if found else None


def schools_where(store: Store, condition: str, params: list[Any]) -> list[School]:
    """Live schools matching an SQL condition on ``s`` (the schools table), by name."""
    return _rows(store, f" AND ({condition}) ORDER BY s.name COLLATE NOCASE", params)


def all_schools(store: Store) -> list[School]:
    """Every live school, by name."""
    return _rows(store, " ORDER BY s.name COLLATE NOCASE")


def update_details(store: Store, school_id: str, **details: Any) -> set[str]:
    """Edit a school's own details (headteacher, contacts, memberships, report language)."""
    unknown = set(details) - EDITABLE_DETAILS
    if unknown:
        raise InvalidValue(f"These school details cannot be edited here: {sorted(unknown)}")
    language = details.get("report_language")
    if language is not None and language not in REPORT_LANGUAGES:
        raise InvalidValue(f"Report language must be one of {REPORT_LANGUAGES}")
    return records.update(store, "schools", school_id, details)


#: Who may agree a move between core and enhanced support, in the documents' order.
AGREEING_PARTIES: tuple[str, ...] = ("school", "governors", "la", "consortium")
#: Who raised a move: the improvement partner, or the local authority's concerns.
RAISED_BY: tuple[str, ...] = ("partner", "la")


def set_support_level(
    store: Store,
    school_id: str,
    to_level: str,
    reason: str,
    *,
    decided_on: date,
    decided_by: str | None = None,
    agreed_by: list[str] | None = None,
    raised_by: str | None = None,
) -> str:
    """Move a school between core and enhanced support, recording the decision and reason,
    who agreed it (of :data:`AGREEING_PARTIES`) and who raised it (the partner or the LA:
    the LA can start a move too).

    The decision and the school's new level are written in one transaction. Raises
    InvalidValue for an unknown level, an empty reason, or no change of level.
    """
    if to_level not in SUPPORT_LEVELS:
        raise InvalidValue(f"Support level must be core or enhanced, not {to_level!r}")
    if not reason.strip():
        raise InvalidValue("A reason is needed to change a school's support level")
    unknown = sorted(set(agreed_by or []) - set(AGREEING_PARTIES))
    if unknown:
        raise InvalidValue(f"Unknown parties to the decision: {', '.join(unknown)}")
    if raised_by is not None and raised_by not in RAISED_BY:
        raise InvalidValue(f"A move is raised by the partner or the LA, not {raised_by!r}")
    with store.transaction():
        school = get_school(store, school_id)
        if school.support_level == to_level:
            raise InvalidValue(f"{school.name} already receives {to_level} support")
        decision = records.insert(
            store,
            "support_level_decisions",
            {
                "school_id": school_id,
                "decided_on": decided_on.isoformat(),
                "from_level": school.support_level,
                "to_level": to_level,
                "reason": reason.strip(),
                "decided_by": decided_by,
                "agreed_by": [p for p in AGREEING_PARTIES if p in (agreed_by or [])],
                "raised_by": raised_by,
            },
        )
        records.update(store, "schools", school_id, {"support_level": to_level})
    return decision
