"""One declared list of support kinds, read by every report and the LA export (issue 15
point 3): "Professional learning and its impact" was always empty, and raw keys ("la") were
printed and exported."""

from __future__ import annotations

import re
from datetime import date

import pytest

from desktop.reports import render_governors_report, render_la_summary
from desktop.store import people, team, visits
from forms import load_forms
from tests.reports import builders
from tests.reports.pdf import read_pdf

FORMS = load_forms()
YEAR = "2025-26"


@pytest.fixture
def every_kind(store):
    """A school that received one item of support of every declared kind."""
    school_id = builders.school(store)
    people.allocate(store, school_id, people.add_person(store, "Siân Prydderch", "ip"), YEAR)
    for number, kind in enumerate(FORMS.support_kinds):
        visits.request_support(
            store,
            school_id,
            YEAR,
            kind.key,
            description=f"Gwaith rhif {number}",
            days=1,
            status="complete",
        )
    # written by a newer SIPL with a kind this one does not know: reads as "Other"
    visits.request_support(
        store, school_id, YEAR, "robotics_lab", description="Gwaith ANHYSBYS", status="agreed"
    )
    return school_id


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end)]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_governors_report_sorts_every_kind_and_prints_words_not_keys(
    store, tmp_path, every_kind, lang
):
    info = render_governors_report(
        store, every_kind, YEAR, lang, tmp_path / "gb.pdf", today=date(2026, 7, 10)
    )
    text = read_pdf(info.path).flat()
    heads = {
        "en": ("Support received and its impact", "Professional learning and its impact"),
        "cy": ("Y cymorth a gafwyd a'i effaith", "Dysgu proffesiynol a'i effaith"),
    }[lang]
    support = _between(text, heads[0], heads[1])
    learning = text[text.index(heads[1]) :]
    for number, kind in enumerate(FORMS.support_kinds):
        part = learning if kind.professional_learning else support
        assert f"Gwaith rhif {number}" in part, kind.key
        assert kind.name.get(lang) in part, kind.key
    assert "Gwaith ANHYSBYS" in support and FORMS.support_kind("other").name.get(lang) in support
    assert FORMS.support_kind("professional_learning").professional_learning
    for raw in ("robotics_lab", "peer_school", "professional_learning"):
        assert raw not in text


def test_the_la_summary_prints_words_not_keys(store, tmp_path, every_kind):
    info = render_la_summary(store, every_kind, YEAR, "summer", "en", tmp_path / "la.pdf")
    text = read_pdf(info.path).flat()
    for kind in FORMS.support_kinds:
        assert kind.name.en in text, kind.key
    assert "robotics_lab" not in text and "peer_school" not in text


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_la_export_names_each_kind_in_words(store, every_kind, lang):
    rows = team.la_termly_view(store, "674", YEAR, "summer")
    csv_text = team.la_view_csv(rows, lang)
    for kind in FORMS.support_kinds:
        assert f"{kind.name.get(lang)}" in csv_text, kind.key
    assert "robotics_lab" not in csv_text
    assert f"{FORMS.support_kind('la').name.get(lang)}: Gwaith rhif" in csv_text
    assert not re.search(r"\bla: Gwaith", csv_text)
