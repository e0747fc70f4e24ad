"""The database file: opening, migrations, refusal of newer files, damage and backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.store import backup, keys
from desktop.store.cipher import IntegrityError
from desktop.store.errors import DatabaseDamaged, DatabaseTooNew
from desktop.store.store import Store
from tests.store.factories import make_school


def test_a_new_profile_is_a_wal_database_with_foreign_keys(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.paths.database.exists()
    assert {"schools", "visits", "evidence", "outbox", "search_index"} <= set(
        store.db.table_names()
    )


def test_foreign_keys_refuse_a_visit_of_a_school_that_does_not_exist(store):
    with pytest.raises(IntegrityError):
        store.db.execute(
            "INSERT INTO visits (id, school_id, visit_date, purpose, created_at, updated_at)"
            " VALUES ('v', 'no-such-school', '2025-10-01', 'other', 'x', 'x')"
        )


def test_reopening_keeps_data_and_runs_no_migration_twice(profile):
    with Store.open(profile) as first:
        make_school(first)
    with Store.open(profile) as second:
        assert second.db["schools"].count == 1
        names = [r[0] for r in second.db.execute("SELECT name FROM _sqlite_migrations")]
        assert names == [
            "0001_initial",
            "0002_enhanced_reviews",
            "0003_key_tasks_and_agreed_days",
            "0004_visit_length",
            "0005_action_status_on",
            "0006_note_of_visit_and_year_summary",
            "0007_priority_cycle",
            "0010_priority_continues",
            "0011_live_visit_dates",
            "0012_search_triggers_pausable",
            "0013_search_keys",
        ]


def test_a_database_from_a_newer_sipl_is_refused_and_left_untouched(profile):
    with Store.open(profile) as s:
        make_school(s)
        s.db["_sqlite_migrations"].insert(
            {"migration_set": "sipl", "name": "0099_from_the_future", "applied_at": "2030"}
        )
    before = profile.database.read_bytes()
    with pytest.raises(DatabaseTooNew) as raised:
        Store.open(profile)
    assert "newer version of SIPL" in str(raised.value)
    assert "0099_from_the_future" in str(raised.value)
    assert profile.database.read_bytes() == before


def _damage(path):
    """Overwrite a page in the middle of the file with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_reported_with_its_newest_good_backup(profile):
    with Store.open(profile) as s:
        for i in range(300):
            make_school(s, number=f"99{i:05d}", name=f"Ysgol {i} " + "x" * 200)
    _damage(profile.database)
    damaged_bytes = profile.database.read_bytes()
    with pytest.raises(DatabaseDamaged) as raised:
        Store.open(profile)
    error = raised.value
    assert error.backups, "the start-up backup should be offered"
    assert "damaged" in str(error) and "left untouched" in str(error)
    assert profile.database.read_bytes() == damaged_bytes  # never a silent reset

    key = keys.profile_key(profile, create=False)
    moved = backup.restore_backup(profile.database, error.backups[0], key)
    assert moved.exists(), "the damaged file is kept aside, not deleted"
    with Store.open(profile) as restored:
        # The start-up backup was taken before the 300 schools were added.
        assert restored.db["schools"].count == 0


def test_a_file_that_is_not_a_database_is_reported_as_damaged(profile):
    profile.ensure()
    profile.database.write_text("these are not the bytes of a database")
    with pytest.raises(DatabaseDamaged) as raised:
        Store.open(profile)
    assert "not a database" in str(raised.value)
    assert profile.database.read_text() == "these are not the bytes of a database"


def test_backups_are_taken_at_start_and_daily_and_only_the_newest_are_kept(profile):
    with Store.open(profile, keep_backups=3) as s:
        assert len(backup.backups(profile.backups)) == 1
        assert s.backup_if_due() is None  # taken a moment ago
        start = datetime.now(UTC)
        for day in range(1, 6):
            assert s.backup_if_due(start + timedelta(days=day)) is not None
        kept = backup.backups(profile.backups)
        assert len(kept) == 3
        assert backup.backup_time(kept[0]) > start + timedelta(days=4)
        assert all(backup.is_sound(p, s.key) for p in kept)


def test_a_restored_backup_must_itself_be_sound(profile, tmp_path):
    profile.ensure()
    bad = tmp_path / "sipl-20250101T000000000000.db"
    bad.write_text("garbage")
    with pytest.raises(ValueError, match="itself damaged"):
        backup.restore_backup(profile.database, bad)
