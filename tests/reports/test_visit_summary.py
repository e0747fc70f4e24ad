"""The note of visit as the headteacher receives it (issue 6)."""

from __future__ import annotations

import io
import threading
from datetime import date

import pytest

from desktop.reports import (
    build_visit_summary,
    collect_visit_summary,
    format_date,
    load_wording,
    render_visit_summary,
)
from desktop.store import attachments, records, schools, visits
from desktop.store.errors import NotFound
from desktop.store.models import School
from forms import load_forms
from tests.reports import builders
from tests.reports.pdf import read_pdf

FORMS = load_forms()
WELSH_QUESTIONS = [q.text.cy for q in FORMS.questions]
ENGLISH_QUESTIONS = [q.text.en for q in FORMS.questions]


@pytest.fixture
def welsh_visit(store, tmp_path):
    school_id = builders.school(store)
    visit_id = builders.rich_visit(store, school_id, tmp_path, welsh=True)
    return school_id, visit_id


def marked_answer(count: int) -> str:
    """A long Welsh answer whose paragraphs carry numbered markers, to prove none is lost."""
    return "\n\n".join(
        f"Paragraff {n:02d}: {builders.WELSH_PARAGRAPHS[n % 3]}" for n in range(1, count + 1)
    )


def test_welsh_note_with_long_answers_flows_across_pages_without_losing_text(
    store, tmp_path, welsh_visit
):
    _, visit_id = welsh_visit
    aspect = collect_visit_summary(store, visit_id).aspects[0].aspect
    visits.set_answer(store, visit_id, aspect, 2, marked_answer(60))
    out = tmp_path / "nodyn.pdf"

    info = render_visit_summary(store, visit_id, "cy", out)

    pdf = read_pdf(out)
    assert info.pages == len(pdf.pages) >= 5
    text = pdf.flat()
    for n in range(1, 61):
        assert f"Paragraff {n:02d}:" in text
    for question in WELSH_QUESTIONS:
        assert question in text
    assert not any(question in text for question in ENGLISH_QUESTIONS)
    assert "ŵyn" in text and "Tŷ Gwyn" in text and "Rhian Llŷr" in text
    assert "Nodyn ymweliad" in text
    assert "14 Hydref 2025" in text
    assert "Cynnydd tuag at y blaenoriaethau" in text  # purpose, from forms
    assert "20 Ionawr 2026" in text  # next visit
    assert pdf.pages[0].count("Tudalen 1 o") == 1
    assert f"Tudalen {info.pages} o {info.pages}" in pdf.pages[-1]
    assert all(f"Tudalen {n} o {info.pages}" in page for n, page in enumerate(pdf.pages, 1))
    # The header carries the school and the date on every page.
    assert all("Ysgol Gynradd Tŷ'r Ŵyn" in page and "14 Hydref 2025" in page for page in pdf.pages)


def test_evidence_is_grouped_by_kind_with_strengths_and_concerns_in_words(
    store, tmp_path, welsh_visit
):
    _, visit_id = welsh_visit
    pdf = read_pdf(render_visit_summary(store, visit_id, "cy", tmp_path / "n.pdf").path)
    text = pdf.flat()
    assert "Tystiolaeth uniongyrchol" in text
    assert "Taith ddysgu" in text and "Craffu ar waith disgyblion (edrych ar lyfrau)" in text
    assert text.count("✓ Cryfder") >= 4 and text.count("! Pryder") >= 4
    for n in range(1, 15):
        assert f"{n}. " in text
    assert "Nodyn preifat" not in text  # evidence the partner chose not to print
    assert "(Cwestiwn 2)" in text
    assert pdf.images == 2


def test_photos_can_be_left_out_and_a_missing_photo_is_named_not_fatal(
    store, tmp_path, welsh_visit
):
    _, visit_id = welsh_visit
    without = read_pdf(
        render_visit_summary(store, visit_id, "en", tmp_path / "a.pdf", include_photos=False).path
    )
    assert without.images == 0

    first = next(a for e in visits.evidence_of(store, visit_id) for a in e.attachments)
    attachments.blob_path(store, first.sha256).unlink()
    pdf = read_pdf(render_visit_summary(store, visit_id, "en", tmp_path / "b.pdf").path)
    assert pdf.images == 1
    assert f"Photo not available: {first.filename}" in pdf.flat()


def test_both_languages_print_welsh_first_labels_and_each_answer_once(store, tmp_path, welsh_visit):
    _, visit_id = welsh_visit
    aspect = collect_visit_summary(store, visit_id).aspects[1].aspect
    visits.set_answer(store, visit_id, aspect, 1, "Ateb unigryw am yr ŵyn a'r tŷ.")
    for layout in ("sequential", "side_by_side"):
        out = tmp_path / f"{layout}.pdf"
        info = render_visit_summary(store, visit_id, "both", out, layout=layout)
        pdf = read_pdf(out)
        text = pdf.flat()
        for welsh, english in zip(WELSH_QUESTIONS, ENGLISH_QUESTIONS, strict=True):
            assert welsh in text and english in text
        assert text.count("Ateb unigryw am yr ŵyn a'r tŷ.") == 1
        assert text.index("Nodyn ymweliad") < text.index("Note of visit")
        assert "Camau gweithredu y cytunwyd arnynt" in text and "Agreed actions" in text
        assert "14 Hydref 2025" in text and "14 October 2025" in text
        assert f"Tudalen 1 o {info.pages} · Page 1 of {info.pages}" in " ".join(
            pdf.pages[0].split()
        )
        assert pdf.lang == "cy-GB"


def test_english_note_has_english_labels_metadata_and_embedded_dejavu_fonts(store, tmp_path):
    school_id = builders.school(store, medium="English medium")
    visit_id = builders.rich_visit(store, school_id, tmp_path, welsh=False, repeat=2)
    out = tmp_path / "note.pdf"

    info = render_visit_summary(store, visit_id, None, out)  # the school's default: English

    pdf = read_pdf(out)
    assert info.language == "en"
    text = pdf.flat()
    for question in ENGLISH_QUESTIONS:
        assert question in text
    assert "Beth yw gwerthusiad" not in text
    assert f"Page 1 of {info.pages}" in pdf.pages[0]
    assert pdf.lang == "en-GB"
    assert pdf.title == "Note of visit: Ysgol Gynradd Tŷ'r Ŵyn, 14 October 2025"
    assert pdf.author == "Siân Prydderch"
    assert pdf.subject == "Progress towards the priorities"
    assert pdf.fonts and all("DejaVuSans" in font for font in pdf.fonts)


def test_agreed_actions_table_repeats_its_header_on_every_page_it_spans(store, tmp_path):
    school_id = builders.school(store)
    visit_id = visits.start_visit(store, school_id, date(2025, 10, 14), "broker_support")
    for n in range(1, 61):
        visits.add_action(
            store,
            school_id,
            f"Cam {n:02d}: {builders.WELSH_PARAGRAPHS[n % 3]}",
            owner="Rhian Llŷr",
            due_on=date(2026, 1, 1 + n % 28),
            visit_id=visit_id,
        )
    pdf = read_pdf(render_visit_summary(store, visit_id, "en", tmp_path / "a.pdf").path)
    spanned = [page for page in pdf.pages if "Cam " in page]
    assert len(spanned) >= 3
    for page in spanned:
        assert page.index("By when") < page.index("Cam ")
    text = pdf.flat()
    assert all(f"Cam {n:02d}:" in text for n in range(1, 61))


def test_an_empty_draft_visit_prints_clearly_as_a_draft(store, tmp_path):
    school_id = builders.school(store)
    visit_id = visits.start_visit(store, school_id, date(2025, 9, 30), "agree_priorities")

    english = read_pdf(render_visit_summary(store, visit_id, "en", tmp_path / "en.pdf").path)
    welsh = read_pdf(render_visit_summary(store, visit_id, "cy", tmp_path / "cy.pdf").path)

    assert len(english.pages) == 1
    text = english.flat()
    assert "DRAFT" in text and "Draft: not yet agreed with the school" in text
    assert "No aspects have been recorded for this visit yet." in text
    assert "No actions were agreed at this visit." in text
    assert "No support was requested at this visit." in text
    assert "Not yet arranged" in text
    assert "Corrected on" not in text
    assert "DRAFFT" in welsh.flat() and "Drafft: heb ei gytuno â'r ysgol eto" in welsh.flat()


def test_a_corrected_final_visit_prints_its_correction_date(store, tmp_path):
    school_id = builders.school(store)
    visit_id = visits.start_visit(
        store, school_id, date(2025, 10, 14), "wellbeing_check", aspects=["area:teaching"]
    )
    visits.set_answer(store, visit_id, "area:teaching", 1, "Original answer")
    visits.finalise_visit(store, visit_id)
    final = read_pdf(render_visit_summary(store, visit_id, "en", tmp_path / "f.pdf").path)
    assert "Final" in final.flat() and "Corrected on" not in final.flat()
    assert "DRAFT" not in final.flat()

    visits.set_answer(store, visit_id, "area:teaching", 1, "Corrected answer")
    corrected_at = visits.get_visit(store, visit_id).corrected_at
    assert corrected_at is not None
    day = date.fromisoformat(corrected_at[:10])
    wording = load_wording()

    english = read_pdf(render_visit_summary(store, visit_id, "en", tmp_path / "c.pdf").path)
    welsh = read_pdf(render_visit_summary(store, visit_id, "cy", tmp_path / "w.pdf").path)

    assert f"Corrected on {format_date(day, 'en', wording)}" in english.flat()
    assert "Corrected answer" in english.flat()
    assert f"Cywirwyd ar {format_date(day, 'cy', wording)}" in welsh.flat()


def test_the_default_language_follows_the_school(store, tmp_path):
    school_id = builders.school(store, medium="Welsh medium")
    visit_id = visits.start_visit(store, school_id, date(2025, 10, 1), "other")
    assert render_visit_summary(store, visit_id, None, tmp_path / "a.pdf").language == "cy"
    schools.update_details(store, school_id, report_language="both")
    assert render_visit_summary(store, visit_id, None, tmp_path / "b.pdf").language == "both"
    records.update(
        store, "schools", school_id, {"report_language": None, "welsh_medium_type": "Dual stream"}
    )
    assert render_visit_summary(store, visit_id, None, tmp_path / "c.pdf").language == "both"


@pytest.mark.parametrize(
    ("report_language", "medium", "expected"),
    [
        (None, "Welsh medium", "cy"),
        (None, "Welsh-medium", "cy"),
        (None, "Bilingual (Type B)", "both"),
        (None, "Dual stream", "both"),
        (None, "English with significant Welsh", "en"),
        (None, "English medium", "en"),
        (None, None, "en"),
        ("en", "Welsh medium", "en"),
    ],
)
def test_default_report_language(report_language, medium, expected):
    from desktop.reports import default_report_language

    school = School(
        id="x",
        number="6740001",
        name="Ysgol",
        la_code="674",
        la_name="RCT",
        sector="Primary",
        welsh_medium_type=medium,
        school_type=None,
        support_level="core",
        headteacher=None,
        postcode=None,
        pupils=None,
        report_language=report_language,
        address=(),
        phone=None,
        memberships=(),
    )
    assert default_report_language(school) == expected


def test_renders_to_a_stream_and_an_unknown_visit_leaves_no_file(store, tmp_path):
    school_id = builders.school(store)
    visit_id = visits.start_visit(store, school_id, date(2025, 10, 1), "other")
    stream = io.BytesIO(b"prefix")
    stream.seek(6)
    info = render_visit_summary(store, visit_id, "en", stream)
    data = stream.getvalue()[6:]
    assert info.path is None and info.size == len(data) and data.startswith(b"%PDF")
    assert read_pdf(data).pages

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotFound):
        render_visit_summary(store, "no-such-visit", "en", folder / "x.pdf")
    assert list(folder.iterdir()) == []


def test_layout_runs_on_worker_threads_from_collected_data(store, tmp_path, welsh_visit):
    _, visit_id = welsh_visit
    data = collect_visit_summary(store, visit_id)
    expected = read_pdf(build_visit_summary(data, "both", tmp_path / "main.pdf").path).text
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            stream = io.BytesIO()
            build_visit_summary(data, "both", stream)
            results[n] = read_pdf(stream.getvalue()).text
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(results) == 4 and all(text == expected for text in results.values())
