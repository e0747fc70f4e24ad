"""The ``sipl`` command as an admin uses it: a real process, a real data dir."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.store import keys
from desktop.store.cipher import connect
from desktop.store.paths import profile_paths
from tests.importing.published import EXTRA_SCHOOLS, write_all_three
from tests.importing.samples import ROWS, write_address_list, write_categories

SIPL = shutil.which("sipl", path=str(Path(sys.executable).parent))


def sipl(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    assert SIPL, "the sipl command is not installed in the project environment"
    env = {**os.environ, "SIPL_DATA_DIR": str(data_dir)}
    return subprocess.run([SIPL, *args], capture_output=True, text=True, env=env, timeout=120)


def _count(data_dir: Path, table: str) -> int:
    """Rows of ``table``, read with the profile's key (the file itself is encrypted)."""
    paths = profile_paths(data_dir)
    conn = connect(paths.database, keys.profile_key(paths, create=False))
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_import_schools_dry_run_then_import_then_reimport(tmp_path):
    data = tmp_path / "data"
    csv_file = write_address_list(tmp_path / "schools.csv")
    dry = sipl("import-schools", str(csv_file), "--dry-run", data_dir=data)
    assert dry.returncode == 0, dry.stderr
    assert "Dry run: nothing was written." in dry.stdout
    assert "5 schools to add" in dry.stdout
    assert _count(data, "schools") == 0

    done = sipl("import-schools", str(csv_file), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert _count(data, "schools") == 5

    again = sipl(
        "import-schools",
        str(csv_file),
        "--data-dir",
        str(tmp_path / "data"),
        data_dir=tmp_path / "elsewhere",
    )
    assert "0 schools to add, 0 to update, 5 unchanged" in again.stdout
    assert _count(data, "schools") == 5


def test_a_bad_file_exits_1_naming_the_row_and_imports_nothing(tmp_path):
    data = tmp_path / "data"
    bad = write_address_list(tmp_path / "bad.csv", [ROWS[0], ROWS[1].replace("9904002", "99")])
    result = sipl("import-schools", str(bad), data_dir=data)
    assert result.returncode == 1
    assert "bad.csv: nothing was imported" in result.stderr
    assert "line 3 (school 99): school number '99' is not 7 digits" in result.stderr
    assert _count(data, "schools") == 0


def test_import_categories_from_several_files(tmp_path):
    data = tmp_path / "data"
    sipl("import-schools", str(write_address_list(tmp_path / "s.csv")), data_dir=data)
    first = write_categories(tmp_path / "categorisation_2018.csv")
    second = write_categories(tmp_path / "categorisation_2019.csv")
    result = sipl("import-categories", str(first), str(second), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "8 categorisations to add" in result.stdout
    assert _count(data, "categorisations") == 8


def test_the_three_published_files_of_2019_import_in_one_run(tmp_path):
    """Issue 15 point 8: primary, secondary and special as published, in one command."""
    data = tmp_path / "data"
    schools = write_address_list(tmp_path / "s.csv", [*ROWS, *EXTRA_SCHOOLS])
    sipl("import-schools", str(schools), data_dir=data)
    result = sipl("import-categories", *map(str, write_all_three(tmp_path)), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "6 categorisations to add" in result.stdout
    assert "1 rows skipped" in result.stdout and "9915099 Ysgol Fach y Cwm" in result.stdout
    assert _count(data, "categorisations") == 6


def test_a_report_for_a_profile_that_does_not_exist_names_the_ones_that_do(tmp_path):
    """Issue 15 point 10: no silent empty 'default' profile, then 'no visit with id'."""
    data = tmp_path / "data"
    sipl(
        "import-schools",
        str(write_address_list(tmp_path / "s.csv")),
        "--profile",
        "sian",
        data_dir=data,
    )
    result = sipl("report", "visit", "abc", "-o", str(tmp_path / "n.pdf"), data_dir=data)
    assert result.returncode == 1
    assert "There is no profile 'default'" in result.stderr
    assert "Profiles there: sian" in result.stderr
    assert not (data / "profiles" / "default").exists()
    named = sipl(
        "report", "visit", "abc", "--profile", "sian", "-o", str(tmp_path / "n.pdf"), data_dir=data
    )
    assert named.returncode == 1 and "no visit with id abc" in named.stderr


def test_a_damaged_database_is_refused_and_can_be_restored_from_a_backup(tmp_path):
    data = tmp_path / "data"
    sipl("import-schools", str(write_address_list(tmp_path / "s.csv")), data_dir=data)
    sipl("import-schools", str(tmp_path / "s.csv"), "--dry-run", data_dir=data)  # a later start
    db = data / "profiles" / "default" / "sipl.db"
    db.write_bytes(b"\0" * 100 + db.read_bytes()[100:])  # the header is gone
    refused = sipl("import-schools", str(tmp_path / "s.csv"), data_dir=data)
    assert refused.returncode == 1
    assert "is damaged" in refused.stderr and "sipl restore-backup" in refused.stderr
    restored = sipl("restore-backup", data_dir=data)
    assert restored.returncode == 0, restored.stderr
    assert "The previous file was kept as sipl.db.damaged-" in restored.stdout
    assert _count(data, "schools") == 5  # the later start's backup
