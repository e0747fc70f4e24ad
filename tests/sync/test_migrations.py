"""The central store's schema evolves by migrations (issue 11), on SQLite and PostgreSQL.

Tried: a store holding data in the schema that stood before migrations existed (tables,
no version stamp) is refused by the new server with a plain instruction, upgraded by
``sipl-store migrate``, and then serves its old devices and data; a database stamped by a
newer SIPL is refused untouched; the migrations end where the code's tables are.
"""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sync.server import migrations
from sync.server import tables as t
from sync.server.app import create_app
from sync.server.cli import main as store_cli
from sync.server.storage import CentralStore, engine_for
from tests.sync.conftest import TODAY, YEAR
from tests.sync.helpers import audit_log
from tests.sync.server_thread import ServerThread

TOKEN = "an-old-device-token-issued-before-migrations"
AT = "2025-11-01T09:00:00Z"


def _old_store(database_url: str | None, folder: Path) -> None:
    """A store in the schema of before migrations, holding a partner, an enrolled device,
    a school allocated to the partner with a visit, a refusal and an unused code."""
    engine = engine_for(database_url, folder)
    with engine.begin() as conn:
        command.upgrade(migrations._config(conn), migrations.BASELINE)
        conn.execute(sa.text("DROP TABLE alembic_version"))  # as it was: no stamp at all
        conn.execute(
            sa.text(
                "INSERT INTO partners (id, name, role, team, las, created_at)"
                " VALUES ('p1', 'Siân Prydderch', 'ip', 'De', '[]', :at)"
            ),
            {"at": AT},
        )
        conn.execute(
            sa.text(
                "INSERT INTO devices (id, partner_id, name, token_hash, created_at)"
                " VALUES ('d1', 'p1', 'gliniadur', :hash, :at)"
            ),
            {"hash": hashlib.sha256(TOKEN.encode()).hexdigest(), "at": AT},
        )
        conn.execute(
            sa.text(
                "INSERT INTO enrolment_codes (code_hash, partner_id, expires_at)"
                " VALUES ('abc', 'p1', '2099-01-01T00:00:00+00:00')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO refusals (at, device_id, partner_id, reason)"
                " VALUES (:at, 'd1', 'p1', 'visits/x is outside the partner''s schools')"
            ),
            {"at": AT},
        )
        values = [
            ("schools", "s1", "number", "9904001", "s1"),
            ("schools", "s1", "name", "Ysgol y Graig", "s1"),
            ("allocations", "a1", "school_id", "s1", "s1"),
            ("allocations", "a1", "person_id", "p1", "s1"),
            ("allocations", "a1", "academic_year", YEAR, "s1"),
            ("visits", "v1", "school_id", "s1", "s1"),
            ("visits", "v1", "summary", "Ymweliad buddiol", "s1"),
        ]
        for seq, (tbl, row, name, value, school) in enumerate(values, start=1):
            text = json.dumps(value)
            conn.execute(
                sa.text(
                    "INSERT INTO history (seq, tbl, row_id, field, value, kind, device_id, at)"
                    " VALUES (:seq, :tbl, :row, :name, :value, 'set', 'server', :at)"
                ),
                {"seq": seq, "tbl": tbl, "row": row, "name": name, "value": text, "at": AT},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO fields (tbl, row_id, field, value, rev, school_id, device_id)"
                    " VALUES (:tbl, :row, :name, :value, :seq, :school, 'server')"
                ),
                {"seq": seq, "tbl": tbl, "row": row, "name": name, "value": text, "school": school},
            )
        for tbl, row in {(v[0], v[1]) for v in values}:
            conn.execute(
                sa.text("INSERT INTO rows (tbl, row_id, school_id) VALUES (:tbl, :row, 's1')"),
                {"tbl": tbl, "row": row},
            )
    engine.dispose()


def _cli(folder: Path, database_url: str | None, *args: str) -> int:
    extra = ["--database", database_url] if database_url else []
    return store_cli([*args, "--data-dir", str(folder), *extra])


def test_a_store_from_before_migrations_is_upgraded_and_keeps_serving(
    tmp_path, new_database_url, capsys
):
    url = new_database_url()
    folder = tmp_path / "old"
    _old_store(url, folder)
    with pytest.raises(migrations.SchemaBehind, match="sipl-store migrate"):
        CentralStore.open(url, folder)
    assert _cli(folder, url, "migrate") == 0
    assert "went from before 0001 to" in capsys.readouterr().out
    assert _cli(folder, url, "migrate") == 0
    assert "up to date" in capsys.readouterr().out

    store = CentralStore.open(url, folder, today=lambda: TODAY)
    try:
        assert [(k, p) for k, p, _ in audit_log(store)] == [("refused", "p1")]
        with ServerThread(create_app(store)) as running, httpx.Client(base_url=running.url) as http:
            reply = http.post(
                "/sync",
                json={"device_id": "d1"},
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
        assert reply.status_code == 200, reply.text
        pulled = {(c["t"], c["r"]): c["f"] for c in reply.json()["changes"]}
        assert pulled[("visits", "v1")]["summary"][0] == "Ymweliad buddiol"
        assert pulled[("schools", "s1")]["number"][0] == "9904001"
    finally:
        store.engine.dispose()


def test_a_database_from_a_newer_sipl_is_refused_untouched(tmp_path, new_database_url):
    url = new_database_url()
    folder = tmp_path / "newer"
    CentralStore.open(url, folder).engine.dispose()
    engine = engine_for(url, folder)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(migrations.SchemaNewer, match="newer SIPL"):
        CentralStore.open(url, folder)
    assert _cli(folder, url, "migrate") == 1
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_the_migrations_end_exactly_where_the_code_s_tables_are(tmp_path, new_database_url):
    """Tried: an empty database taken through every migration, then compared with the
    tables the code declares (what a new store is made from): no difference."""
    url = new_database_url()
    engine = engine_for(url, tmp_path / "walk")
    migrations.upgrade(engine)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), t.metadata)
    engine.dispose()
    assert differences == []


def test_the_store_s_files_are_private(tmp_path, central):
    folder = central.files_dir.parent
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert mode(folder) == 0o700 and mode(central.files_dir) == 0o700
    assert mode(folder / "server-secret") == 0o600
    if central.engine.dialect.name == "sqlite":
        assert mode(folder / "central.db") == 0o600
