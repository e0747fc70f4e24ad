"""The evidence behind a judgement (issue 5, the PIP's consistency page): what a PIP reads
when a judgement looks out of line, on the demo caseload (today 2026-02-10)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from desktop.store import caseload, people, priorities, records, team, visits
from desktop.store.demo import seed_demo
from desktop.store.errors import InvalidValue, NotFound
from desktop.store.judgement_evidence import evidence_behind, judgements_of_year, previous_term

TODAY = date(2026, 2, 10)
YEAR = "2025-26"


@pytest.fixture
def demo(store):
    me = seed_demo(store, TODAY)
    return store, me


def _priority(store, school_name: str, starts: str):
    school = next(
        r.school for r in caseload.caseload(store, None, YEAR) if r.school.name == school_name
    )
    found = next(
        p for p in priorities.priorities_of(store, school.id, YEAR) if p.title.startswith(starts)
    )
    return school, found


def test_a_spring_drop_shows_its_rationale_the_autumn_judgement_and_the_spring_visit(demo):
    """Tried: a priority judged strong in autumn (demo) is judged limited in spring. The PIP
    reads both judgements, who made them, and the one spring visit's five answers and
    evidence for that priority — nothing from autumn visits or other aspects."""
    store, me = demo
    _school, priority = _priority(store, "Heol Fach Primary School", "Use questioning")
    priorities.judge_priority(
        store,
        priority.id,
        "spring",
        track="off_track",
        rate="limited",
        rationale="Questioning in the spring learning walk stayed closed & superficial.",
        judged_on=date(2026, 2, 9),
        judged_by=me,
    )

    found = evidence_behind(store, priority.id, "spring", YEAR)

    assert found.school.name == "Heol Fach Primary School"
    assert found.priority.title == priority.title
    assert found.holder is not None and found.holder.name == "Elin Haf Morgan"
    assert (found.first_day, found.last_day) == (date(2026, 1, 1), date(2026, 3, 31))
    assert found.judgement is not None
    assert found.judgement.judgement.rate == "limited"
    assert found.judgement.judgement.track == "off_track"
    assert found.judgement.judgement.rationale.startswith("Questioning in the spring")
    assert found.judgement.judgement.judged_on == "2026-02-09"
    assert found.judgement.judged_by_name == "Elin Haf Morgan"
    assert found.previous_term == "autumn"
    assert found.previous is not None and found.previous.judgement.rate == "strong"

    assert [v.visit.visit_date for v in found.visits] == ["2026-01-05"]
    seen = found.visits[0]
    assert seen.discussed and seen.visited_by == "Elin Haf Morgan"
    assert [n for n, _ in seen.answers] == [1, 2, 3, 4, 5]
    assert seen.answered == 5
    aspect = visits.priority_aspect(priority.id)
    expected = [e for e in visits.evidence_of(store, seen.visit.id) if e.aspect == aspect]
    assert seen.evidence == tuple(expected) and len(expected) == 1
    assert seen.visit.summary  # the visit's summary travels with it
    assert found.evidence_count == 1


def test_autumn_has_no_previous_term_and_lists_visits_that_did_not_discuss_it(demo):
    """Tried: an autumn judgement of a school visited twice that term, once about another
    priority. Both visits are listed by date; the other one says it did not discuss it."""
    store, _me = demo
    _school, priority = _priority(store, "Heol Fach Primary School", "Track learners")

    found = evidence_behind(store, priority.id, "autumn", YEAR)

    assert found.previous_term is None and found.previous is None
    assert found.judgement is not None and found.judgement.judgement.rate == "satisfactory"
    dates = [v.visit.visit_date for v in found.visits]
    assert dates == sorted(dates) and all("2025-09-01" <= d <= "2025-12-31" for d in dates)
    by_date = {v.visit.visit_date: v for v in found.visits}
    assert by_date["2025-09-03"].discussed and by_date["2025-09-03"].answered == 5
    quiet = by_date["2025-09-10"]
    assert not quiet.discussed
    assert quiet.answers == ((1, ""), (2, ""), (3, ""), (4, ""), (5, ""))
    assert quiet.evidence == ()


def test_a_term_not_yet_judged_has_no_judgement_but_keeps_its_visits(demo):
    store, _me = demo
    _school, priority = _priority(store, "Maes-y-Coed High School", "Use questioning")

    found = evidence_behind(store, priority.id, "spring", YEAR)

    assert found.judgement is None
    assert found.previous is not None and found.previous.judgement.term == "autumn"
    assert [v.visit.visit_date for v in found.visits] == ["2026-01-05"]
    assert found.evidence_count == 3


def test_a_deleted_visit_or_evidence_item_is_left_out(demo):
    store, _me = demo
    _school, priority = _priority(store, "Maes-y-Coed High School", "Use questioning")
    visit = evidence_behind(store, priority.id, "spring", YEAR).visits[0]
    records.delete(store, "evidence", visit.evidence[0].id)
    assert evidence_behind(store, priority.id, "spring", YEAR).evidence_count == 2
    records.delete(store, "visits", visit.visit.id)
    assert evidence_behind(store, priority.id, "spring", YEAR).visits == ()


def test_unknown_term_other_year_or_deleted_priority_are_refused(demo):
    store, _me = demo
    _school, priority = _priority(store, "Heol Fach Primary School", "Track learners")
    with pytest.raises(InvalidValue):
        evidence_behind(store, priority.id, "winter", YEAR)
    with pytest.raises(InvalidValue):
        evidence_behind(store, priority.id, "autumn", "2024-25")
    with pytest.raises(ValueError):
        evidence_behind(store, priority.id, "autumn", "2025")
    records.delete(store, "priorities", priority.id)
    with pytest.raises(NotFound):
        evidence_behind(store, priority.id, "autumn", YEAR)
    assert previous_term("summer") == "spring"


def test_the_judgements_of_a_partner_or_an_la_add_up_to_the_distributions(demo):
    """The drill-down lists exactly what the bars count, for a partner and for an LA,
    including a school reallocated to another partner of the team."""
    store, _me = demo
    gareth = next(
        r[0] for r in store.db.execute("SELECT id FROM people WHERE name = 'Gareth Pritchard'")
    )
    school, _unused = _priority(store, "Heol Fach Primary School", "Track learners")
    team.reallocate(store, school.id, gareth, YEAR, on=TODAY)
    consistency = team.judgement_consistency(store, YEAR)

    for row in consistency.by_ip:
        listed = judgements_of_year(store, YEAR, ip_key=row.key)
        assert Counter(j.judgement.rate for j in listed) == Counter(dict(row.counts)) - Counter()
        assert len(listed) == row.total
    for row in consistency.by_la:
        listed = judgements_of_year(store, YEAR, la_code=row.key)
        assert {j.school.la_code for j in listed} == {row.key}
        assert len(listed) == row.total

    garths = judgements_of_year(store, YEAR, ip_key=gareth)
    assert {j.school.name for j in garths} == {"Heol Fach Primary School"}
    assert all(j.holder is not None and j.holder.name == "Gareth Pritchard" for j in garths)
    assert judgements_of_year(store, YEAR, ip_key="") == ()
    assert people.me(store) != gareth
