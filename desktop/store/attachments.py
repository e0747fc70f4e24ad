"""Files attached to evidence (photos of pupils' work, documents), stored by SHA-256.

Guarantees: a file's bytes are stored once per profile whatever its name or how often it
is attached; the copy is written to a temporary name and renamed, so a crash never leaves
a truncated file under a real name. In an encrypted profile (every profile but a bench's
plain one) each file is encrypted with AES-256-GCM under a key derived from the profile's
key, bound to its hash, and named by a keyed hash of its hash: neither its bytes nor its
name tell anything about the content. Files are readable by their owner only.
"""

from __future__ import annotations

import hashlib
import hmac
import mimetypes
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from desktop.store import records
from desktop.store.errors import InvalidValue
from desktop.store.store import Store
from sync import schema as sync_schema

MAX_BYTES = sync_schema.MAX_FILE_BYTES


@dataclass(frozen=True)
class Blob:
    """The stored copy of one file: where it lies and how to read it back. Frozen and
    Qt-free, so it may cross to a worker thread (thumbnails, printing) and be read there."""

    path: Path
    sha256: str
    key: bytes | None  # the files' key; None in a plain profile

    def read(self) -> bytes | None:
        """The file's bytes, checked against its hash; None if missing or not intact."""
        try:
            stored = self.path.read_bytes()
        except OSError:
            return None
        if self.key is None:
            data = stored
        else:
            from cryptography.exceptions import InvalidTag  # loaded with the first file
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            try:
                data = AESGCM(self.key).decrypt(stored[:12], stored[12:], self.sha256.encode())
            except (InvalidTag, ValueError):
                return None
        return data if hashlib.sha256(data).hexdigest() == self.sha256 else None


def _files_key(store: Store) -> bytes | None:
    if store.key is None:
        return None
    return hmac.new(store.key, b"SIPL evidence files", hashlib.sha256).digest()


def blob(store: Store, sha256: str) -> Blob:
    """The stored copy of the file with this hash (which may not be there yet)."""
    key = _files_key(store)
    name = sha256 if key is None else hmac.new(key, sha256.encode(), hashlib.sha256).hexdigest()
    return Blob(store.paths.attachments / name[:2] / name, sha256, key)


def blob_path(store: Store, sha256: str) -> Path:
    """Where the (encrypted) bytes with this hash live in the profile."""
    return blob(store, sha256).path


def has_blob(store: Store, sha256: str) -> bool:
    return blob_path(store, sha256).exists()


def read_blob(store: Store, sha256: str) -> bytes | None:
    """The bytes of the file with this hash; None if missing or not intact."""
    return blob(store, sha256).read()


def write_blob(store: Store, sha256: str, data: bytes) -> Path:
    """Keep ``data`` (whose SHA-256 is ``sha256``) in the profile, encrypted; atomic and
    private (0600). ValueError if the bytes do not match the hash."""
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError("the bytes do not match their hash")
    target = blob(store, sha256)
    if target.path.exists():
        return target.path
    target.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if target.key is not None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # on first use

        nonce = secrets.token_bytes(12)
        data = nonce + AESGCM(target.key).encrypt(nonce, data, sha256.encode())
    partial = target.path.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target.path)
    return target.path


def attach_file(store: Store, evidence_id: str, source: Path) -> str:
    """Copy ``source`` into the profile and attach it to the evidence; return the id.

    Raises InvalidValue for a missing, empty or too large file.
    """
    if not source.is_file():
        raise InvalidValue(f"{source} is not a file", "file_missing", name=source.name)
    size = source.stat().st_size
    if size == 0:
        raise InvalidValue(f"{source.name} is empty", "file_empty", name=source.name)
    if size > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        raise InvalidValue(
            f"{source.name} is larger than {limit} MB", "file_too_large", name=source.name, mb=limit
        )
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    if media_type not in sync_schema.MEDIA_TYPES:
        raise InvalidValue(
            f"{source.name} is not a kind of file SIPL keeps (photos, PDF, Word, PowerPoint,"
            " Excel or plain text)",
            "file_kind",
            name=source.name,
        )
    data = source.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    write_blob(store, sha, data)
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
