"""Screenshots of SIPL's screens on the demo caseload, offscreen (not a test).

    uv run python tests/ui/screenshots.py --out /work/shots/house --lang cy --size 1366x768
    uv run python tests/ui/screenshots.py --out DIR --size 1920x1080 --scale 2

``--size`` is the screen in device pixels; ``--scale`` sets ``QT_SCALE_FACTOR`` (Qt's own
high-DPI scaling, as on a laptop at 125 % or 200 %), so the window has size / scale logical
pixels. Each screen is saved as ``<screen>-<lang>-<size>@<scale>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = date(2026, 2, 10)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", choices=("en", "cy"), default="en")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    home = Path(tempfile.mkdtemp(prefix="sipl-shots-"))
    os.environ.update(
        SIPL_DATA_DIR=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        HOME=str(home),
        SIPL_PASSPHRASE="lluniau-prawf",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.app import build_app
    from desktop.store import demo
    from desktop.store.paths import profile_paths
    from desktop.store.store import Store
    from desktop.ui.common.style import apply_style

    app = QApplication(sys.argv[:1])
    apply_style(app)
    paths = profile_paths(home / "data", "shots")
    with Store.open(paths) as store:
        demo.seed_demo(store, TODAY)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", args.lang)
    root = build_app(paths, settings, today=lambda: TODAY)
    assert root is not None
    window = root.window
    window.resize(round(width / args.scale), round(height / args.scale))
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    tag = f"{args.lang}-{args.size}@{round(args.scale * 100)}"

    def settle(until: Callable[[], bool] = lambda: True) -> None:
        for _ in range(400):
            app.processEvents()
            root.services.runner.call(lambda store: None)
            app.processEvents()
            if until():
                return

    def shoot(name: str, widget: QWidget | None = None) -> None:
        settle()
        path = args.out / f"{name}-{tag}.png"
        (widget or window).grab().save(str(path))
        print(path)

    settle(lambda: len(window.caseload.model.entries) > 0)
    shoot("caseload")
    school_id = window.caseload.model.entries[0].school.id
    window.open_school(school_id)
    settle(lambda: window.school.log is not None)
    shoot("school")
    log = window.school.log
    assert log is not None
    visit_id = next(
        (v.id for v in log.visits if v.status == "draft"), log.visits[0].id if log.visits else None
    )
    if visit_id is not None:
        window.open_visit(visit_id)
        settle(lambda: window.visit.sheet is not None)
        shoot("visit")
        panel = window.visit.current_panel()
        if panel is not None:
            panel.go_to(5)
            shoot("visit-question-5")
        window.visit.aspect_list.setCurrentRow(window.visit.aspect_list.count() - 1)
        shoot("visit-summary")
    from desktop.ui.school.dialogs import JudgementDialog
    from desktop.ui.window.shortcuts import ShortcutsDialog

    window.open_school(school_id)
    settle(lambda: window.school.log is not None)
    priority = window.school.current_priority()
    if priority is not None:
        dialog = JudgementDialog(root.services, priority, window)
        dialog.show()
        shoot("judgement-dialog", dialog)
        dialog.close()
        from desktop.ui.school.dialogs import PriorityDialog

        edit = PriorityDialog(root.services, window, priority)
        edit.show()
        shoot("priority-dialog", edit)
        edit.close()
    shortcuts = ShortcutsDialog(window.tr("Keyboard shortcuts"), window.shortcut_rows(), window)
    shortcuts.show()
    shoot("shortcuts-dialog", shortcuts)
    shortcuts.close()
    from desktop.ui.desk.window import TeamDesk

    desk = TeamDesk(root.services, lambda _school: None)
    desk.resize(window.size())
    desk.show()
    for number in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(number)
        shoot(f"desk-{number + 1}", desk)
    desk.close()
    window.close()
    root.shutdown()


if __name__ == "__main__":
    main()
