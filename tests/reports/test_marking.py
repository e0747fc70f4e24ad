"""Data protection on the laptop: every page of every report carries its protective marking
("OFFICIAL–SENSITIVE" / "SWYDDOGOL–SENSITIF"), worded in ``forms/data/marking.toml``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports import (
    build_governors_report,
    build_la_summary,
    build_visit_summary,
    collect_governors_report,
    collect_la_summary,
    collect_visit_summary,
)
from desktop.reports.fonts import BOLD
from desktop.reports.layout import CONTENT_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, PAGE_WIDTH
from desktop.store import visits
from forms import MARKING_MAX_LENGTH, FormError, Forms, load_forms
from tests.reports import builders
from tests.reports.pdf import PlacedText, keywords, placed_texts, read_pdf

ENGLISH = "OFFICIAL–SENSITIVE"
WELSH = "SWYDDOGOL–SENSITIF"
#: What each report language prints: Welsh first in both, as every bilingual line.
EXPECTED = {"en": ENGLISH, "cy": WELSH, "both": f"{WELSH} / {ENGLISH}"}
KINDS = ("visit", "governors", "la")
YEAR = "2025-26"

Build = Callable[..., object]


@pytest.fixture
def builds(store, tmp_path: Path) -> dict[str, Build]:
    """One school's data for each kind of report, and how to lay each out.

    Each report is long enough to run over several pages, and the note of visit is a
    draft, so its pages also carry the "DRAFT" watermark.
    """
    school_id = builders.school(store)
    visit_id = builders.rich_visit(store, school_id, tmp_path, repeat=3, final=False)
    builders.governors_year(store, school_id)
    visits.start_visit(store, school_id, date(2026, 2, 10), "wellbeing_check")
    visit = collect_visit_summary(store, visit_id)
    governors = collect_governors_report(store, school_id, YEAR, today=date(2026, 7, 10))
    la = collect_la_summary(store, school_id, YEAR, "spring", today=date(2026, 3, 25))
    return {
        "visit": lambda lang, target, **kw: build_visit_summary(visit, lang, target, **kw),
        "governors": lambda lang, target, **kw: build_governors_report(
            governors, lang, target, **kw
        ),
        "la": lambda lang, target, **kw: build_la_summary(la, lang, target, **kw),
    }


def markings(page: list[PlacedText], text: str) -> list[PlacedText]:
    return [run for run in page if run.text == text]


def assert_marked(path: Path, text: str) -> int:
    """Every page has ``text`` twice: centred in bold above the running header and below
    the page number, clear of both. Returns the number of pages."""
    pages = placed_texts(path)
    assert pages
    for number, page in enumerate(pages, start=1):
        found = markings(page, text)
        assert len(found) == 2, f"page {number}: {[run.text for run in page][:4]}"
        top, bottom = sorted(found, key=lambda run: -run.y)
        others = [run for run in page if run.text != text]
        highest = max(run.y for run in others)
        lowest = min(run.y for run in others)
        assert top.y > highest + 8, f"page {number}: the top marking is not above the header"
        assert bottom.y < lowest - 8, f"page {number}: the bottom marking is not at the foot"
        assert top.y > 841.9 - MARGIN_TOP and bottom.y < MARGIN_BOTTOM
        for run in found:
            width = stringWidth(text, BOLD, run.size)
            assert width <= CONTENT_WIDTH + 0.5
            assert run.x + width / 2 == pytest.approx(PAGE_WIDTH / 2, abs=0.5)  # centred
    return len(pages)


@pytest.mark.parametrize("lang", ["en", "cy", "both"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_page_of_every_report_carries_the_marking(
    builds: dict[str, Build], tmp_path: Path, kind: str, lang: str
) -> None:
    path = tmp_path / f"{kind}-{lang}.pdf"
    info = builds[kind](lang, path)
    pdf = read_pdf(path)
    assert info.pages == len(pdf.pages) >= 2  # type: ignore[attr-defined]
    for number, page in enumerate(pdf.pages, start=1):
        lines = page.splitlines()
        assert lines[:2] == [EXPECTED[lang]] * 2, f"page {number}"  # top and bottom
        if lang == "en":
            assert WELSH not in page
        if lang == "cy":
            assert ENGLISH not in page
    assert assert_marked(path, EXPECTED[lang]) == len(pdf.pages)
    assert pdf.fonts and all("DejaVuSans" in font for font in pdf.fonts)  # ŵ, ŷ and "–"
    assert "DejaVuSans-Bold" in " ".join(pdf.fonts)
    assert keywords(path) == EXPECTED[lang]


def test_side_by_side_reports_are_marked_too(builds: dict[str, Build], tmp_path: Path) -> None:
    path = tmp_path / "side.pdf"
    builds["visit"]("both", path, layout="side_by_side")
    assert assert_marked(path, EXPECTED["both"]) >= 2


def test_a_report_written_to_a_stream_is_marked(builds: dict[str, Build], tmp_path: Path) -> None:
    import io

    stream = io.BytesIO()
    builds["la"]("cy", stream)
    pages = read_pdf(stream.getvalue()).pages
    assert pages and all(page.count(WELSH) == 2 for page in pages)


@pytest.mark.parametrize("kind", KINDS)
def test_a_consortium_rewords_the_marking_without_a_release(
    builds: dict[str, Build], tmp_path: Path, kind: str
) -> None:
    """Reworded in a copy of marking.toml (in lower case: it prints in capitals)."""
    forms = builders.forms_with_marking(
        tmp_path, "Official–Sensitive: personal", "Swyddogol–Sensitif: personol"
    )
    assert forms.marking_in("en") == "OFFICIAL–SENSITIVE: PERSONAL"
    for lang, expected in (
        ("en", "OFFICIAL–SENSITIVE: PERSONAL"),
        ("cy", "SWYDDOGOL–SENSITIF: PERSONOL"),
        ("both", "SWYDDOGOL–SENSITIF: PERSONOL / OFFICIAL–SENSITIVE: PERSONAL"),
    ):
        path = tmp_path / f"{kind}-{lang}.pdf"
        builds[kind](lang, path, forms=forms)
        assert assert_marked(path, expected) >= 2
        old = EXPECTED[lang]
        assert not any(markings(page, old) for page in placed_texts(path))  # reworded


def test_the_longest_marking_shrinks_to_fit_the_page(
    builds: dict[str, Build], tmp_path: Path
) -> None:
    en = ("OFFICIAL–SENSITIVE: PERSONAL AND COMMERCIAL DATA WITHIN " * 2)[:MARKING_MAX_LENGTH]
    cy = ("SWYDDOGOL–SENSITIF: DATA PERSONOL A MASNACHOL O FEWN Ŵ " * 2)[:MARKING_MAX_LENGTH]
    forms = builders.forms_with_marking(tmp_path, en.strip(), cy.strip())
    path = tmp_path / "long.pdf"
    builds["la"]("both", path, forms=forms)
    expected = f"{cy.strip()} / {en.strip()}"
    assert assert_marked(path, expected) >= 2
    sizes = {run.size for page in placed_texts(path) for run in markings(page, expected)}
    assert len(sizes) == 1 and 4 < sizes.pop() < 8  # smaller than usual, still legible


# --- The marking in forms ----------------------------------------------------------------


def test_the_shipped_marking() -> None:
    forms = load_forms()
    assert forms.marking.en == ENGLISH and forms.marking.cy == WELSH
    assert "\u2013" in forms.marking.en and "\u2013" in forms.marking.cy  # an en dash
    assert forms.marking_in("cy") == WELSH
    with pytest.raises(ValueError):
        forms.marking_in("fr")


def _load(tmp_path: Path, marking_toml: str) -> Forms:
    data = tmp_path / "forms-data"
    if not data.exists():
        builders.forms_with_marking(tmp_path, ENGLISH, WELSH)
    (data / "marking.toml").write_text(marking_toml, encoding="utf-8")
    return load_forms(data)


@pytest.mark.parametrize(
    ("toml", "place", "problem"),
    [
        ('[marking]\ntext = { en = "OFFICIAL" }\n', "marking.text", 'missing Welsh text ("cy")'),
        ('[marking]\ntext = { en = "", cy = "X" }\n', "marking.text", "empty English text"),
        ('text = { en = "A", cy = "B" }\n', "(top level)", 'missing key "marking"'),
        (
            '[marking]\ntext = { en = "A", cy = "B" }\ncolour = "#ff0000"\n',
            "marking",
            'unknown key "colour"',
        ),
        (
            '[marking]\ntext = { en = "OFFICIAL\\nSENSITIVE", cy = "B" }\n',
            "marking.text.en",
            "one line of plain text",
        ),
        (
            f'[marking]\ntext = {{ en = "A", cy = "{"S" * (MARKING_MAX_LENGTH + 1)}" }}\n',
            "marking.text.cy",
            f"too long: at most {MARKING_MAX_LENGTH} characters, found {MARKING_MAX_LENGTH + 1}",
        ),
    ],
)
def test_a_broken_marking_file_is_named_with_its_place_and_problem(
    tmp_path: Path, toml: str, place: str, problem: str
) -> None:
    with pytest.raises(FormError) as caught:
        _load(tmp_path, toml)
    error = caught.value
    assert error.file.name == "marking.toml"
    assert error.place == place
    assert problem in error.problem


def test_a_missing_marking_file_stops_loading(tmp_path: Path) -> None:
    builders.forms_with_marking(tmp_path, ENGLISH, WELSH)
    (tmp_path / "forms-data" / "marking.toml").unlink()
    with pytest.raises(FormError) as caught:
        load_forms(tmp_path / "forms-data")
    assert caught.value.file.name == "marking.toml"
    assert caught.value.problem == "file not found"


def test_a_marking_at_the_longest_allowed_loads(tmp_path: Path) -> None:
    longest = "S" * MARKING_MAX_LENGTH
    forms = _load(tmp_path, f'[marking]\ntext = {{ en = "{longest}", cy = "  Ŵ  " }}\n')
    assert forms.marking.en == longest and forms.marking.cy == "Ŵ"  # trimmed
