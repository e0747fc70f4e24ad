"""The only way records of synced tables are written: the seam for the sync outbox.

Every insert, field update and delete of a synced table goes through :func:`insert`,
:func:`update` or :func:`delete`. Each one, in the same transaction as the change:
- stamps ``created_at`` / ``updated_at`` (``deleted_at`` for a delete: a tombstone);
- appends one outbox op per changed field (``origin="local"``), folding into an unsent op
  of the same field if there is one, so repeated keystrokes make one op;
- tells the store which table changed.
Changes that arrive from the central store (``origin="remote"``) write no ops.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from desktop.store.errors import InvalidValue, NotFound
from desktop.store.ids import new_id, now_stamp
from desktop.store.store import Store
from sync import schema as sync_schema

Origin = Literal["local", "remote"]

SYNCED_TABLES: tuple[str, ...] = tuple(sync_schema.TABLES)
_STAMP_FIELDS = frozenset({"id", "created_at", "updated_at", "deleted_at"})


def fields_of(store: Store, table: str) -> frozenset[str]:
    """The writable fields of a synced table (every column but id and stamps)."""
    if table not in SYNCED_TABLES:
        raise InvalidValue(f"{table} is not a synced table")
    cache = store.field_cache
    if table not in cache:
        columns = {c.name for c in store.db[table].columns}  # type: ignore[union-attr]
        cache[table] = frozenset(columns - _STAMP_FIELDS)
    return cache[table]


def _check_fields(store: Store, table: str, names: Iterable[str]) -> None:
    unknown = sorted(set(names) - fields_of(store, table))
    if unknown:
        raise InvalidValue(f"{table} has no field {', '.join(unknown)}")


def _encode(value: Any) -> Any:
    """Lists and dicts are stored as JSON text; everything else as it is."""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return int(value)
    return value


def _append_op(store: Store, table: str, row_id: str, field: str, value: Any, stamp: str) -> None:
    db = store.db
    encoded = json.dumps(value, ensure_ascii=False)
    pending = db.execute(
        "SELECT seq FROM outbox WHERE state = 'pending' AND tbl = ? AND row_id = ? AND field = ?",
        [table, row_id, field],
    ).fetchone()
    if pending:
        db.execute(
            "UPDATE outbox SET value = ?, updated_at = ? WHERE seq = ?",
            [encoded, stamp, pending[0]],
        )
        return
    if field == "deleted_at":
        # A delete is based on everything this laptop has pulled (its sync cursor), so the
        # server can tell a delete of what the partner saw from one racing someone's edit
        # they never saw. The laptop's own accepted edits do not count: they are not unseen.
        cursor = db.execute("SELECT value FROM settings WHERE key = 'sync.cursor'").fetchone()
        seen = str(cursor[0]).split(".")[0] if cursor and cursor[0] else "0"
        rev = (int(seen) if seen.isdigit() else 0,)
    else:
        rev = db.execute(
            "SELECT rev FROM field_revs WHERE tbl = ? AND row_id = ? AND field = ?",
            [table, row_id, field],
        ).fetchone()
    db.execute(
        "INSERT INTO outbox (op_id, tbl, row_id, field, value, base_rev, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [new_id(), table, row_id, field, encoded, (rev[0] if rev else 0) or 0, stamp, stamp],
    )


def insert(store: Store, table: str, values: Mapping[str, Any], *, origin: Origin = "local") -> str:
    """Insert a new record and return its id (a fresh UUIDv7 unless ``values`` has one)."""
    _check_fields(store, table, (k for k in values if k != "id"))
    stamp = now_stamp()
    row = {k: _encode(v) for k, v in values.items()}
    row.setdefault("id", new_id())
    row.setdefault("created_at", stamp)
    row.setdefault("updated_at", stamp)
    with store.transaction() as db:
        db[table].insert(row)  # type: ignore[union-attr]
        if origin == "local":
            for field in sorted(values):
                if field != "id" and values[field] is not None:
                    _append_op(store, table, row["id"], field, row[field], stamp)
    store.mark_changed(table)
    return str(row["id"])


def get(store: Store, table: str, row_id: str) -> dict[str, Any]:
    """The live (not deleted) record ``row_id`` of ``table``; raises NotFound."""
    row = store.conn.execute(
        f"SELECT * FROM [{table}] WHERE id = ? AND deleted_at IS NULL", [row_id]
    ).fetchone()
    if row is None:
        raise NotFound(table, row_id)
    cursor = store.conn.execute(f"SELECT * FROM [{table}] LIMIT 0")
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def update(
    store: Store,
    table: str,
    row_id: str,
    changes: Mapping[str, Any],
    *,
    origin: Origin = "local",
) -> set[str]:
    """Set fields of a live record; return the names of the fields whose value changed.

    Fields whose value is unchanged write nothing and make no op.
    """
    _check_fields(store, table, changes)
    with store.transaction() as db:
        current = get(store, table, row_id)
        new = {k: _encode(v) for k, v in changes.items()}
        changed = {k for k, v in new.items() if current[k] != v}
        if not changed:
            return set()
        stamp = now_stamp()
        assignments = ", ".join(f"[{k}] = ?" for k in sorted(changed))
        db.execute(
            f"UPDATE [{table}] SET {assignments}, updated_at = ? WHERE id = ?",
            [*(new[k] for k in sorted(changed)), stamp, row_id],
        )
        if origin == "local":
            for field in sorted(changed):
                _append_op(store, table, row_id, field, new[field], stamp)
    store.mark_changed(table)
    return changed


def delete(store: Store, table: str, row_id: str, *, origin: Origin = "local") -> None:
    """Tombstone a record: it disappears from every view but stays in the file."""
    if table not in SYNCED_TABLES:
        raise InvalidValue(f"{table} is not a synced table")
    with store.transaction() as db:
        get(store, table, row_id)
        stamp = now_stamp()
        db.execute(
            f"UPDATE [{table}] SET deleted_at = ?, updated_at = ? WHERE id = ?",
            [stamp, stamp, row_id],
        )
        if origin == "local":
            _append_op(store, table, row_id, "deleted_at", stamp, stamp)
    store.mark_changed(table)


def restore(store: Store, table: str, row_id: str, *, origin: Origin = "local") -> bool:
    """Bring back a tombstoned record (e.g. an answer written again); True if it was deleted."""
    row = store.conn.execute(f"SELECT deleted_at FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    if row is None or row[0] is None:
        return False
    with store.transaction() as db:
        stamp = now_stamp()
        db.execute(
            f"UPDATE [{table}] SET deleted_at = NULL, updated_at = ? WHERE id = ?", [stamp, row_id]
        )
        if origin == "local":
            _append_op(store, table, row_id, "deleted_at", None, stamp)
    store.mark_changed(table)
    return True


def pending_ops(store: Store) -> int:
    """How many changes wait to be sent to the central store."""
    return int(
        store.conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
    )
