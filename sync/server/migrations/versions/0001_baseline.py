"""Baseline: the central store's schema as it stood before migrations (issue 11).

A frozen copy of the tables of that time; later revisions change them step by step.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

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

enrolment_codes = sa.Table(
    "enrolment_codes",
    metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("partner_id", sa.String(64), sa.ForeignKey("partners.id"), nullable=False),
    sa.Column("expires_at", sa.Text, nullable=False),
    sa.Column("used_at", sa.Text),
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

refusals = sa.Table(
    "refusals",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("device_id", sa.String(64)),
    sa.Column("partner_id", sa.String(64)),
    sa.Column("reason", sa.Text, nullable=False),
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


def upgrade() -> None:
    metadata.create_all(op.get_bind())


def downgrade() -> None:
    metadata.drop_all(op.get_bind())
