"""Small builders of fictional schools and people for store tests."""

from __future__ import annotations

from desktop.store import people, records, schools
from desktop.store.store import Store


def make_school(
    store: Store,
    number: str = "9901001",
    name: str = "Ysgol Gynradd Cwm Derwen",
    *,
    sector: str = "Primary",
    la_code: str | None = None,
    la_name: str = "Bro Derwen",
) -> str:
    la_id = schools.ensure_local_authority(store, la_code or number[:3], la_name)
    return records.insert(
        store,
        "schools",
        {"number": number, "name": name, "la_id": la_id, "sector": sector},
    )


def make_partner(store: Store, name: str = "Siân Prydderch", role: str = "ip") -> str:
    return people.add_person(store, name, role)
