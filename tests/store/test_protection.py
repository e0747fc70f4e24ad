"""Data protection on the laptop (issue 13): the profile is encrypted at rest, its files
are private, an earlier plain profile is encrypted in place, and a lost key or passphrase
is told apart from damage. Real files throughout.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import keyring
import pytest

from desktop.store import attachments, backup, demo, keys, visits
from desktop.store.cipher import connect
from desktop.store.connection import ENCRYPTED_NOTICE
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from tests.store.factories import make_school

WORD = "Cyfrinachgyfrinachol"  # a unique word, to look for in every file


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _fill(store: Store, word: str = WORD) -> str:
    """A note and an evidence file (a text file) that both hold ``word``."""
    school = make_school(store)
    visits.add_note(store, school, f"Pennaeth yn sôn am {word} yn y cyfarfod")
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(store, school, date(2025, 11, 18), "other", aspects=[area])
    evidence = visits.record_evidence(store, visit, area, "documents", "Polisi")
    source = store.paths.root.parent.parent.parent / "polisi.txt"
    source.write_text(f"Polisi'r ysgol: {word}")
    attachments.attach_file(store, evidence, source)
    source.unlink()
    return school


def test_no_file_of_the_profile_holds_a_word_written_in_it(tmp_path):
    """Tried: a note with a unique word, written through the store, with the WAL still
    open and a backup taken. No file under the data dir has the word in plain bytes;
    sqlite3 cannot read the database; the store reads it back."""
    paths = profile_paths(tmp_path / "data", "sian")
    with Store.open(paths) as store:
        _fill(store)
        store.backup_now()
        files = _all_files(tmp_path / "data")
        assert any(p.name.endswith("-wal") for p in files)
        for path in files:
            assert WORD.encode() not in path.read_bytes(), path
        hits = store.db.execute("SELECT body FROM notes").fetchall()
        assert WORD in hits[0][0]
        [sha] = [r[0] for r in store.db.execute("SELECT sha256 FROM attachments")]
        assert attachments.read_blob(store, sha) == f"Polisi'r ysgol: {WORD}".encode()
        assert not any(sha in str(p) for p in files)  # no name tells the content's hash
    plain = sqlite3.connect(paths.database)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM notes").fetchall()
    plain.close()
    for path in _all_files(tmp_path / "data"):
        assert WORD.encode() not in path.read_bytes(), path


def test_every_file_and_folder_of_the_profile_is_private(tmp_path):
    paths = profile_paths(tmp_path / "data", "default")
    with Store.open(paths) as store:
        _fill(store)
        store.backup_now()
    for path in [tmp_path / "data", *(tmp_path / "data").rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        assert mode & 0o077 == 0, (path, oct(mode))
        assert mode == wanted or path.is_file(), (path, oct(mode))


def _plain_profile(paths) -> dict[str, int]:
    """A profile as an earlier SIPL left it: plain SQLite, with a plain backup."""
    with Store.open(paths, key=None) as store:
        demo.seed_demo(store, date(2025, 11, 20))  # every kind of record
        store.backup_now()
        return {
            t: store.db[t].count
            for t in store.db.table_names()
            if not t.startswith("search_index_")
        }


def test_a_plain_profile_is_encrypted_in_place_and_loses_nothing(tmp_path):
    """Tried: a plain profile holding every kind of record, with its plain backups, opened
    by this SIPL. Every row is there after, the plain files are gone, and the backups are
    encrypted too."""
    paths = profile_paths(tmp_path / "data", "default")
    counts = _plain_profile(paths)
    assert sum(counts.values()) > 20
    assert any(connect_plain_ok(p) for p in backup.backups(paths.backups))
    with Store.open(paths) as store:
        after = {t: store.db[t].count for t in counts}
        key = store.key
        told = store.take_setting(ENCRYPTED_NOTICE)  # the user is told once
        assert store.take_setting(ENCRYPTED_NOTICE) is None
    assert told == "1"
    assert after == {**counts, "settings": counts["settings"] + 1}
    assert not connect_plain_ok(paths.database)
    for old in backup.backups(paths.backups):
        assert not connect_plain_ok(old), old
        assert backup.is_sound(old, key), old
    leftovers = [p for p in paths.root.rglob("*") if "encrypting" in p.name]
    assert leftovers == []


def connect_plain_ok(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def test_a_lost_key_is_reported_and_the_file_left_untouched(tmp_path):
    """Tried: the keyring loses the profile's key (a reinstalled system)."""
    paths = profile_paths(tmp_path / "data", "default")
    with Store.open(paths) as store:
        _fill(store)
    before = paths.database.read_bytes()
    keyring.delete_password(keys.SERVICE, str(paths.root.resolve()))
    with pytest.raises(keys.KeyLost) as lost:
        Store.open(paths)
    assert "enrolment code" in str(lost.value)
    assert paths.database.read_bytes() == before


def test_a_forgotten_key_locks_the_profile_for_good(tmp_path):
    paths = profile_paths(tmp_path / "data", "default")
    with Store.open(paths) as store:
        _fill(store)
        key = store.key
    keys.forget_key(paths)
    with pytest.raises(keys.KeyLost) as lost:
        Store.open(paths)
    assert lost.value.revoked and "revoked" in str(lost.value)
    conn = connect(paths.database, key)  # only with the removed key, which nobody has now
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    conn.close()


def _cli(data: Path, *args: str, passphrase: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != keys.PASSPHRASE_ENV}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # a headless machine
    if passphrase is not None:
        env[keys.PASSPHRASE_ENV] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_a_headless_machine_uses_a_passphrase_again_and_again(tmp_path):
    """Exactly as the issue asks: SIPL_PASSPHRASE=... sipl import-schools FILE
    --data-dir D, and again later on the same D; a wrong or missing passphrase is
    refused in plain words and changes nothing."""
    from tests.importing.samples import write_address_list

    data = tmp_path / "d"
    schools = write_address_list(tmp_path / "schools.csv")
    first = _cli(data, "import-schools", str(schools), passphrase="ceffyl glas ar y mynydd")
    assert first.returncode == 0, first.stderr
    again = _cli(data, "import-schools", str(schools), passphrase="ceffyl glas ar y mynydd")
    assert again.returncode == 0, again.stderr
    database = profile_paths(data).database
    before = database.read_bytes()
    wrong = _cli(data, "import-schools", str(schools), passphrase="ceffyl coch")
    assert wrong.returncode == 1 and "passphrase does not open" in wrong.stderr
    missing = _cli(data, "import-schools", str(schools), passphrase=None)
    assert missing.returncode == 1 and "SIPL_PASSPHRASE" in missing.stderr
    assert database.read_bytes() == before
    assert not connect_plain_ok(database)
    assert (profile_paths(data).root / keys.SALT_FILE).exists()
