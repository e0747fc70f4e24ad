"""A real central store app (in process) and laptops with real SQLite stores."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import pytest

from desktop.store.paths import profile_paths
from desktop.store.store import Store
from sync import client as sync_client
from sync.server import admin, auth
from sync.server.app import create_app
from sync.server.storage import CentralStore
from tests.importing.samples import write_address_list
from tests.sync.postgres import Cluster
from tests.sync.server_thread import ServerThread

YEAR = "2025-26"
TODAY = date(2025, 11, 20)


@dataclass
class Laptop:
    name: str
    store: Store
    client: sync_client.SyncClient
    partner_id: str

    def sync(self) -> sync_client.SyncReport:
        return self.client.sync()


@pytest.fixture(scope="session")
def postgres_cluster():
    """One real PostgreSQL server for the session (see tests/sync/postgres.py)."""
    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Every sync test runs against both storage back ends of the central store."""
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> str | None:
    if backend == "sqlite":
        return None
    cluster = request.getfixturevalue("postgres_cluster")
    return cluster.create_database(f"t{uuid.uuid4().hex[:16]}")


@pytest.fixture
def server_day() -> list[date]:
    """The central store's today, as a one-item list a test may change to let days pass."""
    return [TODAY]


@pytest.fixture
def central(tmp_path: Path, database_url: str | None, server_day: list[date]):
    store = CentralStore.open(database_url, tmp_path / "central", today=lambda: server_day[0])
    admin.import_schools(store, write_address_list(tmp_path / "schools.csv"))
    yield store
    store.engine.dispose()


@pytest.fixture
def server(central: CentralStore):
    """The real app served by uvicorn on a free loopback port."""
    with ServerThread(create_app(central)) as running:
        yield running


@pytest.fixture
def http(server: ServerThread):
    with httpx.Client(base_url=server.url, timeout=10) as client:
        yield client


@pytest.fixture
def laptop_factory(central: CentralStore, http: httpx.Client, tmp_path: Path):
    opened: list[Store] = []

    def make(name: str, partner_id: str) -> Laptop:
        code = auth.issue_code(central, partner_id)
        enrolled = sync_client.enrol(http, code, name)
        store = Store.open(profile_paths(tmp_path / "laptops", name), backup_at_start=False)
        opened.append(store)
        client = sync_client.SyncClient(
            store, http, enrolled.device_id, enrolled.token, sleep=lambda _s: None
        )
        return Laptop(name, store, client, partner_id)

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def ip(central: CentralStore) -> str:
    partner = auth.add_partner(central, "Siân Prydderch", "ip", team="Tîm y Gorllewin")
    for number in ("9904001", "9904002", "9904003"):
        admin.allocate(central, number, partner, YEAR)
    return partner


@pytest.fixture
def pg_central(tmp_path: Path, postgres_cluster: Cluster) -> Iterator[CentralStore]:
    """A central store on PostgreSQL only, for what only PostgreSQL does: a push's queued
    writes (SQLite writes each field as it goes, in its single write turn) and the plans
    of its lookups."""
    url = postgres_cluster.create_database(f"w{uuid.uuid4().hex[:16]}")
    store = CentralStore.open(url, tmp_path / "central", today=lambda: TODAY)
    admin.import_schools(store, write_address_list(tmp_path / "schools.csv"))
    yield store
    store.engine.dispose()


@pytest.fixture
def pg_ip(pg_central: CentralStore) -> str:
    """A partner allocated one school of ``pg_central``."""
    partner = auth.add_partner(pg_central, "Ceri Lloyd", "ip", team="Tîm y Gogledd")
    admin.allocate(pg_central, "9904001", partner, YEAR)
    return partner


@pytest.fixture
def own_laptop(central: CentralStore, server: ServerThread, http: httpx.Client, tmp_path: Path):
    """Like ``laptop_factory``, but each laptop has its own HTTP client, optionally through
    a given transport (e.g. one that injects faults), with its own page size and op batch."""
    opened: list[tuple[Store, httpx.Client]] = []

    def make(
        name: str,
        partner_id: str,
        *,
        transport: httpx.BaseTransport | None = None,
        page_size: int = 500,
        max_ops: int = 1000,
        base_url: str | None = None,
    ) -> Laptop:
        code = auth.issue_code(central, partner_id)
        enrolled = sync_client.enrol(http, code, name)
        store = Store.open(profile_paths(tmp_path / "laptops", name), backup_at_start=False)
        own = httpx.Client(base_url=base_url or server.url, timeout=10, transport=transport)
        opened.append((store, own))
        client = sync_client.SyncClient(
            store,
            own,
            enrolled.device_id,
            enrolled.token,
            page_size=page_size,
            max_ops=max_ops,
            sleep=lambda _s: None,
        )
        return Laptop(name, store, client, partner_id)

    yield make
    for store, own in opened:
        own.close()
        store.close()


@pytest.fixture
def new_database_url(backend: str, request: pytest.FixtureRequest):
    """A factory of empty central store databases on the test's back end (None = the
    embedded SQLite file in the store's own folder)."""

    def make() -> str | None:
        if backend == "sqlite":
            return None
        cluster = request.getfixturevalue("postgres_cluster")
        return str(cluster.create_database(f"t{uuid.uuid4().hex[:16]}"))

    return make
