"""Load one partner's caseload from a region-scale SIPL database into a central store,
in bulk (for benchmarks: the result is what years of syncing would have built)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import sqlcipher3
from uuid6 import uuid7

from desktop.store import cipher, keys
from desktop.store.calendar import academic_year_of
from desktop.store.paths import profile_paths
from sync import schema
from sync.server import tables as t
from sync.server.storage import CentralStore, utc_now


def _school_of(
    table: schema.SyncedTable, row: dict[str, Any], parents: dict[str, dict[str, str]]
) -> str | None:
    path = table.school_path
    if path is None:
        return None
    if path == "id":
        return str(row["id"])
    field, _, parent = path.partition(":")
    ref = row.get(field)
    if not parent:
        return ref
    return parents.get(parent, {}).get(ref)


def load_caseload(db_path: Path, central: CentralStore) -> tuple[str, int]:
    """Copy the busiest partner's schools (all years) and every LA and person; allocate the
    schools to that partner for the current year. Returns (partner id, values loaded)."""
    if cipher.is_plain(db_path):
        src = sqlite3.connect(db_path)
        src.row_factory = sqlite3.Row
    else:  # an encrypted profile (issue 13): its key from SIPL_PASSPHRASE or the keyring
        paths = profile_paths(db_path.parent.parent.parent, db_path.parent.name)
        src = cipher.connect(db_path, keys.profile_key(paths, create=False))
        src.row_factory = sqlcipher3.dbapi2.Row
    latest = src.execute("SELECT max(academic_year) FROM allocations").fetchone()[0]
    partner = src.execute(
        "SELECT person_id FROM allocations WHERE academic_year = ? GROUP BY person_id"
        " ORDER BY count(*) DESC LIMIT 1",
        [latest],
    ).fetchone()[0]
    chosen = {
        r[0]
        for r in src.execute(
            "SELECT school_id FROM allocations WHERE person_id = ? AND academic_year = ?",
            [partner, latest],
        )
    }
    person = src.execute("SELECT * FROM people WHERE id = ?", [partner]).fetchone()
    parents: dict[str, dict[str, str]] = {"schools": {s: s for s in chosen}}
    history: list[dict[str, Any]] = []
    fields: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    with central.writing() as conn:
        seq = conn.execute(sa.select(sa.func.max(t.history.c.seq))).scalar() or 0
        at = utc_now()
        for name in (
            "local_authorities",
            "people",
            "schools",
            "priorities",
            "visits",
            "enquiry_answers",
            "evidence",
            "judgements",
            "support",
            "actions",
            "practice",
            "support_level_decisions",
            "categorisations",
            "notes",
        ):
            table = schema.TABLES[name]
            mapping: dict[str, str] = {}
            for record in src.execute(f"SELECT * FROM [{name}]"):
                row = dict(record)
                school = _school_of(table, row, parents)
                if table.school_path is not None and school not in chosen:
                    continue
                mapping[str(row["id"])] = school or ""
                rows.append(
                    {"tbl": name, "row_id": row["id"], "school_id": school, "deleted_rev": None}
                )
                for field in table.fields:
                    value = row.get(field)
                    if value is None:
                        continue
                    if (name, field) in schema.JSON_LIST_FIELDS:
                        value = json.loads(value)
                    seq += 1
                    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
                    history.append(
                        {
                            "seq": seq,
                            "tbl": name,
                            "row_id": row["id"],
                            "field": field,
                            "value": text,
                            "kind": "set",
                            "device_id": "server",
                            "partner_id": None,
                            "op_id": None,
                            "at": at,
                        }
                    )
                    fields.append(
                        {
                            "tbl": name,
                            "row_id": row["id"],
                            "field": field,
                            "value": text,
                            "rev": seq,
                            "school_id": school,
                            "device_id": "server",
                        }
                    )
            parents[name] = mapping
        year = academic_year_of(date.today())
        for school in sorted(chosen):
            allocation = str(uuid7())
            rows.append(
                {
                    "tbl": "allocations",
                    "row_id": allocation,
                    "school_id": school,
                    "deleted_rev": None,
                }
            )
            for field, value in (
                ("school_id", school),
                ("person_id", partner),
                ("academic_year", year),
            ):
                seq += 1
                text = json.dumps(value)
                history.append(
                    {
                        "seq": seq,
                        "tbl": "allocations",
                        "row_id": allocation,
                        "field": field,
                        "value": text,
                        "kind": "set",
                        "device_id": "server",
                        "partner_id": None,
                        "op_id": None,
                        "at": at,
                    }
                )
                fields.append(
                    {
                        "tbl": "allocations",
                        "row_id": allocation,
                        "field": field,
                        "value": text,
                        "rev": seq,
                        "school_id": school,
                        "device_id": "server",
                    }
                )
        conn.execute(
            t.partners.insert().values(
                id=partner,
                name=person["name"],
                role="ip",
                team=person["team"],
                las="[]",
                created_at=at,
            )
        )
        for batch, target in ((history, t.history), (fields, t.fields), (rows, t.rows)):
            for start in range(0, len(batch), 20_000):
                conn.execute(target.insert(), batch[start : start + 20_000])
    return str(partner), len(fields)
