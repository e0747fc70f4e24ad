"""Opening an up-to-date profile and reading its caseload needs no sqlite-utils (issue 14,
point 12: it costs some 40 ms of start-up to import); its first write loads it. Migrations
still run whenever one is missing, whatever order a file met the others in."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from desktop.store import demo, schema
from desktop.store.paths import ProfilePaths, profile_paths
from desktop.store.schema import migrate, migrations, up_to_date
from desktop.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2025, 11, 20)

_OPEN_AND_READ = """
import sys
from datetime import date
from pathlib import Path
from desktop.store import caseload, people
from desktop.store.paths import ProfilePaths
from desktop.store.store import Store
store = Store.open(ProfilePaths(Path(sys.argv[1])), backup_at_start=False, full_check=False)
entries = caseload.caseload_overview(store, people.me(store), "2025-26", date(2025, 11, 20))
print("schools", len(entries))
print("after reading", "sqlite_utils" in sys.modules)
store.set_setting("seen", "1")
print("after writing", "sqlite_utils" in sys.modules)
store.close()
"""


def test_an_up_to_date_profile_shows_its_caseload_before_sqlite_utils_loads(
    profile: ProfilePaths,
) -> None:
    """Tried: a partner's demo profile, closed and opened again in a fresh interpreter as
    the app opens it; the caseload is read, then a setting is written."""
    with Store.open(profile, backup_at_start=False) as store:
        demo.seed_demo(store, TODAY)
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_READ, str(profile.root)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert lines[0] != "schools 0"
    assert lines[1:] == ["after reading False", "after writing True"]


def _names(db: Database) -> list[str]:
    return [m.name for m in migrations().applied(db)]


def test_migrations_met_in_another_order_need_nothing_more(tmp_path: Path) -> None:
    """Tried: a file whose last migration was applied before two earlier ones (as on a
    laptop that ran a branch's build): it is up to date, and opening it changes nothing."""
    db = Database(tmp_path / "x.db")
    last = schema._STEPS[-1][0]
    migrations().apply(db, stop_before=[name for name, _ in schema._STEPS[-3:-1]])
    assert last not in _names(db)  # stop_before stops at the first one named
    migrations().apply(db)
    reordered = [*_names(db)]
    db.execute("DELETE FROM _sqlite_migrations")
    for name in [reordered[-1], *reordered[:-1]]:
        db["_sqlite_migrations"].insert(
            {"migration_set": "sipl", "name": name, "applied_at": "2026-01-01"}
        )
    assert _names(db)[0] == reordered[-1]
    assert up_to_date(db.conn)
    migrate(db.conn)
    assert sorted(_names(db)) == sorted(reordered)  # nothing applied twice


def test_a_missing_migration_is_applied_on_open(tmp_path: Path) -> None:
    """Tried: a file made by a SIPL that stopped before the newest migration."""
    paths = profile_paths(tmp_path / "data", "old")
    paths.ensure()
    db = Database(paths.database)
    newest = schema._STEPS[-1][0]
    migrations().apply(db, stop_before=newest)
    assert not up_to_date(db.conn)
    db.close()
    with Store.open(paths, key=None, backup_at_start=False) as store:
        assert newest in _names(store.db)
        assert up_to_date(store.conn)


def test_the_caseloads_last_visits_are_read_from_the_index_alone(store: Store) -> None:
    """The caseload's "last visit" per school is answered by an index alone, not by
    reading every visit row of five years (counted, not timed: the start-up it saves is
    measured by ``tests/bench/bench_startup.py``)."""
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT school_id, max(visit_date) FROM visits"
        " WHERE school_id IN (?, ?) AND deleted_at IS NULL GROUP BY school_id",
        ["a", "b"],
    ).fetchall()
    assert any("USING COVERING INDEX visits_school_deleted_date" in str(row) for row in plan)
