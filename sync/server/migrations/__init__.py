"""The central store's schema migrations (Alembic), for SQLite and PostgreSQL alike.

:func:`check` tells where a database stands; :func:`upgrade` brings it to the code's
schema. A database that is new gets the whole schema at once and is stamped at the head;
one made before migrations existed (tables but no ``alembic_version``) is stamped at the
baseline first. A database stamped with a revision this code does not know was written
by a newer SIPL: it is refused, never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

BASELINE = "0001"


class SchemaNewer(Exception):
    """The database was migrated by a newer SIPL."""


class SchemaBehind(Exception):
    """The database needs ``sipl-store migrate`` before this SIPL can use it."""


@dataclass(frozen=True)
class Standing:
    current: str | None  # the database's revision (None: not stamped)
    head: str
    has_tables: bool

    @property
    def empty(self) -> bool:
        return self.current is None and not self.has_tables

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head() -> str:
    found = _scripts().get_current_head()
    assert found is not None
    return found


def standing(engine: Engine) -> Standing:
    """Where the database stands, without changing it."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
    return Standing(current, head(), bool(tables))


def check(engine: Engine) -> Standing:
    """Raise SchemaNewer or SchemaBehind unless the database is new or at the head."""
    found = standing(engine)
    if found.current is not None and found.current not in {
        s.revision for s in _scripts().walk_revisions()
    }:
        raise SchemaNewer(
            f"This central store's database was written by a newer SIPL (schema "
            f"{found.current}; this SIPL knows up to {found.head}). Use that version."
        )
    if not found.empty and not found.up_to_date:
        raise SchemaBehind(
            f"This central store's database has schema {found.current or 'from before 0001'}"
            f"; this SIPL needs {found.head}. Back it up, then run: sipl-store migrate"
        )
    return found


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the head; return (from, to). A database from before
    migrations is stamped at the baseline first."""
    found = check_newer(engine)
    with engine.begin() as conn:
        config = _config(conn)
        if found.current is None and found.has_tables:
            command.stamp(config, BASELINE)
        command.upgrade(config, "head")
    return found.current, head()


def check_newer(engine: Engine) -> Standing:
    try:
        return check(engine)
    except SchemaBehind:
        return standing(engine)


def stamp_head(conn: Connection) -> None:
    """Mark a database whose tables were just made from the current metadata."""
    command.stamp(_config(conn), "head")
