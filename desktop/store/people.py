"""Improvement partners, principal improvement partners and their allocations."""

from __future__ import annotations

from datetime import date

from desktop.store import records
from desktop.store.calendar import check_academic_year
from desktop.store.errors import InvalidValue
from desktop.store.store import Store

ROLES = ("ip", "pip", "admin")
ME_SETTING = "me"


def add_person(
    store: Store,
    name: str,
    role: str,
    *,
    email: str | None = None,
    team: str | None = None,
    origin: records.Origin = "local",
) -> str:
    """Add a partner; return their id."""
    if role not in ROLES:
        raise InvalidValue(f"Role must be one of {ROLES}, not {role!r}")
    if not name.strip():
        raise InvalidValue("A person needs a name")
    return records.insert(
        store,
        "people",
        {"name": name.strip(), "role": role, "email": email, "team": team},
        origin=origin,
    )


def allocate(
    store: Store,
    school_id: str,
    person_id: str,
    academic_year: str,
    *,
    starts_on: date | None = None,
    origin: records.Origin = "local",
) -> str:
    """Allocate a school to a partner for an academic year; return the allocation id.

    Allocating the same school to the same partner for the same year twice returns the
    existing allocation.
    """
    check_academic_year(academic_year)
    row = store.conn.execute(
        "SELECT id FROM allocations WHERE school_id = ? AND person_id = ? AND academic_year = ?"
        " AND deleted_at IS NULL",
        [school_id, person_id, academic_year],
    ).fetchone()
    if row:
        return str(row[0])
    return records.insert(
        store,
        "allocations",
        {
            "school_id": school_id,
            "person_id": person_id,
            "academic_year": academic_year,
            "starts_on": starts_on.isoformat() if starts_on else None,
        },
        origin=origin,
    )


def me(store: Store) -> str | None:
    """The id of the partner this profile belongs to, if set."""
    return store.setting(ME_SETTING)


def set_me(store: Store, person_id: str) -> None:
    store.set_setting(ME_SETTING, person_id)


def person_name(store: Store, person_id: str | None) -> str | None:
    """The name of a live person, or None."""
    if not person_id:
        return None
    row = store.conn.execute(
        "SELECT name FROM people WHERE id = ? AND deleted_at IS NULL", [person_id]
    ).fetchone()
    return None if row is None else str(row[0])
