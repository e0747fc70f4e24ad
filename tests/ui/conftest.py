"""Fixtures for the Qt tests: a seeded profile and the real app built on it.

The app is built by :func:`desktop.app.build_app` (the composition root) with its own
QSettings file, and shut down in teardown: pending edits are saved, the store thread is
stopped and joined, so no QThread outlives a test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import AppRoot, build_app
from desktop.store import demo
from desktop.store.paths import ProfilePaths
from desktop.store.store import Store
from desktop.ui.common.style import apply_style

TODAY = date(2026, 2, 10)  # spring term 2025-26: the autumn judgements are recorded


@pytest.fixture
def seeded(profile: ProfilePaths) -> ProfilePaths:
    """The test profile filled with the fictional demo caseload."""
    with Store.open(profile) as store:
        demo.seed_demo(store, TODAY)
    return profile


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_app(qtbot, settings_file: Path) -> Iterator[Callable[..., AppRoot]]:
    """Build the app on a profile; every app built is shut down after the test."""
    built: list[AppRoot] = []
    apply_style(QApplication.instance())  # type: ignore[arg-type]

    def make(paths: ProfilePaths, *, language: str | None = None, size=(1366, 768)) -> AppRoot:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        if language:
            settings.setValue("ui/language", language)
        root = build_app(paths, settings, today=lambda: TODAY)
        assert root is not None
        built.append(root)
        qtbot.addWidget(root.window)
        root.window.resize(*size)
        root.window.show()
        qtbot.waitUntil(
            lambda: len(root.window.caseload.model.entries) > 0 or root.window.caseload._loaded
        )
        return root

    yield make
    for root in built:
        root.window.close()
        root.shutdown()
        assert not root.services.runner.running


@pytest.fixture
def app(make_app, seeded: ProfilePaths) -> AppRoot:
    """The app on the demo caseload, in English, at 1366×768."""
    return make_app(seeded)


def visible_texts(widget: QWidget) -> str:
    """All the text a user can see in ``widget`` and its visible children, joined."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
    )

    parts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            parts.append(child.text())
        elif isinstance(child, QLineEdit):
            parts.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            parts.append(child.currentText())
        elif isinstance(child, QGroupBox):
            parts.append(child.title())
        elif isinstance(child, QTabWidget):
            parts.extend(child.tabText(i) for i in range(child.count()))
    return "\n".join(parts)
