"""The ``sipl-store`` command: run and manage the central store.

    sipl-store serve [--host H] [--port P] [--tls-cert FILE --tls-key FILE]
    sipl-store add-partner NAME --role ip|pip|admin [--team T] [--la CODE ...] [--email E]
    sipl-store partners
    sipl-store import-schools FILE [--dry-run]
    sipl-store allocate SCHOOL_NUMBER PARTNER --year 2025-26
    sipl-store enrolment-code PARTNER
    sipl-store revoke-device DEVICE_ID
    sipl-store migrate
    sipl-store audit [--since 2026-01-31] [--kind refused|wrong_code|lockout|enrolled]

Every command takes ``--data-dir DIR`` (default: SIPL_STORE_DIR or the user data folder)
and ``--database URL`` (default: SQLite in the data dir; ``postgresql://...`` for a real
deployment).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
import sqlalchemy as sa

from desktop.store.importing.csvfile import ImportRejected
from sync.server import admin, auth, migrations
from sync.server import tables as t
from sync.server.storage import CentralStore, engine_for


def _data_dir(given: str | None) -> Path:
    if given:
        return Path(given)
    env = os.environ.get("SIPL_STORE_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("SIPL central store", appauthor=False))


def _open(args: argparse.Namespace) -> CentralStore:
    return CentralStore.open(
        args.database or os.environ.get("SIPL_STORE_DATABASE"), _data_dir(args.data_dir)
    )


class _NoQueryStrings(logging.Filter):
    """Access log lines show the path only: a query string never reaches a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            path, query, _ = args[2].partition("?")
            record.args = (*args[:2], path + ("?…" if query else ""), *args[3:])
        return True


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.app import create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        print("Give both --tls-cert and --tls-key, or neither.", file=sys.stderr)
        return 1
    store = _open(args)
    scheme = "https" if args.tls_cert else "http"
    print(
        f"SIPL central store on {scheme}://{args.host}:{args.port} "
        f"({store.engine.dialect.name}); API description at /openapi.json",
        flush=True,
    )
    if not args.tls_cert and args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            "Warning: serving plain HTTP beyond this computer. Laptops refuse http:// to "
            "anything but themselves: give --tls-cert/--tls-key or put a TLS proxy in front.",
            file=sys.stderr,
            flush=True,
        )
    logging.getLogger("uvicorn.access").addFilter(_NoQueryStrings())
    uvicorn.run(
        create_app(store),
        host=args.host,
        port=args.port,
        log_level="info",
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
    )
    return 0


def _add_partner(args: argparse.Namespace) -> int:
    partner = auth.add_partner(
        _open(args), args.name, args.role, team=args.team, las=args.la, email=args.email
    )
    print(f"Added {args.role.upper()} {args.name}: {partner}")
    return 0


def _partners(args: argparse.Namespace) -> int:
    store = _open(args)
    with store.reading() as conn:
        for p in conn.execute(sa.select(t.partners).order_by(t.partners.c.name)):
            print(f"{p.id}  {p.role:5}  {p.name}  team={p.team or '-'}")
            for d in conn.execute(sa.select(t.devices).where(t.devices.c.partner_id == p.id)):
                state = "revoked" if d.revoked_at else f"last sync {d.last_sync_at or 'never'}"
                print(f"    device {d.id}  {d.name}  {state}")
    return 0


def _import_schools(args: argparse.Namespace) -> int:
    summary = admin.import_schools(_open(args), Path(args.file), dry_run=args.dry_run)
    prefix = "Dry run: nothing was written. " if args.dry_run else ""
    print(
        f"{prefix}{summary.added} schools to add, {summary.updated} to update, "
        f"{summary.unchanged} unchanged."
    )
    return 0


def _allocate(args: argparse.Namespace) -> int:
    admin.allocate(_open(args), args.school, args.partner, args.year)
    print(f"School {args.school} is allocated to {args.partner} for {args.year}.")
    return 0


def _code(args: argparse.Namespace) -> int:
    store = _open(args)
    with store.reading() as conn:
        partner = auth.find_partner(conn, args.partner)
    if partner is None:
        print(f"No partner {args.partner!r}.", file=sys.stderr)
        return 1
    code = auth.issue_code(store, partner.id)
    print(f"Enrolment code for {partner.name}: {code} (one use, valid for {auth.CODE_DAYS} days)")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    auth.revoke_device(_open(args), args.device)
    print(f"Device {args.device} can no longer sync.")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    database = args.database or os.environ.get("SIPL_STORE_DATABASE")
    engine = engine_for(database, _data_dir(args.data_dir))
    try:
        before, after = migrations.upgrade(engine)
    finally:
        engine.dispose()
    if before == after:
        print(f"The central store's schema is up to date ({after}).")
    else:
        print(f"The central store's schema went from {before or 'before 0001'} to {after}.")
    return 0


def _audit(args: argparse.Namespace) -> int:
    store = _open(args)
    query = sa.select(t.audit, t.partners.c.name).outerjoin(
        t.partners, t.partners.c.id == t.audit.c.partner_id
    )
    if args.since:
        query = query.where(t.audit.c.at >= args.since)
    if args.kind:
        query = query.where(t.audit.c.kind == args.kind)
    with store.reading() as conn:
        rows = conn.execute(query.order_by(t.audit.c.id)).all()
    for row in rows:
        who = row.name or row.partner_id or "-"
        where = f" from {row.address}" if row.address else ""
        device = f" device {row.device_id}" if row.device_id else ""
        print(f"{row.at}  {row.kind:10}  {who}{device}{where}: {row.detail}")
    print(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="the central store's folder")
    common.add_argument("--database", help="database URL (default: SQLite in the data dir)")
    parser = argparse.ArgumentParser(prog="sipl-store", description="SIPL's central store.")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--tls-cert", help="serve HTTPS with this certificate (PEM, with chain)")
    serve.add_argument("--tls-key", help="the certificate's private key (PEM)")
    serve.set_defaults(func=_serve)

    add = sub.add_parser("add-partner", parents=[common], help="add an IP, PIP or admin")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=auth.ROLES)
    add.add_argument("--team")
    add.add_argument("--la", action="append", default=[], help="an LA code (repeatable)")
    add.add_argument("--email")
    add.set_defaults(func=_add_partner)

    sub.add_parser(
        "partners", parents=[common], help="list partners and their devices"
    ).set_defaults(func=_partners)

    schools = sub.add_parser(
        "import-schools",
        parents=[common],
        help="import the address list of schools (the desktop's importer)",
    )
    schools.add_argument("file")
    schools.add_argument("--dry-run", action="store_true")
    schools.set_defaults(func=_import_schools)

    allocate = sub.add_parser("allocate", parents=[common], help="allocate a school to a partner")
    allocate.add_argument("school", help="the 7-digit school number")
    allocate.add_argument("partner", help="the partner's id or exact name")
    allocate.add_argument("--year", required=True, help="academic year, e.g. 2025-26")
    allocate.set_defaults(func=_allocate)

    code = sub.add_parser(
        "enrolment-code", parents=[common], help="a one-time code to enrol a partner's laptop"
    )
    code.add_argument("partner", help="the partner's id or exact name")
    code.set_defaults(func=_code)

    revoke = sub.add_parser("revoke-device", parents=[common], help="stop a laptop syncing")
    revoke.add_argument("device")
    revoke.set_defaults(func=_revoke)

    sub.add_parser(
        "migrate", parents=[common], help="bring the database's schema up to this version"
    ).set_defaults(func=_migrate)

    audit = sub.add_parser(
        "audit",
        parents=[common],
        help="list refused changes, wrong enrolment codes, lock-outs and enrolments",
    )
    audit.add_argument("--since", help="from this date or time (UTC, e.g. 2026-01-31)")
    audit.add_argument("--kind", choices=("refused", "wrong_code", "lockout", "enrolled"))
    audit.set_defaults(func=_audit)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (ImportRejected, ValueError, migrations.SchemaBehind, migrations.SchemaNewer) as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
