"""Where SIPL keeps its files.

The data directory is, in order of precedence: an explicit ``--data-dir``, the
``SIPL_DATA_DIR`` environment variable, then platformdirs' user data dir for "SIPL".
Each partner profile has its own folder ``profiles/<name>/`` holding ``sipl.db``,
``backups/`` and ``attachments/``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SIPL"
DATA_DIR_ENV = "SIPL_DATA_DIR"
DEFAULT_PROFILE = "default"
DEMO_PROFILE = "demo"
DEMO_TEAM_PROFILE = "demo-team"
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def data_dir(explicit: Path | str | None = None) -> Path:
    """Return the data directory (not created)."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class ProfilePaths:
    """The files of one partner profile. Creating the folders is :meth:`ensure`'s job."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "sipl.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    def ensure(self) -> ProfilePaths:
        """Create the profile's folders if missing, readable by their owner only (0700,
        the data dir and ``profiles/`` too); return self."""
        for folder in (self.root.parent.parent, self.root.parent, self.root):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(folder, 0o700)
        for folder in (self.backups, self.attachments):
            folder.mkdir(exist_ok=True, mode=0o700)
            os.chmod(folder, 0o700)
        return self


def profile_paths(base: Path, profile: str = DEFAULT_PROFILE) -> ProfilePaths:
    """Return the paths of ``profile`` under the data directory ``base``.

    Raises ValueError for a profile name that is not a plain file name.
    """
    if not _PROFILE_NAME.match(profile):
        raise ValueError(f"Profile name {profile!r} may hold only letters, digits, '_', '-', '.'")
    return ProfilePaths(base / "profiles" / profile)


def existing_profiles(base: Path) -> list[str]:
    """The names of the profiles under the data directory ``base`` that hold a caseload
    (a ``sipl.db``), sorted; an empty list when there are none. Reads only."""
    folder = base / "profiles"
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if (p / "sipl.db").is_file())
