"""What encryption at rest costs: the region profile encrypted (SQLCipher, as SIPL keeps
it) beside the very same data in a plain SQLite file, measured in the same run.

Run::

    uv run python tests/bench/bench_encryption.py --data-dir /tmp/sipl-bench-enc --scale 0.25

Figures, each with ratio = encrypted / plain (the issue asks for at most 1.3):
caseload summary of one IP's schools, one school's whole log, full-text search p95,
importing the address list into an empty profile, and opening the profile (what start-up
pays: key lookup or derivation, then the keyed open).

Where no keyring exists (a bench machine), the key comes from ``SIPL_PASSPHRASE``; this
script sets one for itself when it is missing. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import sqlcipher3

from desktop.store import caseload, keys, search
from desktop.store.calendar import academic_year_of
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from tests.bench import generate_region
from tests.bench.bench_store import (
    Figure,
    _median_time,
    _percentile,
    _timed_each,
    import_times,
    sample_queries,
    table,
)

PLAIN = "region-plain"


def plain_copy(encrypted: Path, key: bytes, target: Path) -> None:
    """The same database, decrypted into a plain SQLite file (for the baseline only)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(encrypted))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(target)])
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=0.25, help="1.0 = ~40,000 visits")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args(argv)
    os.environ.setdefault(keys.PASSPHRASE_ENV, "mainc-prawf-amgryptio")

    made = generate_region.generate(args.data_dir, scale=args.scale, seed=args.seed)
    region_paths = profile_paths(args.data_dir, generate_region.PROFILE)
    plain_paths = profile_paths(args.data_dir, PLAIN)
    key = keys.profile_key(region_paths, create=False)
    plain_paths.ensure()
    plain_copy(made.database, key, plain_paths.database)

    def opening(encrypted: bool, full_check: bool = False) -> Callable[[], object]:
        def run() -> object:
            store = Store.open(
                region_paths if encrypted else plain_paths,
                backup_at_start=False,
                key="profile" if encrypted else None,
                full_check=full_check,
            )
            store.close()
            return None

        return run

    encrypted = Store.open(region_paths, backup_at_start=False)
    plain = Store.open(plain_paths, backup_at_start=False, key=None)
    try:
        person = encrypted.setting("me")
        assert person is not None
        year = academic_year_of(date.fromisoformat(encrypted.setting("bench.today") or ""))
        rows = caseload.caseload(encrypted, person, year)
        school = rows[0].school.id
        figures = [
            Figure(
                f"caseload summary, {len(rows)} schools",
                _median_time(lambda: caseload.caseload(encrypted, person, year), args.repeats),
                "s",
                _median_time(lambda: caseload.caseload(plain, person, year), args.repeats),
                "plain",
            ),
            Figure(
                "school log, 1 school",
                _median_time(lambda: caseload.school_log(encrypted, school, year), args.repeats),
                "s",
                _median_time(lambda: caseload.school_log(plain, school, year), args.repeats),
                "plain",
            ),
        ]
        queries = [
            q
            for qs in sample_queries(plain, args.queries, random.Random(args.seed)).values()
            for q in qs
        ]
        for store in (encrypted, plain):  # warm both page caches alike
            for query in queries:
                search.search(store, query)
        figures.append(
            Figure(
                f"search p95, {len(queries)} queries",
                _percentile(_timed_each(lambda q: search.search(encrypted, q), queries), 0.95),
                "s",
                _percentile(_timed_each(lambda q: search.search(plain, q), queries), 0.95),
                "plain",
            )
        )
    finally:
        encrypted.close()
        plain.close()
    address_list = args.data_dir / generate_region.ADDRESS_LIST
    figures.append(
        Figure(
            "import address list, parse+plan+apply",
            statistics.median(import_times(address_list, 3)),
            "s",
            statistics.median(import_times(address_list, 3, key=None)),
            "plain",
        )
    )
    figures.append(
        Figure(
            "open the profile as the app does (key, header and schema, migrations)",
            _median_time(opening(True), args.repeats),
            "s",
            _median_time(opening(False), args.repeats),
            "plain",
        )
    )
    figures.append(
        Figure(
            "full integrity check (quick_check; on the store thread after start-up)",
            _median_time(opening(True, full_check=True), 3),
            "s",
            _median_time(opening(False, full_check=True), 3),
            "plain",
        )
    )
    size = made.database.stat().st_size / 2**20
    print()
    print(
        f"SIPL encryption bench: scale {args.scale}, {size:.0f} MB, SQLite "
        f"{sqlite3.sqlite_version}, key from "
        + ("a passphrase (scrypt)" if keys.uses_passphrase(region_paths) else "the keyring")
    )
    print(table(figures))
    print("ratio = encrypted / plain, the same data measured in the same run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
