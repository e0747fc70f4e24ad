"""What the central store's logic passes around: partners and devices, ops, cursors, the
audit entries a request collects, and the one error a malformed request raises."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SERVER_DEVICE = "server"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class BadRequest(Exception):
    """The request as a whole is malformed; nothing was changed."""


class BadCursor(BadRequest):
    """The request's cursor is not one this server issued to its device."""


@dataclass(frozen=True)
class Partner:
    id: str
    name: str
    role: str
    team: str | None


@dataclass(frozen=True)
class Device:
    id: str
    partner: Partner
    last_sync_at: str | None = None  # as stored when the device was authenticated


@dataclass(frozen=True)
class Op:
    op_id: str
    table: str
    row_id: str
    field: str
    value: Any
    base_rev: int
    resolves: str | None = None


_CURSOR = re.compile(
    r"([0-9]{1,18})\.([0-9]{1,18})(?:\.([^.\x00]*)\.([0-9]{1,18}))?(?:~([0-9]{1,18}))?"
)


@dataclass(frozen=True)
class Cursor:
    """Where a device is: all in-scope changes up to ``seq`` are known to it; ``version``
    names the set of schools it has received whole; ``backfill`` is (school, after rev)
    while a newly allocated school's history is being sent; ``until`` (0: none) is the
    high-water mark a pull in pages is pinned to, so it ends even while others push."""

    seq: int = 0
    version: int = 0
    backfill: tuple[str, int] | None = None
    until: int = 0

    def encode(self) -> str:
        text = f"{self.seq}.{self.version}"
        if self.backfill:
            text += f".{self.backfill[0]}.{self.backfill[1]}"
        if self.until:
            text += f"~{self.until}"
        return text

    @classmethod
    def decode(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        # Numbers in ASCII digits, at most 18 of them: inside both back ends' bigint.
        found = _CURSOR.fullmatch(text)
        if found is not None and "\x00" not in text:
            seq, version, school, after, until = found.groups()
            backfill = (school, int(after)) if after is not None else None
            cursor = cls(int(seq), int(version), backfill, int(until or 0))
            if not cursor.until or cursor.seq <= cursor.until:
                return cursor
        raise BadRequest(f"cursor {text[:40]!r} is not one this server issued")


@dataclass
class PullPage:
    changes: list[dict[str, Any]]
    cursor: Cursor
    has_more: bool


@dataclass
class Audit:
    """What one request found worth recording (refused ops, wrong codes, lock-outs),
    collected while its transaction runs and written by
    :meth:`CentralStore.record_audit` after it, whether it committed or not."""

    address: str | None = None
    entries: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self, kind: str, detail: str, *, device: Device | None = None, partner: str | None = None
    ) -> None:
        self.entries.append(
            {
                "at": utc_now(),
                "kind": kind,
                "device_id": device.id if device else None,
                "partner_id": device.partner.id if device else partner,
                "address": (self.address or "")[:64] or None,
                "detail": detail,
            }
        )

    def refused(self, device: Device, detail: str) -> None:
        self.add("refused", detail, device=device)
