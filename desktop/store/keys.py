"""The key that encrypts a profile (its database, backups and evidence files).

Guarantees:
- A profile's key is 256 random bits kept in the operating system's keyring, never in a
  file. Where there is no secure keyring (a headless administrator's machine, CI), the key
  is derived with scrypt from a passphrase — ``SIPL_PASSPHRASE``, or typed at a prompt —
  and a random salt kept in the profile (``key-salt``); the passphrase is never stored.
- A profile remembers which way its key is kept (the salt file says "passphrase") and a
  keyed check value (``key-check``, an HMAC that reveals nothing of the key), so a wrong
  passphrase or a keyring that lost the key is told apart from a damaged file, and is
  reported in plain words before the database is touched.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path

import keyring
from keyring.errors import KeyringError

from desktop.store.errors import StoreError
from desktop.store.paths import ProfilePaths
from sync.credentials import secure_keyring_available

SERVICE = "SIPL profile key"
PASSPHRASE_ENV = "SIPL_PASSPHRASE"
SALT_FILE = "key-salt"
CHECK_FILE = "key-check"
LOCKED_FILE = "locked"  # the key was removed on purpose (revocation): says why
KEY_BYTES = 32
# scrypt at N=2**15, r=8: about 0.1 s and 32 MiB on a school laptop, per start.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": KEY_BYTES}

Prompt = Callable[[str], str | None]


class KeyUnavailable(StoreError):
    """No key to be had: no secure keyring and no passphrase, or (``refused``) the keyring
    would not keep a new key. The profile cannot be opened or made; nothing is written."""

    def __init__(self, *, refused: bool = False) -> None:
        self.refused = refused
        super().__init__(
            "The system's password store (keyring) refused to keep the key that protects "
            "SIPL's data (it may be locked, or SIPL may not be allowed to use it). Unlock it "
            "or ask IT, then start SIPL again."
            if refused
            else "This computer has no secure password store (keyring) to keep the key that "
            "protects SIPL's data. Set the SIPL_PASSPHRASE environment variable to a "
            "passphrase (the same every time), or ask IT to enable the system keyring."
        )


class WrongPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "That passphrase does not open this SIPL profile. Nothing has been changed; "
            "try again with the passphrase used when it was made (SIPL_PASSPHRASE)."
        )


class KeyLost(StoreError):
    """The profile is encrypted but this computer's keyring no longer has its key (a
    reinstalled system, a new keyring, or a key removed when the laptop was revoked)."""

    def __init__(self, root: Path, revoked: bool = False) -> None:
        self.root = root
        self.revoked = revoked
        why = (
            "This laptop's access was revoked, and SIPL removed the key that opened its data."
            if revoked
            else "The key that opens SIPL's data on this computer is missing from the "
            "system's password store (keyring) — after a reinstalled system or a new keyring."
        )
        super().__init__(
            f"{why} The encrypted file is kept aside untouched. Connect to the central store "
            "again with a new enrolment code: everything you synced comes back."
        )


def _user(paths: ProfilePaths) -> str:
    return str(paths.root.resolve())


def _check_value(key: bytes) -> str:
    return hmac.new(key, b"SIPL profile key check", hashlib.sha256).hexdigest()


@functools.lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(passphrase.encode(), salt=salt, **_SCRYPT)  # type: ignore[arg-type]


def _write_private(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def uses_passphrase(paths: ProfilePaths) -> bool:
    return (paths.root / SALT_FILE).exists()


def needs_passphrase(paths: ProfilePaths) -> bool:
    """True where the profile's key comes from a passphrase: it was made so, or this
    computer has no secure keyring."""
    return uses_passphrase(paths) or not secure_keyring_available()


def has_key(paths: ProfilePaths) -> bool:
    """True once the profile has a key (its check value is kept); False for a new one."""
    return (paths.root / CHECK_FILE).exists()


def profile_key(paths: ProfilePaths, *, create: bool, prompt: Prompt | None = None) -> bytes:
    """The profile's key; made (and kept) when ``create`` and the profile has none yet.

    Raises KeyLost, WrongPassphrase or KeyUnavailable (see the module docstring).
    """
    if (paths.root / LOCKED_FILE).exists():
        raise KeyLost(paths.root, revoked=True)
    check_file = paths.root / CHECK_FILE
    known = check_file.read_text().strip() if check_file.exists() else None
    if uses_passphrase(paths) or not secure_keyring_available():
        passphrase = os.environ.get(PASSPHRASE_ENV) or (
            prompt("Passphrase of the SIPL profile: ") if prompt else None
        )
        if not passphrase:
            raise KeyUnavailable
        salt_file = paths.root / SALT_FILE
        if not salt_file.exists():
            if known is not None or not create:
                raise KeyLost(paths.root)
            _write_private(salt_file, secrets.token_bytes(16))
        key = _derive(passphrase, salt_file.read_bytes())
        if known is not None and not hmac.compare_digest(known, _check_value(key)):
            raise WrongPassphrase
    else:
        try:
            stored = keyring.get_password(SERVICE, _user(paths))
        except KeyringError:
            stored = None
        if stored is None:
            if known is not None or not create:
                raise KeyLost(paths.root)
            stored = secrets.token_hex(KEY_BYTES)
            try:
                keyring.set_password(SERVICE, _user(paths), stored)
            except KeyringError as error:
                raise KeyUnavailable(refused=True) from error
        key = bytes.fromhex(stored)
        if known is not None and not hmac.compare_digest(known, _check_value(key)):
            raise KeyLost(paths.root)
    if known is None:
        _write_private(check_file, _check_value(key).encode())
    return key


def forget_key(paths: ProfilePaths, reason: str = "revoked") -> None:
    """Remove the profile's key from the keyring (revocation): from then on the encrypted
    files cannot be read on this computer. The check value stays, so SIPL can say why."""
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _user(paths))
    (paths.root / SALT_FILE).unlink(missing_ok=True)
    _write_private(paths.root / LOCKED_FILE, f"{reason}\n".encode())


def set_aside(paths: ProfilePaths) -> Path:
    """Move a profile that cannot be opened any more (its key is lost or was removed)
    aside whole, untouched, as ``<profile>.locked-<time>``; return where it went. A new,
    empty profile can then be made in its place and filled again from the central store."""
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = paths.root.with_name(f"{paths.root.name}.locked-{stamp}")
    paths.root.rename(target)
    return target
