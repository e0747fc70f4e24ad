"""Evidence files: content-addressed, chunked, resumable; limits told when attaching."""

from __future__ import annotations

import hashlib
import os
from datetime import date

import httpx
import pytest

from desktop.store import attachments, schools, visits
from desktop.store.errors import InvalidValue
from sync import client as sync_client


def _evidence(laptop):
    school = schools.school_by_number(laptop.store, "9904001")
    assert school is not None
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(
        laptop.store, school.id, date(2025, 11, 18), "progress_towards_priorities", aspects=[area]
    )
    return visits.record_evidence(
        laptop.store,
        visit,
        area,
        "work_scrutiny",
        "Year 5 books: redrafting visible",
        stance="strength",
    )


def _sync_with_uploads_cut(laptop, after_offset: int = -1) -> None:
    """Sync ``laptop`` while its connection drops on every file chunk sent from beyond
    ``after_offset``: the records reach the server, the file (or its rest) does not."""
    original = laptop.client.http.request

    def dropping(method, url, **kwargs):
        if method == "PUT" and kwargs["params"]["offset"] > after_offset:
            raise httpx.ReadError("connection dropped")
        return original(method, url, **kwargs)

    laptop.client.http.request = dropping
    try:
        with pytest.raises(sync_client.SyncError):
            laptop.sync()
    finally:
        laptop.client.http.request = original


def test_a_photo_reaches_the_other_laptop_byte_for_byte(laptop_factory, ip, tmp_path):
    one, two = laptop_factory("one", ip), laptop_factory("two", ip)
    one.sync()
    photo = tmp_path / "llyfr-blwyddyn-5.png"
    photo.write_bytes(os.urandom(2_500_000))  # three chunks
    attachments.attach_file(one.store, _evidence(one), photo)
    report = one.sync()
    assert report.files_up == 1
    report = two.sync()
    assert report.files_down == 1
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert attachments.read_blob(two.store, sha) == photo.read_bytes()
    assert one.sync().files_up == 0  # sent once only


def test_an_interrupted_upload_resumes_where_the_server_stopped(
    laptop_factory, ip, tmp_path, http, central
):
    """Tried: the connection dropped after the first 1 MB chunk reached the server."""
    one = laptop_factory("one", ip)
    one.sync()
    photo = tmp_path / "taith-ddysgu.jpg"
    data = os.urandom(2_200_000)
    photo.write_bytes(data)
    attachments.attach_file(one.store, _evidence(one), photo)
    sha = hashlib.sha256(data).hexdigest()
    _sync_with_uploads_cut(one, after_offset=0)
    status = http.get(f"/files/{sha}/status", headers=one.client.headers).json()
    assert status == {"size": len(data), "received": sync_client.CHUNK, "complete": False}

    sent: list[int] = []
    original = one.client.http.request

    def counting(method, url, **kwargs):
        if method == "PUT":
            sent.append(kwargs["params"]["offset"])
        return original(method, url, **kwargs)

    one.client.http.request = counting  # type: ignore[method-assign]
    assert one.sync().files_up == 1
    assert sent == [sync_client.CHUNK, 2 * sync_client.CHUNK]  # the first chunk is not resent
    assert (central.files_dir / sha[:2] / sha).read_bytes() == data


def test_bytes_that_do_not_match_their_name_are_refused(laptop_factory, ip, http, tmp_path):
    """Tried: uploading bytes under the SHA-256 of another file of the partner's school."""
    one = laptop_factory("one", ip)
    one.sync()
    other = tmp_path / "nodyn.txt"
    other.write_bytes(b"something else")
    attachments.attach_file(one.store, _evidence(one), other)
    _sync_with_uploads_cut(one)
    wrong = hashlib.sha256(b"something else").hexdigest()
    response = http.put(
        f"/files/{wrong}", params={"size": 5}, content=b"hello", headers=one.client.headers
    )
    assert response.status_code == 422
    assert response.json()["detail"]["reason"] == "hash_mismatch"
    status = http.get(f"/files/{wrong}/status", headers=one.client.headers).json()
    assert status["complete"] is False and status["received"] == 0


def test_a_file_the_server_would_refuse_is_refused_when_attached(store, tmp_path):
    """Tried: attaching a program and an empty file. The partner hears at once, not at sync."""
    from tests.store.factories import make_school

    school = make_school(store)
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(store, school, date(2025, 11, 18), "progress_towards_priorities")
    evidence = visits.record_evidence(store, visit, area, "documents", "Policy")
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ" + b"0" * 100)
    with pytest.raises(InvalidValue, match="not a kind of file SIPL keeps"):
        attachments.attach_file(store, evidence, program)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InvalidValue, match="empty"):
        attachments.attach_file(store, evidence, empty)
    assert store.db["attachments"].count == 0


def test_a_file_outside_my_schools_cannot_be_downloaded(
    laptop_factory, ip, central, tmp_path, http
):
    from sync.server import admin, auth

    one = laptop_factory("one", ip)
    one.sync()
    photo = tmp_path / "photo.png"
    photo.write_bytes(os.urandom(1000))
    attachments.attach_file(one.store, _evidence(one), photo)
    one.sync()
    stranger = auth.add_partner(central, "Dieithryn", "ip", team="Arall")
    admin.allocate(central, "9915005", stranger, "2025-26")
    other = laptop_factory("stranger", stranger)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    response = http.get(f"/files/{sha}", headers=other.client.headers)
    assert response.status_code == 404
    assert isinstance(response, httpx.Response)
