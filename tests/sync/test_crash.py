"""A laptop killed with SIGKILL between any two steps of a sync (issue 4).

``crash_driver.py`` runs as a separate Python process against the real server served by
this test: it opens the laptop's real store file, makes the partner's edits, syncs, and
kills itself at the chosen point (see its docstring). This test then reopens the same
file, checks nothing was lost and the cursor did not move back, syncs to completion and
proves that every edit reached the server exactly once and the laptop equals the server.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.store import priorities, schools, sync_state, visits
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from sync import client as sync_client
from sync import session
from sync.server import auth
from tests.sync.conftest import YEAR
from tests.sync.helpers import (
    assert_same_as_server,
    check_sent_ops_on_server,
    cursor_of,
    cursor_order,
    history_values,
    outbox,
    server_field,
    server_rows,
)
from tests.sync.test_faults import MIDDLE, duplicated_history

ROOT = Path(__file__).resolve().parents[2]
POINTS = ("after_edit", "after_take", "before_apply", "inside_apply", "between_pages")


def answer_of(store: Store, visit: str, question: int) -> str:
    [found] = [a.answer for a in visits.answers_of(store, visit) if a.question == question]
    return found


@pytest.mark.parametrize("point", POINTS)
def test_a_laptop_killed_mid_sync_loses_and_duplicates_nothing(
    point, central, server, http, ip, own_laptop, tmp_path
):
    """Tried: the partner edits an answer both devices share (their half), answers a new
    question, records evidence and revises a judgement; the other device has already
    sent its own half of the shared answer. The laptop is killed at ``point``. After a
    restart the partner revises the judgement again, then syncs: the shared answer holds
    both halves, each edit is in the server's history once, the laptop equals the server,
    and no conflict appeared (not even with the partner's own earlier revision)."""
    code = auth.issue_code(central, ip)
    enrolled = sync_client.enrol(http, code, "crashy")
    root = tmp_path / "crashy"
    store = Store.open(profile_paths(root, "crashy"), backup_at_start=False)
    try:
        link = sync_client.SyncClient(store, http, enrolled.device_id, enrolled.token)
        link.sync()
        school = schools.school_by_number(store, "9904002")
        assert school is not None
        priority = priorities.add_priority(store, school.id, YEAR, "Rhifedd")
        aspect = visits.priority_aspect(priority)
        visit = visits.start_visit(
            store, school.id, date(2025, 11, 3), "progress_towards_priorities", aspects=[aspect]
        )
        visits.set_answer(store, visit, aspect, 1, f"Rhan0{MIDDLE}Rhan0")
        link.sync()
        before = cursor_order(cursor_of(store))
    finally:
        store.close()
    other = own_laptop("other", ip)
    other.sync()
    visits.set_answer(other.store, visit, aspect, 1, f"Rhan0{MIDDLE}Arall")
    assert other.sync().accepted == 1

    spec = {
        "root": str(root),
        "profile": "crashy",
        "url": server.url,
        "device_id": enrolled.device_id,
        "token": enrolled.token,
        "point": point,
        "page_size": 500,
        "max_ops": 3,
        "visit": visit,
        "aspect": aspect,
        "priority": priority,
        "answers": {"1": f"Damwain{MIDDLE}Rhan0", "2": "Ail ateb ar ôl y ddamwain"},
        "evidence": "Llyfrau'r dysgwyr cyn y ddamwain",
        "rate": "strong",
        "rationale": "Cynnydd cyson",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.sync.crash_driver", json.dumps(spec)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]

    store = Store.open(profile_paths(root, "crashy"), backup_at_start=False)
    try:
        after_crash = cursor_order(cursor_of(store))
        assert after_crash >= before
        # Every edit survived the kill on the laptop, sent or not.
        states = {op["state"] for op in outbox(store)}
        assert "rejected" not in states
        assert answer_of(store, visit, 2) == "Ail ateb ar ôl y ddamwain"
        if point in ("after_edit", "after_take", "before_apply", "inside_apply"):
            # The reply was never applied: every edit is still counted as unsent.
            assert session.status(store).unsent >= 9
            assert answer_of(store, visit, 1) == f"Damwain{MIDDLE}Rhan0"
        # Back at work before syncing, the partner revises the judgement once more.
        priorities.judge_priority(
            store,
            priority,
            "autumn",
            track="on_track",
            rate="very_good",
            rationale="Cynnydd cyson",
            judged_on=date(2025, 11, 20),
        )
        link = sync_client.SyncClient(
            store, http, enrolled.device_id, enrolled.token, sleep=lambda _s: None
        )
        link.sync()
        assert cursor_order(cursor_of(store)) >= after_crash
        other.sync()
        link.sync()

        merged = f"Damwain{MIDDLE}Arall"
        assert answer_of(store, visit, 1) == merged == answer_of(other.store, visit, 1)
        answers = {a.question: a for a in visits.answers_of(store, visit)}
        second = next(
            k[1]
            for k, f in server_rows(central, None).items()
            if k[0] == "enquiry_answers" and f.get("question") == 2
        )
        assert history_values(central, "enquiry_answers", second, "answer") == [answers[2].answer]
        evidence = [
            k
            for k, f in server_rows(central, None).items()
            if k[0] == "evidence" and f.get("body") == spec["evidence"]
        ]
        assert len(evidence) == 1
        [judged] = priorities.priorities_of(store, school.id, YEAR)[0].judgements
        # "strong" reached the server first unless it was still unsent (then it folded).
        assert history_values(central, "judgements", judged.id, "rate") in (
            ["strong", "very_good"],
            ["very_good"],
        )
        assert judged.rate == "very_good"
        assert server_field(central, "judgements", judged.id, "rationale") == "Cynnydd cyson"
        assert duplicated_history(central) == []
        assert sync_state.open_conflicts(store) == []
        assert {op["state"] for op in outbox(store)} == {"sent"}
        check_sent_ops_on_server(store, central, enrolled.device_id)
        assert_same_as_server(store, central, ip)
        assert_same_as_server(other.store, central, ip)
    finally:
        store.close()
