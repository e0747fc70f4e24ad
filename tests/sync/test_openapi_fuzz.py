"""The OpenAPI document against the real server's behaviour, with schemathesis.

Tried: schemathesis loads ``/openapi.json`` from the real app served by uvicorn on
loopback (on both back ends) and runs its examples, coverage and fuzzing phases over every
operation, in positive and negative modes, a bounded number of examples each (seeded and
deterministic), with every default check: no 5xx; every status, content type, header and
body as documented; schema-valid requests accepted and schema-invalid ones refused; a
missing or made-up token refused; unsupported methods answered 405 with a true ``Allow``.

The requests carry the token of a real enrolled laptop, so they reach the handlers, not
only the 401 path. A hook fills in what no schema can say, as a real client would: the
caller's own device id (or another device's, taken from an answer: 403), the cursor the
server issued to it, op ids that differ within a request, a fresh enrolment code for each
valid enrolment (so ``/enrol`` answers 200 too); and it points two thirds of the file
requests at real files of the laptop's school, one whole on the server and one whose bytes
never came (a valid upload to one of them then names its real size). Two expectations are
widened, each for a documented reason: 413 counts as refusing schema-invalid data, and a
chunk that runs past ``size`` (413) or completes a file whose bytes do not match its name
(422) are refusals of a valid upload that no schema can foresee.

Then a second, short pass with a made-up token and made-up enrolment codes (so 401, 403
and the 429 lock-out with its Retry-After): every answer must still be documented.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis.engine import events, from_schema

from desktop.store import attachments, schools, visits
from sync.client import SyncError
from sync.server import auth

EXAMPLES = 30  # per operation, phase and mode
SEED = 20251120
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# schemathesis's defaults, with 413 a refusal too and, for an upload, 413 and 422 a
# possible answer to a valid request (see the module's docstring).
NEGATIVE_REFUSALS = [
    *("400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx")
]
UPLOAD_ACCEPTANCE = ["2xx", "3xx", "401", "403", "404", "409", "413", "422", "429", "5xx"]


@dataclass(frozen=True)
class Known:
    """What the server holds that a schema cannot name."""

    device_id: str
    cursor: str
    files: tuple[tuple[str, int], ...]  # (sha, size): one whole on the server, one not


@dataclass
class Outcome:
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    failures: dict[str, str] = field(default_factory=dict)  # first line -> the whole story
    errors: list[str] = field(default_factory=list)


def _unique(ops: list[Any]) -> list[Any]:
    seen: set[str] = set()
    done = []
    for index, op in enumerate(ops):
        if isinstance(op, dict) and isinstance(op.get("op_id"), str):
            op_id, n = op["op_id"], index
            while op_id in seen:
                op_id, n = f"{n}-{op['op_id']}"[:64], n + 1
            seen.add(op_id)
            op = {**op, "op_id": op_id}
        done.append(op)
    return done


def _is_device_id(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 64 and "\x00" not in value


def _is_sha(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= set("0123456789abcdef")


def _realistic(known: Known, issue_code: Callable[[], str] | None) -> Any:
    def map_case(_context: Any, case: Any) -> Any:
        positive = case.meta is not None and case.meta.generation.mode.is_positive
        enrolling = case.operation.label == "POST /enrol" and isinstance(case.body, dict)
        if enrolling and positive and issue_code is not None:
            case.body = {**case.body, "code": issue_code()}
        if case.operation.label == "POST /sync" and isinstance(case.body, dict):
            body = dict(case.body)
            # A well-formed device id is the caller's own (a negative case's fault is then
            # elsewhere, and it still reaches the handler), but for a valid request with one
            # that schemathesis took from an answer of the server: another device's (403).
            device_id = body.get("device_id")
            if _is_device_id(device_id) and not (positive and UUID.fullmatch(device_id)):
                body["device_id"] = known.device_id
            if positive:
                if body.get("cursor") is not None:
                    body["cursor"] = known.cursor
                if isinstance(body.get("ops"), list):
                    body["ops"] = _unique(body["ops"])
            case.body = body
        sha = (case.path_parameters or {}).get("sha")
        if _is_sha(sha):
            pick = int(sha[:2], 16) % (len(known.files) + 1)
            if pick < len(known.files):
                sha, size = known.files[pick]
                case.path_parameters = {**case.path_parameters, "sha": sha}
                if positive and isinstance((case.query or {}).get("size"), int):
                    case.query = {**case.query, "size": size}
        return case

    return map_case


def fuzz(
    url: str,
    token: str,
    known: Known,
    *,
    examples: int,
    coverage: bool,
    issue_code: Callable[[], str] | None = None,
) -> Outcome:
    config = schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "headers": {"Authorization": f"Bearer {token}"},
            "generation": {"max-examples": examples, "deterministic": True, "database": "none"},
            "phases": {"coverage": {"enabled": coverage}, "stateful": {"enabled": False}},
            "checks": {"negative_data_rejection": {"expected-statuses": NEGATIVE_REFUSALS}},
            "operations": [
                {
                    "include-name": "PUT /files/{sha}",
                    "checks": {
                        "positive_data_acceptance": {"expected-statuses": UPLOAD_ACCEPTANCE}
                    },
                }
            ],
            "request-timeout": 30,
        }
    )
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json", config=config)
    schema.hook("map_case")(_realistic(known, issue_code))
    outcome = Outcome()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished | events.FuzzScenarioFinished):
            outcome.requests += len(event.recorder.interactions)
            outcome.statuses.update(
                i.response.status_code for i in event.recorder.interactions.values() if i.response
            )
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.failure_info is not None:
                        failure = check.failure_info.failure
                        title = f"{failure.operation} [{check.name}] {failure.title}"
                        outcome.failures.setdefault(
                            title,
                            f"{title}\n{failure.message}\n{check.failure_info.code_sample}"[:2000],
                        )
        elif isinstance(event, events.NonFatalError | events.FatalError):
            outcome.errors.append(repr(event))
    return outcome


def _attach(laptop: Any, path: Any) -> None:
    school = schools.school_by_number(laptop.store, "9904001")
    assert school is not None
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(
        laptop.store, school.id, date(2025, 11, 18), "progress_towards_priorities", aspects=[area]
    )
    evidence = visits.record_evidence(
        laptop.store, visit, area, "work_scrutiny", "Llyfrau Blwyddyn 5", stance="strength"
    )
    attachments.attach_file(laptop.store, evidence, path)


def _sync_without_uploads(laptop: Any) -> None:
    """Sync ``laptop`` while every file chunk it sends is lost: the records reach the
    server, the file's bytes do not."""
    original = laptop.client.http.request

    def dropping(method: str, url: str, **kwargs: Any) -> httpx.Response:
        if method == "PUT":
            raise httpx.ReadError("connection dropped")
        return original(method, url, **kwargs)

    laptop.client.http.request = dropping
    try:
        with pytest.raises(SyncError):
            laptop.sync()
    finally:
        laptop.client.http.request = original


@pytest.fixture
def known(laptop_factory, ip, http: httpx.Client, tmp_path) -> tuple[str, Known]:
    """An IP's laptop, synced, with one file on the server and one whose upload failed;
    its token and what the server knows of it."""
    laptop = laptop_factory("laptop", ip)
    laptop.sync()
    whole, missing = tmp_path / "whole.png", tmp_path / "missing.pdf"
    whole.write_bytes(os.urandom(3000))
    missing.write_bytes(os.urandom(5000))
    _attach(laptop, whole)
    laptop.sync()
    _attach(laptop, missing)
    _sync_without_uploads(laptop)
    headers = dict(laptop.client.headers)
    answer = http.post("/sync", json={"device_id": laptop.client.device_id}, headers=headers)
    assert answer.status_code == 200, answer.text
    files = tuple(
        (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_size) for p in (whole, missing)
    )
    token = headers["Authorization"].removeprefix("Bearer ")
    return token, Known(laptop.client.device_id, answer.json()["cursor"], files)


def test_the_server_does_what_its_openapi_document_says(
    server, central, ip, known, backend, capsys
):
    token, facts = known
    started = time.monotonic()
    passes = {
        "device token": fuzz(
            server.url,
            token,
            facts,
            examples=EXAMPLES,
            coverage=True,
            issue_code=lambda: auth.issue_code(central, ip),
        ),
        "made-up token": fuzz(server.url, "not-a-token", facts, examples=10, coverage=False),
    }
    with capsys.disabled():
        print(f"\nschemathesis on {backend} in {time.monotonic() - started:.1f} s:")
        for name, outcome in passes.items():
            tally = ", ".join(f"{s}×{n}" for s, n in sorted(outcome.statuses.items()))
            print(
                f"  {name}: {outcome.requests} requests ({tally}), "
                f"{len(outcome.failures)} failures, {len(outcome.errors)} errors"
            )
    for outcome in passes.values():
        assert not outcome.errors, "\n".join(outcome.errors)
        assert not outcome.failures, "\n\n".join(outcome.failures.values())
    assert passes["device token"].statuses[200] >= 50  # the handlers were reached
