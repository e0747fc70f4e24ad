"""Retention on the laptop: a school the partner no longer holds leaves the laptop.

A school handed on stays on the laptop, read-only, until the end of the term it was handed
on in (:func:`calendar.allocation_state`); after that :func:`apply_retention` removes it:
every row of every synced table that hangs from it (``sync.schema.TABLES`` /
``school_path``), its conflicts, the laptop's bookkeeping of those rows (``field_revs``,
``sync_incoming``, sent or refused ``outbox`` ops), its search index entries, and then the
evidence files no other attachment uses. A school leaving a PIP's team goes the same way.

Which schools go (:func:`schools_to_remove`):

- Only on an enrolled laptop (a central store address and device id in its settings) that
  knows its partner (``people.me``) and has that partner's ``people`` row. A laptop not
  enrolled keeps everything, the demo profiles included: its data exists nowhere else.
  An administrator's laptop keeps everything (the central store sends them every school).
- The holders are the partner; for a PIP with a team, every person of that team as the
  laptop knows it (``people.team``, tombstoned people included, so that the laptop never
  counts fewer holders than the central store does).
- Only a school the holders held through an allocation on this laptop (live or
  tombstoned, any year) can go: a school with no allocation of the holders (a freshly
  imported list of schools, a school this laptop never held) is never removed.
- A school is kept while a live allocation of the holders gives it ``"current"`` or
  ``"read_only"`` today, exactly as the central store decides what it sends
  (``sync.server.storage``: only allocations of the academic year containing today count,
  so a school not allocated again for a new year leaves on 1 September like the central
  store's scope), and also while such an allocation starts later (a school handed back
  from a later date, or allocated for next year): its data would only come straight back.
  This never removes a school the central store would still send or let the partner read.
  A tombstoned allocation holds nothing (as on the central store): a school moved by an
  administrator (``sync.server.admin.allocate`` tombstones the old allocation rather than
  ending it) has no read-only period and leaves at the first sync that brings the news.
- The laptop must know it for sure: it removes a school only once it has synced on a day
  (UTC) after the school's last held day, so its allocations are as fresh as the central
  store's on a day the school was out (a school handed back meanwhile would have arrived,
  and the central store has stopped counting the school as one this device holds, so it
  sends the whole school again, should it ever come back). A laptop that does not sync
  removes it anyway :data:`GRACE_DAYS` days after that last day, and then forgets its sync
  cursor (``sync_state.start_again``) so the next sync pulls everything in scope again:
  a school that came back meanwhile returns whole.
- A school with unsent changes (pending or inflight ops on any of its rows) is kept, and
  reported with the number of changes, until they are sent: unsent work is never dropped.
  Refused ops (``rejected``) are not sendable and go with the school.

After removal the central store does not send the school again: it sends a partner only
the schools in their scope and, until the end of the term, the allocations of schools
moved away (``CentralStore.pull``). Should rows of a removed school still arrive (an
allocation telling the laptop the school left, if the two clocks disagree), the school's
row is missing, so ``sync_state.apply_changes`` keeps them waiting in ``sync_incoming`` (its
promise: nothing pulled is dropped) and never materialises them: nothing of the school
comes back unless the school itself does.

Backups: a removed school stays in the backups taken before it left until they rotate out
(the newest ``Store.keep_backups``, 10 by default, are kept; ``backup.py``); a profile
restored from such a backup gets the school back, and the next run removes it again (its
allocations still say so). Removed rows are overwritten in the database file (``PRAGMA
secure_delete``) and the search index is merged so no word of the school lingers in it;
the WAL file is truncated when the store closes. Evidence files are unlinked, not
overwritten (they are stored encrypted in an encrypted profile).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from graphlib import TopologicalSorter
from typing import Any

from desktop.store import attachments, people, sync_state
from desktop.store.calendar import term_end, year_start
from desktop.store.cipher import IntegrityError
from desktop.store.store import Store
from sync import schema as sync_schema

GRACE_DAYS = 14
"""Days after a school's last held day after which a laptop that has not synced since
removes it anyway (and then pulls everything in scope again at its next sync)."""

PENDING_FILES_SETTING = "retention.files_to_delete"
"""Hashes of evidence files whose rows are gone but whose files may still be on disk (set
in the purge's transaction, cleared once the files are deleted: a crash in between is
finished by the next :func:`apply_retention`)."""

# Why a school was kept (``PurgeReport.reason``).
UNSENT_CHANGES = "unsent_changes"
LINKED_ELSEWHERE = "linked_from_another_school"
NOT_ON_LAPTOP = "not_on_laptop"

log = logging.getLogger(__name__)

_CHUNK = 500  # ids per IN (...) list, far below SQLite's limit on bound parameters


@dataclass(frozen=True)
class PurgeReport:
    """What :func:`purge_school` did to one school.

    ``removed`` False means nothing was changed; ``reason`` says why (:data:`UNSENT_CHANGES`
    with ``unsent`` the number of changes waiting to be sent, :data:`LINKED_ELSEWHERE`
    when rows of another school point at its rows, :data:`NOT_ON_LAPTOP`). ``rows`` counts
    the rows deleted per table (synced tables, ``outbox``, ``field_revs``, ``sync_incoming``).
    """

    school_id: str
    school_name: str | None
    removed: bool
    reason: str | None = None
    unsent: int = 0
    rows: Mapping[str, int] = field(default_factory=dict)
    search_entries: int = 0
    files_deleted: int = 0


# -- how rows hang from a school ----------------------------------------------------------


@dataclass(frozen=True)
class _Link:
    """How a row of ``table`` finds its school: ``field`` holds the school id (``"id"``
    for the school's own row) when ``parent`` is None, else the id of a ``parent`` row."""

    table: str
    field: str
    parent: str | None


def _link(table: sync_schema.SyncedTable) -> _Link | None:
    path = table.school_path
    if path is None:
        return None
    if ":" in path:
        name, parent = path.split(":", 1)
        return _Link(table.name, name, parent)
    return _Link(table.name, path, None)


_LINKS: dict[str, _Link] = {
    link.table: link for link in map(_link, sync_schema.TABLES.values()) if link is not None
}


def _parents_first() -> tuple[str, ...]:
    """The school's tables, every table after the tables its rows point at."""
    graph: dict[str, set[str]] = {name: set() for name in _LINKS}
    for link in _LINKS.values():
        if link.parent is not None:
            graph[link.table].add(link.parent)
        elif link.field != "id":
            graph[link.table].add("schools")
    for (child, _field), parent in sync_schema.PARENTS.items():
        if child in graph and parent in graph and child != parent:
            graph[child].add(parent)
    return tuple(TopologicalSorter(graph).static_order())


_PARENTS_FIRST = _parents_first()


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _marks(values: list[str]) -> str:
    return ",".join("?" * len(values))


# -- which schools go ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Due:
    school_id: str
    fresh: bool  # the laptop synced after the school's last held day


def _enrolled(store: Store) -> bool:
    from sync.status import DEVICE_SETTING, SERVER_SETTING  # sync imports desktop.store

    return bool(store.setting(SERVER_SETTING) and store.setting(DEVICE_SETTING))


def _holders(store: Store) -> set[str]:
    """The people whose allocations keep a school on this laptop (empty: keep all)."""
    me = people.me(store)
    if not me or not _enrolled(store):
        return set()
    row = store.conn.execute("SELECT role, team FROM people WHERE id = ?", [me]).fetchone()
    if row is None or row[0] not in ("ip", "pip"):
        return set()
    role, team = row
    holders = {me}
    if role == "pip" and team:
        holders |= {
            r[0] for r in store.conn.execute("SELECT id FROM people WHERE team = ?", [team])
        }
    return holders


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _held_span(year: str, starts_on: str | None, ends_on: str | None) -> tuple[date, date] | None:
    """The first and last day a live allocation gives its school a state (current, then
    read-only to the end of the term it ended in), within its academic year; None if it
    never does. Unreadable dates give an endless span: such a school is kept."""
    try:
        first = year_start(year)
        start = max(first, date.fromisoformat(starts_on)) if starts_on else first
        year_last = date(first.year + 1, 8, 31)
        end = min(term_end(date.fromisoformat(ends_on)), year_last) if ends_on else year_last
    except ValueError:
        return date.min, date.max
    return (start, end) if start <= end else None


def _due(store: Store, today: date) -> list[_Due]:
    holders = sorted(_holders(store))
    if not holders:
        return []
    last_held: dict[str, date] = {}
    kept: set[str] = set()
    for school_id, year, starts_on, ends_on, deleted_at in store.conn.execute(
        "SELECT school_id, academic_year, starts_on, ends_on, deleted_at FROM allocations"
        f" WHERE person_id IN ({_marks(holders)})",
        holders,
    ):
        span = _held_span(str(year), starts_on, ends_on)
        if deleted_at is None:
            if span is None:
                continue  # never gives the school a state: it does not count
            end = span[1]
            if end >= today:
                kept.add(school_id)
        else:
            deleted = _day(deleted_at)
            if deleted is None:
                continue
            end = deleted - timedelta(days=1)  # a tombstoned allocation holds nothing
            if span is not None:
                end = min(end, span[1])
        last = last_held.get(school_id)
        last_held[school_id] = end if last is None else max(last, end)
    synced = _day(store.setting(sync_state.LAST_SYNC_SETTING))
    due = []
    for school_id, last in sorted(last_held.items()):
        if school_id in kept:
            continue
        fresh = synced is not None and synced > last
        if fresh or today > last + timedelta(days=GRACE_DAYS):
            due.append(_Due(school_id, fresh))
    present = {
        r[0]
        for chunk in _chunks([d.school_id for d in due])
        for r in store.conn.execute(f"SELECT id FROM schools WHERE id IN ({_marks(chunk)})", chunk)
    }
    return [d for d in due if d.school_id in present]


def schools_to_remove(store: Store, today: date) -> list[str]:
    """Ids of the schools on this laptop due to leave it on ``today`` (see the module
    docstring for the rules and their edge cases); read-only. Schools with unsent changes
    are listed too: :func:`purge_school` keeps and reports them."""
    return [d.school_id for d in _due(store, today)]


# -- removing one school ------------------------------------------------------------------


def _records_of(store: Store, school_id: str) -> dict[str, list[str]]:
    """table -> ids of the school's rows in it (tombstoned ones included)."""
    db = store.db
    ids: dict[str, list[str]] = {}
    for table in _PARENTS_FIRST:
        link = _LINKS[table]
        if not db[table].exists():
            continue
        if link.parent is None:
            found = [
                r[0]
                for r in db.execute(
                    f"SELECT id FROM [{table}] WHERE [{link.field}] = ?", [school_id]
                )
            ]
        else:
            found = [
                r[0]
                for chunk in _chunks(ids.get(link.parent, []))
                for r in db.execute(
                    f"SELECT id FROM [{table}] WHERE [{link.field}] IN ({_marks(chunk)})", chunk
                )
            ]
        if found:
            ids[table] = found
    return ids


def _waiting_of(store: Store, school_id: str, ids: Mapping[str, list[str]]) -> dict[str, set[str]]:
    """table -> ids of the school's rows waiting in ``sync_incoming`` (children whose
    parent has not arrived, rows split across pages)."""
    fields: dict[tuple[str, str], dict[str, Any]] = {}
    for table, row_id, name, value in store.conn.execute(
        "SELECT tbl, row_id, field, value FROM sync_incoming"
    ):
        try:
            fields.setdefault((table, row_id), {})[name] = json.loads(value)
        except (TypeError, ValueError):
            fields.setdefault((table, row_id), {})[name] = None
    found: dict[str, set[str]] = {}
    for table in _PARENTS_FIRST:
        link = _LINKS[table]
        parents = set()
        if link.parent is not None:
            parents = set(ids.get(link.parent, ())) | found.get(link.parent, set())
        for (waiting_table, row_id), values in fields.items():
            if waiting_table != table:
                continue
            if link.field == "id":
                ours = row_id == school_id
            elif link.parent is None:
                ours = values.get(link.field) == school_id
            else:
                ours = values.get(link.field) in parents
            if ours:
                found.setdefault(table, set()).add(row_id)
    return found


def _delete_of_records(
    store: Store, table: str, ids: Mapping[str, Iterable[str]], where: str = ""
) -> int:
    """Delete the rows of the bookkeeping ``table`` (keyed by ``tbl`` and ``row_id``) that
    belong to the records ``ids`` (table -> row ids); return how many went."""
    count = 0
    for tbl, found in ids.items():
        for chunk in _chunks(sorted(found)):
            count += store.db.execute(
                f"DELETE FROM [{table}] WHERE {where}tbl = ? AND row_id IN ({_marks(chunk)})",
                [tbl, *chunk],
            ).rowcount
    return count


def _pending_files(store: Store) -> set[str]:
    text = store.setting(PENDING_FILES_SETTING)
    try:
        found = json.loads(text) if text else []
    except ValueError:
        return set()
    return {str(s) for s in found} if isinstance(found, list) else set()


def _set_pending_files(store: Store, hashes: set[str]) -> None:
    if not hashes:
        store.db.execute("DELETE FROM settings WHERE key = ?", [PENDING_FILES_SETTING])
        return
    store.db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [PENDING_FILES_SETTING, json.dumps(sorted(hashes))],
    )


def _referenced_files(store: Store) -> set[str]:
    """Hashes still used by an attachment row (tombstoned ones too: they can be restored)
    or by an attachment waiting in ``sync_incoming``."""
    used = {r[0] for r in store.conn.execute("SELECT DISTINCT sha256 FROM attachments")}
    for (value,) in store.conn.execute(
        "SELECT value FROM sync_incoming WHERE tbl = 'attachments' AND field = 'sha256'"
    ):
        try:
            used.add(str(json.loads(value)))
        except (TypeError, ValueError):
            continue
    return used


def _delete_files(store: Store) -> int:
    """Delete the files of :data:`PENDING_FILES_SETTING` that no row uses; return how many
    were on disk. Never inside a transaction: the rows' removal must be committed first.
    A file that cannot be deleted now (locked by another program) stays pending."""
    pending = _pending_files(store)
    if not pending or store.db.conn.in_transaction:
        return 0
    used = _referenced_files(store)
    deleted = 0
    done = set()
    for sha in sorted(pending):
        if sha not in used:
            path = attachments.blob_path(store, sha)
            try:
                if path.exists():
                    path.unlink()
                    deleted += 1
            except OSError:
                log.warning("Could not delete the evidence file %s yet", path)
                continue
        done.add(sha)
    with store.transaction():
        _set_pending_files(store, _pending_files(store) - done)
    return deleted


def purge_school(store: Store, school_id: str) -> PurgeReport:
    """Remove the school and everything of it from this laptop, in one transaction, then
    delete the evidence files no remaining attachment uses; see the module docstring.

    Rows are deleted for real, with no outbox op: this is the laptop forgetting, not a
    delete the central store should hear of. Nothing is changed (and the report says
    why) when the school has unsent changes, when rows of another school point at its rows,
    or when it is not on this laptop. It does not check allocations: the caller chooses
    the school (:func:`apply_retention` uses :func:`schools_to_remove`). Inside a caller's
    transaction the files are left for the next :func:`apply_retention`.
    """
    db = store.db
    name: str | None = None
    secure = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = 1")
    try:
        with store.transaction():
            row = db.execute("SELECT name FROM schools WHERE id = ?", [school_id]).fetchone()
            if row is None:
                raise _Kept(NOT_ON_LAPTOP)
            name = str(row[0])
            ids = _records_of(store, school_id)
            members = {table: set(found) for table, found in ids.items()}
            unsent = sum(
                1
                for table, row_id in db.execute(
                    "SELECT tbl, row_id FROM outbox WHERE state IN ('pending', 'inflight')"
                )
                if row_id in members.get(table, ())
            )
            if unsent:
                raise _Kept(UNSENT_CHANGES, unsent)
            counts, search_entries = _remove(store, school_id, ids, members)
    except _Kept as kept:
        return PurgeReport(school_id, name, False, kept.reason, unsent=kept.unsent)
    except IntegrityError:
        return PurgeReport(school_id, name, False, LINKED_ELSEWHERE)
    finally:
        db.execute(f"PRAGMA secure_delete = {int(secure)}")
    for table in counts:
        store.mark_changed(table)
    store.mark_changed("settings")
    return PurgeReport(
        school_id,
        name,
        True,
        rows=counts,
        search_entries=search_entries,
        files_deleted=_delete_files(store),
    )


class _Kept(Exception):
    """Leave the purge's transaction having changed nothing."""

    def __init__(self, reason: str, unsent: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unsent = unsent


def _remove(
    store: Store, school_id: str, ids: Mapping[str, list[str]], members: dict[str, set[str]]
) -> tuple[dict[str, int], int]:
    """The deletions of :func:`purge_school`, inside its transaction."""
    db = store.db
    counts: dict[str, int] = {}
    waiting = _waiting_of(store, school_id, ids)
    hashes = {
        r[0]
        for chunk in _chunks(ids.get("attachments", []))
        for r in db.execute(
            f"SELECT DISTINCT sha256 FROM attachments WHERE id IN ({_marks(chunk)})", chunk
        )
    }
    for table in reversed(_PARENTS_FIRST):  # children before the rows they point at
        for chunk in _chunks(ids.get(table, [])):
            gone = db.execute(f"DELETE FROM [{table}] WHERE id IN ({_marks(chunk)})", chunk)
            counts[table] = counts.get(table, 0) + gone.rowcount
    # Only sent or refused ops are left of these records (unsent ones keep the school).
    bookkeeping = {
        "outbox": _delete_of_records(
            store, "outbox", members, "state IN ('sent', 'rejected') AND "
        ),
        "field_revs": _delete_of_records(store, "field_revs", members),
        "sync_incoming": _delete_of_records(
            store,
            "sync_incoming",
            {t: members.get(t, set()) | waiting.get(t, set()) for t in _LINKS},
        ),
    }
    counts.update({table: n for table, n in bookkeeping.items() if n})
    search_entries = _remove_from_search(store, school_id, members)
    unused = hashes - _referenced_files(store)
    if unused:
        _set_pending_files(store, _pending_files(store) | unused)
    return counts, search_entries


def _remove_from_search(store: Store, school_id: str, members: Mapping[str, set[str]]) -> int:
    """Delete the school's search entries (by school, and by record), then merge the index
    so their words do not linger in it; return how many entries went."""
    db = store.db
    doomed = [
        r[0]
        for r in db.execute("SELECT rowid, tbl, row_id, school_id FROM search_index")
        if r[3] == school_id or r[2] in members.get(r[1], ())
    ]
    for chunk in _chunks(doomed):
        db.execute(f"DELETE FROM search_index WHERE rowid IN ({_marks(chunk)})", chunk)
        # An entry's rowid is its record's search key (schema: search_keys).
        db.execute(f"DELETE FROM search_keys WHERE rowid IN ({_marks(chunk)})", chunk)
    if doomed:
        db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    return len(doomed)


# -- both together ------------------------------------------------------------------------


def apply_retention(store: Store, today: date) -> list[PurgeReport]:
    """Remove every school due to leave the laptop on ``today`` (:func:`schools_to_remove`)
    and report on each, removed or kept; idempotent, and a few small queries when there is
    nothing to do. Also finishes deleting files a crash left behind. When a school went
    without a sync since it left (after :data:`GRACE_DAYS`), the sync cursor is forgotten
    so the next sync pulls everything in scope again.

    Run it at start-up and after each successful sync, on the thread that owns ``store``
    and outside any transaction."""
    _delete_files(store)
    reports = []
    stale = False
    for item in _due(store, today):
        report = purge_school(store, item.school_id)
        reports.append(report)
        stale = stale or (report.removed and not item.fresh)
    if stale:
        sync_state.start_again(store, "schools removed from this laptop unsynced since they left")
    return reports
