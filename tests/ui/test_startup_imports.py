"""Start-up loads only what the caseload needs: the HTTP client, the reports and the
print dialog load when first used (issue 14, point 12). Checked in a fresh interpreter
that builds the app through its composition root on a new profile, as a partner starts it;
the start-up time itself is measured by ``tests/bench/bench_startup.py``, not here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop.app import build_app
from desktop.store.paths import profile_paths
app = QApplication(sys.argv[:1])
root = build_app(profile_paths(Path(sys.argv[1]), "partner"),
                 QSettings(sys.argv[2], QSettings.Format.IniFormat))
root.window.show()
app.processEvents()
print("\\n".join(sorted(sys.modules)))
root.shutdown()
"""

LOADED_ON_FIRST_USE = (
    "httpx",  # the first sync
    "sync.session",
    "sync.client",
    "reportlab",  # the first printed report
    "desktop.reports",
    "desktop.ui.printing.report_dialog",
    "uuid6",  # not used by the laptop at all (desktop.store.ids makes its UUIDv7s)
    "cryptography",  # the attachment cipher, with the first evidence file
)


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a fresh interpreter (offscreen Qt) from the project's folder."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        timeout=120,
        check=True,
    )


def test_start_up_does_not_load_the_http_client_or_the_reports(tmp_path: Path) -> None:
    done = _python(_START, str(tmp_path / "data"), str(tmp_path / "qt.ini"))
    loaded = set(done.stdout.split())
    assert "desktop.ui.window.main_window" in loaded  # the app did start
    early = sorted(
        name
        for name in loaded
        for lazy in LOADED_ON_FIRST_USE
        if name == lazy or name.startswith(lazy + ".")
    )
    assert early == []


_PROBED = """
import inspect
from PySide6.QtCore import QObject
import desktop
read = []
real = inspect.getsource
inspect.getsource = lambda module, *a: read.append(module.__name__) or real(module, *a)
import desktop.store.models, desktop.ui.common.style
print(" ".join(read) or "none")
"""


def test_pyside_reads_no_module_source_once_sipl_is_imported() -> None:
    """PySide6 reads the source of every module imported after it (to decide on its
    ``__feature__`` options), some 50 ms of start-up; once ``desktop`` is imported it reads
    none. Tried: two SIPL modules, one of them a Qt one, imported after it."""
    done = _python(_PROBED)
    assert done.stdout.split() == ["none"]


_LAUNCHED = """
import desktop.cli  # as the sipl command starts: the store first, PySide6 not yet loaded
import sys
assert "PySide6" not in sys.modules
import desktop.app
feature = sys.modules["PySide6.support.feature"]
print(feature._mod_uses_pyside.__module__)
"""


def test_the_sipl_command_skips_the_probe_too() -> None:
    """The ``sipl`` command imports the store before PySide6: the probe is skipped as soon
    as the first screen module loads."""
    done = _python(_LAUNCHED)
    assert done.stdout.split() == ["desktop.qt_feature"]


def test_no_sipl_module_switches_pyside_features() -> None:
    """Skipping the probe is right only while no module selects a ``__feature__`` (every
    module then has the binding's default, camelCase names and getter methods)."""
    selecting = [
        path
        for folder in ("desktop", "forms", "sync", "tests")
        for path in (ROOT / folder).rglob("*.py")
        if path != Path(__file__).resolve()
        and "from __feature__ import" in path.read_text(encoding="utf-8")
    ]
    assert selecting == []
