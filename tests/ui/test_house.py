"""The house (issue 14): desktop/ui is rooms with a shared common, and no module reaches
into another's private names."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"
ROOMS = {"common", "caseload", "school", "visit", "sync", "printing", "desk", "window"}


def _sources() -> list[Path]:
    return sorted([ROOT / "desktop" / "app.py", *UI.rglob("*.py")])


def test_the_ui_is_rooms_with_nothing_left_on_the_landing():
    assert {p.name for p in UI.glob("*.py")} == {"__init__.py"}
    assert {p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"} == ROOMS


def test_no_private_name_is_imported_from_another_module():
    crossings = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop"):
                crossings += [
                    f"{path.relative_to(ROOT)}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_")
                ]
    assert crossings == []
