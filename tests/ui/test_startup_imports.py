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


def test_start_up_does_not_load_the_http_client_or_the_reports(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _START, str(tmp_path / "data"), str(tmp_path / "qt.ini")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    loaded = set(done.stdout.split())
    assert "desktop.ui.window.main_window" in loaded  # the app did start
    early = sorted(
        name
        for name in loaded
        for lazy in LOADED_ON_FIRST_USE
        if name == lazy or name.startswith(lazy + ".")
    )
    assert early == []
