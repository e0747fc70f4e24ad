"""Bad input against the real central store app over HTTP (issue 4).

Each test says what was tried. The server must answer bad input with a clear 4xx and
change nothing (history, fields, applied ops, scope versions, refusals, last sync: see
``helpers.snapshot``); the laptop's client must turn each refusal into plain words and
lose none of its changes.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from desktop.store import records, schools, sync_state, visits
from sync import session
from sync.client import SyncError
from sync.server import admin, auth
from sync.server import tables as t
from sync.server.app import MAX_BODY, MAX_TEXT
from sync.server.storage import CentralStore
from tests.sync.conftest import YEAR
from tests.sync.helpers import (
    history_values,
    refusals,
    server_field,
    snapshot,
    unsent,
)


def token_of(laptop: Any) -> str:
    return str(laptop.client.headers["Authorization"][7:])


def post(http: httpx.Client, token: str | None, body: Any, **kwargs: Any) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return http.post("/sync", content=content, headers=headers, **kwargs)


def school_id(central: CentralStore, number: str) -> str:
    with central.reading() as conn:
        found = admin._row_by(conn, "schools", "number", number)
    assert found
    return found


@pytest.fixture
def synced(laptop_factory, ip):
    """An IP's laptop that has synced once, with one unsent answer in its outbox."""
    laptop = laptop_factory("laptop", ip)
    laptop.sync()
    school = schools.school_by_number(laptop.store, "9904001")
    assert school is not None
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(
        laptop.store, school.id, date(2025, 11, 18), "progress_towards_priorities", aspects=[area]
    )
    laptop.sync()
    visits.set_answer(laptop.store, visit, area, 1, "Mae'r dysgwyr yn siarad yn hyderus.")
    return laptop, visit, area


def refused(response: httpx.Response, status: int, reason: str) -> str:
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert detail["reason"] == reason
    assert detail["message"]  # a sentence for people, never empty
    return str(detail["message"])


# -- malformed and oversized bodies ---------------------------------------------------------


def test_malformed_json_is_refused_and_changes_nothing(synced, http, central):
    """Tried: a body cut off mid-array, a body that is not JSON at all, an empty body and a
    JSON list instead of an object. Each is a 422 'invalid' and the store is unchanged."""
    laptop, _, _ = synced
    before = snapshot(central)
    device = laptop.client.device_id
    for body in (
        f'{{"device_id": "{device}", "ops": [{{"op_id": "x"'.encode(),
        b"this is not json",
        b"",
        json.dumps([{"device_id": device}]).encode(),
    ):
        refused(post(http, token_of(laptop), body), 422, "invalid")
    assert snapshot(central) == before


def test_an_oversized_body_is_refused_with_413_and_changes_nothing(synced, http, central):
    """Tried: a 9 MB body with a declared length, the same streamed in chunks with no
    declared length (so the limit must be enforced while reading), and one answer longer
    than the per-text limit. All are 413 'too_large' and nothing is stored."""
    laptop, visit, _ = synced
    before = snapshot(central)
    device = laptop.client.device_id
    big = json.dumps(
        {
            "device_id": device,
            "ops": [
                {
                    "op_id": "big",
                    "table": "visits",
                    "row_id": visit,
                    "field": "summary",
                    "value": "x" * (MAX_BODY + 1024 * 1024),
                    "base_rev": 0,
                }
            ],
        }
    ).encode()
    refused(post(http, token_of(laptop), big), 413, "too_large")
    assert snapshot(central) == before

    def chunks():
        for start in range(0, len(big), 256 * 1024):
            yield big[start : start + 256 * 1024]

    streamed = http.post(
        "/sync",
        content=chunks(),
        headers={"Authorization": f"Bearer {token_of(laptop)}", "Content-Type": "application/json"},
    )
    refused(streamed, 413, "too_large")
    assert snapshot(central) == before

    long_text = {
        "device_id": device,
        "ops": [
            {
                "op_id": "long",
                "table": "visits",
                "row_id": visit,
                "field": "summary",
                "value": "y" * (MAX_TEXT + 1),
                "base_rev": 0,
            }
        ],
    }
    refused(post(http, token_of(laptop), long_text), 413, "too_large")
    assert snapshot(central) == before
    assert server_field(central, "visits", visit, "summary") is None


def test_the_client_reports_a_too_large_change_and_keeps_it(synced, central):
    """Tried: the partner pastes a summary longer than the server accepts. The sync fails
    with the plain 'too large' reason; the change stays on the laptop, still unsent."""
    laptop, visit, _ = synced
    visits.update_visit(laptop.store, visit, summary="z" * (MAX_TEXT + 10))
    before = snapshot(central)
    with pytest.raises(SyncError) as raised:
        laptop.sync()
    assert raised.value.reason == "too_large"
    assert "larger than the central store accepts" in str(raised.value)
    assert snapshot(central) == before
    assert session.status(laptop.store).unsent == unsent(laptop.store) >= 2


# -- wrong types, unknown tables and fields -----------------------------------------------------


def test_wrong_types_are_refused_by_the_strict_models(synced, http, central):
    """Tried, one at a time, in an otherwise valid request: base_rev as a string, a negative
    base_rev, a value that is an object, a list of objects, ops that is not a list, a
    page size as a string, a device id as a number, an op id that is empty, and a field the
    protocol does not have. Each is a 422 naming the bad part; nothing changes."""
    laptop, visit, _ = synced
    device = laptop.client.device_id
    good_op = {
        "op_id": "op-1",
        "table": "visits",
        "row_id": visit,
        "field": "summary",
        "value": "Crynodeb",
        "base_rev": 0,
    }
    before = snapshot(central)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"ops": [{**good_op, "base_rev": "0"}]}, "base_rev"),
        ({"ops": [{**good_op, "base_rev": -1}]}, "base_rev"),
        ({"ops": [{**good_op, "value": {"a": 1}}]}, "value"),
        ({"ops": [{**good_op, "value": [{"a": 1}]}]}, "value"),
        ({"ops": {"0": good_op}}, "ops"),
        ({"ops": [good_op], "page_size": "10"}, "page_size"),
        ({"ops": [good_op], "device_id": 7}, "device_id"),
        ({"ops": [{**good_op, "op_id": ""}]}, "op_id"),
        ({"ops": [{**good_op, "colour": "red"}]}, "colour"),
        ({"ops": [good_op], "since": "yesterday"}, "since"),
    ]
    for change, named in cases:
        body = {"device_id": device, **change}
        message = refused(post(http, token_of(laptop), body), 422, "invalid")
        assert named in message
    assert snapshot(central) == before
    assert server_field(central, "visits", visit, "summary") is None


def test_unknown_tables_and_fields_refuse_the_whole_request(synced, http, central):
    """Tried: an op on a table that is not synced (the server's own 'devices' table), an op
    on an unknown field, and a list value for a plain field, each next to a valid op. The
    whole request is refused (422) and the valid op is not applied either."""
    laptop, visit, _ = synced
    device = laptop.client.device_id
    valid = {
        "op_id": "valid",
        "table": "visits",
        "row_id": visit,
        "field": "summary",
        "value": "Da iawn",
        "base_rev": 0,
    }
    before = snapshot(central)
    for bad, named in (
        ({"table": "devices", "field": "revoked_at"}, "devices"),
        ({"table": "visits", "field": "password"}, "password"),
        ({"table": "visits", "field": "attendees", "value": "Siân"}, "list"),
    ):
        op = {**valid, "op_id": "bad", "value": None, **bad}
        response = post(http, token_of(laptop), {"device_id": device, "ops": [valid, op]})
        assert named in refused(response, 422, "invalid")
    assert snapshot(central) == before
    assert server_field(central, "visits", visit, "summary") is None


# -- tokens ---------------------------------------------------------------------------------


def test_an_expired_token_is_refused_and_the_client_says_so(synced, http, central):
    """Tried: a sync with a token whose expiry date has passed. 401 'token_expired', no
    change; the laptop's client reports it in plain words and keeps its unsent answer."""
    laptop, visit, _ = synced
    with central.writing() as conn:
        conn.execute(
            t.devices.update()
            .where(t.devices.c.id == laptop.client.device_id)
            .values(expires_at="2020-01-01T00:00:00+00:00")
        )
    before = snapshot(central)
    waiting = session.status(laptop.store).unsent
    assert waiting == 4  # the new answer row: visit, aspect, question and text
    response = post(http, token_of(laptop), {"device_id": laptop.client.device_id})
    refused(response, 401, "token_expired")
    with pytest.raises(SyncError) as raised:
        laptop.sync()
    assert raised.value.reason == "token_expired"
    assert "expired" in str(raised.value)
    assert snapshot(central) == before
    assert session.status(laptop.store).unsent == waiting  # still counted after the failure
    assert [a.answer for a in visits.answers_of(laptop.store, visit)] == [
        "Mae'r dysgwyr yn siarad yn hyderus."
    ]


def test_a_revoked_token_is_refused_and_the_client_says_so(synced, central):
    """Tried: the administrator revokes the laptop (auth.revoke_device), then it syncs.
    401 'token_revoked'; the client's error says access was revoked; nothing is lost."""
    laptop, _, _ = synced
    auth.revoke_device(central, laptop.client.device_id)
    before = snapshot(central)
    waiting = session.status(laptop.store).unsent
    with pytest.raises(SyncError) as raised:
        laptop.sync()
    assert raised.value.reason == "token_revoked"
    assert "revoked" in str(raised.value)
    assert snapshot(central) == before
    assert session.status(laptop.store).unsent == waiting == 4


def test_missing_and_unknown_tokens_are_refused(synced, http, central):
    """Tried: no Authorization header, a made-up token, and a 'Basic' header."""
    laptop, _, _ = synced
    before = snapshot(central)
    body = {"device_id": laptop.client.device_id}
    refused(post(http, None, body), 401, "missing_token")
    refused(post(http, "made-up-token", body), 401, "unknown_token")
    basic = http.post("/sync", json=body, headers={"Authorization": "Basic dXNlcjpwYXNz"})
    refused(basic, 401, "missing_token")
    assert snapshot(central) == before


def test_another_partners_token_cannot_act_as_this_device(synced, laptop_factory, http, central):
    """Tried: a second partner's valid token sent with the first laptop's device id, with
    ops on the first partner's school. 403 'wrong_device'; nothing is applied."""
    laptop, visit, _ = synced
    other = auth.add_partner(central, "Rhodri Bowen", "ip", team="Tîm y Dwyrain")
    admin.allocate(central, "9915004", other, YEAR)
    intruder = laptop_factory("intruder", other)
    before = snapshot(central)
    body = {
        "device_id": laptop.client.device_id,
        "ops": [
            {
                "op_id": "sneaky",
                "table": "visits",
                "row_id": visit,
                "field": "summary",
                "value": "Nid fy ysgol i",
                "base_rev": 0,
            }
        ],
    }
    refused(post(http, token_of(intruder), body), 403, "wrong_device")
    assert snapshot(central) == before
    assert server_field(central, "visits", visit, "summary") is None


# -- scope -----------------------------------------------------------------------------------


def test_ops_outside_the_partners_schools_are_rejected_logged_and_the_rest_applied(
    synced, http, central
):
    """Tried, in one request: a valid summary on the partner's own visit, a headteacher
    change on a school allocated to nobody (9915004), a new visit created in that school,
    and a judgement for a priority that does not exist. The out-of-scope ops are
    'rejected' with a reason and every refused op is in the audit log (the orphan too,
    issue 10); the valid op is applied."""
    laptop, visit, _ = synced
    other_school = school_id(central, "9915004")
    new_visit = "0190a0a0-0000-7000-8000-000000000001"
    ops = [
        {
            "op_id": "mine",
            "table": "visits",
            "row_id": visit,
            "field": "summary",
            "value": "Ymweliad buddiol",
            "base_rev": 0,
        },
        {
            "op_id": "theirs-1",
            "table": "schools",
            "row_id": other_school,
            "field": "headteacher",
            "value": "Neb",
            "base_rev": 0,
        },
        {
            "op_id": "theirs-2",
            "table": "visits",
            "row_id": new_visit,
            "field": "school_id",
            "value": other_school,
            "base_rev": 0,
        },
        {
            "op_id": "theirs-3",
            "table": "visits",
            "row_id": new_visit,
            "field": "purpose",
            "value": "other",
            "base_rev": 0,
        },
        {
            "op_id": "orphan",
            "table": "judgements",
            "row_id": "no-such-judgement",
            "field": "rate",
            "value": "strong",
            "base_rev": 0,
        },
    ]
    logged_before = len(refusals(central))
    response = post(http, token_of(laptop), {"device_id": laptop.client.device_id, "ops": ops})
    assert response.status_code == 200, response.text
    results = {r["op"]: r for r in response.json()["results"]}
    assert results["mine"]["s"] == "accepted"
    for op_id in ("theirs-1", "theirs-2", "theirs-3", "orphan"):
        assert results[op_id]["s"] == "rejected" and results[op_id]["why"]
    assert results["theirs-1"]["why"] == "this school is not allocated to you"
    assert server_field(central, "visits", visit, "summary") == "Ymweliad buddiol"
    assert server_field(central, "schools", other_school, "headteacher") is None
    assert server_field(central, "visits", new_visit, "purpose") is None
    logged = refusals(central)[logged_before:]
    assert len(logged) == 4
    assert all(partner == laptop.partner_id for partner, _ in logged)
    assert sum("outside" in why for _, why in logged) == 3
    assert "judgements/no-such-judgement.rate" in logged[3][1]


def test_a_rejected_change_stays_visible_on_the_laptop(synced, central):
    """Tried: the laptop holds a school that is not (or no longer) allocated to its partner
    and records a visit there. The sync succeeds, the visit's ops come back 'rejected' and
    stay in ``sync_state.rejected_ops`` with the reason; the status bar counts them."""
    laptop, _, _ = synced
    other_school = school_id(central, "9915004")
    with central.reading() as conn:
        fields = {
            name: central.field(conn, "schools", other_school, name)
            for name in ("number", "name", "la_id", "sector")
        }
        la = {
            name: central.field(conn, "local_authorities", fields["la_id"][0], name)  # type: ignore[index]
            for name in ("code", "name")
        }
    if (
        laptop.store.db.execute(
            "SELECT 1 FROM local_authorities WHERE id = ?",
            [fields["la_id"][0]],  # type: ignore[index]
        ).fetchone()
        is None
    ):
        records.insert(
            laptop.store,
            "local_authorities",
            {"id": fields["la_id"][0], **{k: v[0] for k, v in la.items() if v}},  # type: ignore[index]
            origin="remote",
        )
    records.insert(
        laptop.store,
        "schools",
        {"id": other_school, **{k: v[0] for k, v in fields.items() if v}},
        origin="remote",
    )
    visit = visits.start_visit(
        laptop.store, other_school, date(2025, 11, 19), "wellbeing_check", aspects=[]
    )
    report = laptop.sync()
    assert report.rejected >= 3 and report.rejected == len(sync_state.rejected_ops(laptop.store))
    rejected = sync_state.rejected_ops(laptop.store)
    assert {r[0] for r in rejected} == {"visits"} and {r[1] for r in rejected} == {visit}
    assert all(r[3] == "this school is not allocated to you" for r in rejected)
    status = session.status(laptop.store)
    assert status.needs_attention == len(rejected) and status.unsent == 0
    assert server_field(central, "visits", visit, "purpose") is None
    assert visits.get_visit(laptop.store, visit).purpose == "wellbeing_check"  # still there


# -- replays and cursors ----------------------------------------------------------------------


def test_a_replayed_request_gets_the_same_answers_and_changes_nothing_twice(synced, http, central):
    """Tried: the very same request (two ops: a new summary and an attendee) sent twice, as
    a client would after losing the first reply. Same results; no second history entry,
    no second value, no duplicated attendee."""
    laptop, visit, _ = synced
    body = {
        "device_id": laptop.client.device_id,
        "cursor": sync_state.cursor(laptop.store),
        "ops": [
            {
                "op_id": "r1",
                "table": "visits",
                "row_id": visit,
                "field": "summary",
                "value": "Unwaith yn unig",
                "base_rev": 0,
            },
            {
                "op_id": "r2",
                "table": "visits",
                "row_id": visit,
                "field": "attendees",
                "value": ["Pennaeth"],
                "base_rev": 0,
            },
        ],
    }
    first = post(http, token_of(laptop), body)
    assert first.status_code == 200
    after_first = snapshot(central)
    second = post(http, token_of(laptop), body)
    assert second.status_code == 200
    assert second.json()["results"] == first.json()["results"]
    after_second = snapshot(central)
    for table in ("history", "applied_ops", "rows", "fields"):
        assert after_second[table] == after_first[table]
    assert history_values(central, "visits", visit, "summary") == ["Unwaith yn unig"]
    assert server_field(central, "visits", visit, "attendees") == ["Pennaeth"]


def test_a_cursor_the_server_never_issued_is_refused(synced, http, central):
    """Tried: cursors that are not numbers, have the wrong shape, point past the newest
    change the server has, or name a scope version never issued to this device. Each is
    a 422 and changes nothing. The laptop with such a cursor gets a plain 'invalid'."""
    laptop, _, _ = synced
    device = laptop.client.device_id
    with central.reading() as conn:
        head = conn.execute(sa.select(sa.func.max(t.history.c.seq))).scalar()
    before = snapshot(central)
    for forged in ("abc", "1.2.3", "-5.0", f"{head + 1000}.1", "1.9999", "1.0.x.y"):
        response = post(http, token_of(laptop), {"device_id": device, "cursor": forged})
        refused(response, 422, "invalid")
    assert snapshot(central) == before
    laptop.store.set_setting("sync.cursor", f"{head + 1000}.1")
    with pytest.raises(SyncError) as raised:
        laptop.sync()
    assert raised.value.reason == "invalid"


def test_a_forged_backfill_cursor_reveals_no_other_school(synced, http, central):
    """Tried: a cursor made up to ask for the 'history backfill' of a school that is not
    the partner's (9915004). The server must not send a single field of that school."""
    laptop, _, _ = synced
    other_school = school_id(central, "9915004")
    with central.reading() as conn:
        head = conn.execute(sa.select(sa.func.max(t.history.c.seq))).scalar()
    current = sync_state.cursor(laptop.store)
    assert current
    version = current.split(".")[1]
    response = post(
        http,
        token_of(laptop),
        {"device_id": laptop.client.device_id, "cursor": f"{head}.{version}.{other_school}.0"},
    )
    if response.status_code == 200:
        leaked = [c for c in response.json()["changes"] if c["r"] == other_school]
        assert leaked == []
    else:
        refused(response, 422, "invalid")
