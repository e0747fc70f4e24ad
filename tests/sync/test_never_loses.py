"""Sync that never loses (issue 11): each row of the issue's table as a user meets it, on
SQLite and PostgreSQL, against the real server over HTTP.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from datetime import date

import httpx
import pytest

from desktop.store import attachments, backup, schools, sync_state, visits
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from sync import client as sync_client
from sync.server import auth
from tests.sync.helpers import FaultTransport, snapshot


def _school(laptop, number: str = "9904001") -> str:
    found = schools.school_by_number(laptop.store, number)
    assert found is not None
    return found.id


def _notes(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT body FROM notes WHERE deleted_at IS NULL")}


def test_a_laptop_restored_from_its_backup_loses_nothing_either_way(
    laptop_factory, ip, tmp_path, central, http
):
    """Tried: laptop A takes a backup, writes 3 notes and syncs them; its file is damaged
    and restored from that backup (the app's recovery path); A writes 3 more notes and
    syncs. The 3 new notes reach the server and the second laptop B; the 3 synced before
    the restore come back to A. Before issue 11: 'sent 6 / accepted 6' and none arrived."""
    a, b = laptop_factory("a", ip), laptop_factory("b", ip)
    a.sync()
    b.sync()
    school = _school(a)
    taken = backup.create_backup(a.store.db.conn, tmp_path / "a-backups", key=a.store.key)
    before = {f"Cyn yr adfer {n}" for n in range(3)}
    for text in sorted(before):
        visits.add_note(a.store, school, text)
    assert a.sync().rejected == 0 and sync_state.unsent_count(a.store) == 0

    paths = profile_paths(tmp_path / "laptops", "a")
    key = a.store.key
    a.store.close()
    backup.restore_backup(paths.database, taken, key)
    restored = Store.open(paths, backup_at_start=False)
    try:
        assert _notes(restored) == set()  # the backup is older than the notes
        assert sync_state.cursor(restored) is None  # it knows it starts again
        a.client.store = restored
        after = {f"Ar ôl yr adfer {n}" for n in range(3)}
        for text in sorted(after):
            visits.add_note(restored, school, text)
        report = a.client.sync()
        assert report.sent >= 3 and report.accepted == report.sent
        assert sync_state.unsent_count(restored) == 0
        assert _notes(restored) == before | after
        b.sync()
        assert _notes(b.store) == before | after
        with central.reading() as conn:
            import sqlalchemy as sa

            from sync.server import tables as t

            on_server = {
                json.loads(v)
                for v in conn.execute(
                    sa.select(t.fields.c.value).where(
                        t.fields.c.tbl == "notes", t.fields.c.field == "body"
                    )
                ).scalars()
            }
        assert before | after <= on_server
    finally:
        restored.close()


def _post(http: httpx.Client, laptop, body: bytes | dict) -> httpx.Response:
    token = laptop.client.headers["Authorization"]
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return http.post(
        "/sync",
        content=content,
        headers={"Authorization": token, "Content-Type": "application/json"},
    )


def _op(row: str, field: str, value, **extra) -> dict:
    return {
        "op_id": extra.pop("op_id", "0190a0a0-0000-7000-8000-00000000000a"),
        "table": extra.pop("table", "notes"),
        "row_id": row,
        "field": field,
        "value": value,
        "base_rev": extra.pop("base_rev", 0),
        **extra,
    }


@pytest.fixture
def synced(laptop_factory, ip):
    laptop = laptop_factory("a", ip)
    laptop.sync()
    note = visits.add_note(laptop.store, _school(laptop), "Nodyn")
    laptop.sync()
    return laptop, note


@pytest.mark.parametrize(
    ("what", "body"),
    [
        ("NaN as a value", b'{"device_id": "D", "ops": [OP_NaN]}'),
        ("Infinity as a value", b'{"device_id": "D", "ops": [OP_Infinity]}'),
        ("-Infinity as a value", b'{"device_id": "D", "ops": [OP_-Infinity]}'),
        ("a base_rev of 2**63", "base_rev"),
        ("a cursor number of 10**30", "cursor"),
        ("a NUL byte in row_id", "row_nul"),
        ("a NUL byte in op_id", "op_nul"),
        ("a NUL byte in a text value", "value_nul"),
        ("two ops with one op id", "duplicate"),
        ("a date that is not a date", "bad_date"),
        ("a number as a note", "number_text"),
        ("a huge whole number", "huge_int"),
        ("a bool as support days", "bool_days"),
    ],
)
def test_poison_input_is_refused_with_the_op_named_and_nothing_stored(
    synced, http, central, what, body
):
    """Tried: each poison value of the issue's table in an otherwise valid request. 422,
    a message naming the op, and the server unchanged. A later pull still works."""
    laptop, note = synced
    device = laptop.client.device_id
    good = _op(note, "body", "Iawn", op_id="0190a0a0-0000-7000-8000-0000000000aa", base_rev=10**9)
    if isinstance(body, bytes):
        constant = body.split(b"OP_")[1].split(b"]")[0]
        raw = json.dumps(_op(note, "body", "X")).replace('"X"', constant.decode())
        payload: bytes | dict = body.replace(b"D", device.encode(), 1).replace(
            b"OP_" + constant, raw.encode()
        )
    else:
        cases = {
            "base_rev": {"ops": [_op(note, "body", "x", base_rev=2**63)]},
            "cursor": {"cursor": f"{10**30}.1"},
            "row_nul": {"ops": [_op(note + "\x00", "body", "x")]},
            "op_nul": {"ops": [_op(note, "body", "x", op_id="op\x00id")]},
            "value_nul": {"ops": [_op(note, "body", "a\x00b")]},
            "duplicate": {"ops": [good, {**good, "value": "Arall"}]},
            "bad_date": {
                "ops": [_op(note, "due_on", "yfory", table="actions", op_id="bad-date-op")]
            },
            "number_text": {"ops": [_op(note, "body", 42, op_id="number-op")]},
            "huge_int": {
                "ops": [_op(note, "position", 2**60, table="priorities", op_id="huge-op")]
            },
            "bool_days": {"ops": [_op(note, "days", True, table="support", op_id="bool-op")]},
        }
        payload = {"device_id": device, **cases[body]}
    before = snapshot(central)
    response = _post(http, laptop, payload)
    assert 400 <= response.status_code < 500, (what, response.status_code, response.text)
    message = response.json()["detail"]["message"]
    if body in ("duplicate", "bad_date", "number_text", "huge_int", "bool_days"):
        named = payload["ops"][0]["op_id"]  # type: ignore[index]
        assert named in message, (what, message)
    assert snapshot(central) == before, what
    assert laptop.sync().rejected == 0  # the laptop's own sync is unharmed


def test_a_value_stored_before_is_pulled_without_a_server_error(synced, http, central):
    """Tried: a NaN already in the database (written before issue 11). Pulls still
    answer 200 for everyone: the value travels as null is not acceptable either, so the
    server refuses it at the edge and never stores one; this proves the edge is the
    only way in."""
    laptop, note = synced
    assert math.isnan(float("nan"))
    response = _post(
        http,
        laptop,
        b'{"device_id": "%s", "ops": [{"op_id": "n", "table": "notes", "row_id": "%s",'
        b' "field": "body", "value": NaN, "base_rev": 0}]}'
        % (laptop.client.device_id.encode(), note.encode()),
    )
    assert response.status_code == 422
    assert "NaN" in response.json()["detail"]["message"]


def test_a_teammates_unfinished_upload_blocks_no_one(laptop_factory, ip, tmp_path):
    """Tried: laptop A's photo upload stops half-way (its record reached the server). B's
    sync completes, says one file is still to come, and brings the file at a later sync
    once A has finished. Before issue 11: B's every sync failed with not_found."""
    a, b = laptop_factory("a", ip), laptop_factory("b", ip)
    a.sync()
    b.sync()
    school = _school(a)
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(
        a.store, school, date(2025, 11, 18), "progress_towards_priorities", aspects=[area]
    )
    evidence = visits.record_evidence(a.store, visit, area, "work_scrutiny", "Llyfrau")
    photo = tmp_path / "llun.png"
    photo.write_bytes(os.urandom(1_500_000))
    attachments.attach_file(a.store, evidence, photo)
    original = a.client.http.request

    def cut_uploads(method, url, **kwargs):
        if method == "PUT" and kwargs["params"]["offset"] > 0:
            raise httpx.ReadError("connection dropped")
        return original(method, url, **kwargs)

    a.client.http.request = cut_uploads
    with pytest.raises(sync_client.SyncError):
        a.sync()
    a.client.http.request = original

    first = b.sync()
    assert first.files_down == 0 and first.files_waiting == 1
    assert any("not on the central store yet" in n for n in first.notes)
    assert a.sync().files_up == 1
    second = b.sync()
    assert second.files_down == 1 and second.files_waiting == 0


class _Flaky(httpx.BaseTransport):
    """Every request fails ``failures`` times (503), then reaches the real server."""

    def __init__(self, failures: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.failures = failures
        self.seen: dict[str, int] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        key = f"{request.method} {request.url}{request.content[:200]!r}"
        self.seen[key] = self.seen.get(key, 0) + 1
        if self.seen[key] <= self.failures:
            return httpx.Response(503, text="busy", request=request)
        response = self.inner.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return response

    def close(self) -> None:
        self.inner.close()


def test_transient_failures_are_retried_until_the_sync_completes(own_laptop, ip):
    """Tried: every request answered 503 twice before it reaches the server. The sync
    completes with everything sent. (With retries off, it fails: see the next test.)"""
    laptop = own_laptop("a", ip, transport=_Flaky(failures=2))
    laptop.sync()
    visits.add_note(laptop.store, _school(laptop), "Ar ôl dwy ymgais")
    report = laptop.sync()
    assert report.accepted == report.sent > 0 and sync_state.unsent_count(laptop.store) == 0


def test_the_retry_policy_gives_up_after_its_attempts_with_a_plain_reason(own_laptop, ip):
    laptop = own_laptop("a", ip, transport=_Flaky(failures=100))
    laptop.client.retries = 3
    with pytest.raises(sync_client.SyncError) as failed:
        laptop.sync()
    assert failed.value.reason == "server_error"
    assert max(laptop.client.http._transport.seen.values()) == 4  # 1 + 3 retries, not 25


def test_drop_after_commit_is_retried_and_applied_once(own_laptop, ip, central):
    """Tried: the server commits the push, the reply is lost, then a reply is cut
    half-way. The retry gets the first answer again; the note is stored once."""
    faults = FaultTransport()
    laptop = own_laptop("a", ip, transport=faults)
    laptop.sync()
    visits.add_note(laptop.store, _school(laptop), "Unwaith yn unig")
    faults.script = ["drop_after", "truncate"]
    report = laptop.sync()
    assert report.accepted == report.sent > 0 and ("drop_after", "/sync") in faults.log
    with central.reading() as conn:
        import sqlalchemy as sa

        from sync.server import tables as t

        stored = conn.execute(
            sa.select(sa.func.count()).where(
                t.history.c.tbl == "notes",
                t.history.c.field == "body",
                t.history.c.value == json.dumps("Unwaith yn unig"),
            )
        ).scalar()
    assert stored == 1


def test_a_cancel_ends_a_sync_that_is_backing_off_within_a_second(own_laptop, ip, central):
    """Tried: the central store stops answering (connection refused) while the laptop
    syncs with the real backoff (0.5 s, 1 s, 2 s, …). Cancel: the sync ends with
    'cancelled' within a second."""
    faults = FaultTransport()
    laptop = own_laptop("a", ip, transport=faults)
    laptop.sync()
    laptop.client.sleep = time.sleep  # the real, interruptible wait
    laptop.client.retries = 8
    faults.down = True
    cancel = threading.Event()
    cancelled_at: list[float] = []

    def press_cancel() -> None:
        cancelled_at.append(time.monotonic())
        cancel.set()

    timer = threading.Timer(1.2, press_cancel)  # well into the backoff
    timer.start()
    try:
        with pytest.raises(sync_client.SyncError) as stopped:
            laptop.client.sync(cancelled=cancel.is_set)
    finally:
        timer.cancel()
    assert stopped.value.reason == "cancelled"
    assert time.monotonic() - cancelled_at[0] < 1.0


def test_plain_http_is_refused_except_to_this_computer(store):
    from sync import session

    for address in ("http://sipl.example.cymru", "http://192.168.1.20:8765", "ftp://x"):
        with pytest.raises(sync_client.SyncError) as refused:
            session.enrol_laptop(store, address, "ABCD", "gliniadur")
        assert refused.value.reason == "insecure_url"
    for address in ("http://127.0.0.1:1", "http://localhost:1", "https://sipl.example.cymru"):
        assert sync_client.check_server_url(address) == address


def test_a_token_in_the_address_is_refused_and_never_logged(http, synced, caplog):
    laptop, _ = synced
    token = laptop.client.headers["Authorization"][7:]
    response = http.get(f"/limits?token={token}")
    assert response.status_code == 400
    assert response.json()["detail"]["reason"] == "token_in_url"
    assert token not in caplog.text


def test_enrolment_resets_the_cursor_of_a_profile(laptop_factory, ip, central, server):
    """Tried: a profile enrolled again (a copy on a new laptop): it starts from the
    beginning, so its old cursor is never sent as another device's."""
    from sync import session

    laptop = laptop_factory("a", ip)
    laptop.sync()
    assert sync_state.cursor(laptop.store)
    session.enrol_laptop(laptop.store, server.url, auth.issue_code(central, ip), "copy")
    assert sync_state.cursor(laptop.store) is None


def test_the_access_log_never_shows_a_query_string():
    """The filter ``sipl-store serve`` puts on uvicorn's access log."""
    import logging

    from sync.server.cli import _NoQueryStrings

    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/files/abc?token=s3cr3t&x=1", "1.1", 400),
        None,
    )
    assert _NoQueryStrings().filter(record)
    assert "s3cr3t" not in record.getMessage()
    assert "/files/abc?…" in record.getMessage()
