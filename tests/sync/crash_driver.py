"""A laptop that dies: run by ``test_crash.py`` as ``python -m tests.sync.crash_driver SPEC``.

It opens a real laptop store, makes the partner's edits given in SPEC (JSON), then syncs
against the real server whose URL and device token SPEC gives, and kills itself with
SIGKILL (no clean-up, no atexit, no SQLite close) at the crash point SPEC names:

- ``after_edit``: the edits are committed, the sync has not started;
- ``after_take``: ``take_outgoing`` has marked the ops inflight, nothing was sent;
- ``before_apply``: the server has committed and replied; the reply was not applied;
- ``inside_apply``: the reply's op results and pulled changes are written inside the
  apply transaction, which never commits;
- ``between_pages``: the first page was applied and committed; the second request never
  leaves the laptop.

If the crash point is never reached the driver exits with status 3.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from datetime import date
from pathlib import Path
from typing import Any

import httpx

from desktop.store import priorities, sync_state, visits
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from sync.client import SyncClient


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def arm(point: str) -> None:
    """Patch the store's sync steps so the process dies at ``point``."""
    take, apply_reply = sync_state.take_outgoing, sync_state.apply_reply
    apply_result, apply_changes = sync_state._Results.apply, sync_state.apply_changes
    calls = {"take": 0, "result": 0}

    def take_then_die(store: Store, limit: int = 1000) -> list[Any]:
        calls["take"] += 1
        if point == "between_pages" and calls["take"] == 2:
            die()
        ops = take(store, limit)
        if point == "after_take":
            die()
        return ops

    def die_before_apply(store: Store, sent: list[Any], reply: dict[str, Any]) -> Any:
        if point == "before_apply":
            die()
        return apply_reply(store, sent, reply)

    def result_then_maybe_die(answers: Any, result: dict[str, Any], sent: Any) -> str:
        calls["result"] += 1
        return apply_result(answers, result, sent)

    def changes_then_die(store: Store, changes: Any) -> int:
        count = apply_changes(store, changes)
        if point == "inside_apply" and calls["result"]:
            die()
        return count

    sync_state.take_outgoing = take_then_die  # type: ignore[assignment]
    sync_state.apply_reply = die_before_apply  # type: ignore[assignment]
    sync_state._Results.apply = result_then_maybe_die  # type: ignore[method-assign]
    sync_state.apply_changes = changes_then_die  # type: ignore[assignment]


def edit(store: Store, spec: dict[str, Any]) -> None:
    for question, text in spec["answers"].items():
        visits.set_answer(store, spec["visit"], spec["aspect"], int(question), text)
    visits.record_evidence(store, spec["visit"], spec["aspect"], "work_scrutiny", spec["evidence"])
    priorities.judge_priority(
        store,
        spec["priority"],
        "autumn",
        track="on_track",
        rate=spec["rate"],
        rationale=spec["rationale"],
        judged_on=date(2025, 11, 20),
    )


def main(spec: dict[str, Any]) -> int:
    store = Store.open(profile_paths(Path(spec["root"]), spec["profile"]), backup_at_start=False)
    edit(store, spec)
    if spec["point"] == "after_edit":
        die()
    arm(spec["point"])
    http = httpx.Client(base_url=spec["url"], timeout=10)
    client = SyncClient(
        store,
        http,
        spec["device_id"],
        spec["token"],
        page_size=spec["page_size"],
        max_ops=spec["max_ops"],
        sleep=lambda _s: None,
    )
    client.sync()
    return 3  # the crash point was never reached


if __name__ == "__main__":
    sys.exit(main(json.loads(sys.argv[1])))
