"""Shared tools of the sync proofs: comparing a laptop with the central store, proving that
nothing a laptop sent was lost, snapshots of the server, a fault-injecting HTTP transport
and a server that can be restarted on the same port.

Nothing here fakes the sync: laptops are real ``Store`` files, the server is the real app
over real HTTP, and the checks read the server's own tables.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
import uvicorn

from desktop.store.paths import profile_paths
from desktop.store.store import Store
from sync import client as sync_client
from sync import merge
from sync import schema as sync_schema
from sync.server import admin, auth
from sync.server import tables as t
from sync.server.auth import find_partner
from sync.server.storage import CentralStore, Cursor
from tests.sync.conftest import Laptop

Key = tuple[str, str]  # (table, row id)
FieldKey = tuple[str, str, str]  # (table, row id, field)


# -- values ---------------------------------------------------------------------------------


def canon(value: Any) -> Any:
    """A value in one comparable form: whole floats as ints, bools as ints, lists deep."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list | tuple):
        return [canon(v) for v in value]
    return value


def local_value(table: str, field_name: str, stored: Any) -> Any:
    """A laptop column value as it travels on the wire (JSON lists decoded)."""
    if (table, field_name) in sync_schema.JSON_LIST_FIELDS and isinstance(stored, str):
        return canon(json.loads(stored))
    return canon(stored)


def digest(rows: dict[Key, dict[str, Any]]) -> str:
    """A SHA-256 over rows in a canonical order: equal data, equal digest."""
    text = json.dumps(
        sorted([list(k), sorted((f, canon(v)) for f, v in fs.items())] for k, fs in rows.items()),
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(text.encode()).hexdigest()


# -- the server's side ----------------------------------------------------------------------


def scope_of(central: CentralStore, partner_id: str) -> set[str] | None:
    """The schools the server lets ``partner_id`` see today (None = all)."""
    with central.reading() as conn:
        partner = find_partner(conn, partner_id)
        assert partner is not None
        return central.scope(conn, partner)


def server_rows(central: CentralStore, scope: set[str] | None) -> dict[Key, dict[str, Any]]:
    """Every row the server would send to a partner with ``scope``: {(table, row): fields}."""
    rows: dict[Key, dict[str, Any]] = {}
    with central.reading() as conn:
        query = sa.select(t.fields.c.tbl, t.fields.c.row_id, t.fields.c.field, t.fields.c.value)
        if scope is not None:
            query = query.where(
                sa.or_(t.fields.c.school_id.is_(None), t.fields.c.school_id.in_(sorted(scope)))
            )
        for tbl, row_id, name, value in conn.execute(query):
            rows.setdefault((tbl, row_id), {})[name] = canon(
                None if value is None else json.loads(value)
            )
    return rows


def server_field(central: CentralStore, tbl: str, row_id: str, name: str) -> Any:
    with central.reading() as conn:
        found = central.field(conn, tbl, row_id, name)
    return None if found is None else found[0]


def history_values(central: CentralStore, tbl: str, row_id: str, name: str) -> list[Any]:
    with central.reading() as conn:
        return [
            None if v is None else canon(json.loads(v))
            for v in conn.execute(
                sa.select(t.history.c.value)
                .where(t.history.c.tbl == tbl, t.history.c.row_id == row_id)
                .where(t.history.c.field == name)
                .order_by(t.history.c.seq)
            ).scalars()
        ]


def snapshot(central: CentralStore) -> dict[str, Any]:
    """Everything a sync request could change on the server, in comparable form."""
    out: dict[str, Any] = {}
    with central.reading() as conn:
        for table in (t.history, t.applied_ops, t.scope_versions, t.rows, t.audit):
            out[table.name] = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()
        out["fields"] = hashlib.sha256(
            repr(
                sorted(
                    tuple(r)
                    for r in conn.execute(
                        sa.select(
                            t.fields.c.tbl,
                            t.fields.c.row_id,
                            t.fields.c.field,
                            t.fields.c.value,
                            t.fields.c.rev,
                        )
                    )
                )
            ).encode()
        ).hexdigest()
        out["last_sync"] = sorted(
            (r[0], r[1] or "")
            for r in conn.execute(sa.select(t.devices.c.id, t.devices.c.last_sync_at))
        )
    return out


def refusals(central: CentralStore) -> list[tuple[str | None, str]]:
    """(partner, detail) of every refused op in the central store's audit log."""
    return [(p, d) for kind, p, d in audit_log(central) if kind == "refused"]


def audit_log(central: CentralStore) -> list[tuple[str, str | None, str]]:
    """(kind, partner, detail) of every audit entry, oldest first."""
    with central.reading() as conn:
        return [
            (r[0], r[1], r[2])
            for r in conn.execute(
                sa.select(t.audit.c.kind, t.audit.c.partner_id, t.audit.c.detail).order_by(
                    t.audit.c.id
                )
            )
        ]


# -- the laptop's side ----------------------------------------------------------------------


def column_defaults(store: Store, table: str) -> dict[str, Any]:
    """Each column's declared default, as the value SQLite would store."""
    found: dict[str, Any] = {}
    for _cid, name, _type, _notnull, default, _pk in store.db.execute(
        f"PRAGMA table_info([{table}])"
    ):
        if default is None or default.upper() == "NULL":
            found[name] = None
        elif default.startswith("'"):
            found[name] = default[1:-1].replace("''", "'")
        else:
            found[name] = json.loads(default)
    return found


def laptop_rows(store: Store, scope: set[str] | None) -> dict[Key, dict[str, Any]]:
    """Every synced row of the laptop whose school is in ``scope`` (global rows always),
    with every synced field: {(table, row): {field: wire value}}."""
    raw: dict[Key, dict[str, Any]] = {}
    for name in sync_schema.TABLES:
        cursor = store.db.execute(f"SELECT * FROM [{name}]")
        columns = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            values = dict(zip(columns, row, strict=True))
            raw[(name, values["id"])] = values

    def school(key: Key) -> str | None:
        table = sync_schema.TABLES[key[0]]
        path = table.school_path
        if path is None:
            return None
        if path == "id":
            return key[1]
        field_name, _, parent = path.partition(":")
        ref = raw[key].get(field_name)
        if not parent:
            return ref
        return school((parent, ref)) if (parent, ref) in raw else None

    rows: dict[Key, dict[str, Any]] = {}
    for key, values in raw.items():
        table = sync_schema.TABLES[key[0]]
        if table.school_path is not None:
            owner = school(key)
            if owner is None or (scope is not None and owner not in scope):
                continue
        names = [*table.fields, sync_schema.TOMBSTONE]
        rows[key] = {f: local_value(key[0], f, values[f]) for f in names if f in values}
    return rows


def outbox(store: Store) -> list[dict[str, Any]]:
    """The laptop's outbox; ``op_id`` is the id the op travels under (a UUIDv7)."""
    cursor = store.db.execute("SELECT * FROM outbox ORDER BY seq")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def op_value(op: dict[str, Any]) -> Any:
    return local_value(op["tbl"], op["field"], json.loads(op["value"]))


def unsent(store: Store) -> int:
    return int(
        store.db.execute(
            "SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight')"
        ).fetchone()[0]
    )


def waiting_rows(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM sync_incoming").fetchone()[0])


@dataclass
class Comparison:
    laptop: str
    server: str
    differences: list[str] = field(default_factory=list)
    excluded: list[FieldKey] = field(default_factory=list)


def compare(store: Store, central: CentralStore, partner_id: str) -> Comparison:
    """Compare a laptop's in-scope data with the server's for the same scope.

    A field is left out only when the laptop's latest op for it was rejected (it is "needs
    attention" on the laptop, by design kept as the user typed it), and a row only when the
    server never accepted any of it and the laptop has rejected ops for it. Fields the
    server never received must hold the column's default on the laptop.
    """
    scope = scope_of(central, partner_id)
    theirs = server_rows(central, scope)
    mine = laptop_rows(store, scope)
    latest: dict[FieldKey, str] = {}
    for op in outbox(store):
        latest[(op["tbl"], op["row_id"], op["field"])] = op["state"]
    rejected = {k for k, state in latest.items() if state == "rejected"}
    result = Comparison("", "")
    defaults = {name: column_defaults(store, name) for name in sync_schema.TABLES}
    mine_view: dict[Key, dict[str, Any]] = {}
    theirs_view: dict[Key, dict[str, Any]] = {}
    for key in sorted(set(mine) | set(theirs)):
        if key not in theirs and any((key[0], key[1], f) in rejected for f in mine[key]):
            result.excluded.extend((key[0], key[1], f) for f in mine[key])
            continue
        if key not in mine:
            result.differences.append(f"{key}: on the server, not on the laptop")
            continue
        server_fields = theirs.get(key, {})
        left: dict[str, Any] = {}
        right: dict[str, Any] = {}
        for name, value in mine[key].items():
            if (key[0], key[1], name) in rejected:
                result.excluded.append((key[0], key[1], name))
                continue
            expected = (
                server_fields[name]
                if name in server_fields
                else local_value(key[0], name, defaults[key[0]].get(name))
            )
            left[name], right[name] = value, expected
            if value != expected:
                result.differences.append(
                    f"{key[0]}/{key[1]}.{name}: laptop {value!r}, server {expected!r}"
                )
        mine_view[key], theirs_view[key] = left, right
    result.laptop, result.server = digest(mine_view), digest(theirs_view)
    return result


def assert_same_as_server(store: Store, central: CentralStore, partner_id: str) -> Comparison:
    """The laptop has exactly the server's in-scope data (see :func:`compare`)."""
    assert unsent(store) == 0, "the laptop still has unsent changes"
    assert waiting_rows(store) == 0, "pulled rows are still waiting to be inserted"
    found = compare(store, central, partner_id)
    assert not found.differences, "\n".join(found.differences[:20])
    assert found.laptop == found.server
    return found


def check_sent_ops_on_server(
    store: Store,
    central: CentralStore,
    device_id: str,
    skip: set[str] | frozenset[str] = frozenset(),
) -> set[str]:
    """Every op the laptop marked sent was applied once by the server and its value is
    kept: accepted values are in the field's history, merged values went into a real
    three-way merge (or set union) recorded in history, conflicting values sit in a
    conflict as ``mine``. Ops in ``skip`` (already proven) are not checked again. Returns
    the ids of the ops checked."""
    ops = [op for op in outbox(store) if op["state"] == "sent" and op["op_id"] not in skip]
    with central.reading() as conn:
        results = {
            r[0]: json.loads(r[1])
            for r in conn.execute(
                sa.select(t.applied_ops.c.op_id, t.applied_ops.c.result).where(
                    t.applied_ops.c.device_id == device_id
                )
            )
        }
        for op in ops:
            where = f"{op['tbl']}/{op['row_id']}.{op['field']} op {op['op_id']}"
            assert op["op_id"] in results, f"{where}: marked sent, unknown to the server"
            result = results[op["op_id"]]
            mine = op_value(op)
            status = result["s"]
            history = [
                (seq, kind, canon(None if v is None else json.loads(v)), (device, op_id))
                for seq, kind, v, op_id, device in conn.execute(
                    sa.select(
                        t.history.c.seq,
                        t.history.c.kind,
                        t.history.c.value,
                        t.history.c.op_id,
                        t.history.c.device_id,
                    )
                    .where(t.history.c.tbl == op["tbl"], t.history.c.row_id == op["row_id"])
                    .where(t.history.c.field == op["field"])
                    .order_by(t.history.c.seq)
                )
            ]
            if status == "accepted":
                assert any(v == mine for _, _, v, _ in history), f"{where}: value not in history"
            elif status == "merged":
                [(seq, kind, merged, _)] = [h for h in history if h[3] == (device_id, op["op_id"])]
                assert kind == "merged"
                if isinstance(mine, list):
                    assert all(item in merged for item in mine), f"{where}: items lost"
                else:
                    base = central.value_at(
                        conn, op["tbl"], op["row_id"], op["field"], op["base_rev"]
                    )
                    before = central.value_at(conn, op["tbl"], op["row_id"], op["field"], seq - 1)
                    assert merge.merge3(base or "", mine, before) == merged, f"{where}: bad merge"
            elif status == "conflict":
                kept = central.field(conn, "conflicts", result["conflict"], "mine")
                assert kept is not None, f"{where}: the conflict is not on the server"
                # A conflict keeps both values as JSON text (they may be of any type).
                assert canon(json.loads(kept[0])) == mine, f"{where}: conflict lost it"
            else:
                raise AssertionError(f"{where}: marked sent but the server said {result}")
    return {op["op_id"] for op in ops}


def cursor_of(store: Store) -> Cursor:
    text = store.setting("sync.cursor")
    return Cursor.decode(text)


def cursor_order(cursor: Cursor) -> tuple[int, int]:
    """Cursors only move forward in (sequence, scope version)."""
    return (cursor.seq, cursor.version)


# -- a fault-injecting transport --------------------------------------------------------------

FAULTS = (
    "drop_before",  # the connection fails before the request leaves: ConnectError
    "drop_after",  # the server commits, the reply is lost: ReadError
    "duplicate",  # the request arrives twice; the client gets the second reply
    "reorder",  # the request is held and arrives after the next one; the client times out
    "delay",  # the request arrives late, racing the client's retry; the client times out
    "truncate",  # the reply is cut half-way
    "error_5xx",  # the server answers 503 (sometimes after committing: 500)
    "error_409",  # the server answers 409
)


class FaultTransport(httpx.BaseTransport):
    """Wraps a real ``httpx.HTTPTransport`` and breaks some exchanges on purpose.

    ``rate`` is the chance that an exchange gets a fault drawn from ``kinds`` with ``rng``;
    ``script`` is a queue of faults applied to the next exchanges first ("ok" = none).
    Every fault is logged in ``log`` as (fault, path). ``served`` counts the fields of
    ``changes`` in every /sync reply the server produced (delivered or not), and ``pages``
    the number of such replies.
    """

    def __init__(
        self,
        rng: random.Random | None = None,
        rate: float = 0.0,
        kinds: Iterable[str] = FAULTS,
        inner: httpx.BaseTransport | None = None,
    ) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.rng = rng or random.Random(0)
        self.rate = rate
        self.kinds = tuple(kinds)
        self.script: list[str] = []
        self.log: list[tuple[str, str]] = []
        self.held: list[httpx.Request] = []
        self.threads: list[threading.Thread] = []
        self.served = 0
        self.pages = 0
        self.requests = 0
        self.down = False  # every request fails to connect while True
        self._lock = threading.Lock()

    def _choose(self) -> str:
        if self.script:
            return self.script.pop(0)
        if self.rate and self.rng.random() < self.rate:
            return self.rng.choice(self.kinds)
        return "ok"

    def _forward(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        try:
            content = response.read()
        finally:
            response.close()
        with self._lock:
            self.requests += 1
            if request.url.path == "/sync" and response.status_code == 200:
                body = json.loads(content)
                self.pages += 1
                self.served += sum(len(c["f"]) for c in body.get("changes") or [])
                # The compact encoding: each row is [row id, then three items a field].
                self.served += sum(
                    (len(row) - 1) // 3 for table in body.get("rows") or [] for row in table["r"]
                )
        headers = [
            (k, v)
            for k, v in response.headers.items()
            if k.lower() not in ("content-length", "transfer-encoding", "content-encoding")
        ]
        return httpx.Response(
            response.status_code, headers=headers, content=content, request=request
        )

    def _forward_quietly(self, request: httpx.Request) -> None:
        with contextlib.suppress(httpx.HTTPError):
            self._forward(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if self.down:
            self.log.append(("down", request.url.path))
            raise httpx.ConnectError("the network is down", request=request)
        fault = self._choose()
        if fault != "ok":
            self.log.append((fault, request.url.path))
        held, self.held = self.held, []
        try:
            return self._exchange(fault, request)
        finally:
            for late in held:  # the held request arrives after this one
                self._forward_quietly(late)

    def _exchange(self, fault: str, request: httpx.Request) -> httpx.Response:
        if fault == "drop_before":
            raise httpx.ConnectError("connection refused (injected)", request=request)
        if fault == "cut":  # the network dies after the server committed: nothing more gets out
            self._forward(request)
            self.down = True
            raise httpx.ReadError("the network went down (injected)", request=request)
        if fault == "drop_after":
            self._forward(request)
            raise httpx.ReadError("connection reset after the request (injected)", request=request)
        if fault == "duplicate":
            self._forward(request)
            return self._forward(request)
        if fault == "reorder":
            self.held.append(request)
            raise httpx.ReadTimeout("no answer yet (injected)", request=request)
        if fault == "delay":
            thread = threading.Thread(target=self._forward_quietly, args=(request,), daemon=True)
            self.threads.append(thread)
            thread.start()
            raise httpx.ReadTimeout("the answer is late (injected)", request=request)
        if fault == "truncate":
            response = self._forward(request)
            cut = response.content[: len(response.content) // 2]
            return httpx.Response(response.status_code, content=cut, request=request)
        if fault == "error_5xx":
            if self.rng.random() < 0.5:
                self._forward(request)
                return httpx.Response(500, text="Internal Server Error", request=request)
            return httpx.Response(503, text="Service Unavailable", request=request)
        if fault == "error_409":
            return httpx.Response(
                409, json={"detail": {"reason": "busy", "message": "try again"}}, request=request
            )
        return self._forward(request)

    def settle(self) -> None:
        """Deliver every held request and wait for every late one."""
        held, self.held = self.held, []
        for late in held:
            self._forward_quietly(late)
        for thread in self.threads:
            thread.join(timeout=30)
            assert not thread.is_alive(), "a delayed request never finished"
        self.threads.clear()

    def close(self) -> None:
        self.settle()
        self.inner.close()


# -- a server that can be restarted on the same port ----------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PortServer:
    """uvicorn serving ``app`` in a thread on a fixed loopback port; start/stop at will."""

    def __init__(self, app: Any, port: int) -> None:
        self.app = app
        self.port = port
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> PortServer:
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
            access_log=False,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self.server is not None and self.thread is not None:
            self.server.should_exit = True
            self.thread.join(timeout=20)
            assert not self.thread.is_alive(), "the test server did not stop"
        self.server = self.thread = None

    def __enter__(self) -> PortServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Dispatcher:
    """An ASGI app that forwards to whichever app is current, so one uvicorn server can
    serve a fresh central store for every hypothesis example."""

    def __init__(self) -> None:
        self.current: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        assert self.current is not None, "no central store is being served"
        await self.current(scope, receive, send)


# -- whole worlds: a central store, its server and laptops -----------------------------------


def open_central(database_url: str | None, folder: Path) -> CentralStore:
    """A fresh central store with the sample schools list imported."""
    from tests.importing.samples import write_address_list
    from tests.sync.conftest import TODAY

    folder.mkdir(parents=True, exist_ok=True)
    store = CentralStore.open(database_url, folder, today=lambda: TODAY)
    admin.import_schools(store, write_address_list(folder / "schools.csv"))
    return store


class World:
    """One central store served over real HTTP at ``url`` and the laptops syncing with
    it, each a real store file under ``root``. ``close`` closes the laptops and the
    store's connections (not the server)."""

    def __init__(self, central: CentralStore, url: str, root: Path) -> None:
        self.central = central
        self.root = root
        self.http = httpx.Client(base_url=url, timeout=30)
        self.laptops: dict[str, Laptop] = {}

    def laptop(self, name: str, partner_id: str, **options: Any) -> Laptop:
        code = auth.issue_code(self.central, partner_id)
        enrolled = sync_client.enrol(self.http, code, name)
        store = Store.open(profile_paths(self.root, name), backup_at_start=False)
        client = sync_client.SyncClient(
            store,
            self.http,
            enrolled.device_id,
            enrolled.token,
            sleep=lambda _s: None,
            **options,
        )
        self.laptops[name] = Laptop(name, store, client, partner_id)
        return self.laptops[name]

    def close(self) -> None:
        for laptop in self.laptops.values():
            laptop.store.close()
        self.http.close()
        self.central.engine.dispose()
