"""Shared fixtures: every test gets its own data dir, config dir and keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.shared_keyring import ENV, SharedKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SharedKeyring]:
    """No test touches the real data dir, Qt settings or keyring. The keyring is a file
    of the test's own, which the SIPL processes a test starts use too."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SIPL_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv(ENV, str(home / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.shared_keyring.SharedKeyring")
    previous = keyring.get_keyring()
    ring = SharedKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def profile(tmp_path: Path):
    from desktop.store.paths import profile_paths

    return profile_paths(tmp_path / "data", "test")


@pytest.fixture
def store(profile):
    """A fresh store in a real SQLite file, closed after the test."""
    from desktop.store.store import Store

    opened = Store.open(profile)
    yield opened
    opened.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many tests ran against the real PostgreSQL back end, so CI shows it."""
    passed = terminalreporter.stats.get("passed", [])
    on_postgres = [r for r in passed if "[postgresql" in r.nodeid]
    terminalreporter.write_line(
        f"central store back ends: {len(on_postgres)} tests passed on PostgreSQL, "
        f"{sum('[sqlite' in r.nodeid for r in passed)} on SQLite"
    )
