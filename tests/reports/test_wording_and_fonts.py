"""The reports' bilingual wording catalogue and the fonts they print with (issue 6)."""

from __future__ import annotations

import re
import threading
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from desktop.reports import WordingError, format_date, load_wording
from desktop.reports.fonts import BOLD, REGULAR, register_fonts
from desktop.reports.wording import parse_wording
from desktop.store.calendar import TERMS
from desktop.store.priorities import PRIORITY_STATUSES

REPORTS = Path(__file__).resolve().parents[2] / "desktop" / "reports"


def test_shipped_wording_has_english_and_welsh_for_every_key():
    wording = load_wording()
    assert len(list(wording)) > 100
    for key in wording:
        text = wording.text(key)
        assert text.en.strip() and text.cy.strip(), key
    assert wording.get("common.page", "cy", page=2, pages=5) == "Tudalen 2 o 5"
    assert wording.get("common.page", "en", page=2, pages=5) == "Page 2 of 5"


def test_every_key_the_report_code_names_exists():
    wording = load_wording()
    named = set()
    for source in REPORTS.glob("*.py"):
        named |= set(
            re.findall(
                r'"((?:common|visit|governors|la|date)\.[a-z_]+)"',
                source.read_text(encoding="utf-8"),
            )
        )
    assert named, "the pattern should find the keys used in the code"
    assert sorted(k for k in named if not wording.has(k)) == []
    families = {
        "terms": TERMS,
        "terms_short": TERMS,
        "visit_status": ("draft", "final"),
        "stance": ("strength", "concern"),
        "support_status": ("requested", "agreed", "in_progress", "complete", "cancelled"),
        "priority_status": PRIORITY_STATUSES,
    }
    for family, keys in families.items():
        for key in keys:
            assert wording.has(f"{family}.{key}"), f"{family}.{key}"


def test_a_text_missing_its_welsh_fails_naming_the_key():
    with pytest.raises(WordingError, match=r"visit\.title: missing Welsh text \('cy'\)"):
        parse_wording('[visit]\ntitle = { en = "Note of visit" }\n')
    with pytest.raises(WordingError, match=r"common\.page: .*different placeholders"):
        parse_wording('[common]\npage = { en = "Page {page}", cy = "Tudalen {tudalen}" }\n')
    with pytest.raises(WordingError, match=r"la\.title: the Welsh text"):
        parse_wording('[la]\ntitle = { en = "Summary", cy = "  " }\n')
    with pytest.raises(WordingError, match=r"la\.title: unexpected field"):
        parse_wording('[la]\ntitle = { en = "Summary", cy = "Crynodeb", fr = "Résumé" }\n')


def test_dates_are_written_in_each_language():
    wording = load_wording()
    welsh = [format_date(date(2026, month, 3), "cy", wording) for month in range(1, 13)]
    assert [w.split()[1] for w in welsh] == [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ]  # fmt: skip
    assert format_date(date(2025, 11, 3), "cy", wording) == "3 Tachwedd 2025"
    assert format_date(date(2025, 11, 3), "en", wording) == "3 November 2025"


def test_fonts_ship_with_their_licence_and_carry_the_welsh_letters():
    folder = files("resources") / "fonts"
    for name in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
        "LICENSE",
    ):
        assert (folder / name).is_file(), name
    assert "Bitstream" in (folder / "LICENSE").read_text(encoding="utf-8")
    register_fonts()
    for name in (REGULAR, BOLD):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        assert all(ord(ch) in glyphs for ch in "ŵŷŴŶâêîôûŵŷáéíóú")


def test_registering_fonts_from_many_threads_at_once_is_safe():
    errors: list[BaseException] = []

    def register() -> None:
        try:
            register_fonts()
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=register) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert pdfmetrics.getFont(REGULAR).face.name
