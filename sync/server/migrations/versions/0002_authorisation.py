"""Sync authorisation (issue 10): enrolment codes with a selector and a keyed hash, lock-outs
of wrong codes, and an audit log that replaces ``refusals``.

Codes issued before this revision were stored as plain SHA-256 and cannot be carried over:
they stop working (an administrator issues new ones). Refusals move to the audit log.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "enrolments",
        sa.Column("selector", sa.String(8), primary_key=True),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("partner_id", sa.String(64), sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("expires_at", sa.Text, nullable=False),
        sa.Column("used_at", sa.Text),
    )
    op.create_table(
        "lockouts",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("window_start", sa.Text, nullable=False),
        sa.Column("locked_until", sa.Text),
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("last_failure", sa.Text, nullable=False),
    )
    audit = op.create_table(
        "audit",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("device_id", sa.String(64)),
        sa.Column("partner_id", sa.String(64)),
        sa.Column("address", sa.String(64)),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("audit_at", "audit", ["at"])
    assert audit is not None
    refusals = sa.table(
        "refusals",
        sa.column("id"),
        sa.column("at"),
        sa.column("device_id"),
        sa.column("partner_id"),
        sa.column("reason"),
    )
    bind = op.get_bind()
    moved = [
        {
            "at": r.at,
            "kind": "refused",
            "device_id": r.device_id,
            "partner_id": r.partner_id,
            "address": None,
            "detail": r.reason,
        }
        for r in bind.execute(sa.select(refusals).order_by(refusals.c.id))
    ]
    if moved:
        bind.execute(audit.insert(), moved)
    op.drop_table("refusals")
    op.drop_table("enrolment_codes")


def downgrade() -> None:
    op.create_table(
        "enrolment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("partner_id", sa.String(64), sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("expires_at", sa.Text, nullable=False),
        sa.Column("used_at", sa.Text),
    )
    op.create_table(
        "refusals",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("device_id", sa.String(64)),
        sa.Column("partner_id", sa.String(64)),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.drop_table("audit")
    op.drop_table("lockouts")
    op.drop_table("enrolments")
