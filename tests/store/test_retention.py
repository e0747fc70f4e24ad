"""Retention (data protection on the laptop): a school handed on stays read-only until the
end of the term, then leaves the laptop — rows, search index and evidence files — and a
school leaving a PIP's team likewise; unsent changes, unenrolled laptops and schools never
held are left alone."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.store import (
    attachments,
    caseload,
    key_tasks,
    people,
    priorities,
    records,
    retention,
    reviews,
    schools,
    search,
    support_days,
    sync_state,
    team,
    visits,
    year_summaries,
)
from desktop.store.calendar import academic_year_of, allocation_state
from desktop.store.demo import seed_demo
from desktop.store.ids import new_id
from sync import schema as sync_schema
from sync.session import DEVICE_SETTING, SERVER_SETTING
from tests.store.factories import make_school

YEAR = "2025-26"
HANDED_ON = date(2025, 11, 10)  # the partner held it to the 9th, and reads it to 31 December
IN_TERM = date(2025, 12, 15)
AFTER_TERM = date(2026, 1, 1)
SCHOOL_TABLES = [name for name, t in sync_schema.TABLES.items() if t.school_path is not None]


def enrol(store, role: str = "ip", team_name: str | None = None) -> str:
    """The laptop's partner, enrolled with a central store (as ``session.enrol_laptop``
    leaves it)."""
    me = people.add_person(store, "Siân Prydderch", role, team=team_name)
    people.set_me(store, me)
    store.set_setting(SERVER_SETTING, "https://sipl.example")
    store.set_setting(DEVICE_SETTING, "device-1")
    return me


def synced(store, on: date) -> None:
    """As a successful sync on ``on`` leaves the laptop: every change sent, the day kept."""
    with store.transaction() as db:
        db.execute("UPDATE outbox SET state = 'sent' WHERE state IN ('pending', 'inflight')")
    store.set_setting(sync_state.CURSOR_SETTING, "1234.1")
    store.set_setting(sync_state.LAST_SYNC_SETTING, f"{on.isoformat()}T16:30:00.000000Z")


def held_by(store, school: str, person: str) -> None:
    people.allocate(store, school, person, YEAR)


def write_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def fill_school(store, school: str, word: str, files: list[Path]) -> dict[str, list[str]]:
    """A whole SIPL for ``school``, ``word`` written in its notes, answers, evidence,
    actions and visit summary; return the ids of its rows by table."""
    made: dict[str, list[str]] = {}

    def add(table: str, row_id: str) -> str:
        made.setdefault(table, []).append(row_id)
        return row_id

    priority = add("priorities", priorities.add_priority(store, school, YEAR, "Llafaredd"))
    add(
        "judgements",
        priorities.judge_priority(
            store,
            priority,
            "autumn",
            track="on_track",
            rate="strong",
            rationale=f"Cynnydd {word}",
            judged_on=date(2025, 10, 20),
        ),
    )
    aspect = visits.priority_aspect(priority)
    visit = add(
        "visits",
        visits.start_visit(
            store, school, date(2025, 10, 1), "progress_towards_priorities", aspects=[aspect]
        ),
    )
    visits.update_visit(store, visit, summary=f"Crynodeb {word}")
    add("enquiry_answers", visits.set_answer(store, visit, aspect, 1, f"Ateb {word}"))
    evidence = add(
        "evidence",
        visits.record_evidence(store, visit, aspect, "work_scrutiny", f"Llyfrau {word}"),
    )
    for path in files:
        add("attachments", attachments.attach_file(store, evidence, path))
    add(
        "support",
        visits.request_support(
            store, school, YEAR, "cluster", days=1, priority_id=priority, visit_id=visit
        ),
    )
    add("actions", visits.add_action(store, school, f"Gweithred {word}", visit_id=visit))
    add("practice", visits.add_practice(store, school, "Arfer dda", visit_id=visit))
    note = add("notes", visits.add_note(store, school, f"Nodyn {word}", visit_id=visit))
    add(
        "support_level_decisions",
        schools.set_support_level(
            store, school, "enhanced", "Pryderon", decided_on=date(2025, 10, 2)
        ),
    )
    add(
        "categorisations",
        records.insert(
            store, "categorisations", {"school_id": school, "year": "2025", "colour": "green"}
        ),
    )
    add(
        "key_task_checks",
        key_tasks.tick(store, school, YEAR, "agree_priorities", date(2025, 10, 1), visit_id=visit),
    )
    add("agreed_days", support_days.set_agreed_days(store, school, YEAR, 2))
    add("year_summaries", year_summaries.set_summary(store, school, YEAR, f"Blwyddyn {word}"))
    add(
        "enhanced_reviews",
        reviews.record_review(
            store,
            school,
            date(2025, 10, 3),
            pip_id=None,
            la_attendees=["Rhian Evans"],
            position_agreed=f"Safbwynt {word}",
        ),
    )
    add(
        "conflicts",
        records.insert(
            store,
            "conflicts",
            {
                "school_id": school,
                "tbl": "notes",
                "row_id": note,
                "field": "body",
                "mine": f"Nodyn {word}",
                "theirs": "Nodyn arall",
                "status": "open",
            },
            origin="remote",
        ),
    )
    for table in ("allocations", "schools"):
        made[table] = [
            r[0]
            for r in store.db.execute(
                f"SELECT id FROM {table} WHERE {'school_id' if table == 'allocations' else 'id'}"
                " = ?",
                [school],
            )
        ]
    with store.transaction() as db:  # what a pull leaves: revisions, and a waiting row
        db.execute(
            "INSERT INTO field_revs (tbl, row_id, field, rev) VALUES ('notes', ?, 'body', 7)",
            [note],
        )
        sync_state.apply_changes(
            store,
            [
                {
                    "t": "notes",
                    "r": new_id(),
                    "f": {
                        "school_id": [school, 8],
                        "visit_id": [new_id(), 8],  # a visit that has not arrived yet
                        "body": [f"Aros {word}", 8],
                    },
                }
            ],
        )
    return made


def count_rows(store, made: dict[str, list[str]]) -> dict[str, int]:
    return {
        table: store.db.execute(
            f"SELECT count(*) FROM [{table}] WHERE id IN ({','.join('?' * len(ids))})", ids
        ).fetchone()[0]
        for table, ids in made.items()
    }


def fts_count(store, word: str) -> int:
    return store.db.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ?", [f'"{word}"']
    ).fetchone()[0]


def fts_bytes(store) -> bytes:
    return b"".join(r[0] or b"" for r in store.db.execute("SELECT block FROM search_index_data"))


@pytest.fixture
def handed_on(store, tmp_path):
    """An enrolled partner's laptop: Ysgol Cwm Derwen handed on to Elin from 10 November,
    Ysgol Bryn Glas kept; both have a copy of the same photo, Cwm Derwen one of its own."""
    me = enrol(store)
    elin = people.add_person(store, "Elin Morgan", "ip")
    gone = make_school(store, "9901001", "Ysgol Cwm Derwen")
    kept = make_school(store, "9901002", "Ysgol Bryn Glas")
    held_by(store, gone, me)
    held_by(store, kept, me)
    shared = write_file(tmp_path, "llyfr.txt", "Gwaith ysgrifennu blwyddyn 5")
    own = write_file(tmp_path, "taflen.txt", "Taflen Cwm Derwen yn unig")
    made = fill_school(store, gone, "zorbiquant", [shared, own])
    other = fill_school(store, kept, "plimtravex", [shared])
    team.reallocate(store, gone, elin, YEAR, on=HANDED_ON)
    made["allocations"] = [
        r[0] for r in store.db.execute("SELECT id FROM allocations WHERE school_id = ?", [gone])
    ]
    synced(store, HANDED_ON)
    # An edit the central store refused stays in the outbox, not sendable.
    rows = store.db.execute(
        "SELECT seq, tbl, row_id FROM outbox WHERE tbl = 'notes' AND row_id = ?", made["notes"]
    ).fetchall()
    store.db.execute("UPDATE outbox SET state = 'rejected' WHERE seq = ?", [rows[0][0]])
    store.db.conn.commit()
    return {
        "me": me,
        "gone": gone,
        "kept": kept,
        "made": made,
        "other": other,
        "shared": attachments.blob_path(store, _sha(store, made["attachments"][0])),
        "own": attachments.blob_path(store, _sha(store, made["attachments"][1])),
        "own_sha": _sha(store, made["attachments"][1]),
    }


def _sha(store, attachment: str) -> str:
    row = store.db.execute("SELECT sha256 FROM attachments WHERE id = ?", [attachment]).fetchone()
    return str(row[0])


def test_a_school_handed_on_stays_readable_to_the_end_of_the_term(store, handed_on):
    made = handed_on["made"]
    synced(store, IN_TERM)
    assert retention.schools_to_remove(store, IN_TERM) == []
    assert retention.apply_retention(store, IN_TERM) == []
    states = caseload.allocation_states(store, handed_on["me"], YEAR, IN_TERM)
    assert states[handed_on["gone"]] == "read_only"
    assert caseload.read_only_until(store, handed_on["me"], handed_on["gone"], YEAR, IN_TERM) == (
        "2025-12-31"
    )
    assert all(n == len(made[t]) for t, n in count_rows(store, made).items())
    assert len(visits.visits_of(store, handed_on["gone"])) == 1
    assert {h.school_id for h in search.search(store, "zorbiquant")} == {handed_on["gone"]}
    assert handed_on["own"].exists() and handed_on["shared"].exists()


def test_after_the_term_every_trace_of_it_leaves_the_laptop(store, handed_on):
    gone, made, other = handed_on["gone"], handed_on["made"], handed_on["other"]
    assert set(made) == set(SCHOOL_TABLES)
    last_op = "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"
    ops_before = store.db.execute(last_op).fetchone()[0]
    assert fts_count(store, "zorbiquant") == 5  # summary, answer, evidence, action, note
    assert b"zorbiquant" in fts_bytes(store)
    synced(store, AFTER_TERM)  # the sync on the first day after the term, then retention

    assert retention.schools_to_remove(store, AFTER_TERM) == [gone]
    [report] = retention.apply_retention(store, AFTER_TERM)

    assert report.removed and report.reason is None
    assert report.school_id == gone and report.school_name == "Ysgol Cwm Derwen"
    assert report.files_deleted == 1
    assert report.search_entries == 5
    for table in SCHOOL_TABLES:
        assert report.rows[table] == len(made[table]), table
    assert count_rows(store, made) == dict.fromkeys(made, 0)
    for table in SCHOOL_TABLES:
        column = "id" if table == "schools" else "school_id"
        if column in {c.name for c in store.db[table].columns}:
            found = store.db.execute(
                f"SELECT count(*) FROM [{table}] WHERE [{column}] = ?", [gone]
            ).fetchone()[0]
            assert found == 0, table
    every_id = [i for ids in made.values() for i in ids]
    marks = ",".join("?" * len(every_id))
    for table in ("outbox", "field_revs", "sync_incoming"):
        left = store.db.execute(
            f"SELECT count(*) FROM {table} WHERE row_id IN ({marks})", every_id
        ).fetchone()[0]
        assert left == 0, table
    assert store.db.execute("SELECT count(*) FROM sync_incoming").fetchone()[0] == 3  # Bryn Glas
    # The search index: no hit, no entry, and no trace of the word in the index's data.
    assert search.search(store, "zorbiquant") == []
    assert fts_count(store, "zorbiquant") == 0
    assert (
        store.db.execute(
            "SELECT count(*) FROM search_index WHERE school_id = ?", [gone]
        ).fetchone()[0]
        == 0
    )
    assert b"zorbiquant" not in fts_bytes(store)
    # Its own file went; the photo Bryn Glas shares stayed.
    assert not handed_on["own"].exists()
    assert handed_on["shared"].exists()
    # Nothing for the central store: no op was written.
    assert store.db.execute(last_op).fetchone()[0] == ops_before
    assert sync_state.unsent_count(store) == 0
    # The cursor stays: the laptop synced after the school left.
    assert sync_state.cursor(store) == "1234.1"
    # The other school is whole, and still found.
    assert all(n == len(other[t]) for t, n in count_rows(store, other).items())
    assert {h.school_id for h in search.search(store, "plimtravex")} == {handed_on["kept"]}
    assert store.take_changes() >= {"schools", "visits", "evidence", "attachments"}


def test_a_second_run_does_nothing(store, handed_on):
    synced(store, AFTER_TERM)
    assert len(retention.apply_retention(store, AFTER_TERM)) == 1
    before = {t: store.db[t].count for t in (*SCHOOL_TABLES, "outbox", "field_revs")}
    store.take_changes()
    assert retention.schools_to_remove(store, AFTER_TERM) == []
    assert retention.apply_retention(store, AFTER_TERM) == []
    assert retention.apply_retention(store, AFTER_TERM + timedelta(days=40)) == []
    assert {t: store.db[t].count for t in before} == before
    assert store.take_changes() == frozenset()


def test_a_school_with_unsent_changes_is_kept_and_reported(store, handed_on):
    synced(store, AFTER_TERM)
    note = handed_on["made"]["notes"][0]
    records.update(store, "notes", note, {"body": "Nodyn heb ei anfon"})  # not sent yet

    [report] = retention.apply_retention(store, AFTER_TERM)

    assert not report.removed
    assert (report.reason, report.unsent) == (retention.UNSENT_CHANGES, 1)
    assert report.school_name == "Ysgol Cwm Derwen"
    made = handed_on["made"]
    assert all(n == len(made[t]) for t, n in count_rows(store, made).items())
    assert handed_on["own"].exists()
    assert sync_state.unsent_count(store) == 1

    synced(store, AFTER_TERM + timedelta(days=1))  # sent (the server refuses it, or not)
    [report] = retention.apply_retention(store, AFTER_TERM + timedelta(days=1))
    assert report.removed
    assert count_rows(store, made) == dict.fromkeys(made, 0)


def test_a_laptop_that_has_not_synced_since_waits_then_removes_and_pulls_again(store, handed_on):
    """Without a sync since the term ended the laptop cannot know the school was not handed
    back: it waits for one, for at most GRACE_DAYS; then it removes the school and forgets
    its cursor, so its next sync brings back whole any school it should hold."""
    synced(store, IN_TERM)
    assert retention.apply_retention(store, AFTER_TERM) == []
    last_wait = date(2025, 12, 31) + timedelta(days=retention.GRACE_DAYS)
    assert retention.apply_retention(store, last_wait) == []
    assert sync_state.cursor(store) == "1234.1"

    [report] = retention.apply_retention(store, last_wait + timedelta(days=1))

    assert report.removed
    assert sync_state.cursor(store) is None
    assert "removed" in (store.setting(sync_state.RESYNC_SETTING) or "")


def test_a_school_leaving_a_pips_team_goes_one_moving_within_it_stays(store, tmp_path):
    pip = enrol(store, "pip", "Gorllewin")
    sian = people.add_person(store, "Siân Llywelyn", "ip", team="Gorllewin")
    elin = people.add_person(store, "Elin Morgan", "ip", team="Gorllewin")
    outsider = people.add_person(store, "Huw Parry", "ip", team="Dwyrain")
    leaving = make_school(store, "9901001", "Ysgol Cwm Derwen")
    moving = make_school(store, "9901002", "Ysgol Bryn Glas")
    staying = make_school(store, "9901003", "Ysgol Aber")
    for school in (leaving, moving):
        held_by(store, school, sian)
    held_by(store, staying, elin)
    made = fill_school(store, leaving, "zorbiquant", [write_file(tmp_path, "a.txt", "un")])
    fill_school(store, moving, "plimtravex", [write_file(tmp_path, "b.txt", "dau")])
    team.reallocate(store, leaving, outsider, YEAR, on=HANDED_ON)  # by an administrator
    team.reallocate(store, moving, elin, YEAR, on=HANDED_ON)
    synced(store, IN_TERM)
    assert retention.apply_retention(store, IN_TERM) == []
    synced(store, AFTER_TERM)

    [report] = retention.apply_retention(store, AFTER_TERM)

    assert report.removed and report.school_id == leaving
    assert {s.id for s in schools.all_schools(store)} == {moving, staying}
    made.pop("allocations")  # both went, the outsider's too (below)
    assert count_rows(store, made) == dict.fromkeys(made, 0)
    assert (
        store.db.execute(
            "SELECT count(*) FROM allocations WHERE school_id = ?", [leaving]
        ).fetchone()[0]
        == 0
    )
    assert {h.school_id for h in search.search(store, "plimtravex")} == {moving}
    assert people.me(store) == pip


def test_a_school_handed_back_from_a_later_date_is_kept(store, handed_on):
    """Its data would only come straight back (the central store backfills it)."""
    team.reallocate(store, handed_on["gone"], handed_on["me"], YEAR, on=date(2026, 2, 1))
    synced(store, AFTER_TERM)
    assert retention.apply_retention(store, AFTER_TERM) == []
    assert schools.get_school(store, handed_on["gone"]).name == "Ysgol Cwm Derwen"


def test_nothing_goes_from_a_laptop_that_is_not_enrolled(store, handed_on):
    store.set_setting(SERVER_SETTING, None)
    synced(store, AFTER_TERM)
    assert retention.schools_to_remove(store, AFTER_TERM) == []
    assert retention.apply_retention(store, date(2027, 6, 1)) == []
    assert len(schools.all_schools(store)) == 2


def test_nothing_goes_from_a_laptop_that_does_not_know_its_partner(store, handed_on):
    store.set_setting(people.ME_SETTING, None)
    synced(store, AFTER_TERM)
    assert retention.apply_retention(store, date(2027, 6, 1)) == []
    assert len(schools.all_schools(store)) == 2


def test_a_school_never_allocated_on_the_laptop_is_never_removed(store):
    enrol(store)
    school = make_school(store)
    visits.add_note(store, school, "Rhestr ysgolion newydd ei mewnforio")
    synced(store, date(2027, 6, 1))
    assert retention.apply_retention(store, date(2027, 6, 1)) == []
    assert schools.get_school(store, school).name == "Ysgol Gynradd Cwm Derwen"


def test_the_demo_caseload_is_left_alone(store):
    seed_demo(store, date(2025, 10, 1))
    count = len(schools.all_schools(store))
    later = date(2027, 1, 10)  # every allocation of the demo long over
    assert retention.apply_retention(store, later) == []
    assert len(schools.all_schools(store)) == count


def test_an_administrators_laptop_keeps_everything(store, handed_on):
    store.db.execute("UPDATE people SET role = 'admin' WHERE id = ?", [handed_on["me"]])
    store.db.conn.commit()
    synced(store, AFTER_TERM)
    assert retention.apply_retention(store, AFTER_TERM) == []


@pytest.mark.parametrize(
    ("starts_on", "ends_on"),
    [
        (None, None),
        (None, "2025-11-09"),
        ("2025-10-01", "2026-02-10"),
        ("2026-01-05", None),
        (None, "2026-03-31"),
        ("2026-04-20", "2026-08-31"),
    ],
)
def test_a_school_goes_exactly_when_the_central_store_stops_sending_it(store, starts_on, ends_on):
    """On every day from the start of the year to a month into the next: once the
    allocation has started, the school is removed just when ``allocation_state`` (the rule
    the central store applies, to allocations of the current year) gives it nothing; before
    it starts it is kept."""
    me = enrol(store)
    school = make_school(store)
    allocation = people.allocate(store, school, me, YEAR)
    records.update(store, "allocations", allocation, {"starts_on": starts_on, "ends_on": ends_on})
    store.set_setting(sync_state.LAST_SYNC_SETTING, "2099-01-01T00:00:00.000000Z")
    day = date(2025, 9, 1)
    while day <= date(2026, 9, 30):
        if academic_year_of(day) != YEAR:
            expected = True  # the central store counts only this year's allocations
        elif starts_on is not None and starts_on > day.isoformat():
            expected = False  # handed to the partner from a later date: kept
        else:
            expected = allocation_state(starts_on, ends_on, day) is None
        assert (school in retention.schools_to_remove(store, day)) == expected, day
        day += timedelta(days=1)


def test_rows_of_a_removed_school_pulled_later_wait_and_bring_nothing_back(store, handed_on):
    """If the central store still sent something of the school (its ended allocation, or
    by a clock disagreeing, a note), nothing of it reappears: the rows wait for a school
    row that never comes, and retention runs on."""
    gone, made = handed_on["gone"], handed_on["made"]
    synced(store, AFTER_TERM)
    retention.apply_retention(store, AFTER_TERM)
    mine = made["allocations"][0]
    changes = [
        {
            "t": "allocations",
            "r": mine,
            "f": {
                "school_id": [gone, 90],
                "person_id": [handed_on["me"], 90],
                "academic_year": [YEAR, 90],
                "ends_on": ["2025-11-09", 91],
                "deleted_at": ["2026-01-02T09:00:00.000000Z", 95],
            },
        },
        {"t": "notes", "r": made["notes"][0], "f": {"body": ["Nodyn zorbiquant", 96]}},
        {
            "t": "evidence",
            "r": made["evidence"][0],
            "f": {"visit_id": [made["visits"][0], 97], "body": ["Llyfrau zorbiquant", 97]},
        },
    ]
    with store.transaction():
        sync_state.apply_changes(store, changes)

    assert count_rows(store, made) == dict.fromkeys(made, 0)
    assert search.search(store, "zorbiquant") == []
    waiting = store.db.execute(
        "SELECT DISTINCT tbl FROM sync_incoming WHERE row_id IN (?, ?, ?)",
        [mine, made["notes"][0], made["evidence"][0]],
    ).fetchall()
    assert {w[0] for w in waiting} == {"allocations", "notes", "evidence"}
    assert retention.apply_retention(store, AFTER_TERM + timedelta(days=1)) == []


def test_a_school_whose_rows_another_school_points_at_is_kept_untouched(store, handed_on):
    """One transaction: a removal that would break another school's rows changes nothing."""
    made = handed_on["made"]
    visits.request_support(store, handed_on["kept"], YEAR, "cluster", visit_id=made["visits"][0])
    synced(store, AFTER_TERM)

    [report] = retention.apply_retention(store, AFTER_TERM)

    assert not report.removed and report.reason == retention.LINKED_ELSEWHERE
    assert all(n == len(made[t]) for t, n in count_rows(store, made).items())
    assert fts_count(store, "zorbiquant") == 5
    assert handed_on["own"].exists()
    assert store.setting(retention.PENDING_FILES_SETTING) is None


def test_files_are_deleted_only_once_the_removal_is_committed(store, handed_on):
    """Inside a caller's transaction the rows go but the files wait (the transaction could
    still roll back); the next run deletes them, as it would after a crash."""
    with store.transaction():
        report = retention.purge_school(store, handed_on["gone"])
    assert report.removed and report.files_deleted == 0
    assert handed_on["own"].exists()
    assert json.loads(store.setting(retention.PENDING_FILES_SETTING) or "[]") == [
        handed_on["own_sha"]
    ]

    assert retention.apply_retention(store, IN_TERM) == []

    assert not handed_on["own"].exists()
    assert handed_on["shared"].exists()
    assert store.setting(retention.PENDING_FILES_SETTING) is None


def test_purging_a_school_that_is_not_there_changes_nothing(store):
    report = retention.purge_school(store, new_id())
    assert (report.removed, report.reason) == (False, retention.NOT_ON_LAPTOP)
