"""A fictional team for the principal improvement partner's desk (``sipl --demo-team``).

Built on the demo caseload (:func:`desktop.store.demo.seed_demo`): its sixteen schools are
shared among four improvement partners of the team, the profile owner is the team's PIP,
and the things a PIP's laptop learns from the central store are filled in as a sync would
leave them: when each partner last synced, two open conflicts and a reallocation dated
later. Everything is invented; LA codes 990 and 991 are used by no Welsh authority.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from desktop.store import demo, people, priorities, records, reviews, schools, sync_state, team
from desktop.store.calendar import TERMS, academic_year_of, term_of, year_start
from desktop.store.demo_text import ME, OTHER_IP, PIP, SCHOOLS, TEAM
from desktop.store.store import Store

MORE_PARTNERS = (
    ("Siân Llywelyn", "sian.llywelyn@consortiwm.example"),
    ("Huw Tudur Parry", "huw.parry@consortiwm.example"),
)
# Demo schools (by their place in SCHOOLS) handed to each partner for the year from its
# first day; the rest stay with ME, but for one handed on later in the year (LATER).
SHARES = {
    OTHER_IP[0]: (1, 5, 9, 13),
    MORE_PARTNERS[0][0]: (3, 7, 11),
    MORE_PARTNERS[1][0]: (2, 12, 15),
}
LATER = 14
# How long ago each partner's laptop last synced: one has not for over a fortnight.
STAMP = "%Y-%m-%dT%H:%M:%S.000000Z"  # as the central store writes times (UTC)
LAST_SYNCED = {ME[0]: 0.2, OTHER_IP[0]: 1.5, MORE_PARTNERS[0][0]: 17.0, MORE_PARTNERS[1][0]: 3.0}


def seed_team_demo(store: Store, today: date) -> str:
    """Fill an empty store with the demo team; return the PIP's (the owner's) person id.

    Raises ValueError if the store already holds any record (see ``seed_demo``)."""
    demo.seed_demo(store, today)
    year = academic_year_of(today)
    with store.transaction() as db:
        ids = {name: pid for pid, name in db.execute("SELECT id, name FROM people")}
        for name, email in MORE_PARTNERS:
            ids[name] = people.add_person(store, name, "ip", email=email, team=TEAM)
        pip = ids[PIP[0]]
        by_number = {s.number: s.id for s in schools.all_schools(store)}
        start = year_start(year)
        for name, places in SHARES.items():
            for place in places:
                school_id = by_number[SCHOOLS[place].number]
                team.reallocate(store, school_id, ids[name], year, on=start)
        first_next = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        later = by_number[SCHOOLS[LATER].number]
        team.reallocate(store, later, ids[MORE_PARTNERS[1][0]], year, on=first_next)
        now = datetime.combine(today, time(16, 30))
        stamps = {
            ids[name]: (now - timedelta(days=days)).strftime(STAMP)
            for name, days in LAST_SYNCED.items()
        }
        store.set_setting(sync_state.TEAM_SYNCS_SETTING, json.dumps(stamps))
        store.set_setting(sync_state.LAST_SYNC_SETTING, (now - timedelta(hours=1)).strftime(STAMP))
        _conflicts(store, ids, now)
        _big_move(store, ids[OTHER_IP[0]], year, today)
        enhanced = [s for s in schools.all_schools(store) if s.support_level == "enhanced"]
        if enhanced:
            reviews.record_review(
                store,
                enhanced[0].id,
                today - timedelta(days=50),
                pip_id=pip,
                la_attendees=["Rhian Evans, Pennaeth Gwella Ysgolion"],
                position_agreed=(
                    "Mae'r cynllun gweithredu ar y trywydd iawn o ran llafaredd; mae angen "
                    "mwy o gysondeb wrth asesu. Cymorth ychwanegol i barhau tan y Pasg."
                ),
            )
    people.set_me(store, pip)
    return pip


def _conflicts(store: Store, ids: dict[str, str], now: datetime) -> None:
    """Two open conflicts as the central store would send them: a visit summary both the
    holder and a colleague changed, and a rate of progress judged twice."""
    visit = store.conn.execute(
        "SELECT v.id, v.school_id, v.summary FROM visits v WHERE v.status = 'final'"
        " AND v.summary IS NOT NULL ORDER BY v.visit_date DESC LIMIT 1"
    ).fetchone()
    judgement = store.conn.execute(
        "SELECT j.id, p.school_id, j.rate FROM judgements j"
        " JOIN priorities p ON p.id = j.priority_id ORDER BY j.judged_on DESC LIMIT 1"
    ).fetchone()
    stamp = (now - timedelta(hours=3)).strftime(STAMP)
    earlier = (now - timedelta(days=1, hours=2)).strftime(STAMP)
    if visit is not None:
        base = visit[2]
        records.insert(
            store,
            "conflicts",
            {
                "school_id": visit[1],
                "tbl": "visits",
                "row_id": visit[0],
                "field": "summary",
                "base": json.dumps(base),
                "mine": json.dumps(
                    base + " Agreed that the deputy will share the reading audit with governors."
                ),
                "theirs": json.dumps(
                    base.replace(".", ";", 1)
                    + " The headteacher will report on attendance at the spring meeting."
                ),
                "mine_by": ids[ME[0]],
                "theirs_by": ids[OTHER_IP[0]],
                "mine_at": earlier,
                "theirs_at": stamp,
                "status": "open",
            },
            origin="remote",
        )
    if judgement is not None:
        other = "satisfactory" if judgement[2] != "satisfactory" else "strong"
        records.insert(
            store,
            "conflicts",
            {
                "school_id": judgement[1],
                "tbl": "judgements",
                "row_id": judgement[0],
                "field": "rate",
                "base": json.dumps(None),
                "mine": json.dumps(judgement[2]),
                "theirs": json.dumps(other),
                "mine_by": ids[ME[0]],
                "theirs_by": ids[MORE_PARTNERS[0][0]],
                "mine_at": earlier,
                "theirs_at": stamp,
                "status": "open",
            },
            origin="remote",
        )


def _big_move(store: Store, judge: str, year: str, today: date) -> None:
    """One priority judged very good in autumn and satisfactory now (two steps down), so
    the consistency tab has a move to look into; only once the autumn term is over."""
    term = term_of(today)
    if term == "autumn":
        return
    before = TERMS[TERMS.index(term) - 1]
    row = store.conn.execute(
        "SELECT p.id FROM priorities p JOIN judgements j ON j.priority_id = p.id"
        " WHERE p.academic_year = ? AND j.term = ? AND j.rate = 'very_good' AND j.deleted_at"
        " IS NULL ORDER BY p.created_at LIMIT 1",
        [year, before],
    ).fetchone()
    if row is None:
        return
    priorities.judge_priority(
        store,
        row[0],
        term,
        track="off_track",
        rate="satisfactory",
        rationale=(
            "Staff changes have slowed the work: the new approach is not yet seen in most "
            "classes, and books show less progress than in the autumn."
        ),
        judged_on=today,
        judged_by=judge,
    )
