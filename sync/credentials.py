"""The device token, kept only in the operating system's keyring.

Guarantee: a token is never written to a plain file. When the machine has no secure
keyring (none at all, or only a plain-text/base64 file backend), :func:`save_token` raises
:class:`NoSecureKeyring` and nothing is stored.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

SERVICE = "SIPL central store"

_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class NoSecureKeyring(Exception):
    """There is nowhere safe to keep the token on this machine."""

    def __init__(self) -> None:
        super().__init__(
            "This computer has no secure password store (keyring), so SIPL cannot keep its "
            "sign-in to the central store. Ask IT to enable the system keyring; SIPL will not "
            "store the token in a plain file."
        )


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner else [backend]


def secure_keyring_available() -> bool:
    """True when the active keyring is a real, secure one."""
    found = _backends(keyring.get_keyring())
    return bool(found) and all(not type(b).__module__.startswith(_INSECURE_MODULES) for b in found)


def _user(server_url: str, device_id: str) -> str:
    return f"{server_url.rstrip('/')}#{device_id}"


def save_token(server_url: str, device_id: str, token: str) -> None:
    if not secure_keyring_available():
        raise NoSecureKeyring
    try:
        keyring.set_password(SERVICE, _user(server_url, device_id), token)
    except KeyringError as error:
        raise NoSecureKeyring from error


def load_token(server_url: str, device_id: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _user(server_url, device_id))
    except KeyringError:
        return None


def forget_token(server_url: str, device_id: str) -> None:
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _user(server_url, device_id))
