"""What an administrator does to the central store: schools, allocations.

The schools list is parsed by the very importer the desktop uses
(``desktop.store.importing.address_list``); only the writing differs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.store.importing.address_list import SchoolRow, parse_address_list
from sync.server import tables as t
from sync.server.auth import find_partner
from sync.server.storage import CentralStore


def _row_by(conn: Connection, table: str, field: str, value: object) -> str | None:
    return conn.execute(
        sa.select(t.fields.c.row_id).where(
            t.fields.c.tbl == table,
            t.fields.c.field == field,
            t.fields.c.value == json.dumps(value, ensure_ascii=False, sort_keys=True),
        )
    ).scalar()


def school_by_number(conn: Connection, number: str) -> str | None:
    """The id of the live school numbered ``number`` (None if there is none).

    ValueError if two live schools carry the number: an administrator's command must
    never pick one of them by chance."""
    matches = sorted(
        conn.execute(
            t.live_rows_where("schools", "number", t.fields.c.value == json.dumps(number))
        ).scalars()
    )
    if len(matches) > 1:
        raise ValueError(
            f"{len(matches)} schools are numbered {number} ({', '.join(matches)}); "
            "correct the schools list before allocating"
        )
    return matches[0] if matches else None


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int


def _values(row: SchoolRow, la_id: str) -> dict[str, object]:
    """A new school record: the published fields, and SIPL's own at their defaults."""
    return {
        **row.record_values(),
        "la_id": la_id,
        "contacts": [],
        "memberships": [],
        "support_level": "core",
    }


def import_schools(store: CentralStore, path: Path, dry_run: bool = False) -> ImportSummary:
    """Import the address list (all or nothing); re-importing updates, never duplicates."""
    rows = parse_address_list(path)
    added = updated = unchanged = 0
    with store.writing() as conn:
        for row in rows:
            la_id = _row_by(conn, "local_authorities", "code", row.la_code)
            if la_id is None and not dry_run:
                la_id = store.write_row(
                    conn, "local_authorities", {"code": row.la_code, "name": row.la_name}
                )
            school_id = school_by_number(conn, row.number)
            values = _values(row, la_id or "")
            if school_id is None:
                added += 1
                if not dry_run:
                    store.write_row(conn, "schools", values)
                continue
            current = {
                r[0]: json.loads(r[1]) if r[1] is not None else None
                for r in conn.execute(
                    sa.select(t.fields.c.field, t.fields.c.value).where(
                        t.fields.c.tbl == "schools", t.fields.c.row_id == school_id
                    )
                )
            }
            fresh = {
                k: v
                for k, v in values.items()
                if k not in ("contacts", "memberships", "support_level")
            }
            changed = {k: v for k, v in fresh.items() if current.get(k) != v}
            if changed:
                updated += 1
                if not dry_run:
                    store.write_row(conn, "schools", changed, row_id=school_id)
            else:
                unchanged += 1
        if dry_run:
            conn.rollback()
    return ImportSummary(added, updated, unchanged)


def allocate(store: CentralStore, school_number: str, partner_key: str, academic_year: str) -> str:
    """Allocate a school to a partner for a year; return the allocation id.

    Moving a school to another partner for the same year ends the previous allocation
    (a tombstone), so the school leaves that partner's scope and enters the new one's.
    """
    with store.writing() as conn:
        school_id = school_by_number(conn, school_number)
        if school_id is None:
            raise ValueError(f"no school numbered {school_number}; import the schools list first")
        partner = find_partner(conn, partner_key)
        if partner is None:
            raise ValueError(f"no partner {partner_key!r}")
        existing = (
            conn.execute(
                sa.select(t.fields.c.row_id).where(
                    t.fields.c.tbl == "allocations",
                    t.fields.c.field == "school_id",
                    t.fields.c.value == json.dumps(school_id),
                )
            )
            .scalars()
            .all()
        )
        kept = None
        for allocation in existing:
            live = conn.execute(
                sa.select(t.rows.c.deleted_rev).where(
                    t.rows.c.tbl == "allocations", t.rows.c.row_id == allocation
                )
            ).scalar()
            fields = {
                r[0]: json.loads(r[1])
                for r in conn.execute(
                    sa.select(t.fields.c.field, t.fields.c.value).where(
                        t.fields.c.tbl == "allocations", t.fields.c.row_id == allocation
                    )
                )
                if r[1] is not None
            }
            if live is not None or fields.get("academic_year") != academic_year:
                continue
            if fields.get("person_id") == partner.id:
                kept = allocation
            else:
                store.write_row(conn, "allocations", {"deleted_at": _now()}, row_id=allocation)
        if kept:
            return kept
        return store.write_row(
            conn,
            "allocations",
            {
                "school_id": school_id,
                "person_id": partner.id,
                "academic_year": academic_year,
            },
        )


def _now() -> str:
    from sync.server.storage import utc_now

    return utc_now()
