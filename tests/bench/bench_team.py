"""The PIP's desk at region scale, each figure with a baseline measured in the same run.

Run from the repository root::

    uv run python tests/bench/bench_team.py --data-dir /tmp/sipl-bench --scale 1

From the region profile (see ``generate_region.py``; reused when made with the same scale
and seed) it builds a PIP laptop's profile, ``team``: every school held this year by the
first PIP's team (9 IPs, about 133 schools) with its whole history, plus 300 open conflicts
in those schools; and one IP's own profile (``small``: 20 schools, this year). It prints:

- opening the team caseload (the desk's first tab), against an IP's own caseload on their
  laptop: what a team of nine and five years of history cost over one partner's day;
- the consistency view and one LA's termly view, against the same baseline;
- listing the 300 conflicts with names resolved, against reading the raw conflict rows;
- the memory of the app with the desk open and every tab loaded, against the same app with
  the desk closed and a bare Qt window (each in a fresh process).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.store import caseload, conflicts, team  # noqa: E402
from desktop.store.calendar import academic_year_of, term_of  # noqa: E402
from desktop.store.paths import profile_paths  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from tests.bench import bench_store  # noqa: E402
from tests.bench.bench_startup import _BARE, _RSS  # noqa: E402

TEAM_PROFILE = "team"
CONFLICTS = 300

_DESK = """
import sys, time
from datetime import date
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from desktop.app import build_app
from desktop.store.paths import ProfilePaths
from desktop.ui.common.style import apply_style
app = QApplication(sys.argv[:1])
apply_style(app)
root = build_app(ProfilePaths(Path(sys.argv[1])),
                 QSettings(sys.argv[2], QSettings.Format.IniFormat),
                 today=lambda: date.fromisoformat(sys.argv[3]))
window = root.window
window.resize(1366, 768)
window.show()
open_desk = sys.argv[4] == "desk"
state = {}
def settled():
    if root.services.runner.pending:
        QTimer.singleShot(20, settled)
        return
    print("READY", time.time(), state.get("opened", 0.0), flush=True)
    print("RSS", rss_kb(), flush=True)
    app.quit()
def loaded():
    if open_desk:
        started = time.perf_counter()
        desk = root.team.open_desk()
        desk.resize(1366, 768)
        def first_tab():
            state["opened"] = time.perf_counter() - started
            QTimer.singleShot(0, settled)
        desk.caseload.did_load.connect(first_tab)
    else:
        QTimer.singleShot(0, settled)
def idle_then_load():
    # Open the desk once the start-up work (the caseload, then the start-up backup of the
    # whole file) is done, so the figure is the desk's own.
    if root.services.runner.pending:
        QTimer.singleShot(20, idle_then_load)
        return
    loaded()
window.caseload.caseload_did_load.connect(lambda: QTimer.singleShot(0, idle_then_load))
app.exec()
root.shutdown()
"""


def _median(call: Callable[[], object], repeats: int) -> tuple[float, float]:
    """(median, p95) seconds of ``repeats`` calls after one warm-up call."""
    call()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    ordered = sorted(times)
    return statistics.median(times), ordered[min(len(ordered) - 1, round(0.95 * len(ordered)))]


def build_team(data_dir: Path, region: Path, pip: str, year: str) -> Path:
    """A PIP laptop's profile: the schools the PIP's team holds in ``year``, with their
    whole history, all partners and authorities, and ``CONFLICTS`` open conflicts."""
    paths = profile_paths(data_dir, TEAM_PROFILE)
    if paths.root.exists():
        shutil.rmtree(paths.root)
    store = Store.open(paths, backup_at_start=False)
    db = store.db.conn
    try:
        db.execute("ATTACH DATABASE ? AS src", [str(region)])
        db.execute(
            "CREATE TEMP TABLE chosen AS SELECT DISTINCT a.school_id AS id FROM src.allocations a"
            " JOIN src.people p ON p.id = a.person_id"
            " WHERE a.academic_year = ? AND p.team = (SELECT team FROM src.people WHERE id = ?)",
            [year, pip],
        )
        schools = "school_id IN (SELECT id FROM temp.chosen)"
        visits = (
            "visit_id IN (SELECT id FROM src.visits"
            " WHERE school_id IN (SELECT id FROM temp.chosen))"
        )
        where = {
            "local_authorities": "1",
            "schools": "id IN (SELECT id FROM temp.chosen)",
            "people": "1",
            "allocations": schools,
            "priorities": schools,
            "judgements": f"priority_id IN (SELECT id FROM src.priorities WHERE {schools})",
            "visits": schools,
            "enquiry_answers": visits,
            "evidence": visits,
            "actions": schools,
            "notes": schools,
            "support": schools,
            "practice": schools,
            "support_level_decisions": schools,
            "categorisations": schools,
        }
        with store.transaction():
            for table, condition in where.items():
                db.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table} WHERE {condition}")
            db.execute(
                "INSERT INTO main.conflicts (id, school_id, tbl, row_id, field, base, mine,"
                " theirs, mine_by, theirs_by, mine_at, theirs_at, status, created_at,"
                " updated_at) SELECT 'c' || e.id, v.school_id, 'evidence', e.id, 'body',"
                " json_quote(e.body), json_quote(e.body || ' (A)'), json_quote(e.body || ' (B)'),"
                " v.person_id, ?, e.created_at, e.created_at, 'open', e.created_at, e.created_at"
                " FROM main.evidence e JOIN main.visits v ON v.id = e.visit_id"
                " ORDER BY e.rowid DESC LIMIT ?",
                [pip, CONFLICTS],
            )
        store.set_setting("me", pip)
        db.execute("DETACH DATABASE src")
    finally:
        store.close()
    return paths.database


def _launch(code: str, args: list[str]) -> tuple[float, int, float]:
    """(seconds to READY, RSS in kB, the seconds the child reported) of a fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", _RSS + code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    ready = next(line for line in done.stdout.splitlines() if line.startswith("READY"))
    rss = next(int(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("RSS"))
    parts = ready.split()
    return float(parts[1]) - started, rss, float(parts[2]) if len(parts) > 2 else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args(argv)
    region = bench_store.ensure_region(args.data_dir, args.scale, args.seed, args.regenerate)
    with Store.open(profile_paths(args.data_dir, "region"), backup_at_start=False) as store:
        today = date.fromisoformat(store.setting("bench.today") or date.today().isoformat())
        year = academic_year_of(today)
        ip = store.setting("me") or ""
        pip = store.db.execute(
            "SELECT id FROM people WHERE role = 'pip' ORDER BY name LIMIT 1"
        ).fetchone()[0]
    started = time.perf_counter()
    team_db = build_team(args.data_dir, region, pip, year)
    small_db = bench_store.build_small(args.data_dir, region, ip, year)
    print(f"Built the PIP's profile in {time.perf_counter() - started:.1f} s: {team_db}")

    with (
        Store.open(profile_paths(args.data_dir, TEAM_PROFILE), backup_at_start=False) as desk,
        Store.open(profile_paths(args.data_dir, "small"), backup_at_start=False) as own,
    ):
        rows = team.team_caseload(desk, year, today=today)
        partners = len({r.holder.person_id for r in rows if r.holder})
        la = rows[0].school.la_code
        print(
            f"PIP's profile: {len(rows)} schools, {partners} partners,"
            f" {desk.db['visits'].count:,} visits, {desk.db['evidence'].count:,} evidence items,"
            f" {team_db.stat().st_size / 1e6:,.0f} MB;"
            f" IP's profile {small_db.stat().st_size / 1e6:,.0f} MB"
        )
        baseline, _ = _median(
            lambda: caseload.caseload_overview(own, ip, year, today), args.repeats
        )
        raw, _ = _median(
            lambda: desk.db.execute("SELECT * FROM conflicts WHERE status = 'open'").fetchall(),
            args.repeats,
        )
        figures = [
            ("team caseload", lambda: team.team_caseload(desk, year, today=today), baseline),
            ("consistency view", lambda: team.judgement_consistency(desk, year), baseline),
            (
                "LA termly view (one LA)",
                lambda: team.la_termly_view(desk, la, year, term_of(today)),
                baseline,
            ),
            (f"{CONFLICTS} conflicts listed", lambda: conflicts.open_conflict_views(desk), raw),
        ]
        print(f"\n{'figure':<28}{'p50':>10}{'p95':>10}{'baseline':>11}{'ratio':>8}")
        for name, call, base in figures:
            p50, p95 = _median(call, args.repeats)
            print(
                f"{name:<28}{p50 * 1000:>8.1f}ms{p95 * 1000:>8.1f}ms"
                f"{base * 1000:>9.1f}ms{p50 / base:>7.1f}×"
            )
        print(
            f"  baselines: the IP's own caseload ({baseline * 1000:.1f} ms);"
            f" reading the raw conflict rows ({raw * 1000:.1f} ms)"
        )

    scratch = args.data_dir / "team-bench"
    scratch.mkdir(exist_ok=True)
    profile = str(team_db.parent)
    runs = {"bare": [], "app": [], "desk": []}
    opened = []
    for number in range(3):
        settings = str(scratch / f"settings-{number}.ini")
        runs["bare"].append(_launch(_BARE, [])[1])
        runs["app"].append(_launch(_DESK, [profile, settings, today.isoformat(), "no"])[1])
        _s, rss, first = _launch(_DESK, [profile, settings, today.isoformat(), "desk"])
        runs["desk"].append(rss)
        opened.append(first)
    bare, app, with_desk = (statistics.median(v) / 1024 for v in runs.values())
    print(
        f"\nmemory (median of 3 fresh processes): bare Qt window {bare:.0f} MB; SIPL on the PIP's"
        f" profile {app:.0f} MB; with the desk open and every tab loaded {with_desk:.0f} MB"
        f" ({with_desk / bare:.1f}× the bare window, +{with_desk - app:.0f} MB for the desk)"
    )
    first_tab = statistics.median(opened) * 1000
    print(f"desk opened to its first tab loaded (in the app): {first_tab:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
