"""A partner's work in the store: priorities, judgements, visits, evidence, search."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.store import (
    attachments,
    caseload,
    people,
    priorities,
    schools,
    search,
    visits,
    workspace,
)
from desktop.store.errors import InvalidValue
from tests.store.factories import make_partner, make_school

YEAR = "2025-26"


@pytest.fixture
def school(store):
    return make_school(store)


def test_a_judgement_needs_a_rationale_and_a_known_rate(store, school):
    priority = priorities.add_priority(store, school, YEAR, "Improve writing across the curriculum")
    with pytest.raises(InvalidValue, match="rationale"):
        priorities.judge_priority(
            store,
            priority,
            "autumn",
            track="on_track",
            rate="strong",
            rationale="  ",
            judged_on=date(2025, 12, 1),
        )
    with pytest.raises(InvalidValue, match="not a rate"):
        priorities.judge_priority(
            store,
            priority,
            "autumn",
            track="on_track",
            rate="superb",
            rationale="x",
            judged_on=date(2025, 12, 1),
        )


def test_judging_a_term_again_revises_it_and_history_spans_terms(store, school):
    priority = priorities.add_priority(
        store, school, YEAR, "Datblygu llafaredd", reform_area="teaching"
    )
    for term, rate in (("autumn", "limited"), ("spring", "satisfactory"), ("spring", "strong")):
        priorities.judge_priority(
            store,
            priority,
            term,
            track="on_track",
            rate=rate,
            rationale="Book looks show progress",
            judged_on=date(2026, 3, 1),
        )
    [found] = priorities.priorities_of(store, school, YEAR)
    assert [(j.term, j.rate) for j in found.judgements] == [
        ("autumn", "limited"),
        ("spring", "strong"),
    ]
    assert found.latest is not None and found.latest.rate == "strong"


def test_a_visit_guides_answers_and_shows_the_last_visits_answer(store, school):
    area = visits.area_aspect("curriculum")
    first = visits.start_visit(
        store, school, date(2025, 10, 1), "progress_towards_priorities", aspects=[area]
    )
    visits.set_answer(store, first, area, 1, "Mae'r ysgol yn gwerthuso'r cwricwlwm yn gryf.")
    second = visits.start_visit(
        store, school, date(2026, 1, 20), "progress_towards_priorities", aspects=[area]
    )
    previous = workspace.previous_answers(store, second, area)
    assert previous.visit_id == first and previous.visit_date == "2025-10-01"
    assert previous.answers == ((1, "Mae'r ysgol yn gwerthuso'r cwricwlwm yn gryf."),)
    assert workspace.previous_answers(store, first, area).answers == ()


def test_unknown_purpose_or_aspect_is_refused(store, school):
    with pytest.raises(InvalidValue, match="not a visit purpose"):
        visits.start_visit(store, school, date(2025, 10, 1), "coffee")
    with pytest.raises(InvalidValue, match="not a reform area"):
        visits.start_visit(
            store,
            school,
            date(2025, 10, 1),
            "progress_towards_priorities",
            aspects=["area:astrology"],
        )


def test_evidence_with_a_photo_is_stored_once_by_its_hash(store, school, tmp_path):
    visit = visits.start_visit(store, school, date(2025, 10, 1), "progress_towards_priorities")
    area = visits.area_aspect("teaching")
    photo = tmp_path / "llyfr.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    evidence = visits.record_evidence(
        store,
        visit,
        area,
        "work_scrutiny",
        "Writing in Year 4 books shows redrafting",
        question=2,
        stance="strength",
    )
    attachments.attach_file(store, evidence, photo)
    attachments.attach_file(store, evidence, photo)
    [item] = visits.evidence_of(store, visit)
    assert item.stance == "strength" and len(item.attachments) == 2
    assert item.attachments[0].media_type == "image/png"
    sha = item.attachments[0].sha256
    assert attachments.read_blob(store, sha) == photo.read_bytes()
    assert attachments.blob_path(store, sha).read_bytes() != photo.read_bytes()  # encrypted
    assert len(list(store.paths.attachments.rglob("*"))) == 2  # one folder, one blob


def test_editing_a_final_visit_marks_it_corrected(store, school):
    area = visits.area_aspect("leadership")
    visit = visits.start_visit(
        store, school, date(2025, 10, 1), "progress_towards_priorities", aspects=[area]
    )
    visits.set_answer(store, visit, area, 3, "Plan in place")
    visits.finalise_visit(store, visit)
    assert visits.get_visit(store, visit).corrected_at is None
    visits.set_answer(store, visit, area, 3, "Plan in place and costed")
    corrected = visits.get_visit(store, visit)
    assert corrected.status == "final" and corrected.corrected_at is not None


def test_search_finds_welsh_words_without_their_accents_and_opens_the_right_school(store):
    school = make_school(store)
    other = make_school(store, "9901002", "Heol Fach Primary")
    area = visits.area_aspect("teaching")
    visit = visits.start_visit(
        store, school, date(2025, 10, 1), "progress_towards_priorities", aspects=[area]
    )
    answer = visits.set_answer(store, visit, area, 2, "Gwelwyd ŵyn bach yn y gwersi gwyddoniaeth")
    visits.add_action(store, other, "Review the wellbeing policy", owner="Headteacher")
    hits = search.search(store, "wyn gwyddon")
    assert [(h.table, h.row_id, h.school_id) for h in hits] == [("enquiry_answers", answer, school)]
    assert "[ŵyn]" in hits[0].snippet
    assert search.search(store, 'wellbeing" *')[0].school_name == "Heol Fach Primary"
    visits.set_answer(store, visit, area, 2, "")
    assert search.search(store, "wyn") == []


def test_the_caseload_shows_only_my_schools_with_their_latest_state(store):
    me = make_partner(store)
    mine = make_school(store)
    make_school(store, "9901002", "Ysgol Rhywun Arall")
    people.allocate(store, mine, me, YEAR)
    priority = priorities.add_priority(store, mine, YEAR, "Raise attendance")
    priorities.judge_priority(
        store,
        priority,
        "autumn",
        track="off_track",
        rate="limited",
        rationale="Attendance fell",
        judged_on=date(2025, 12, 10),
    )
    visits.start_visit(store, mine, date(2025, 11, 5), "progress_towards_priorities")
    visits.request_support(store, mine, YEAR, "ip", days=2.5, status="agreed")
    visits.request_support(store, mine, YEAR, "ip", days=9, status="requested")
    visits.add_action(store, mine, "Share the attendance plan", due_on=date(2026, 1, 9))
    [row] = caseload.caseload(store, me, YEAR)
    assert row.school.name == "Ysgol Gynradd Cwm Derwen"
    assert row.latest[0][0] == "Raise attendance"
    assert row.latest[0][1] is not None and row.latest[0][1].track == "off_track"
    assert (row.support_days_used, row.last_visit, row.open_actions) == (2.5, "2025-11-05", 1)


def test_moving_to_enhanced_support_needs_a_reason_and_is_recorded(store, school):
    with pytest.raises(InvalidValue, match="reason"):
        schools.set_support_level(store, school, "enhanced", " ", decided_on=date(2025, 11, 1))
    schools.set_support_level(
        store, school, "enhanced", "Two priorities off track", decided_on=date(2025, 11, 1)
    )
    log = caseload.school_log(store, school, YEAR)
    assert log.school.support_level == "enhanced"
    assert [(d.from_level, d.to_level, d.reason) for d in log.decisions] == [
        ("core", "enhanced", "Two priorities off track")
    ]
    with pytest.raises(InvalidValue, match="already"):
        schools.set_support_level(store, school, "enhanced", "again", decided_on=date(2025, 11, 2))
