"""The laptop's sync status and where its enrolment is kept, without the HTTP client.

Read at start-up (the status bar) and by retention, so it must stay cheap to import: no
httpx here (that loads with :mod:`sync.session` on the first sync).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store import sync_state
from desktop.store.store import Store

SERVER_SETTING = "sync.server"
DEVICE_SETTING = "sync.device"


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server: str | None
    unsent: int
    last_success: str | None
    needs_attention: int
    open_conflicts: int
    files_waiting: int = 0


def status(store: Store) -> SyncStatus:
    """What the status bar shows: unsent changes, last success, what needs attention."""
    server = store.setting(SERVER_SETTING)
    return SyncStatus(
        enrolled=bool(server and store.setting(DEVICE_SETTING)),
        server=server,
        unsent=sync_state.unsent_count(store),
        last_success=store.setting(sync_state.LAST_SYNC_SETTING),
        needs_attention=len(sync_state.rejected_ops(store)),
        open_conflicts=len(sync_state.open_conflicts(store)),
        files_waiting=len(sync_state.files_to_download(store)) if server else 0,
    )
