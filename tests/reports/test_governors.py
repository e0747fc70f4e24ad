"""The annual report to the governing body (issue 6)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str

from desktop.reports import render_governors_batch, render_governors_report
from desktop.store import priorities, schools, visits
from forms import load_forms
from tests.reports import builders
from tests.reports.pdf import read_pdf

FORMS = load_forms()
TODAY = date(2026, 7, 10)


def fill_operator(colour: str) -> str:
    """How reportlab writes a fill colour into a page's content stream."""
    c = HexColor(colour)
    return f"{fp_str(c.red, c.green, c.blue)} rg"


def test_a_year_reads_as_judgements_in_colour_and_words_support_learning_and_practice(
    store, tmp_path
):
    school_id = builders.school(store)
    builders.governors_year(store, school_id)
    visits.start_visit(store, school_id, date(2025, 10, 14), "agree_priorities")
    visits.start_visit(store, school_id, date(2025, 6, 1), "other")  # last year: left out
    schools.set_support_level(
        store,
        school_id,
        "enhanced",
        "Cynnydd cyfyngedig ar y drydedd flaenoriaeth",
        decided_on=date(2026, 1, 15),
    )

    info = render_governors_report(
        store, school_id, "2025-26", "en", tmp_path / "gb.pdf", today=TODAY
    )

    pdf = read_pdf(tmp_path / "gb.pdf")
    assert info.pages == len(pdf.pages) >= 2
    text = pdf.flat()
    assert "Annual report to the governing body" in text
    assert "Ysgol Gynradd Tŷ'r Ŵyn" in text and "Date of report 10 July 2026" in text
    for title in ("Gwella darllen yng Nghyfnod Allweddol 2", "Cryfhau lles a phresenoldeb"):
        assert title in text
    for rate in FORMS.rates:  # the key names every rate and its descriptor
        assert rate.name.en in text and rate.descriptor.en[:60] in text
    assert "On track" in text and "Off track" in text
    assert "Autumn term" in text and "Spring term" in text and "Summer term" in text
    # Each judgement's colour is on the page, beside its words.
    for key in ("very_good", "strong", "satisfactory", "limited"):
        assert fill_operator(FORMS.rate(key).colour) in pdf.content
    support = text.index("Support received and its impact")
    learning = text.index("Professional learning and its impact")
    practice = text.index("Strengths and practice worth sharing")
    assert support < text.index("Hyb Darllen Cwm Taf") < learning
    assert learning < text.index("Rhaglen arweinyddiaeth ganol") < practice
    assert "Mae'r arweinwyr canol yn arwain teithiau dysgu." in text  # its impact
    assert practice < text.index("Darllen ar y cyd gyda theuluoedd")
    # issue 15: the partner's days from visits against the days due; brokered apart
    assert (
        "Days of the improvement partner's time this year (visits: 2 whole-day, 0 half-day) 2 of 7"
    ) in text
    assert "Days due this year: the minimum for the sector (7) and the days agreed" in text
    assert "professional learning), counted apart 14" in text
    assert "14 October 2025" in text and "1 June 2025" not in text
    assert "Changes to the level of support" in text
    assert "15 January 2026 Core support → Enhanced support" in text
    assert "Cynnydd cyfyngedig ar y drydedd flaenoriaeth" in text
    assert pdf.lang == "en-GB" and pdf.author == "Siân Prydderch"
    assert pdf.fonts and all("DejaVuSans" in font for font in pdf.fonts)


def test_a_school_with_no_judgements_yet_says_so_plainly(store, tmp_path):
    school_id = builders.school(store)
    builders.governors_year(store, school_id, judged=False)

    english = read_pdf(
        render_governors_report(
            store, school_id, "2025-26", "en", tmp_path / "en.pdf", today=TODAY
        ).path
    )
    welsh = read_pdf(
        render_governors_report(
            store, school_id, "2025-26", "cy", tmp_path / "cy.pdf", today=TODAY
        ).path
    )

    assert "No progress judgements have been recorded yet this year." in english.flat()
    assert english.flat().count("Not yet judged") >= 3
    assert "Nid oes unrhyw farnau am y cynnydd wedi'u cofnodi eto eleni." in welsh.flat()
    assert "Heb ei farnu eto" in welsh.flat()
    assert "Tudalen 1 o" in welsh.pages[0] and welsh.lang == "cy-GB"


def test_a_school_with_nothing_recorded_still_gets_a_clear_report(store, tmp_path):
    school_id = builders.school(store, "6749002", "Ysgol Newydd", medium=None)
    pdf = read_pdf(
        render_governors_report(
            store, school_id, "2025-26", None, tmp_path / "x.pdf", today=TODAY
        ).path
    )
    text = pdf.flat()
    assert "No priorities have been recorded for 2025-26." in text
    assert "No support has been recorded for this year." in text
    assert "No professional learning has been recorded for this year." in text
    assert "No practice worth sharing has been recorded this year." in text
    assert "No visits have been recorded this year." in text


def test_welsh_and_bilingual_reports_use_the_forms_wording(store, tmp_path):
    school_id = builders.school(store)
    builders.governors_year(store, school_id)
    welsh = read_pdf(
        render_governors_report(
            store, school_id, "2025-26", "cy", tmp_path / "cy.pdf", today=TODAY
        ).path
    ).flat()
    assert "Adroddiad blynyddol i'r corff llywodraethu" in welsh
    assert "Cynnydd cryf" in welsh and "Ar y trywydd iawn" in welsh
    assert "Tymor yr hydref" in welsh and "10 Gorffennaf 2026" in welsh
    assert "Strong progress" not in welsh

    both = read_pdf(
        render_governors_report(
            store, school_id, "2025-26", "both", tmp_path / "both.pdf", today=TODAY
        ).path
    ).flat()
    assert "Cynnydd cryf" in both and "Strong progress" in both
    assert both.index("Dysgu proffesiynol a'i effaith") < both.index(
        "Professional learning and its impact"
    )


def test_a_batch_for_a_caseload_writes_one_named_pdf_per_school(store, tmp_path):
    ids = []
    for n in range(3):
        school_id = builders.school(store, f"674900{n}", f"Ysgol {n}", medium=None)
        priorities.add_priority(store, school_id, "2025-26", f"Blaenoriaeth {n}")
        ids.append(school_id)

    done = render_governors_batch(store, ids, "2025-26", tmp_path / "gb", today=TODAY)

    assert [info.path.name for info in done if info.path] == [
        f"674900{n}-governors-2025-26.pdf" for n in range(3)
    ]
    for n, info in enumerate(done):
        assert f"Blaenoriaeth {n}" in read_pdf(info.path).flat()
