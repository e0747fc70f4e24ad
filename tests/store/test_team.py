"""The PIP's desk read models over a laptop's store (issue 5): team caseload with its
filters, consistency of judgements, the LA termly view and its bilingual CSV."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from desktop.store import people, priorities, records, schools, team, visits
from desktop.store.errors import InvalidValue
from tests.store.factories import make_school

YEAR = "2025-26"


@pytest.fixture
def desk(store):
    """Two IPs of a team across two LAs: Siân holds two primaries of LA 990, Elin a
    secondary of LA 991; a fourth school (LA 991) is held by nobody this year."""
    sian = people.add_person(store, "Siân Prydderch", "ip", team="Gorllewin")
    elin = people.add_person(store, "Elin Morgan", "ip", team="Gorllewin")
    one = make_school(store, "9901001", "Ysgol Cwm Derwen")
    two = make_school(store, "9901002", "Ysgol Bryn Glas")
    three = make_school(
        store, "9911003", "Ysgol Uwchradd y Dyffryn", sector="Secondary", la_name="Sir y Dyffryn"
    )
    four = make_school(store, "9911004", "Ysgol Aber", la_name="Sir y Dyffryn")
    for school, person in ((one, sian), (two, sian), (three, elin)):
        people.allocate(store, school, person, YEAR)
    records.update(store, "schools", three, {"welsh_medium_type": "Welsh medium"})
    schools.set_support_level(
        store, two, "enhanced", "Pryderon am lythrennedd", decided_on=date(2025, 10, 1)
    )
    return {"sian": sian, "elin": elin, "one": one, "two": two, "three": three, "four": four}


def judge(store, priority: str, term: str, rate: str, track: str = "on_track") -> None:
    priorities.judge_priority(
        store,
        priority,
        term,
        track=track,
        rate=rate,
        rationale=f"{term}: {rate}",
        judged_on=date(2025, 12, 1),
    )


def test_team_caseload_shows_who_holds_each_school_and_its_state(store, desk):
    """Tried: a judged priority, support days (one cancelled, not counted), a visit.
    The PIP sees every school, its holder, latest judgements, days against the minimum."""
    p = priorities.add_priority(store, desk["one"], YEAR, "Llafaredd")
    judge(store, p, "autumn", "strong")
    judge(store, p, "spring", "limited", "off_track")
    visits.request_support(store, desk["one"], YEAR, "cluster", days=2.5, status="agreed")
    visits.request_support(store, desk["one"], YEAR, "cluster", days=9, status="cancelled")
    visits.start_visit(store, desk["one"], date(2025, 11, 3), "progress_towards_priorities")
    rows = {r.school.number: r for r in team.team_caseload(store, YEAR)}
    assert set(rows) == {"9901001", "9901002", "9911003", "9911004"}
    first = rows["9901001"]
    assert first.holder == team.Holder(desk["sian"], "Siân Prydderch")
    [status] = first.priorities
    assert status.title == "Llafaredd" and status.latest is not None
    assert (status.latest.term, status.latest.rate) == ("spring", "limited")
    assert first.off_track
    assert first.support_days_used == 2.5
    assert first.minimum_days is not None and first.minimum_days > 0
    # issue 15: the partner's own days come from visits (one whole day); brokered support
    # is counted apart and never makes up the minimum
    assert first.days is not None and first.days.brokered == 2.5
    assert first.days.partner_days == 1
    assert first.days_short == first.minimum_days - 1
    assert first.last_visit == "2025-11-03"
    assert rows["9911004"].holder is None
    assert rows["9911003"].holder is not None and rows["9911003"].holder.name == "Elin Morgan"


def test_team_caseload_filters(store, desk):
    p = priorities.add_priority(store, desk["three"], YEAR, "Rhifedd")
    judge(store, p, "autumn", "limited", "off_track")

    def numbers(**filters: object) -> set[str]:
        return {r.school.number for r in team.team_caseload(store, YEAR, **filters)}  # type: ignore[arg-type]

    assert numbers(la_code="991") == {"9911003", "9911004"}
    assert numbers(ip_id=desk["sian"]) == {"9901001", "9901002"}
    assert numbers(sector="Secondary") == {"9911003"}
    assert numbers(welsh_medium_type="Welsh medium") == {"9911003"}
    assert numbers(support_level="enhanced") == {"9901002"}
    assert numbers(off_track_only=True) == {"9911003"}
    assert numbers(la_code="990", off_track_only=True) == set()


def test_a_moved_allocation_changes_the_holder(store, desk):
    """Reallocating on the laptop from 5 January ends the old allocation on 4 January
    (kept, so its partner can read the school until the end of the spring term) and starts
    the new one on the 5th; the holder changes on that day. Reallocating again to the same
    partner changes nothing; a handover dated later that is overtaken is removed."""
    before = team.holders(store, YEAR, date(2026, 1, 4))[desk["one"]].person_id
    allocation = team.reallocate(store, desk["one"], desk["elin"], YEAR, on=date(2026, 1, 5))
    assert team.holders(store, YEAR, date(2026, 1, 4))[desk["one"]].person_id == before
    assert team.holders(store, YEAR, date(2026, 1, 5))[desk["one"]].person_id == desk["elin"]
    live = store.db.execute(
        "SELECT id, person_id, starts_on, ends_on FROM allocations WHERE school_id = ?"
        " AND deleted_at IS NULL ORDER BY created_at",
        [desk["one"]],
    ).fetchall()
    assert live == [
        (live[0][0], before, None, "2026-01-04"),
        (allocation, desk["elin"], "2026-01-05", None),
    ]
    assert team.reallocate(store, desk["one"], desk["elin"], YEAR, on=date(2026, 1, 6)) == (
        allocation
    )
    later = team.reallocate(store, desk["one"], desk["sian"], YEAR, on=date(2026, 2, 1))
    assert team.incoming(store, YEAR, date(2026, 1, 10))[desk["one"]].person_id == desk["sian"]
    back = team.reallocate(store, desk["one"], desk["elin"], YEAR, on=date(2026, 1, 20))
    assert back == allocation
    gone = store.db.execute("SELECT deleted_at FROM allocations WHERE id = ?", [later]).fetchone()
    assert gone[0] is not None
    assert desk["one"] not in team.incoming(store, YEAR, date(2026, 1, 10))
    assert team.holders(store, YEAR, date(2026, 3, 1))[desk["one"]].person_id == desk["elin"]


def test_consistency_shows_rates_per_ip_and_la_and_big_moves(store, desk):
    """Tried: Siân's priority falls from very good to satisfactory (two steps) and another
    from strong to satisfactory (one step); Elin's rises from limited to strong (two)."""
    a = priorities.add_priority(store, desk["one"], YEAR, "Llafaredd")
    b = priorities.add_priority(store, desk["two"], YEAR, "Ysgrifennu")
    c = priorities.add_priority(store, desk["three"], YEAR, "Rhifedd")
    judge(store, a, "autumn", "very_good")
    judge(store, a, "spring", "satisfactory")
    judge(store, b, "autumn", "strong")
    judge(store, b, "spring", "satisfactory")
    judge(store, c, "autumn", "limited")
    judge(store, c, "spring", "strong")
    found = team.judgement_consistency(store, YEAR)
    by_ip = {d.label: dict(d.counts) for d in found.by_ip}
    assert by_ip["Siân Prydderch"] == {
        "very_good": 1,
        "strong": 1,
        "satisfactory": 2,
        "limited": 0,
    }
    assert by_ip["Elin Morgan"] == {"very_good": 0, "strong": 1, "satisfactory": 0, "limited": 1}
    assert [rate for rate, _n in found.by_ip[0].counts] == [
        "very_good",
        "strong",
        "satisfactory",
        "limited",
    ]
    by_la = {d.key: d.total for d in found.by_la}
    assert by_la == {"990": 4, "991": 2}
    moves = {
        (m.school.number, m.from_judgement.rate, m.to_judgement.rate, m.steps) for m in found.moves
    }
    assert moves == {
        ("9901001", "very_good", "satisfactory", -2),
        ("9911003", "limited", "strong", 2),
    }


def test_la_termly_view_and_its_csv_in_both_languages(store, desk):
    p = priorities.add_priority(store, desk["three"], YEAR, "Rhifedd", reform_area="curriculum")
    q = priorities.add_priority(store, desk["three"], YEAR, "Presenoldeb")
    judge(store, p, "autumn", "strong")
    judge(store, p, "spring", "limited", "off_track")
    visits.request_support(
        store,
        desk["three"],
        YEAR,
        "cluster",
        provider_name="Clwstwr y Dyffryn",
        description="Mentora",
        days=3,
        status="complete",
        priority_id=p,
    )
    visits.request_support(store, desk["three"], YEAR, "consortium", days=1)  # requested
    rows = team.la_termly_view(store, "991", YEAR, "autumn")
    assert [r.school.number for r in rows] == ["9911004", "9911003"]  # by name
    dyffryn = rows[1]
    assert [(x.title, x.judgement.rate if x.judgement else None) for x in dyffryn.priorities] == [
        ("Rhifedd", "strong"),
        ("Presenoldeb", None),
    ]
    assert len(dyffryn.support) == 2 and dyffryn.days_used == 3
    assert q in {x.priority_id for x in dyffryn.priorities}

    english = list(csv.reader(io.StringIO(team.la_view_csv(rows, "en"))))
    welsh = list(csv.reader(io.StringIO(team.la_view_csv(rows, "cy"))))
    # The protective marking comes first, alone in its row.
    assert english.pop(0) == ["OFFICIAL–SENSITIVE"] and welsh.pop(0) == ["SWYDDOGOL–SENSITIF"]
    assert english[0][:2] == ["School number", "School"]
    assert welsh[0][:2] == ["Rhif yr ysgol", "Ysgol"]
    assert english[0] != welsh[0] and len(english[0]) == len(welsh[0])
    assert len(english) == 1 + 1 + 2  # header, Aber (no priorities), two priorities
    aber = dict(zip(english[0], english[1], strict=True))
    assert aber["Priority"] == "No priorities recorded"
    assert aber["Improvement partner"] == "Not allocated"
    line = dict(zip(welsh[0], welsh[2], strict=True))
    assert line["Blaenoriaeth"] == "Rhifedd"
    assert line["Cyfradd y cynnydd"] == "Cynnydd cryf"
    assert line["Tymor"] != "autumn"
    assert line["Partner gwella"] == "Elin Morgan"
    assert (
        line["Cymorth a drefnwyd"] == "Clwstwr y Dyffryn: Mentora (3); Consortiwm (1)"
    )  # issue 15: no raw keys
    assert line["Diwrnodau o gymorth a drefnwyd"] == "3"
    unjudged = dict(zip(welsh[0], welsh[3], strict=True))
    assert unjudged["Cyfradd y cynnydd"] == "Heb ei farnu eto"
    assert line["Sector"] != "" and line["Sector"] == team._sector(rows[1].school.sector, "cy")
    with pytest.raises(InvalidValue):
        team.la_termly_view(store, "991", YEAR, "winter")


def test_typed_text_that_looks_like_a_formula_stays_text_in_the_csv(store, desk):
    """Tried: a rationale typed as ``=HYPERLINK("http://x","click")`` and one starting
    with "+". The CSV carries them with a leading apostrophe, so a spreadsheet shows the
    words and runs nothing; ordinary text is untouched."""
    p = priorities.add_priority(store, desk["three"], YEAR, "=SUM(A1:A9)")
    priorities.judge_priority(
        store,
        p,
        "autumn",
        track="on_track",
        rate="strong",
        rationale='=HYPERLINK("http://x","click")',
        judged_on=date(2025, 12, 1),
    )
    rows = team.la_termly_view(store, "991", YEAR, "autumn")
    lines = list(csv.reader(io.StringIO(team.la_view_csv(rows, "en"))))[1:]  # after the marking
    found = dict(zip(lines[0], next(x for x in lines if "'=SUM(A1:A9)" in x), strict=True))
    assert found["Rationale"] == '\'=HYPERLINK("http://x","click")'
    assert found["School"] == "Ysgol Uwchradd y Dyffryn"


def test_every_heading_has_english_and_welsh(store):
    for key in team._wording():
        assert team.wording(key, "en").strip() and team.wording(key, "cy").strip()
        assert team.wording(key, "en") != team.wording(key, "cy") or key == "sector"
