"""Page layout guards (issue 15 point 6): a table row moves whole to the next page (no
repeated header holding one word), only a row taller than a page is split, a heading never
ends a page, the days lines and the judgement key keep together, and the running title
stays when the school's name is long."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.reports import render_governors_report, render_visit_summary
from desktop.store import people, visits
from forms import load_forms
from tests.reports import builders
from tests.reports.builders import ENGLISH_PARAGRAPHS, WELSH_PARAGRAPHS
from tests.reports.pdf import read_pdf

FORMS = load_forms()
FURNITURE = ("SWYDDOGOL–SENSITIF / OFFICIAL–SENSITIVE", "OFFICIAL–SENSITIVE")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _note(store, tmp_path, filler: int, *, huge: bool = False) -> tuple[list[str], list[str]]:
    """A bilingual note with ``filler`` paragraphs of summary and 14 actions; returns the
    pages' text and the actions' descriptions."""
    school = builders.school(store)
    partner = people.add_person(store, "Siân Prydderch", "ip")
    people.allocate(store, school, partner, "2025-26")
    aspect = visits.area_aspect("teaching")
    visit = visits.start_visit(
        store, school, date(2025, 10, 14), "progress_towards_priorities", aspects=[aspect]
    )
    for question in range(1, 6):
        visits.set_answer(store, visit, aspect, question, builders.long_text(WELSH_PARAGRAPHS, 2))
    visits.update_visit(
        store,
        visit,
        summary=builders.long_text(ENGLISH_PARAGRAPHS, filler),
        next_visit_date=date(2026, 1, 20),
    )
    texts = []
    for number in range(14):
        source = builders.long_text(WELSH_PARAGRAPHS, 2)
        words = source[: 60 + 131 * (4 - number % 5)]  # eight lines to one
        if huge and number == 6:
            words = builders.long_text(ENGLISH_PARAGRAPHS, 40)  # taller than a page
        text = f"Cam {number + 1}: {words}"
        texts.append(text)
        visits.add_action(
            store, school, text, owner="Rhian Llŷr", due_on=date(2026, 1, 9), visit_id=visit
        )
    info = render_visit_summary(store, visit, "both", tmp_path / f"note-{filler}.pdf")
    return [_flat(p) for p in read_pdf(info.path).pages], texts


@pytest.mark.parametrize("filler", range(0, 12, 2))
def test_every_action_row_is_whole_on_one_page(store, tmp_path, filler):
    pages, actions = _note(store, tmp_path, filler)
    for action in actions:
        assert any(_flat(action) in page for page in pages), action[:30]


@pytest.mark.parametrize("filler", [0, 8, 16, 24, 31])  # 16 and 31 once left it alone
def test_no_page_ends_with_a_heading(store, tmp_path, filler):
    pages, _ = _note(store, tmp_path, filler)
    headings = ("Camau gweithredu y cytunwyd arnynt Agreed actions", "Dyddiad yr ymweliad nesaf")
    for number, page in enumerate(pages[:-1], start=1):
        body = page
        for piece in FURNITURE:
            body = body.replace(piece, "")
        body = body.split("Tudalen ")[0].strip()
        for heading in headings:
            assert not body.endswith(heading), f"page {number} ends with {heading!r}"


def test_a_row_taller_than_a_page_still_prints_whole(store, tmp_path):
    pages, actions = _note(store, tmp_path, 2, huge=True)  # no LayoutError
    huge = _flat(actions[6])
    assert any(huge[:80] in page for page in pages)
    assert any(huge[-80:] in page for page in pages)
    for action in actions[:6] + actions[7:]:
        assert any(_flat(action) in page for page in pages), action[:30]


def test_the_days_lines_and_the_key_keep_together(store, tmp_path):
    school = builders.school(store)
    builders.governors_year(store, school)
    for filler in range(6):
        visits.add_practice(store, school, f"Arfer {filler}", description=WELSH_PARAGRAPHS[1])
    info = render_governors_report(store, school, "2025-26", "both", tmp_path / "gb.pdf")
    pages = [_flat(p) for p in read_pdf(info.path).pages]
    limited = FORMS.rate("limited").descriptor.en[:40]
    for start, end in (
        ("Diwrnodau o amser y partner gwella eleni", "wedi'u cyfrif ar wahân"),
        ("Allwedd i'r barnau", limited),
    ):
        [page] = [p for p in pages if start in p]
        assert end in page[page.index(start) :], start


def test_the_running_title_stays_beside_a_long_school_name(store, tmp_path):
    school = builders.school(
        store,
        "6749003",
        "Ysgol Gynradd Gymunedol Gymraeg Llanfihangel-yng-Ngwynfa a Phont Llogel a'r Cylch",
    )
    builders.governors_year(store, school)
    info = render_governors_report(store, school, "2025-26", "both", tmp_path / "gb.pdf")
    for page in read_pdf(info.path).pages:
        head = _flat(page)[:400]
        assert "Adroddiad blynyddol" in head or "Annual report" in head
