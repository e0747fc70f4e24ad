"""The central store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Every synced value lives in ``fields`` (its current value and revision); every value ever
received lives in ``history``, whose ``seq`` is the only clock: a field's revision is the
``seq`` of the history entry that set it.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

partners = sa.Table(
    "partners",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("role", sa.String(8), nullable=False),
    sa.Column("team", sa.Text),
    sa.Column("las", sa.Text, nullable=False, server_default="[]"),
    sa.Column("created_at", sa.Text, nullable=False),
)

enrolments = sa.Table(
    "enrolments",
    metadata,
    # A code is a public selector (which code) and a secret; only an HMAC of the secret,
    # keyed with the server's own secret (kept outside the database), is stored.
    sa.Column("selector", sa.String(8), primary_key=True),
    sa.Column("secret_hash", sa.String(64), nullable=False),
    sa.Column("partner_id", sa.String(64), sa.ForeignKey("partners.id"), nullable=False),
    sa.Column("expires_at", sa.Text, nullable=False),
    sa.Column("used_at", sa.Text),
)

lockouts = sa.Table(
    "lockouts",
    metadata,
    # Wrong enrolment codes counted per client address ("address:...") and per partner
    # ("partner:..."): a few a minute, then a lock-out that doubles each time.
    sa.Column("key", sa.String(120), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("window_start", sa.Text, nullable=False),
    sa.Column("locked_until", sa.Text),
    sa.Column("level", sa.Integer, nullable=False),
    sa.Column("last_failure", sa.Text, nullable=False),
)

devices = sa.Table(
    "devices",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("partner_id", sa.String(64), sa.ForeignKey("partners.id"), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("expires_at", sa.Text),
    sa.Column("revoked_at", sa.Text),
    sa.Column("last_sync_at", sa.Text),
)

history = sa.Table(
    "history",
    metadata,
    sa.Column("seq", BigId, primary_key=True, autoincrement=True),
    sa.Column("tbl", sa.String(40), nullable=False),
    sa.Column("row_id", sa.String(64), nullable=False),
    sa.Column("field", sa.String(40), nullable=False),
    sa.Column("value", sa.Text),
    sa.Column("kind", sa.String(12), nullable=False),  # set | merged | proposed | resolved
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("partner_id", sa.String(64)),
    sa.Column("op_id", sa.String(64)),
    sa.Column("at", sa.Text, nullable=False),
    sa.Index("history_field", "tbl", "row_id", "field", "seq"),
)

fields = sa.Table(
    "fields",
    metadata,
    sa.Column("tbl", sa.String(40), primary_key=True),
    sa.Column("row_id", sa.String(64), primary_key=True),
    sa.Column("field", sa.String(40), primary_key=True),
    sa.Column("value", sa.Text),
    sa.Column("rev", sa.BigInteger, nullable=False),
    sa.Column("school_id", sa.String(64)),
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Index("fields_rev", "rev"),
    sa.Index("fields_school_rev", "school_id", "rev"),
)

rows = sa.Table(
    "rows",
    metadata,
    sa.Column("tbl", sa.String(40), primary_key=True),
    sa.Column("row_id", sa.String(64), primary_key=True),
    sa.Column("school_id", sa.String(64)),
    sa.Column("deleted_rev", sa.BigInteger),
)

applied_ops = sa.Table(
    "applied_ops",
    metadata,
    sa.Column("device_id", sa.String(64), primary_key=True),
    sa.Column("op_id", sa.String(64), primary_key=True),
    sa.Column("result", sa.Text, nullable=False),
)

scope_versions = sa.Table(
    "scope_versions",
    metadata,
    sa.Column("device_id", sa.String(64), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("schools", sa.Text, nullable=False),
)

audit = sa.Table(
    "audit",
    metadata,
    # Written in its own transaction, so a refusal is kept when the request is rolled back.
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("kind", sa.String(24), nullable=False),  # refused | wrong_code | lockout | ...
    sa.Column("device_id", sa.String(64)),
    sa.Column("partner_id", sa.String(64)),
    sa.Column("address", sa.String(64)),
    sa.Column("detail", sa.Text, nullable=False),
    sa.Index("audit_at", "at"),
)

files = sa.Table(
    "files",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("received", sa.BigInteger, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False),
    sa.Column("device_id", sa.String(64), nullable=False),
)


def live_rows_where(tbl: str, field: str, matches: sa.ColumnElement[bool]) -> sa.Select[str]:
    """Ids of the live (not deleted) rows of ``tbl`` whose ``field`` value (stored JSON
    text) satisfies ``matches``, a condition on ``fields.c.value``."""
    return (
        sa.select(fields.c.row_id)
        .join(rows, sa.and_(rows.c.tbl == fields.c.tbl, rows.c.row_id == fields.c.row_id))
        .where(fields.c.tbl == tbl, fields.c.field == field, matches, rows.c.deleted_rev.is_(None))
    )
