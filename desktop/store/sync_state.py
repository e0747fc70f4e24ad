"""The laptop's side of sync, inside the store: outgoing ops, and applying a reply.

No HTTP here (that is ``sync.client``). Guarantees:
- :func:`take_outgoing` marks the ops it returns ``inflight`` in one transaction; an
  inflight op is never folded into again, so a resent op carries exactly the value first
  sent, and the server's (device, op) memory makes the resend harmless.
- :func:`apply_reply` writes op results, pulled changes and the new cursor in ONE
  transaction: after a crash either all of a reply is applied or none of it.
- A pulled value never overwrites a field that has an unsent op.
- Pulled fields of rows that cannot be inserted yet wait in ``sync_incoming``; nothing
  pulled is dropped.
- A pull from the start (a first sync, or one after :func:`start_again`) leaves the
  search index to its end: its pages keep the search triggers still, and the reply that
  ends it rebuilds the index from every record in the same transaction. Until then the
  records it brought are not found by search; a crash or a stop half-way leaves the
  rebuild due, and the next sync's end does it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.store import schema
from desktop.store.cipher import IntegrityError
from desktop.store.ids import now_stamp
from desktop.store.store import Store
from sync import merge
from sync import schema as sync_schema

CURSOR_SETTING = "sync.cursor"
LAST_SYNC_SETTING = "sync.last_success"
RESYNC_SETTING = "sync.full_pull_since"  # when and why the cursor was last forgotten
SEARCH_REBUILD_SETTING = "sync.search_rebuild_due"  # a pull from the start is under way
TEAM_SYNCS_SETTING = "sync.team_last_syncs"
"""A PIP laptop's copy of when each partner of the team last synced (server-only data)."""


@dataclass(frozen=True)
class OutgoingOp:
    op_id: str  # a UUIDv7, unique forever: a restored or copied profile never reuses one
    table: str
    row_id: str
    field: str
    value: Any
    base_rev: int
    resolves: str | None
    seq: int = 0  # the op's place in this laptop's outbox (never sent)

    def wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "op_id": self.op_id,
            "table": self.table,
            "row_id": self.row_id,
            "field": self.field,
            "value": self.value,
            "base_rev": self.base_rev,
        }
        if self.resolves:
            body["resolves"] = self.resolves
        return body


@dataclass(frozen=True)
class ReplyOutcome:
    accepted: int
    merged: int
    conflicts: int
    rejected: int
    pulled_fields: int
    waiting_rows: int


def _wire_value(table: str, field: str, stored: Any) -> Any:
    if (table, field) in sync_schema.JSON_LIST_FIELDS and isinstance(stored, str):
        return json.loads(stored)
    return stored


def _column_value(table: str, field: str, value: Any) -> Any:
    if (table, field) in sync_schema.JSON_LIST_FIELDS and value is not None:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return int(value)
    return value


# A pending op waits while an op of the same field is inflight (its answer was lost): it
# was typed on top of that op, so it goes once the server's answer has rebased it; sent
# together, the server would see a stale base and call it a conflict with oneself.
_TAKE = (
    "SELECT seq, op_id, tbl, row_id, field, value, base_rev, resolves FROM outbox o"
    " WHERE state IN ('inflight', 'pending') AND NOT (state = 'pending' AND EXISTS ("
    "SELECT 1 FROM outbox i WHERE i.state = 'inflight' AND i.tbl = o.tbl"
    " AND i.row_id = o.row_id AND i.field = o.field))"
)


def take_outgoing(store: Store, limit: int = 1000) -> list[OutgoingOp]:
    """The oldest unsent ops (inflight ones first, as they were), now marked inflight.

    A batch never ends part-way through a row: when ``limit`` falls inside the ops of one
    record, the rest of that record's ops come too, so the server always receives a new
    record together with the field that says where it belongs (its school or parent).
    """
    with store.transaction() as db:
        rows = db.execute(f"{_TAKE} ORDER BY seq LIMIT ?", [limit]).fetchall()
        if rows and len(rows) == limit:
            last = rows[-1]
            rows += db.execute(
                f"{_TAKE} AND tbl = ? AND row_id = ? AND seq > ? ORDER BY seq",
                [last[2], last[3], last[0]],
            ).fetchall()
        if rows:
            marks = ",".join("?" * len(rows))
            db.execute(
                f"UPDATE outbox SET state = 'inflight' WHERE seq IN ({marks})", [r[0] for r in rows]
            )
    return [
        # On the wire an op is named by its UUIDv7, made when it was written: unchanged when
        # resent, and never given to another op, even by a profile restored from a backup
        # (whose outbox counts again from the backup's number).
        OutgoingOp(
            r[1], r[2], r[3], r[4], _wire_value(r[2], r[4], json.loads(r[5])), r[6], r[7], r[0]
        )
        for r in rows
    ]


def cursor(store: Store) -> str | None:
    return store.setting(CURSOR_SETTING)


def start_again(store: Store, why: str) -> None:
    """Forget the pull cursor, so the next sync pulls everything in scope again, this
    laptop's own changes included: after a restore from a backup (changes synced since the
    backup come back) or an enrolment as a new device. ``why`` is kept for the user."""
    with store.transaction() as db:
        db.execute("DELETE FROM settings WHERE key = ?", [CURSOR_SETTING])
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [RESYNC_SETTING, f"{now_stamp()} {why}"],
        )
    store.mark_changed("settings")


def _has_unsent(db: Any, table: str, row_id: str, field: str) -> bool:
    return bool(
        db.execute(
            "SELECT 1 FROM outbox WHERE tbl = ? AND row_id = ? AND field = ?"
            " AND state IN ('pending', 'inflight') LIMIT 1",
            [table, row_id, field],
        ).fetchone()
    )


# A field's revision as last seen from the central store; never moves back.
_SET_REV = (
    "INSERT INTO field_revs (tbl, row_id, field, rev) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (tbl, row_id, field) DO UPDATE SET rev = max(rev, excluded.rev)"
)


def _set_rev(db: Any, table: str, row_id: str, field: str, rev: int) -> None:
    db.execute(_SET_REV, [table, row_id, field, rev])


def _column(store: Store, table: str, field: str) -> tuple[bool, Any]:
    """(NOT NULL?, value a row inserted without it holds) of the local ``table.field``:
    its declared default in stored form, None where it declares none. A field the server
    never received holds that default on every laptop: a pulled row is inserted without
    it."""
    for row in store.conn.execute(f"PRAGMA table_info([{table}])").fetchall():
        if str(row[1]) == field:
            # A default is SQL text from SIPL's own migrations, never from outside.
            default = (
                None if row[4] is None else store.conn.execute(f"SELECT {row[4]}").fetchone()[0]
            )
            return bool(row[3]), default
    return False, None


def _write_stored(store: Store, table: str, row_id: str, field: str, stored: Any) -> None:
    store.db.execute(
        f"UPDATE [{table}] SET [{field}] = ?, updated_at = ? WHERE id = ?",
        [stored, now_stamp(), row_id],
    )
    store.mark_changed(table)


def _write_local(store: Store, table: str, row_id: str, field: str, value: Any) -> None:
    _write_stored(store, table, row_id, field, _column_value(table, field, value))


class _Results:
    """The outcome of one reply's results, written together: every op answered is marked
    sent in one statement and the revisions the server gave are recorded in one; the rest
    (a refusal, a merge, a conflict) is written op by op, as it comes. What it reads of
    the outbox (the edits typed since the ops were taken) it reads once and keeps current
    as it writes them, so each result meets what the ones before it left."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sent: list[int] = []
        self.revs: list[tuple[str, str, str, int]] = []
        # (table, row, field) -> (outbox seq, value) of the oldest edit still unsent.
        self.pending: dict[tuple[str, str, str], tuple[int, str]] = {
            (str(t), str(r), str(f)): (int(seq), str(value))
            for seq, t, r, f, value in store.conn.execute(
                "SELECT seq, tbl, row_id, field, value FROM outbox WHERE state = 'pending'"
                " ORDER BY seq DESC"
            )
        }

    def apply(self, result: dict[str, Any], sent: dict[str, OutgoingOp]) -> str:
        store, db = self.store, self.store.db
        op = sent.get(str(result.get("op")))
        if op is None:
            return "unknown"
        status = result.get("s")
        if status == "rejected":
            db.execute(
                "UPDATE outbox SET state = 'rejected', reason = ? WHERE seq = ?",
                [str(result.get("why", "refused by the server")), op.seq],
            )
            store.mark_changed("outbox")
            return "rejected"
        self.sent.append(op.seq)
        rev = result.get("rev")
        key = (op.table, op.row_id, op.field)
        newer = self.pending.get(key)
        if rev is None:
            return str(status)
        self.revs.append((op.table, op.row_id, op.field, int(rev)))
        if status == "accepted":
            if newer:  # typed on top of what was just accepted: base it there
                db.execute("UPDATE outbox SET base_rev = ? WHERE seq = ?", [int(rev), newer[0]])
            return "accepted"
        server_value = result.get("v")
        if newer is None:
            if server_value is None and int(rev) == 0:
                # A conflict over a field the server never had (a default never sent, of a
                # record deleted meanwhile): what stands is the column's default, which the
                # server and every other laptop hold; the laptop's own value is the
                # conflict's ``mine`` until someone decides. Never NULL into a required
                # column (a required field without a default is sent with its record, so
                # the server has it). (A tombstone never set defaults to NULL: it lives.)
                required, default = _column(store, op.table, op.field)
                if default is not None or not required:
                    _write_stored(store, op.table, op.row_id, op.field, default)
            else:
                _write_local(store, op.table, op.row_id, op.field, server_value)
        elif status == "merged" and isinstance(server_value, str):
            mine = _wire_value(op.table, op.field, json.loads(newer[1]))
            if isinstance(mine, str) and isinstance(op.value, str):
                combined = merge.merge3(op.value, mine, server_value)
                if combined is not None:
                    _write_local(store, op.table, op.row_id, op.field, combined)
                    text = json.dumps(combined, ensure_ascii=False)
                    db.execute(
                        "UPDATE outbox SET value = ?, base_rev = ? WHERE seq = ?",
                        [text, int(rev), newer[0]],
                    )
                    self.pending[key] = (newer[0], text)
        return str(status)

    def write(self) -> None:
        """Mark the answered ops sent and record the revisions, one statement each."""
        conn = self.store.conn
        if self.sent:
            conn.executemany(
                "UPDATE outbox SET state = 'sent' WHERE seq = ?", [(seq,) for seq in self.sent]
            )
        if self.revs:
            conn.executemany(_SET_REV, self.revs)


def apply_changes(store: Store, changes: Iterable[dict[str, Any]]) -> int:
    """Apply pulled rows (see module docstring); return the number of fields applied.

    Rows this laptop has are updated field by field. New rows are inserted in bulk, table
    by table in the sync schema's order (parents first); a row that cannot be inserted yet
    (a parent not here, a required field not pulled) waits in ``sync_incoming`` with the
    fields that came before it, and is inserted once it can be.
    """
    db = store.db
    count = 0
    by_table: dict[str, dict[str, dict[str, Any]]] = {}
    for change in changes:
        table, row_id = str(change["t"]), str(change["r"])
        if table not in sync_schema.TABLES:
            continue
        fields = {f: v for f, v in change["f"].items() if sync_schema.is_field(table, f)}
        if not fields:
            continue
        count += len(fields)
        by_table.setdefault(table, {}).setdefault(row_id, {}).update(fields)
    waiting_before = bool(db.execute("SELECT 1 FROM sync_incoming LIMIT 1").fetchone())
    for table in sync_schema.TABLES:
        rows = by_table.get(table)
        if not rows:
            continue
        present = _present(db, table, list(rows))
        for row_id in present:
            for field, (value, rev) in sorted(rows.pop(row_id).items()):
                if _has_unsent(db, table, row_id, field):
                    continue  # the laptop's own unsent edit wins locally until it is sent
                _write_local(store, table, row_id, field, value)
                _set_rev(db, table, row_id, field, int(rev))
        if rows:
            if waiting_before:
                _add_waiting(db, table, rows)
            _insert_new(store, table, rows)
    if waiting_before or db.execute("SELECT 1 FROM sync_incoming LIMIT 1").fetchone():
        _materialise(store)
    return count


def _present(db: Any, table: str, row_ids: list[str]) -> set[str]:
    """Which of ``row_ids`` the laptop already has (live or deleted)."""
    found: set[str] = set()
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        found.update(
            str(r[0])
            for r in db.execute(
                f"SELECT id FROM [{table}] WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    return found


def _add_waiting(db: Any, table: str, rows: dict[str, dict[str, Any]]) -> None:
    """Complete ``rows`` with the fields of theirs that came in earlier replies (the
    newer revision of a field wins) and take those out of ``sync_incoming``."""
    ids = list(rows)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row_id, field, value, rev in db.execute(
            f"SELECT row_id, field, value, rev FROM sync_incoming WHERE tbl = ?"
            f" AND row_id IN ({marks})",
            [table, *chunk],
        ).fetchall():
            fields = rows[str(row_id)]
            if field not in fields or int(fields[field][1]) < int(rev):
                fields[field] = (json.loads(value), int(rev))
        db.execute(
            f"DELETE FROM sync_incoming WHERE tbl = ? AND row_id IN ({marks})", [table, *chunk]
        )


def _insert_new(store: Store, table: str, rows: dict[str, dict[str, Any]]) -> None:
    """Insert new rows of one table: in bulk where they all can be, one by one where not;
    the ones that cannot be inserted yet wait in ``sync_incoming``."""
    db = store.db
    stamp = now_stamp()
    groups: dict[tuple[str, ...], list[str]] = {}
    for row_id, fields in rows.items():
        groups.setdefault(tuple(sorted(fields)), []).append(row_id)
    inserted: list[str] = []
    left: list[str] = []
    for names, ids in groups.items():
        # A pulled created_at is the record's own; otherwise the record is stamped now.
        stamps = ("updated_at",) if "created_at" in names else ("created_at", "updated_at")
        columns = ("id", *stamps, *names)
        sql = (
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)})"
            f" VALUES ({','.join('?' * len(columns))})"
        )
        values = [
            [
                row_id,
                *(stamp for _ in stamps),
                *(_column_value(table, f, rows[row_id][f][0]) for f in names),
            ]
            for row_id in ids
        ]
        db.execute("SAVEPOINT materialise")
        try:
            db.conn.executemany(sql, values)
        except IntegrityError:
            db.execute("ROLLBACK TO materialise")
            db.execute("RELEASE materialise")
            for row_id, row in zip(ids, values, strict=True):
                db.execute("SAVEPOINT materialise")
                try:
                    db.execute(sql, row)
                except IntegrityError:
                    db.execute("ROLLBACK TO materialise")
                    left.append(row_id)
                else:
                    inserted.append(row_id)
                db.execute("RELEASE materialise")
            continue
        db.execute("RELEASE materialise")
        inserted.extend(ids)
    if inserted:
        db.conn.executemany(
            _SET_REV,
            [
                (table, row_id, field, int(rev))
                for row_id in inserted
                for field, (_, rev) in rows[row_id].items()
            ],
        )
        store.mark_changed(table)
    if left:
        db.conn.executemany(
            "INSERT INTO sync_incoming (tbl, row_id, field, value, rev)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (tbl, row_id, field) DO UPDATE SET value = excluded.value,"
            " rev = excluded.rev WHERE excluded.rev >= sync_incoming.rev",
            [
                (table, row_id, field, json.dumps(value, ensure_ascii=False), int(rev))
                for row_id in left
                for field, (value, rev) in rows[row_id].items()
            ],
        )


def _materialise(store: Store) -> None:
    """Insert every waiting row that is now complete and whose parents exist."""
    db = store.db
    progress = True
    while progress:
        progress = False
        waiting: dict[tuple[str, str], dict[str, tuple[Any, int]]] = {}
        for table, row_id, field, value, rev in db.execute(
            "SELECT tbl, row_id, field, value, rev FROM sync_incoming"
        ):
            waiting.setdefault((table, row_id), {})[field] = (json.loads(value), rev)
        for (table, row_id), fields in waiting.items():
            stamp = now_stamp()
            row = {f: _column_value(table, f, v) for f, (v, _) in fields.items()}
            row = {"created_at": stamp, **row, "id": row_id, "updated_at": stamp}
            columns = ", ".join(f"[{c}]" for c in row)
            db.execute("SAVEPOINT materialise")
            try:
                db.execute(
                    f"INSERT INTO [{table}] ({columns}) VALUES ({','.join('?' * len(row))})",
                    list(row.values()),
                )
            except IntegrityError:
                db.execute("ROLLBACK TO materialise")
                db.execute("RELEASE materialise")
                continue
            db.execute("RELEASE materialise")
            db.conn.executemany(
                _SET_REV,
                [(table, row_id, field, rev) for field, (_, rev) in fields.items()],
            )
            db.execute("DELETE FROM sync_incoming WHERE tbl = ? AND row_id = ?", [table, row_id])
            store.mark_changed(table)
            progress = True


def apply_reply(store: Store, sent: list[OutgoingOp], reply: dict[str, Any]) -> ReplyOutcome:
    """Apply a whole /sync reply and its cursor in one transaction."""
    by_id = {op.op_id: op for op in sent}
    tally = {"accepted": 0, "merged": 0, "conflict": 0, "rejected": 0}
    with store.transaction() as db:
        paused = _pause_search(store, db)
        answers = _Results(store)
        for result in reply.get("results", []):
            status = answers.apply(result, by_id)
            if status in tally:
                tally[status] += 1
        answers.write()
        pulled = apply_changes(store, reply.get("changes", []))
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [CURSOR_SETTING, str(reply["cursor"])],
        )
        team = reply.get("team")
        if isinstance(team, dict):
            store.set_setting(
                TEAM_SYNCS_SETTING, json.dumps({str(k): str(v) for k, v in team.items()})
            )
            store.mark_changed("settings")
        waiting = db.execute("SELECT count(DISTINCT tbl || row_id) FROM sync_incoming").fetchone()
        if paused:
            _resume_search(db, rebuild=not reply.get("more"))
    return ReplyOutcome(
        tally["accepted"],
        tally["merged"],
        tally["conflict"],
        tally["rejected"],
        pulled,
        int(waiting[0]),
    )


def _pause_search(store: Store, db: Any) -> bool:
    """Keep the search triggers still for this reply's transaction if a pull from the
    start is under way (this reply answers a request sent with no cursor, or an earlier
    one did and its end has not been applied yet); True if so."""
    if cursor(store) is None:
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            [SEARCH_REBUILD_SETTING, now_stamp()],
        )
    elif store.setting(SEARCH_REBUILD_SETTING) is None:
        return False
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING",
        [schema.SEARCH_PAUSED],
    )
    return True


def _resume_search(db: Any, *, rebuild: bool) -> None:
    """Let the search triggers run again; if the pull from the start has ended
    (``rebuild``), build the index from every record and clear the rebuild due."""
    db.execute("DELETE FROM settings WHERE key = ?", [schema.SEARCH_PAUSED])
    if rebuild:
        for statement in schema.search_rebuild():
            db.execute(statement)
        db.execute("DELETE FROM settings WHERE key = ?", [SEARCH_REBUILD_SETTING])


def team_last_syncs(store: Store) -> dict[str, str]:
    """person id -> when that partner's laptop last synced (UTC ISO text), as the central
    store told this (PIP's) laptop at its last sync; empty when it never did."""
    text = store.setting(TEAM_SYNCS_SETTING)
    if not text:
        return {}
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def mark_synced(store: Store) -> None:
    store.set_setting(LAST_SYNC_SETTING, now_stamp())


def rejected_ops(store: Store) -> list[tuple[str, str, str, str]]:
    """Changes the server refused, kept for the user to see: (table, row, field, reason)."""
    return [
        (r[0], r[1], r[2], r[3])
        for r in store.conn.execute(
            "SELECT tbl, row_id, field, reason FROM outbox WHERE state = 'rejected' ORDER BY seq"
        )
    ]


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    """Open conflicts in the laptop's schools, newest first."""
    cursor_ = store.conn.execute(
        "SELECT * FROM conflicts WHERE status = 'open' AND deleted_at IS NULL"
        " ORDER BY created_at DESC"
    )
    names = [d[0] for d in cursor_.description]
    return [dict(zip(names, r, strict=True)) for r in cursor_.fetchall()]


DELETED_ELSEWHERE = "(changed since)"


def resolve_conflict(store: Store, conflict_id: str, value: Any) -> None:
    """Keep ``value`` (mine, theirs or a merged text) for the conflicted field.

    The field takes the value at once and an op carrying the resolution is queued; the
    conflict stays open locally until the server confirms it. Conflicts between an edit and
    a delete resolve to a record: keeping the delete (``None`` for an edited field, or the
    deleting side's stamp) removes it; keeping the edit brings the record back.
    """
    from desktop.store import records
    from desktop.store.ids import new_id

    conflict = records.get(store, "conflicts", conflict_id)
    table, row_id, field = conflict["tbl"], conflict["row_id"], conflict["field"]
    if field == "deleted_at" and value == DELETED_ELSEWHERE:
        value = None  # the other side's edits stand: keep the record
    deleting = (field == "deleted_at" and value is not None) or (
        conflict["theirs"] is None and field != "deleted_at" and value is None
    )
    if deleting:
        field, value = "deleted_at", now_stamp()
    with store.transaction() as db:
        _write_local(store, table, row_id, field, value)
        if field != "deleted_at":
            _write_local(store, table, row_id, "deleted_at", None)  # the edit won
        rev = db.execute(
            "SELECT rev FROM field_revs WHERE tbl = ? AND row_id = ? AND field = ?",
            [table, row_id, field],
        ).fetchone()
        stamp = now_stamp()
        db.execute(
            "INSERT INTO outbox (op_id, tbl, row_id, field, value, base_rev, resolves,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_id(),
                table,
                row_id,
                field,
                json.dumps(_column_value(table, field, value), ensure_ascii=False),
                rev[0] if rev else 0,
                conflict_id,
                stamp,
                stamp,
            ],
        )
    store.mark_changed("conflicts")


def unsent_summary(store: Store) -> dict[str, int]:
    """table -> how many changes of it have not reached the central store."""
    return {
        str(r[0]): int(r[1])
        for r in store.conn.execute(
            "SELECT tbl, count(*) FROM outbox WHERE state IN ('pending', 'inflight')"
            " GROUP BY tbl ORDER BY tbl"
        )
    }


def unsent_count(store: Store) -> int:
    """How many changes have not reached the central store yet: pending ones, and inflight
    ones whose answer never arrived (a failed or interrupted sync)."""
    return int(
        store.conn.execute(
            "SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight')"
        ).fetchone()[0]
    )


def has_unsent(store: Store) -> bool:
    return bool(
        store.conn.execute(
            "SELECT 1 FROM outbox WHERE state IN ('pending', 'inflight') LIMIT 1"
        ).fetchone()
    )


def files_to_upload(store: Store) -> list[tuple[str, int]]:
    """(sha256, size) of local evidence files the central store does not have yet."""
    from desktop.store.attachments import has_blob

    rows = store.conn.execute(
        "SELECT DISTINCT a.sha256, a.size FROM attachments a"
        " LEFT JOIN uploaded_files u ON u.sha256 = a.sha256"
        " WHERE u.sha256 IS NULL AND a.deleted_at IS NULL"
    ).fetchall()
    return [(r[0], int(r[1])) for r in rows if has_blob(store, r[0])]


def files_to_download(store: Store) -> list[str]:
    """Hashes of pulled attachments whose bytes are not on this laptop yet."""
    from desktop.store.attachments import has_blob

    rows = store.conn.execute(
        "SELECT DISTINCT sha256 FROM attachments WHERE deleted_at IS NULL"
    ).fetchall()
    return [r[0] for r in rows if not has_blob(store, r[0])]


def mark_uploaded(store: Store, sha256: str) -> None:
    with store.transaction() as db:
        db.execute("INSERT OR IGNORE INTO uploaded_files (sha256) VALUES (?)", [sha256])
