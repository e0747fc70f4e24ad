"""Desktop app benches at region scale, each figure with a baseline measured in the same run.

Run::

    uv run python tests/bench/bench_startup.py --data-dir /tmp/sipl-bench --scale 1

Uses the region made by :mod:`generate_region` (reused when the data dir holds one with the
same ``--scale`` and ``--seed``), and builds from it the profile one improvement partner's
laptop holds: their 20 schools with all five years of history (``profiles/partner``). Then
it prints:

- **start-up**: from launching a process to an interactive caseload (window shown, the 20
  schools loaded, the event loop idle), against a process that shows a bare ``QMainWindow``
  (same interpreter, same PySide6 imports), median of ``--repeats`` launches each; the goal
  is a ratio under 3. The same profile is also started from a plain (unencrypted) copy of
  its database: what encryption at rest adds to start-up (the goal: at most 100 ms);
- **open a school**: from asking for the school with the most visits to its log on screen
  (priorities, judgements, five years of visits), against repainting the caseload;
- **keystroke to saved**: from a key press in an answer to the change committed in SQLite
  (the store runner's result back on the UI thread), both with the 400 ms debounce and
  with it flushed at once (the store's own latency), p50 and p95;
- **memory**: resident set size after opening every school of the caseload once (and its
  newest visit), against the bare window process.

Nothing is asserted: the figures are for people to read. Runs offscreen unless
``QT_QPA_PLATFORM`` says otherwise. The partner's key is kept in a keyring, as on a
partner's laptop: a bench machine has none, so the test suite's file keyring stands in
(``tests/shared_keyring.py``, in the data dir); the region itself is keyed by a passphrase.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PARTNER_PROFILE = "partner"

_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
def ready():
    print("READY", time.time(), flush=True)
    print("RSS", rss_kb(), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

_SIPL = """
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
from desktop.app import open_profile
from desktop.store.store import Store
def open_plain(paths):
    return Store.open(paths, backup_at_start=False, key=None, full_check=False)
root = build_app(ProfilePaths(Path(sys.argv[1])),
                 QSettings(sys.argv[2], QSettings.Format.IniFormat),
                 today=lambda: date.fromisoformat(sys.argv[3]),
                 open_store=open_plain if sys.argv[4] == "plain" else open_profile)
window = root.window
window.resize(1366, 768)
window.show()
def ready():
    print("READY", time.time(), len(window.caseload.model.entries), flush=True)
    print("RSS", rss_kb(), flush=True)
    app.quit()
window.caseload.caseload_did_load.connect(lambda: QTimer.singleShot(0, ready))
app.exec()
root.shutdown()
"""

_RSS = """
def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
"""


# -- data -----------------------------------------------------------------------------------


def ensure_region(data_dir: Path, scale: float, seed: int) -> Path:
    """The region database (see ``bench_store.ensure_region``)."""
    from tests.bench.bench_store import ensure_region as store_ensure_region

    return store_ensure_region(data_dir, scale, seed, regenerate=False)


def _setting(database: Path, name: str) -> str | None:
    """A setting of a (encrypted) profile, read with its key."""
    from desktop.store import keys
    from desktop.store.cipher import connect
    from desktop.store.paths import ProfilePaths

    paths = ProfilePaths(database.parent)
    conn = connect(database, keys.profile_key(paths, create=False))
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [name]).fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])


def _bench_today(region: Path) -> str:
    return str(_setting(region, "bench.today"))


def build_partner(data_dir: Path, region: Path) -> tuple[Path, str]:
    """The profile of the region's owner (an IP with 20 schools): those schools with all
    their history. Rebuilt when missing or made from another region. Returns its folder."""
    from desktop.store.calendar import academic_year_of
    from desktop.store.paths import ProfilePaths, profile_paths
    from desktop.store.store import Store

    today = _bench_today(region)
    paths = profile_paths(data_dir, PARTNER_PROFILE)
    stamp = f"{region.stat().st_size}:{today}:keyring"
    if paths.database.exists():
        if _setting(paths.database, "bench.from") == stamp:
            return paths.root, today
        shutil.rmtree(paths.root)
    print("Building the partner's profile (20 schools, five years)...", flush=True)
    year = academic_year_of(__import__("datetime").date.fromisoformat(today))
    # Opening the region brings its schema up to this build's (a region made by an older
    # build lacks the newer columns); rows are then copied column by name, as migrations
    # may have added columns to the two files in different orders.
    Store.open(ProfilePaths(region.parent), backup_at_start=False).close()
    store = Store.open(paths, backup_at_start=False)
    db = store.db.conn
    try:
        from desktop.store import keys

        region_key = keys.profile_key(ProfilePaths(region.parent), create=False)
        db.execute(f"ATTACH DATABASE ? AS src KEY \"x'{region_key.hex()}'\"", [str(region)])
        me = db.execute("SELECT value FROM src.settings WHERE key = 'me'").fetchone()[0]
        db.execute(
            "CREATE TEMP TABLE chosen AS SELECT school_id AS id FROM src.allocations"
            " WHERE person_id = ? AND academic_year = ?",
            [me, year],
        )
        db.execute(
            "CREATE TEMP TABLE their_visits AS SELECT id FROM src.visits"
            " WHERE school_id IN (SELECT id FROM temp.chosen)"
        )
        schools = "school_id IN (SELECT id FROM temp.chosen)"
        on_visits = "visit_id IN (SELECT id FROM temp.their_visits)"
        where = {
            "local_authorities": "id IN (SELECT la_id FROM src.schools"
            " WHERE id IN (SELECT id FROM temp.chosen))",
            "schools": "id IN (SELECT id FROM temp.chosen)",
            "people": "1",
            "allocations": schools,
            "priorities": schools,
            "judgements": f"priority_id IN (SELECT id FROM src.priorities WHERE {schools})",
            "visits": "id IN (SELECT id FROM temp.their_visits)",
            "enquiry_answers": on_visits,
            "evidence": on_visits,
            "attachments": f"evidence_id IN (SELECT id FROM src.evidence WHERE {on_visits})",
            "actions": schools,
            "notes": schools,
            "support": schools,
            "practice": schools,
            "support_level_decisions": schools,
            "categorisations": schools,
        }
        with store.transaction():
            for table, condition in where.items():
                names = ", ".join(
                    f'"{row[1]}"' for row in db.execute(f"PRAGMA main.table_info({table})")
                )
                db.execute(
                    f"INSERT INTO main.{table} ({names}) SELECT {names} FROM src.{table}"
                    f" WHERE {condition}"
                )
        store.set_setting("me", me)
        store.set_setting("bench.from", stamp)
        db.commit()
        db.execute("DETACH DATABASE src")
        db.execute("PRAGMA optimize")
    finally:
        store.close()
    return paths.root, today


# -- measuring ------------------------------------------------------------------------------


def _launch(code: str, args: list[str]) -> tuple[float, int, str]:
    """Seconds from spawning Python to its READY line, the RSS it reported, and the line."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed app runs from compiled bytecode (pip and uv compile at install); a
    # machine that forbids writing it would make every launch compile every module.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
    return float(ready.split()[1]) - started, rss, ready


def plain_profile(profile: Path, scratch: Path) -> Path:
    """A profile folder holding a plain (unencrypted) copy of ``profile``'s database."""
    from desktop.store import keys
    from desktop.store.cipher import connect
    from desktop.store.paths import ProfilePaths

    target = scratch / "plain-profile"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    conn = connect(profile / "sipl.db", keys.profile_key(ProfilePaths(profile), create=False))
    try:
        conn.execute(f"ATTACH DATABASE '{target / 'sipl.db'}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return target


def bench_startup(profile: Path, today: str, repeats: int, scratch: Path) -> dict[str, float]:
    settings = str(scratch / "settings.ini")
    plain = plain_profile(profile, scratch)
    bare, sipl, sipl_plain = [], [], []
    rss_bare, rss_sipl, rss_plain = 0, 0, 0
    schools = "?"
    _launch(_BARE, [])  # warm-up: bytecode written, files in the page cache
    _launch(_SIPL, [str(plain), settings, today, "plain"])
    for _ in range(repeats):  # interleaved, so a busy moment hits all alike
        seconds, rss_bare, _ = _launch(_BARE, [])
        bare.append(seconds)
        seconds, rss_plain, _ = _launch(_SIPL, [str(plain), settings, today, "plain"])
        sipl_plain.append(seconds)
        seconds, rss_sipl, line = _launch(_SIPL, [str(profile), settings, today, "profile"])
        sipl.append(seconds)
        schools = line.split()[2]
    bare_s, sipl_s = statistics.median(bare), statistics.median(sipl)
    plain_s = statistics.median(sipl_plain)
    print(f"start-up to an interactive caseload ({schools} schools, median of {repeats})")
    print(f"  bare Qt window       {bare_s * 1000:8.0f} ms   RSS {rss_bare / 1024:6.1f} MB")
    print(f"  SIPL, plain copy     {plain_s * 1000:8.0f} ms   RSS {rss_plain / 1024:6.1f} MB")
    print(f"  SIPL, encrypted      {sipl_s * 1000:8.0f} ms   RSS {rss_sipl / 1024:6.1f} MB")
    print(f"  ratio to bare        {sipl_s / bare_s:8.2f}x  (goal: under 3x)")
    print(
        f"  encryption adds      {(sipl_s - plain_s) * 1000:8.0f} ms   ratio "
        f"{sipl_s / plain_s:5.2f}x  (goal: at most 100 ms)"
    )
    return {"bare": bare_s, "sipl": sipl_s, "rss_bare": rss_bare}


def _wait(app: object, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run events until ``condition`` holds, as the app's event loop would, including the
    deletion of discarded widgets (``processEvents`` alone never deletes them, so memory
    would grow with every screen opened, as it does not in the running app)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.perf_counter() + timeout
    while not condition():
        app.processEvents()  # type: ignore[attr-defined]
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if time.perf_counter() > end:
            raise TimeoutError("the app did not get there in time")


def bench_in_process(
    profile: Path, today: str, repeats: int, scratch: Path, rss_bare_kb: int
) -> None:
    from datetime import date

    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_app
    from desktop.store import visits
    from desktop.store.paths import ProfilePaths
    from desktop.ui.common.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)  # type: ignore[arg-type]
    root = build_app(
        ProfilePaths(profile),
        QSettings(str(scratch / "in.ini"), QSettings.Format.IniFormat),
        today=lambda: date.fromisoformat(today),
    )
    assert root is not None
    window = root.window
    runner = root.services.runner
    window.resize(1366, 768)
    window.show()
    _wait(app, lambda: bool(window.caseload.model.entries))
    entries = window.caseload.model.entries
    _wait(app, lambda: runner.pending == 0)  # the start-up backup runs after the caseload

    # Opening the school with the most visits, against the one with the fewest.
    counts = runner.call(
        lambda store: dict(
            store.db.execute(
                "SELECT school_id, count(*) FROM visits WHERE deleted_at IS NULL GROUP BY school_id"
            ).fetchall()
        )
    )
    ranked = sorted(entries, key=lambda e: counts.get(e.school.id, 0))
    quietest, busiest = ranked[0].school, ranked[-1].school

    def open_time(school_id: str) -> float:
        window.open_caseload()
        _wait(app, lambda: window.caseload.isVisible())
        window.school.school_id = None
        started = time.perf_counter()
        window.open_school(school_id)
        _wait(
            app, lambda: window.school.log is not None and window.school.log.school.id == school_id
        )
        window.school.repaint()
        return time.perf_counter() - started

    quiet = statistics.median(open_time(quietest.id) for _ in range(repeats))
    busy = statistics.median(open_time(busiest.id) for _ in range(repeats))
    log = window.school.log
    assert log is not None
    years = sorted({v.visit_date[:4] for v in log.visits})
    print(f"open a school's log (median of {repeats})")
    print(f"  fewest visits ({counts.get(quietest.id, 0):4})  {quiet * 1000:8.1f} ms")
    print(
        f"  most visits   ({len(log.visits):4})  {busy * 1000:8.1f} ms   ratio "
        f"{busy / quiet:5.2f}x   ({years[0]}-{years[-1]}, {len(log.priorities)} priorities)"
    )

    # Keystroke to saved: a draft visit with one aspect.
    aspect = visits.area_aspect("teaching")
    visit_id = runner.call(
        lambda store: visits.start_visit(
            store,
            busiest.id,
            date.fromisoformat(today),
            "progress_towards_priorities",
            aspects=[aspect],
        )
    )
    window.open_visit(visit_id)
    _wait(app, lambda: window.visit.sheet is not None and window.visit.current_panel() is not None)
    panel = window.visit.current_panel()
    assert panel is not None
    field = panel.questions[0].autosave
    editor = panel.questions[0].answer
    saved: list[float] = []
    field.text_did_save.connect(lambda _text: saved.append(time.perf_counter()))

    def keystroke(char: str) -> float:
        started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
        return started

    debounced, flushed = [], []
    for index in range(max(10, repeats)):
        before = len(saved)
        started = keystroke("ŵ" if index % 2 else "a")
        _wait(app, lambda before=before: len(saved) > before)
        debounced.append(saved[-1] - started)
    for index in range(50):
        before = len(saved)
        started = keystroke("ŷ" if index % 2 else "b")
        field.flush()
        _wait(app, lambda before=before: len(saved) > before)
        flushed.append(saved[-1] - started)

    def p95(values: list[float]) -> float:
        return sorted(values)[max(0, round(0.95 * len(values)) - 1)]

    print("keystroke to saved in SQLite")
    print(
        f"  with the debounce  p50 {statistics.median(debounced) * 1000:6.0f} ms   "
        f"p95 {p95(debounced) * 1000:6.0f} ms  (400 ms debounce, 1 s ceiling)"
    )
    print(
        f"  flushed at once    p50 {statistics.median(flushed) * 1000:6.1f} ms   "
        f"p95 {p95(flushed) * 1000:6.1f} ms  (the store thread's own latency)"
    )

    # Memory after opening every school once, and its newest visit.
    for entry in entries:
        window.open_school(entry.school.id)
        _wait(
            app,
            lambda entry=entry: (
                window.school.log is not None and window.school.log.school.id == entry.school.id
            ),
        )
        if window.school.log.visits:
            newest = window.school.log.visits[0].id
            window.open_visit(newest)
            _wait(
                app,
                lambda newest=newest: (
                    window.visit.sheet is not None and window.visit.sheet.visit.id == newest
                ),
            )
    rss = _rss_kb()
    print(f"memory after opening all {len(entries)} schools and their newest visits")
    print(f"  bare Qt window     {rss_bare_kb / 1024:8.1f} MB RSS")
    print(f"  SIPL               {rss / 1024:8.1f} MB RSS   ratio {rss / rss_bare_kb:5.1f}x")
    window.close()
    root.shutdown()


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="SIPL bench data dir")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SIPL_PASSPHRASE", "mainc-prawf")  # the region's key
    # The partner's key in a keyring, as on a laptop (the suite's file keyring stands in).
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.shared_keyring.SharedKeyring")
    os.environ.setdefault("SIPL_TEST_KEYRING", str(args.data_dir.resolve() / "keyring.json"))
    region = ensure_region(args.data_dir, args.scale, args.seed)
    profile, today = build_partner(args.data_dir, region)
    size = (profile / "sipl.db").stat().st_size
    print(f"partner profile: {profile} ({size / 1e6:.0f} MB), today = {today}")
    scratch = args.data_dir / "startup-bench"
    scratch.mkdir(exist_ok=True)
    figures = bench_startup(profile, today, args.repeats, scratch)
    bench_in_process(profile, today, args.repeats, scratch, int(figures["rss_bare"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
