"""The bytes of a sync (issue 12): the compact encoding, gzip both ways, and what one
changed field costs on the wire. Real server on loopback, real laptop stores."""

from __future__ import annotations

import gzip
import json
from datetime import date

import httpx

from desktop.store import schools, visits
from sync import wire
from tests.sync.conftest import TODAY


def _post(http: httpx.Client, laptop, body: dict, **headers: str) -> httpx.Response:
    return http.post(
        "/sync",
        content=json.dumps({"device_id": laptop.client.device_id, **body}),
        headers={**laptop.client.headers, "Content-Type": "application/json", **headers},
    )


def _canonical(changes: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((c["t"], c["r"], json.dumps(c["f"], sort_keys=True)) for c in changes)


def test_the_compact_page_says_what_the_full_page_says(laptop_factory, ip, http):
    """Tried: the same first pull in both encodings: the same rows, fields, values and
    revisions, in fewer bytes; the compact one arrives gzip-compressed and smaller still."""
    laptop = laptop_factory("laptop", ip)
    full = _post(http, laptop, {"wire": 1}, **{"Accept-Encoding": "identity"})
    compact = _post(http, laptop, {"wire": 2}, **{"Accept-Encoding": "identity"})
    zipped = _post(http, laptop, {"wire": 2}, **{"Accept-Encoding": "gzip"})
    assert full.status_code == compact.status_code == zipped.status_code == 200
    assert "content-encoding" not in compact.headers
    assert zipped.headers["content-encoding"] == "gzip"
    decoded = wire.decode_changes(compact.json()["rows"])
    assert decoded and _canonical(decoded) == _canonical(full.json()["changes"])
    assert {**zipped.json(), "cursor": ""} == {**compact.json(), "cursor": ""}
    assert len(compact.content) < 0.8 * len(full.content)
    assert zipped.num_bytes_downloaded < 0.5 * len(compact.content)


def test_a_compressed_push_is_applied_and_a_bad_one_refused_whole(laptop_factory, ip, http):
    """Tried: a gzip-compressed compact push (accepted, results in the compact form); a
    body that claims gzip but is not (400); a small gzip that unpacks past the limit (413).
    Nothing of the refused ones is stored."""
    laptop = laptop_factory("laptop", ip)
    laptop.sync()
    [school] = [s for s in schools.all_schools(laptop.store) if s.number == "9904001"]
    ops = [
        {
            "op_id": f"0199c82c-c012-7000-8000-0000000000a{index}",
            "table": "notes",
            "row_id": "0199c82c-c012-7000-8000-0000000000b1",
            "field": field,
            "value": value,
            "base_rev": 0,
        }
        for index, (field, value) in enumerate(
            (("school_id", school.id), ("body", "Nodyn cywasgedig ŵ"))
        )
    ]
    body = {"device_id": laptop.client.device_id, "wire": 2, "push": wire.encode_push(ops)}
    headers = {**laptop.client.headers, "Content-Type": "application/json"}
    packed = http.post(
        "/sync",
        content=gzip.compress(json.dumps(body).encode()),
        headers={**headers, "Content-Encoding": "gzip"},
    )
    assert packed.status_code == 200, packed.text
    results = packed.json()["results"]
    assert len(results) == 2 and all(isinstance(r, int) for r in results)
    not_gzip = http.post("/sync", content=b"{}", headers={**headers, "Content-Encoding": "gzip"})
    assert not_gzip.status_code == 400
    assert not_gzip.json()["detail"]["reason"] == "invalid"
    bomb = gzip.compress(b" " * (9 * 1024 * 1024))
    assert len(bomb) < 100_000
    exploded = http.post("/sync", content=bomb, headers={**headers, "Content-Encoding": "gzip"})
    assert exploded.status_code == 413


def test_a_changed_field_costs_at_most_64_bytes_beyond_its_value(laptop_factory, ip):
    """Tried: five answers of a visit edited and synced. Counted on the wire (compressed
    bytes both ways): the sync costs its values, what a no-change sync costs, and at most
    64 bytes a field besides."""
    laptop = laptop_factory("laptop", ip)
    laptop.sync()
    school = schools.school_by_number(laptop.store, "9904001")
    assert school is not None
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(
        laptop.store, school.id, date(2025, 11, 18), "progress_towards_priorities", aspects=[area]
    )
    for q in range(1, 6):
        visits.set_answer(laptop.store, visit, area, q, "First draft")
    laptop.sync()
    idle = laptop.sync()
    idle_bytes = idle.bytes_sent + idle.bytes_received
    values = [f"Answer {q} edited on {TODAY} with more detail" for q in range(1, 6)]
    for q, text in enumerate(values, start=1):
        visits.set_answer(laptop.store, visit, area, q, text)
    report = laptop.sync()
    assert report.round_trips == 1 and report.accepted == 5
    payload = sum(len(json.dumps(v)) for v in values)
    overhead = (report.bytes_sent + report.bytes_received - idle_bytes - payload) / 5
    assert overhead <= 64, overhead
