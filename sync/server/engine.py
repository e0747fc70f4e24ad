"""The central store's database engine and its files on disk, all private to their owner:
the folder (0700), ``central.db`` (0600, and so its -wal and -shm), the server's secret."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from psycopg.types.array import ListBinaryDumper
from sqlalchemy.engine import Engine

SECRET_FILE = "server-secret"


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if it is missing, readable by its owner only (SQLite gives
    its -wal and -shm files the same permissions as the database)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
    return path


def engine_for(database_url: str | None, data_dir: Path) -> Engine:
    """The engine of the store at ``database_url`` (None: ``central.db`` in ``data_dir``)."""
    private_dir(data_dir)
    if database_url is None:
        database_url = f"sqlite:///{private_file(data_dir / 'central.db')}"
    if database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url[len("postgresql://") :]
    # As many connections as the server has threads for requests (anyio's 40), so a
    # request never waits for another's connection.
    engine = sa.create_engine(database_url, future=True, pool_size=20, max_overflow=20)
    if engine.dialect.name == "postgresql":
        sa.event.listen(engine, "connect", postgres_binary_arrays)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", sqlite_pragmas)
        sa.event.listen(engine, "begin", sqlite_begin)
    return engine


def server_secret(data_dir: Path) -> bytes:
    """The server's own secret (32 random bytes), in ``data_dir``, made on first use and
    readable by its owner only. It is never in the database, so a copy of the database
    alone cannot be used to recover enrolment codes."""
    path = data_dir / SECRET_FILE
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    secret = path.read_bytes()
    if len(secret) < 32:
        raise ValueError(f"{path} is damaged: it should hold 32 random bytes")
    return secret


def postgres_binary_arrays(conn: Any, _record: Any) -> None:
    """Lists (the keys and rows a push sends as arrays) go to PostgreSQL in the binary
    format: the text format quotes and escapes each element in Python, two regular
    expressions per element (measured: 4% of the server's CPU for a visit's first push)."""
    conn.adapters.register_dumper(list, ListBinaryDumper)


def sqlite_pragmas(conn: Any, _record: Any) -> None:
    """WAL (readers never wait for the writer), and transactions SQLAlchemy begins itself
    (:func:`sqlite_begin`) rather than the driver's own, which would begin only at the
    first write and so give a reader no snapshot."""
    conn.isolation_level = None
    cursor = conn.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def sqlite_begin(conn: Any) -> None:
    """Begin a transaction: ``BEGIN`` (a reader's snapshot, taken at its first read), or
    what the connection's ``sqlite_begin`` execution option says (writers: ``BEGIN
    IMMEDIATE``, which takes the write lock at once rather than fail half-way)."""
    conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))
