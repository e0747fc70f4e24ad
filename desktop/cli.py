"""The ``sipl`` command: the desktop app, and headless admin commands.

    sipl [--demo | --demo-team] [--data-dir DIR] [--profile NAME]   open the app
    sipl import-schools FILE [--dry-run]                 import the address list of schools
    sipl import-categories FILE... [--year Y] [--dry-run]
    sipl restore-backup [--backup FILE]                  replace a damaged database
    sipl report ...                                      PDFs (see ``sipl report --help``)

Exit codes: 0 done, 1 the input or the database was refused (the message says why),
2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from desktop.store import backup, keys
from desktop.store.errors import DatabaseDamaged, StoreError
from desktop.store.importing import apply as importing
from desktop.store.importing.address_list import parse_address_list
from desktop.store.importing.categorisation import parse_categorisation
from desktop.store.paths import (
    DEFAULT_PROFILE,
    DEMO_PROFILE,
    DEMO_TEAM_PROFILE,
    ProfilePaths,
    data_dir,
    existing_profiles,
    profile_paths,
)
from desktop.store.store import Store


def _profile(args: argparse.Namespace) -> ProfilePaths:
    if getattr(args, "demo_team", False):
        return profile_paths(data_dir(args.data_dir), DEMO_TEAM_PROFILE)
    name = DEMO_PROFILE if getattr(args, "demo", False) else args.profile
    return profile_paths(data_dir(args.data_dir), name)


def _import_schools(args: argparse.Namespace, store: Store) -> int:
    rows = parse_address_list(Path(args.file))
    if args.dry_run:
        print("Dry run: nothing was written.")
        print(importing.plan_schools(store, rows).describe())
        return 0
    print(importing.apply_schools(store, rows).describe())
    return 0


def _import_categories(args: argparse.Namespace, store: Store) -> int:
    parsed = [parse_categorisation(Path(f), args.year) for f in args.files]
    rows = [row for file_rows in parsed for row in file_rows]
    if args.dry_run:
        print("Dry run: nothing was written.")
        print(importing.plan_categories(store, rows).describe())
        return 0
    print(importing.apply_categories(store, rows).describe())
    return 0


def _ask_passphrase(question: str) -> str | None:
    """A passphrase typed at the terminal (no echo); None when there is no terminal."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(question) or None


def _with_store(action: Callable[[argparse.Namespace, Store], int]) -> Callable[..., int]:
    def run(args: argparse.Namespace) -> int:
        with Store.open(_profile(args), prompt=_ask_passphrase) as store:
            return action(args, store)

    return run


def _with_existing_store(
    action: Callable[[argparse.Namespace, Store], int],
) -> Callable[..., int]:
    """As :func:`_with_store`, but a profile that holds no caseload yet is refused (naming
    the profiles that exist) rather than created empty: a report needs records."""

    def run(args: argparse.Namespace) -> int:
        paths = _profile(args)
        if not paths.database.exists():
            known = existing_profiles(data_dir(args.data_dir))
            where = data_dir(args.data_dir)
            print(
                f"There is no profile {paths.root.name!r} in {where}. "
                + (
                    "Profiles there: " + ", ".join(known) + " (choose one with --profile NAME)."
                    if known
                    else "It holds no profiles yet."
                ),
                file=sys.stderr,
            )
            return 1
        with Store.open(paths, prompt=_ask_passphrase) as store:
            return action(args, store)

    return run


def _restore(args: argparse.Namespace) -> int:
    paths = _profile(args)
    chosen = Path(args.backup) if args.backup else None
    key = keys.profile_key(paths, create=False, prompt=_ask_passphrase)
    if chosen is None:
        good = backup.good_backups(paths.backups, key)
        if not good:
            print(f"No good backup was found in {paths.backups}.", file=sys.stderr)
            return 1
        chosen = good[0]
    moved = backup.restore_backup(paths.database, chosen, key)
    print(f"Restored {chosen.name}. The previous file was kept as {moved.name}.")
    return 0


def _run_app(args: argparse.Namespace) -> int:
    paths = _profile(args)
    if args.demo or args.demo_team:
        from desktop.store import demo, team_demo

        seed = team_demo.seed_team_demo if args.demo_team else demo.seed_demo
        # The app takes the start-up backup itself; seeding needs none of its own.
        with Store.open(paths, backup_at_start=False, prompt=_ask_passphrase) as store:
            if not store.db["schools"].count:
                seed(store, date.today())
    from desktop.app import run_app

    return run_app(paths, [sys.argv[0]])


def _add_common(parser: argparse.ArgumentParser, *, nested: bool = False) -> None:
    """--data-dir and --profile; a nested parser leaves unset ones to its parents."""
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS if nested else None,
        help="folder for SIPL's data (default: SIPL_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--profile",
        default=argparse.SUPPRESS if nested else DEFAULT_PROFILE,
        help="partner profile name",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sipl", description="SIPL: the School Improvement Partnership Log."
    )
    _add_common(parser)
    demos = parser.add_mutually_exclusive_group()
    demos.add_argument("--demo", action="store_true", help="open a fictional demo caseload")
    demos.add_argument(
        "--demo-team",
        action="store_true",
        help="open a fictional team as its principal improvement partner (the Team desk)",
    )
    parser.set_defaults(func=_run_app)
    sub = parser.add_subparsers(dest="command")

    schools = sub.add_parser(
        "import-schools",
        help="import the Welsh Government address list of schools (CSV)",
    )
    _add_common(schools, nested=True)
    schools.add_argument("file")
    schools.add_argument("--dry-run", action="store_true", help="show what would change")
    schools.set_defaults(func=_with_store(_import_schools))

    categories = sub.add_parser(
        "import-categories", help="import national categorisation CSV files"
    )
    _add_common(categories, nested=True)
    categories.add_argument("files", nargs="+", metavar="FILE")
    categories.add_argument("--year", help="the year of the files if they do not say")
    categories.add_argument("--dry-run", action="store_true", help="show what would change")
    categories.set_defaults(func=_with_store(_import_categories))

    restore = sub.add_parser("restore-backup", help="replace a damaged database with a good backup")
    _add_common(restore, nested=True)
    restore.add_argument("--backup", help="the backup file (default: the newest good one)")
    restore.set_defaults(func=_restore)

    _register_reports(sub)
    return parser


def _register_reports(sub: argparse._SubParsersAction) -> None:
    from desktop.reports import commands

    report = sub.add_parser("report", help="print reports to PDF")
    _add_common(report, nested=True)
    kinds = report.add_subparsers(dest="report", required=True)
    commands.register(kinds)
    for parser in kinds.choices.values():
        _add_common(parser, nested=True)
        parser.set_defaults(func=_with_existing_store(parser.get_default("func")))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except DatabaseDamaged as error:
        print(error, file=sys.stderr)
        if error.backups:
            print(
                "Run 'sipl restore-backup' to put the newest good backup in its place.",
                file=sys.stderr,
            )
        return 1
    except (StoreError, ValueError) as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
