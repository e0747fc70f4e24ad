"""Partners, enrolment codes and device tokens of the central store.

Guarantees: the server stores only SHA-256 hashes of tokens and codes; an enrolment code
works once and expires; a revoked or expired token is refused with its reason.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from uuid6 import uuid7

from sync.server import tables as t
from sync.server.storage import CentralStore, Device, Partner, utc_now

ROLES = ("ip", "pip", "admin")
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
CODE_DAYS = 7
TOKEN_DAYS = 365


class AuthError(Exception):
    """A token or code was refused. ``reason`` is a stable key; the message is for people."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _normal_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def add_partner(
    store: CentralStore,
    name: str,
    role: str,
    *,
    team: str | None = None,
    las: list[str] | None = None,
    email: str | None = None,
) -> str:
    """Add a partner and their synced ``people`` record (same id); return the id."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    partner_id = str(uuid7())
    with store.writing() as conn:
        conn.execute(
            t.partners.insert().values(
                id=partner_id,
                name=name,
                role=role,
                team=team,
                las=json.dumps(las or []),
                created_at=utc_now(),
            )
        )
        store.write_row(
            conn,
            "people",
            {"name": name, "role": role, "email": email, "team": team},
            row_id=partner_id,
        )
    return partner_id


def find_partner(conn: Connection, key: str) -> Partner | None:
    """A partner by id or by exact name."""
    row = conn.execute(
        sa.select(t.partners).where(sa.or_(t.partners.c.id == key, t.partners.c.name == key))
    ).first()
    return None if row is None else Partner(row.id, row.name, row.role, row.team)


def issue_code(store: CentralStore, partner_id: str) -> str:
    """A one-time enrolment code for a partner's laptop, valid for a week."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    expires = (datetime.now(UTC) + timedelta(days=CODE_DAYS)).isoformat()
    with store.writing() as conn:
        if find_partner(conn, partner_id) is None:
            raise ValueError(f"no partner {partner_id}")
        conn.execute(
            t.enrolment_codes.insert().values(
                code_hash=_hash(code), partner_id=partner_id, expires_at=expires
            )
        )
    return f"{code[:4]}-{code[4:]}"


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    token: str
    partner: Partner


def enrol(store: CentralStore, code: str, device_name: str) -> Enrolment:
    """Exchange an enrolment code for a device token (the code is then spent)."""
    now = datetime.now(UTC)
    with store.writing() as conn:
        row = conn.execute(
            sa.select(t.enrolment_codes).where(
                t.enrolment_codes.c.code_hash == _hash(_normal_code(code))
            )
        ).first()
        if row is None:
            store.refuse(conn, None, "unknown enrolment code")
            raise AuthError("unknown_code", "This enrolment code is not known.")
        if row.used_at is not None:
            raise AuthError("code_used", "This enrolment code has already been used.")
        if datetime.fromisoformat(row.expires_at) < now:
            raise AuthError("code_expired", "This enrolment code has expired.")
        conn.execute(
            t.enrolment_codes.update()
            .where(t.enrolment_codes.c.code_hash == row.code_hash)
            .values(used_at=utc_now())
        )
        token = secrets.token_urlsafe(32)
        device_id = str(uuid7())
        conn.execute(
            t.devices.insert().values(
                id=device_id,
                partner_id=row.partner_id,
                name=device_name[:100] or "laptop",
                token_hash=_hash(token),
                created_at=utc_now(),
                expires_at=(now + timedelta(days=TOKEN_DAYS)).isoformat(),
            )
        )
        partner = find_partner(conn, row.partner_id)
        assert partner is not None
    return Enrolment(device_id, token, partner)


def authenticate(store: CentralStore, token: str | None) -> Device:
    """The device a bearer token belongs to; AuthError with the reason otherwise."""
    if not token:
        raise AuthError("missing_token", "This request needs a device token.")
    with store.reading() as conn:
        row = conn.execute(
            sa.select(t.devices).where(t.devices.c.token_hash == _hash(token))
        ).first()
        if row is None:
            raise AuthError("unknown_token", "This device token is not known to the server.")
        if row.revoked_at is not None:
            raise AuthError("token_revoked", "This device's access has been revoked.")
        if row.expires_at and datetime.fromisoformat(row.expires_at) < datetime.now(UTC):
            raise AuthError("token_expired", "This device's token has expired; enrol again.")
        partner = find_partner(conn, row.partner_id)
    assert partner is not None
    return Device(row.id, partner)


def revoke_device(store: CentralStore, device_id: str) -> None:
    with store.writing() as conn:
        done = conn.execute(
            t.devices.update().where(t.devices.c.id == device_id).values(revoked_at=utc_now())
        ).rowcount
    if not done:
        raise ValueError(f"no device {device_id}")
