"""Partners, enrolment codes and device tokens of the central store.

Guarantees: the server stores only SHA-256 hashes of device tokens (256 random bits) and
keyed HMACs of enrolment codes (80 secret bits, keyed with the server's own secret, which
is not in the database); an enrolment code works once and expires; wrong codes are counted
and locked out per client address and per partner, and audited; a revoked or expired token
is refused with its reason.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from uuid6 import uuid7

from sync.server import tables as t
from sync.server.driver_statements import DriverStatement
from sync.server.storage import Audit, CentralStore, Device, Partner, utc_now

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
    """A partner by id or by exact name; ValueError if two partners share the name."""
    rows = conn.execute(
        sa.select(t.partners).where(sa.or_(t.partners.c.id == key, t.partners.c.name == key))
    ).all()
    by_id = [r for r in rows if r.id == key]
    if len(rows) > 1 and not by_id:
        raise ValueError(f"{len(rows)} partners are named {key!r}; give the partner's id")
    row = by_id[0] if by_id else (rows[0] if rows else None)
    return None if row is None else Partner(row.id, row.name, row.role, row.team)


CODE_GROUPS = 5  # XXXX-XXXX-XXXX-XXXX-XXXX: a 4-letter selector, then 80 secret bits
SELECTOR_LENGTH = 4
SECRET_LENGTH = 16  # 16 letters of a 32-letter alphabet: 80 bits

# Wrong codes: FREE_FAILURES in a WINDOW per client address and per partner, then a
# lock-out of LOCKOUT_BASE, doubling with each further lock-out up to LOCKOUT_MAX.
FREE_FAILURES = 5
WINDOW = timedelta(minutes=1)
LOCKOUT_BASE = timedelta(minutes=1)
LOCKOUT_MAX = timedelta(hours=24)
QUIET_RESET = timedelta(hours=24)  # a key left alone this long starts afresh


def _secret_hash(store: CentralStore, secret: str) -> str:
    return hmac.new(store.secret, secret.encode(), hashlib.sha256).hexdigest()


def issue_code(store: CentralStore, partner_id: str) -> str:
    """A one-time enrolment code for a partner's laptop, valid for a week, in groups of
    four that are easy to read aloud (e.g. ``K7QF-2M9X-...``). Only a keyed hash of its
    secret part is stored."""
    expires = (store.now() + timedelta(days=CODE_DAYS)).isoformat()
    secret = "".join(secrets.choice(CODE_ALPHABET) for _ in range(SECRET_LENGTH))
    with store.writing() as conn:
        if find_partner(conn, partner_id) is None:
            raise ValueError(f"no partner {partner_id}")
        while True:
            selector = "".join(secrets.choice(CODE_ALPHABET) for _ in range(SELECTOR_LENGTH))
            taken = conn.execute(
                sa.select(t.enrolments.c.selector).where(t.enrolments.c.selector == selector)
            ).first()
            if taken is None:
                break
        conn.execute(
            t.enrolments.insert().values(
                selector=selector,
                secret_hash=_secret_hash(store, secret),
                partner_id=partner_id,
                expires_at=expires,
            )
        )
    code = selector + secret
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    token: str
    partner: Partner


class LockedOut(AuthError):
    """Too many wrong codes from this address or for this partner; try after
    ``retry_after`` seconds."""

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, (retry_after + 59) // 60)
        super().__init__(
            "locked_out",
            f"Too many wrong enrolment codes. Try again in {minutes} minute"
            f"{'s' if minutes != 1 else ''}.",
        )
        self.retry_after = retry_after


def _when(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _locked_for(conn: Connection, key: str, now: datetime) -> int:
    """Seconds ``key`` is still locked out for (0: not locked)."""
    until = _when(
        conn.execute(sa.select(t.lockouts.c.locked_until).where(t.lockouts.c.key == key)).scalar()
    )
    if until is None or until <= now:
        return 0
    return max(1, int((until - now).total_seconds() + 0.999))


def _count_failure(conn: Connection, key: str, now: datetime, audit: Audit) -> None:
    """Count a wrong code against ``key``; lock it out once it has FREE_FAILURES in a
    WINDOW, for LOCKOUT_BASE doubled by each earlier lock-out (at most LOCKOUT_MAX)."""
    row = conn.execute(sa.select(t.lockouts).where(t.lockouts.c.key == key)).first()
    failures, window, level = 0, now, 0
    if row is not None and now - datetime.fromisoformat(row.last_failure) <= QUIET_RESET:
        failures, level = row.failures, row.level
        window = datetime.fromisoformat(row.window_start)
        if now - window > WINDOW:
            failures, window = 0, now
    failures += 1
    values: dict[str, object] = {"last_failure": now.isoformat()}
    if failures >= FREE_FAILURES:
        span = min(LOCKOUT_BASE * 2**level, LOCKOUT_MAX)
        values["locked_until"] = (now + span).isoformat()
        failures, window, level = 0, now, level + 1
        audit.add("lockout", f"{key} locked out for {int(span.total_seconds())} s")
    values.update(failures=failures, window_start=window.isoformat(), level=level)
    if row is None:
        conn.execute(t.lockouts.insert().values(key=key, **values))
    else:
        conn.execute(t.lockouts.update().where(t.lockouts.c.key == key).values(**values))


def enrol(
    store: CentralStore, code: str, device_name: str, *, address: str | None = None
) -> Enrolment:
    """Exchange an enrolment code for a device token (the code is then spent).

    Wrong codes are counted per client ``address`` and per partner (when the code's
    selector names one); past FREE_FAILURES a minute the address or partner is locked out
    (:class:`LockedOut`, even for a right code) for a time that doubles each time. Every
    wrong code and lock-out goes to the audit log, which survives the refusal.
    """
    audit = Audit(address=address)
    try:
        with store.writing() as conn:
            outcome = _enrol(store, conn, code, device_name, address, audit)
    finally:
        store.record_audit(audit)
    if isinstance(outcome, AuthError):
        raise outcome
    return outcome


def _enrol(
    store: CentralStore,
    conn: Connection,
    code: str,
    device_name: str,
    address: str | None,
    audit: Audit,
) -> Enrolment | AuthError:
    """The enrolment itself, in one write transaction that commits either way (so the
    counting of wrong codes is never rolled back): returns the refusal, never raises it."""
    now = store.now()
    normal = _normal_code(code)
    selector, secret = normal[:SELECTOR_LENGTH], normal[SELECTOR_LENGTH:]
    row = conn.execute(sa.select(t.enrolments).where(t.enrolments.c.selector == selector)).first()
    keys = [f"address:{address or 'unknown'}"]
    if row is not None:
        keys.append(f"partner:{row.partner_id}")
    wait = max(_locked_for(conn, key, now) for key in keys)
    if wait:
        return LockedOut(wait)
    partner_id = row.partner_id if row is not None else None
    refusal: AuthError | None = None
    if (
        row is None
        or len(secret) != SECRET_LENGTH
        or not hmac.compare_digest(row.secret_hash, _secret_hash(store, secret))
    ):
        refusal = AuthError("unknown_code", "This enrolment code is not known.")
    elif row.used_at is not None:
        refusal = AuthError("code_used", "This enrolment code has already been used.")
    elif datetime.fromisoformat(row.expires_at) < now:
        refusal = AuthError("code_expired", "This enrolment code has expired.")
    if refusal is not None:
        audit.add("wrong_code", f"{refusal.reason} (selector {selector[:4]!r})", partner=partner_id)
        for key in keys:
            _count_failure(conn, key, now, audit)
        return refusal
    assert row is not None
    conn.execute(
        t.enrolments.update()
        .where(t.enrolments.c.selector == row.selector)
        .values(used_at=now.isoformat())
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
    audit.add("enrolled", f"device {device_id} enrolled", partner=partner.id)
    return Enrolment(device_id, token, partner)


# The device and its partner in one statement: it runs on every request.
_DEVICE_BY_TOKEN = DriverStatement(
    sa.select(
        t.devices.c.id,
        t.devices.c.revoked_at,
        t.devices.c.expires_at,
        t.devices.c.last_sync_at,
        t.partners.c.id.label("partner_id"),
        t.partners.c.name,
        t.partners.c.role,
        t.partners.c.team,
    )
    .join(t.partners, t.partners.c.id == t.devices.c.partner_id)
    .where(t.devices.c.token_hash == sa.bindparam("k_hash"))
)


def authenticate(store: CentralStore, token: str | None) -> Device:
    """The device a bearer token belongs to; AuthError with the reason otherwise."""
    if not token:
        raise AuthError("missing_token", "This request needs a device token.")
    with store.reading_one() as conn:
        row = _DEVICE_BY_TOKEN.first(conn, {"k_hash": _hash(token)})
    if row is None:
        raise AuthError("unknown_token", "This device token is not known to the server.")
    device_id, revoked_at, expires_at, last_sync_at, partner_id, name, role, team = row
    if revoked_at is not None:
        raise AuthError("token_revoked", "This device's access has been revoked.")
    if expires_at and datetime.fromisoformat(expires_at) < store.now():
        raise AuthError("token_expired", "This device's token has expired; enrol again.")
    partner = Partner(partner_id, name, role, team)
    return Device(device_id, partner, None if last_sync_at is None else str(last_sync_at))


def revoke_device(store: CentralStore, device_id: str) -> None:
    with store.writing() as conn:
        done = conn.execute(
            t.devices.update().where(t.devices.c.id == device_id).values(revoked_at=utc_now())
        ).rowcount
    if not done:
        raise ValueError(f"no device {device_id}")
