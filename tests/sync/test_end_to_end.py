"""``sipl-store`` as a real process on a free loopback port, and a real laptop store."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import httpx
import pytest

from desktop.store import caseload, people, schools, sync_state
from desktop.store.calendar import academic_year_of
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from sync import credentials, session
from tests.importing.samples import write_address_list

YEAR = academic_year_of(date.today())  # the real server judges scope by its own clock
STORE_CLI = shutil.which("sipl-store", path=str(Path(sys.executable).parent))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def admin(data: Path, database_url: str | None, *args: str) -> str:
    assert STORE_CLI
    extra = ["--database", database_url] if database_url else []
    done = subprocess.run(
        [STORE_CLI, args[0], "--data-dir", str(data), *extra, *args[1:]],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def wait_until_responds(url: str, process: subprocess.Popen[str], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise AssertionError(f"sipl-store serve exited: {output}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("sipl-store serve did not answer in time")


def test_a_laptop_enrols_and_syncs_through_a_real_server_process(tmp_path, database_url):
    data = tmp_path / "central"
    admin(data, database_url, "import-schools", str(write_address_list(tmp_path / "s.csv")))
    added = admin(
        data, database_url, "add-partner", "Gwenllian Rhys", "--role", "ip", "--team", "De"
    )
    partner_id = added.strip().rsplit(" ", 1)[-1]
    admin(data, database_url, "allocate", "9904001", "Gwenllian Rhys", "--year", YEAR)
    admin(data, database_url, "allocate", "9915004", partner_id, "--year", YEAR)
    code = re.search(
        r"[A-Z0-9]{4}(?:-[A-Z0-9]{4}){4}",
        admin(data, database_url, "enrolment-code", "Gwenllian Rhys"),
    )
    assert code

    port = _free_port()
    extra = ["--database", database_url] if database_url else []
    assert STORE_CLI
    server = subprocess.Popen(
        [STORE_CLI, "serve", "--data-dir", str(data), *extra, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_responds(url, server)
        assert "/sync" in httpx.get(url + "/openapi.json").json()["paths"]
        store = Store.open(profile_paths(tmp_path / "laptop", "default"))
        try:
            enrolled = session.enrol_laptop(store, url, code.group(0).lower(), "Surface")
            assert credentials.load_token(url, enrolled.device_id) == enrolled.token
            assert enrolled.token not in (store.paths.database.read_bytes().decode("latin-1"))
            with session.connect(store) as link:
                report = link.sync()
            assert report.round_trips >= 1
            me = people.me(store)
            rows = caseload.caseload(store, me, YEAR)
            assert {r.school.number for r in rows} == {"9904001", "9915004"}
            assert session.status(store).unsent == 0
            assert sync_state.cursor(store)
            with pytest.raises(Exception, match="already been used"):
                session.enrol_laptop(store, url, code.group(0), "again")
            assert schools.school_by_number(store, "9904002") is None  # not allocated
        finally:
            store.close()
    finally:
        server.terminate()
        server.communicate(timeout=30)
