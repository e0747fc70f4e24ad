"""A test keyring shared by the test process and the SIPL processes it starts (the CLI,
the crash and kill drivers): a JSON file named by ``SIPL_TEST_KEYRING``, chosen by
``PYTHON_KEYRING_BACKEND=tests.shared_keyring.SharedKeyring``. Test-only: never secure."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV = "SIPL_TEST_KEYRING"


class SharedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _file(self) -> Path:
        return Path(os.environ[ENV])

    @property
    def secrets(self) -> dict[tuple[str, str], str]:
        try:
            raw = json.loads(self._file().read_text())
        except (OSError, ValueError):
            return {}
        return {(s, u): p for s, u, p in raw}

    def _save(self, found: dict[tuple[str, str], str]) -> None:
        self._file().write_text(json.dumps([[s, u, p] for (s, u), p in found.items()]))

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        found = self.secrets
        found[(service, username)] = password
        self._save(found)

    def delete_password(self, service: str, username: str) -> None:
        found = self.secrets
        found.pop((service, username), None)
        self._save(found)
