"""What the note of visit and the LA summary say beyond the visit's answers (issue 15
point 5): each priority's judgement with the key, progress on the actions agreed last time,
strengths and areas for development in brief, the partner's contact, the date issued; the
half-termly reviews of enhanced support and the impact of support for the LA."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.reports import render_governors_report, render_la_summary, render_visit_summary
from desktop.store import people, priorities, records, reviews, schools, visits, year_summaries
from tests.reports import builders
from tests.reports.pdf import read_pdf

YEAR = "2025-26"


@pytest.fixture
def second_visit(store) -> str:
    school = builders.school(store)
    partner = people.add_person(store, "Siân Prydderch", "ip", email="sian@consortiwm.example")
    people.allocate(store, school, partner, YEAR)
    pid = priorities.add_priority(store, school, YEAR, "Gwella darllen", reform_area="curriculum")
    priorities.judge_priority(
        store,
        pid,
        "autumn",
        track="on_track",
        rate="strong",
        rationale="Da",
        judged_on=date(2025, 12, 5),
    )
    first = visits.start_visit(store, school, date(2025, 10, 14), "agree_priorities")
    done = visits.add_action(
        store, school, "Adolygu'r polisi darllen", owner="Pennaeth", visit_id=first
    )
    visits.set_action_status(store, done, "done", on=date(2025, 11, 1))
    visits.add_action(store, school, "Rhannu'r cynllun gyda'r llywodraethwyr", visit_id=first)
    aspect = visits.priority_aspect(pid)
    second = visits.start_visit(
        store,
        school,
        date(2026, 1, 20),
        "progress_towards_priorities",
        aspects=[aspect],
        person_id=partner,
    )
    visits.set_answer(store, second, aspect, 1, "Mae'r ysgol yn hyderus.")
    visits.record_evidence(
        store,
        second,
        aspect,
        "learning_walk",
        "Mae'r disgyblion yn darllen yn frwd ym mhob dosbarth. Gwelwyd hyn mewn tair gwers.",
        stance="strength",
    )
    visits.record_evidence(
        store,
        second,
        aspect,
        "work_scrutiny",
        "Nid yw'r adborth yn y llyfrau yn gyson eto. Mae angen cytuno ar ddull.",
        stance="concern",
    )
    visits.finalise_visit(store, second)
    return second


def test_the_note_gives_the_judgement_last_times_actions_and_the_visit_in_brief(
    store, tmp_path, second_visit
):
    text = read_pdf(render_visit_summary(store, second_visit, "en", tmp_path / "n.pdf").path).flat()
    assert "Latest judgement of progress Strong progress On track" in text
    assert "Key to the judgements" in text and "Limited progress" in text
    assert "Progress on the actions agreed last time (14 October 2025)" in text
    assert "Adolygu'r polisi darllen Pennaeth Done" in text
    assert "Rhannu'r cynllun gyda'r llywodraethwyr Still open" in text
    brief = text[text.index("In brief") : text.index("Progress on the actions")]
    assert "Strengths • Mae'r disgyblion yn darllen yn frwd ym mhob dosbarth." in brief
    assert "Areas for development • Nid yw'r adborth yn y llyfrau yn gyson eto." in brief
    assert "Gwelwyd hyn" not in brief  # in brief: the first sentence
    assert "Improvement partner's contact sian@consortiwm.example" in text
    assert "Date issued" in text


def test_the_note_in_welsh(store, tmp_path, second_visit):
    text = read_pdf(render_visit_summary(store, second_visit, "cy", tmp_path / "n.pdf").path).flat()
    assert "Y farn ddiweddaraf am y cynnydd Cynnydd cryf Ar y trywydd iawn" in text
    assert "Cynnydd ar y camau gweithredu y cytunwyd arnynt y tro diwethaf (14 Hydref 2025)" in text
    assert "Wedi'i wneud" in text and "Ar agor o hyd" in text
    assert "Yn gryno" in text and "Meysydd i'w datblygu" in text
    assert "Allwedd i'r barnau" in text and "Dyddiad ei gyhoeddi" in text


def test_the_first_note_of_a_school_has_no_last_time(store, tmp_path):
    school = builders.school(store)
    visit = visits.start_visit(store, school, date(2025, 10, 14), "agree_priorities")
    text = read_pdf(render_visit_summary(store, visit, "en", tmp_path / "n.pdf").path).flat()
    assert "agreed last time" not in text and "In brief" not in text
    assert "Key to the judgements" not in text and "Date issued" not in text


def test_the_la_summary_gives_the_half_termly_reviews_and_the_impact_of_support(store, tmp_path):
    school = builders.school(store)
    schools.set_support_level(
        store, school, "enhanced", "Cynnydd cyfyngedig", decided_on=date(2025, 9, 10)
    )
    reviews.record_review(
        store,
        school,
        date(2025, 10, 17),
        pip_id=None,
        la_attendees=["Rhian Evans"],
        position_agreed="Mae'r cynllun ar y trywydd iawn; adolygu eto cyn y Nadolig.",
        next_review_due=date(2025, 12, 12),
    )
    reviews.record_review(
        store,
        school,
        date(2026, 2, 6),
        pip_id=None,
        la_attendees=[],
        position_agreed="Adolygiad y gwanwyn",
        next_review_due=None,
    )
    sid = visits.request_support(
        store, school, YEAR, "hub", provider_name="Hyb Darllen", days=2, status="complete"
    )
    records.update(store, "support", sid, {"impact": "Mae'r athrawon yn holi'n well."})
    path = tmp_path / "la.pdf"
    render_la_summary(store, school, YEAR, "autumn", "en", path, today=date(2026, 1, 5))
    text = read_pdf(path).flat()
    assert "Half-termly reviews of enhanced support" in text
    assert "17 October 2025 Mae'r cynllun ar y trywydd iawn" in text and "12 December 2025" in text
    assert "Adolygiad y gwanwyn" not in text  # next term's
    assert "Mae'r athrawon yn holi'n well." in text


def test_the_next_visit_focus_recipients_response_and_consortium(store, tmp_path, second_visit):
    visits.update_visit(
        store,
        second_visit,
        next_visit_date=date(2026, 3, 3),
        next_visit_focus="Adborth yn y llyfrau",
        recipients=["Cadeirydd y llywodraethwyr", "Swyddog yr ALl"],
        ht_response="Rydym yn cytuno â'r camau ac wedi dechrau arnynt.",
    )
    text = read_pdf(render_visit_summary(store, second_visit, "en", tmp_path / "n.pdf").path).flat()
    assert "Siân Prydderch (Central South Consortium)" in text
    assert "Focus of the next visit Adborth yn y llyfrau" in text
    assert "This note goes to Cadeirydd y llywodraethwyr; Swyddog yr ALl" in text
    assert "The headteacher's response Rydym yn cytuno â'r camau ac wedi dechrau arnynt." in text
    welsh = read_pdf(
        render_visit_summary(store, second_visit, "cy", tmp_path / "c.pdf").path
    ).flat()
    assert "Consortiwm Canolbarth y De" in welsh and "Ymateb y pennaeth" in welsh
    assert "Ffocws yr ymweliad nesaf" in welsh and "Mae'r nodyn hwn yn mynd at" in welsh


def test_the_governors_report_prints_the_partners_summary_of_the_year(store, tmp_path):
    school = builders.school(store)
    builders.governors_year(store, school)
    year_summaries.set_summary(store, school, YEAR, "Blwyddyn o gynnydd cadarn mewn darllen.")
    again = year_summaries.set_summary(store, school, YEAR, "Blwyddyn o gynnydd cadarn.")
    assert store.db["year_summaries"].count == 1 and again
    path = tmp_path / "gb.pdf"
    render_governors_report(store, school, YEAR, "both", path, today=date(2026, 7, 10))
    text = read_pdf(path).flat()
    assert "Crynodeb y partner gwella o'r flwyddyn" in text
    assert "The improvement partner's summary of the year Blwyddyn o gynnydd cadarn." in text
