"""What the PIP's desk says of itself: the profile partner's role and team, and when this
laptop last synced. Its own module, light to import: the main window asks it at start-up
(to offer the Team menu to a PIP), long before any of :mod:`desktop.store.team` is needed."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store import people, sync_state
from desktop.store.store import Store


@dataclass(frozen=True)
class DeskFacts:
    """The profile partner's role and team, and when this laptop last synced."""

    role: str | None
    team: str | None
    last_sync: str | None


def desk_facts(store: Store) -> DeskFacts:
    """What the PIP's desk says of itself, and whether to offer it (by role)."""
    me = people.me(store)
    row = (
        store.conn.execute("SELECT role, team FROM people WHERE id = ?", [me]).fetchone()
        if me
        else None
    )
    last = store.setting(sync_state.LAST_SYNC_SETTING)
    return DeskFacts(row[0], row[1], last) if row else DeskFacts(None, None, last)
