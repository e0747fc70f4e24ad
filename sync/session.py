"""Everything the desktop app needs to sync, without Qt: enrol, connect, status (the
last from :mod:`sync.status`, which start-up reads without loading httpx).

The server address and device id are kept in the profile's settings (not secret); the
token only in the keyring (``sync.credentials``).
"""

from __future__ import annotations

import httpx

from desktop.store import people, sync_state
from desktop.store.store import Store
from sync import client, credentials
from sync.status import DEVICE_SETTING, SERVER_SETTING, SyncStatus, status

__all__ = [
    "DEVICE_SETTING",
    "SERVER_SETTING",
    "NotEnrolled",
    "SyncStatus",
    "connect",
    "enrol_laptop",
    "http_client",
    "status",
]

TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class NotEnrolled(Exception):
    def __init__(self) -> None:
        super().__init__(
            "This laptop is not connected to a central store yet: enter the server address "
            "and your enrolment code."
        )


def http_client(server_url: str) -> httpx.Client:
    """An HTTP client for the central store at ``server_url``: https:// (verified against
    the system's certificate authorities), or http:// to this computer only."""
    client.check_server_url(server_url)
    return httpx.Client(base_url=server_url.rstrip("/"), timeout=TIMEOUT)


def enrol_laptop(
    store: Store,
    server_url: str,
    code: str,
    device_name: str,
    http: httpx.Client | None = None,
) -> client.Enrolled:
    """Enrol with a one-time code; keep the token in the keyring, the rest in settings.

    Raises NoSecureKeyring before contacting the server if the token could not be kept
    safely, so a code is never spent for nothing; SyncError if the server refuses.
    """
    if not credentials.secure_keyring_available():
        raise credentials.NoSecureKeyring
    own = http is None
    http = http or http_client(server_url)
    try:
        enrolled = client.enrol(http, code.strip(), device_name)
    finally:
        if own:
            http.close()
    credentials.save_token(server_url, enrolled.device_id, enrolled.token)
    store.set_setting(SERVER_SETTING, server_url.rstrip("/"))
    store.set_setting(DEVICE_SETTING, enrolled.device_id)
    # A new device starts from the beginning: a cursor belongs to the device it was
    # issued to, and what this profile synced as another device must come back to it.
    sync_state.start_again(store, f"enrolled as device {enrolled.device_id}")
    people.set_me(store, enrolled.partner_id)
    return enrolled


def connect(store: Store, http: httpx.Client | None = None) -> client.SyncClient:
    """A sync client for an enrolled laptop; NotEnrolled if it is not (or lost its token)."""
    server = store.setting(SERVER_SETTING)
    device = store.setting(DEVICE_SETTING)
    token = credentials.load_token(server, device) if server and device else None
    if not (server and device and token):
        raise NotEnrolled
    if http is not None:
        return client.SyncClient(store, http, device, token)
    return client.SyncClient(store, http_client(server), device, token, owns_http=True)
