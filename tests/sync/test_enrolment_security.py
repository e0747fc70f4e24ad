"""Enrolment codes under brute force (issue 10, hole 9), against the real server over
HTTP with the central store's clock under the test's control.

Tried: wrong codes from one address as fast as the connection allows; wrong codes for
one partner from many addresses; a right code during and after the lock-out; a copy of
the database without the server's secret.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa

from sync import client as sync_client
from sync.server import auth
from sync.server import tables as t
from sync.server.app import create_app
from sync.server.storage import CentralStore
from tests.sync.conftest import TODAY
from tests.sync.helpers import audit_log
from tests.sync.server_thread import ServerThread

START = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> list[datetime]:
    return [START]


@pytest.fixture
def guarded(tmp_path, database_url, clock):
    """A central store whose clock the test moves, served on loopback."""
    store = CentralStore.open(
        database_url, tmp_path / "guarded", today=lambda: TODAY, now=lambda: clock[0]
    )
    with ServerThread(create_app(store)) as running, httpx.Client(base_url=running.url) as http:
        yield store, http
    store.engine.dispose()


def _enrol(http: httpx.Client, code: str) -> httpx.Response:
    return http.post("/enrol", json={"code": code, "device_name": "gliniadur"})


def _wrong(code: str) -> str:
    """The code with its last secret letter changed."""
    last = code[-1]
    other = auth.CODE_ALPHABET[(auth.CODE_ALPHABET.index(last) + 1) % len(auth.CODE_ALPHABET)]
    return code[:-1] + other


def test_a_code_carries_80_secret_bits_in_groups_easy_to_read_aloud(guarded):
    store, _ = guarded
    partner = auth.add_partner(store, "Siân Prydderch", "ip", team="De")
    codes = {auth.issue_code(store, partner) for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert re.fullmatch(r"([A-HJ-NP-Z2-9]{4}-){4}[A-HJ-NP-Z2-9]{4}", code), code
    assert auth.SECRET_LENGTH * math.log2(len(auth.CODE_ALPHABET)) >= 80


def test_a_copy_of_the_database_does_not_give_the_codes_away(guarded, tmp_path):
    """Tried: reading the stored hash of a code and hashing the code as the old server
    did (unsalted SHA-256): no match. The key of the HMAC is not in the database."""
    store, _ = guarded
    partner = auth.add_partner(store, "Siân Prydderch", "ip", team="De")
    code = auth.issue_code(store, partner)
    plain = code.replace("-", "")
    with store.reading() as conn:
        [row] = conn.execute(sa.select(t.enrolments)).all()
    stored = json_dump(row._mapping)
    for guess in (plain, plain[4:], code):
        assert hashlib.sha256(guess.encode()).hexdigest() not in stored
    assert plain[4:] not in stored
    secret = (tmp_path / "guarded" / "server-secret").read_bytes()
    assert secret.hex() not in stored and len(secret) == 32
    assert (tmp_path / "guarded" / "server-secret").stat().st_mode & 0o077 == 0


def json_dump(mapping) -> str:
    return " ".join(str(v) for v in mapping.values())


def test_wrong_codes_are_locked_out_per_address_then_a_right_code_works(guarded, clock):
    """Tried: wrong codes from one address until refused. The lock-out starts at the
    stated number, answers 429 with Retry-After even to the right code, doubles the
    second time, and the right code works once it has passed. All of it is audited."""
    store, http = guarded
    partner = auth.add_partner(store, "Siân Prydderch", "ip", team="De")
    code = auth.issue_code(store, partner)
    answers = [_enrol(http, _wrong(code)).status_code for _ in range(auth.FREE_FAILURES + 3)]
    assert answers[: auth.FREE_FAILURES] == [403] * auth.FREE_FAILURES
    assert answers[auth.FREE_FAILURES :] == [429] * 3
    locked = _enrol(http, code)
    assert locked.status_code == 429
    wait = int(locked.headers["Retry-After"])
    assert 0 < wait <= auth.LOCKOUT_BASE.total_seconds()
    assert locked.json()["detail"]["reason"] == "locked_out"

    clock[0] += timedelta(seconds=wait + 1)
    # A second round of wrong codes: the lock-out is twice as long.
    for _ in range(auth.FREE_FAILURES):
        _enrol(http, _wrong(code))
    again = _enrol(http, code)
    assert again.status_code == 429
    assert int(again.headers["Retry-After"]) > auth.LOCKOUT_BASE.total_seconds()

    clock[0] += timedelta(seconds=int(again.headers["Retry-After"]) + 1)
    enrolled = sync_client.enrol(http, code, "gliniadur")
    assert enrolled.partner_id == partner

    kinds = [kind for kind, _, _ in audit_log(store)]
    assert kinds.count("wrong_code") == 2 * auth.FREE_FAILURES
    assert kinds.count("lockout") >= 2 and kinds[-1] == "enrolled"


def test_wrong_codes_for_one_partner_from_many_addresses_lock_that_partner(guarded):
    """Tried: the right selector with wrong secrets from a new address each time (a
    botnet). The partner's codes lock after the stated number; another partner is not
    affected; the client is told in plain words."""
    store, http = guarded
    target = auth.add_partner(store, "Siân Prydderch", "ip", team="De")
    other = auth.add_partner(store, "Huw Parry", "ip", team="De")
    code = auth.issue_code(store, target)
    refusals = []
    for n in range(auth.FREE_FAILURES + 1):
        try:
            auth.enrol(store, _wrong(code), "x", address=f"203.0.113.{n}")
        except auth.AuthError as error:
            refusals.append(error.reason)
    assert refusals == ["unknown_code"] * auth.FREE_FAILURES + ["locked_out"]
    with pytest.raises(auth.LockedOut):
        auth.enrol(store, code, "x", address="198.51.100.7")
    assert sync_client.enrol(http, auth.issue_code(store, other), "y").partner_id == other
    logged = [(k, p) for k, p, _ in audit_log(store) if k == "wrong_code"]
    assert logged == [("wrong_code", target)] * auth.FREE_FAILURES


def test_the_desktop_says_locked_out_in_plain_words(guarded):
    store, http = guarded
    partner = auth.add_partner(store, "Siân Prydderch", "ip", team="De")
    code = auth.issue_code(store, partner)
    for _ in range(auth.FREE_FAILURES):
        _enrol(http, _wrong(code))
    with pytest.raises(sync_client.SyncError) as raised:
        sync_client.enrol(http, code, "gliniadur")
    assert raised.value.reason == "locked_out"
    assert "Try again in 1 minute" in str(raised.value)
