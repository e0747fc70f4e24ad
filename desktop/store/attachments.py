"""Files attached to evidence (photos of pupils' work, documents), stored by SHA-256.

Guarantees: a file's bytes are stored once per profile whatever its name or how often it
is attached, under ``attachments/<first two hex digits>/<sha256>``; the copy is written to
a temporary name and renamed, so a crash never leaves a truncated file under a real hash.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path

from desktop.store import records
from desktop.store.errors import InvalidValue
from desktop.store.store import Store
from sync import schema as sync_schema

MAX_BYTES = sync_schema.MAX_FILE_BYTES


def blob_path(store: Store, sha256: str) -> Path:
    """Where the bytes with this hash live in the profile."""
    return store.paths.attachments / sha256[:2] / sha256


def attach_file(store: Store, evidence_id: str, source: Path) -> str:
    """Copy ``source`` into the profile and attach it to the evidence; return the id.

    Raises InvalidValue for a missing, empty or too large file.
    """
    if not source.is_file():
        raise InvalidValue(f"{source} is not a file")
    size = source.stat().st_size
    if size == 0:
        raise InvalidValue(f"{source.name} is empty")
    if size > MAX_BYTES:
        raise InvalidValue(f"{source.name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    if media_type not in sync_schema.MEDIA_TYPES:
        raise InvalidValue(
            f"{source.name} is not a kind of file SIPL keeps (photos, PDF, Word, PowerPoint,"
            " Excel or plain text)"
        )
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = blob_path(store, sha)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        with source.open("rb") as src, partial.open("wb") as dst:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        partial.replace(target)
    return records.insert(
        store,
        "attachments",
        {
            "evidence_id": evidence_id,
            "sha256": sha,
            "filename": source.name,
            "media_type": media_type,
            "size": size,
        },
    )
