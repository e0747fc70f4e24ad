"""Issue 5: the LA termly view saved for the local authority as CSV or an Excel workbook,
in English or Welsh, written whole or not at all, carrying its protective marking."""

from __future__ import annotations

import csv
import errno
import io
import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.store import la_export, people, priorities, records, schools, team, visits
from desktop.store.errors import InvalidValue
from tests.reports.builders import forms_with_marking
from tests.store.factories import make_school

YEAR = "2025-26"
MARKING = {"en": "OFFICIAL–SENSITIVE", "cy": "SWYDDOGOL–SENSITIF"}
RATIONALE = "Mae'r gŵyl ddarllen wedi codi safonau; cynnydd cryf ym mhob dosbarth."


@pytest.fixture
def rows(store):
    """LA 991: Ysgol Aber with no priorities; Ysgol Uwchradd y Dyffryn with a priority
    judged in autumn (Welsh rationale with ŵ), one not judged, and support brokered."""
    elin = people.add_person(store, "Elin Morgan", "ip")
    aber = make_school(store, "9911004", "Ysgol Aber", la_name="Sir y Dyffryn")
    dyffryn = make_school(
        store, "9911003", "Ysgol Uwchradd y Dyffryn", sector="Secondary", la_name="Sir y Dyffryn"
    )
    people.allocate(store, dyffryn, elin, YEAR)
    p = priorities.add_priority(store, dyffryn, YEAR, "Rhifedd", reform_area="curriculum")
    priorities.add_priority(store, dyffryn, YEAR, "=Presenoldeb")  # not a formula
    priorities.judge_priority(
        store,
        p,
        "autumn",
        track="on_track",
        rate="strong",
        rationale=RATIONALE,
        judged_on=date(2025, 12, 1),
    )
    visits.request_support(
        store,
        dyffryn,
        YEAR,
        "hub",
        provider_name="Clwstwr y Dyffryn",
        description="Mentora",
        days=2.5,
        status="complete",
    )
    assert aber
    return team.la_termly_view(store, "991", YEAR, "autumn")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to save exports in (the profile's data lives beside it)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def read_xlsx(data: bytes):
    workbook = load_workbook(io.BytesIO(data))
    return workbook, workbook.active


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def as_dicts(sheet) -> list[dict[str, object]]:
    """The lines of the sheet under its headings (row 2: row 1 is the marking)."""
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[1], line, strict=True)) for line in values[2:]]


def test_the_workbook_has_the_csv_columns_in_english_with_numbers_as_numbers(rows):
    workbook, sheet = read_xlsx(la_export.la_view_xlsx(rows, "en", academic_year=YEAR))
    english_csv = read_csv(team.la_view_csv(rows, "en"))
    assert english_csv[0] == ["OFFICIAL–SENSITIVE"]
    headings = [c.value for c in sheet[2]]
    assert headings == english_csv[1]
    assert headings[:2] == ["School number", "School"]
    lines = as_dicts(sheet)
    assert len(lines) == len(english_csv) - 2 == 3  # Aber, then two priorities
    aber, judged, unjudged = lines
    assert aber["School"] == "Ysgol Aber"
    assert aber["Priority"] == "No priorities recorded"
    assert aber["Improvement partner"] == "Not allocated"
    assert judged["Rate of progress"] == "Strong progress"
    assert judged["Rationale"] == RATIONALE
    assert judged["Days of brokered support"] == 2.5
    assert judged["Improvement partner's days (visits)"] == 0  # issue 15: counted apart
    assert judged["Minimum days for the sector"] == 10
    assert judged["School number"] == 9911003
    assert unjudged["Priority"] == "=Presenoldeb"  # text typed by a partner, not a formula
    assert unjudged["Rate of progress"] == "Not yet judged"
    # A header a reader can keep in view: bold, frozen, filterable; long text wrapped.
    assert all(cell.font.bold for cell in sheet[2])
    assert sheet.freeze_panes == "A3"  # the marking and the headings stay in view
    assert sheet.auto_filter.ref == "A2:P5"  # the headings and the lines, not the marking
    assert sheet.print_title_rows == "$1:$2"
    rationale_column = headings.index("Rationale") + 1
    assert sheet.cell(row=4, column=rationale_column).alignment.wrap_text
    assert sheet.column_dimensions["K"].width >= 40
    # Named for the LA and the term.
    assert sheet.title == "Sir y Dyffryn – Autumn term"
    assert workbook.properties.title == "Sir y Dyffryn – Autumn term – 2025-26"
    assert workbook.properties.language == "en-GB"


def test_the_workbook_in_welsh(rows):
    workbook, sheet = read_xlsx(
        la_export.la_view_xlsx(rows, "cy", la_name="Sir y Dyffryn", academic_year=YEAR)
    )
    assert sheet["A1"].value == "SWYDDOGOL–SENSITIF"
    headings = [c.value for c in sheet[2]]
    assert headings[:2] == ["Rhif yr ysgol", "Ysgol"]
    assert "Cyfradd y cynnydd" in headings and "Rhesymeg" in headings
    lines = as_dicts(sheet)
    assert lines[0]["Blaenoriaeth"] == "Dim blaenoriaethau wedi'u cofnodi"
    assert lines[1]["Cyfradd y cynnydd"] == "Cynnydd cryf"
    assert lines[1]["Rhesymeg"] == RATIONALE and "ŵ" in str(lines[1]["Rhesymeg"])
    assert lines[1]["Diwrnodau o gymorth a drefnwyd"] == 2.5
    assert sheet.title == "Sir y Dyffryn – Tymor yr hydref"
    assert workbook.properties.language == "cy-GB"


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_both_formats_carry_the_protective_marking(rows, out: Path, lang: str):
    """CSV: the marking alone in the first row, the headings in the second. Workbook: the
    marking in bold in row 1 above the bold, frozen, filterable headings, in the printed
    pages' header and footer, and in the document's keywords, category and a custom
    property."""
    marking = MARKING[lang]
    lines = read_csv(
        la_export.write_la_export(out / "view.csv", rows, lang).read_bytes().decode("utf-8-sig")
    )
    assert lines[0] == [marking]
    assert lines[1][0] == team.wording("school_number", lang)
    assert len(lines) == 2 + 3 and all(len(line) == len(lines[1]) for line in lines[1:])

    path = la_export.write_la_export(out / "view.xlsx", rows, lang, academic_year=YEAR)
    workbook, sheet = read_xlsx(path.read_bytes())
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == marking and not any(values[0][1:])
    assert sheet["A1"].font.bold and sheet["A1"].data_type == "s"
    assert values[1][0] == team.wording("school_number", lang)
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref == "A2:P5"
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.oddHeader.center.text.endswith(marking)
    assert sheet.oddFooter.center.text.endswith(marking)
    assert workbook.properties.keywords == marking
    assert workbook.properties.category == marking
    assert {p.name: p.value for p in workbook.custom_doc_props} == {
        la_export.MARKING_PROPERTY: marking
    }


def test_an_empty_view_still_carries_the_marking():
    lines = read_csv(team.la_view_csv([], "cy"))
    assert lines[0] == ["SWYDDOGOL–SENSITIF"] and len(lines) == 2
    _workbook, sheet = read_xlsx(la_export.la_view_xlsx([], "en"))
    assert sheet["A1"].value == "OFFICIAL–SENSITIVE"
    assert sheet.auto_filter.ref == "A2:P2" and sheet.freeze_panes == "A3"


def test_a_reworded_marking_is_exported_and_never_runs_as_a_formula(
    rows, monkeypatch, tmp_path: Path
):
    """A consortium rewords marking.toml; even a marking that looks like a formula is
    written as words (CSV: behind an apostrophe; workbook: a text cell)."""
    forms = forms_with_marking(tmp_path, "Official–Sensitive: personal", "=1+1")
    monkeypatch.setattr(team, "load_forms", lambda: forms)
    monkeypatch.setattr(la_export, "load_forms", lambda: forms)
    assert read_csv(team.la_view_csv(rows, "en"))[0] == ["OFFICIAL–SENSITIVE: PERSONAL"]
    assert read_csv(team.la_view_csv(rows, "cy"))[0] == ["'=1+1"]
    workbook, sheet = read_xlsx(la_export.la_view_xlsx(rows, "cy"))
    assert sheet["A1"].value == "=1+1" and sheet["A1"].data_type == "s"
    assert workbook.properties.keywords == "=1+1"
    workbook, sheet = read_xlsx(la_export.la_view_xlsx(rows, "en"))
    assert sheet["A1"].value == "OFFICIAL–SENSITIVE: PERSONAL"
    assert workbook.properties.keywords == "OFFICIAL–SENSITIVE: PERSONAL"


def test_sheet_titles_are_ones_excel_accepts():
    long = la_export.sheet_title("Rhondda Cynon Taf: [Gogledd] / De?", "Tymor yr hydref")
    assert len(long) <= 31
    assert not set(long) & set("[]:*?/\\")
    assert long.endswith("Tymor yr hydref")
    assert la_export.sheet_title("Cardiff", "Spring term") == "Cardiff – Spring term"


def test_csv_and_xlsx_files_round_trip(rows, out: Path):
    saved = la_export.write_la_export(out / "Sir y Dyffryn.csv", rows, "cy")
    raw = saved.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte order mark: Excel reads ŵ correctly
    lines = read_csv(raw.decode("utf-8-sig"))
    assert lines == read_csv(team.la_view_csv(rows, "cy"))
    assert lines[0] == ["SWYDDOGOL–SENSITIF"]
    assert RATIONALE in {cell for line in lines for cell in line}

    workbook_path = la_export.write_la_export(out / "Sir y Dyffryn.XLSX", rows, "en")
    workbook, sheet = read_xlsx(workbook_path.read_bytes())
    assert sheet.cell(row=1, column=1).value == "OFFICIAL–SENSITIVE"
    assert sheet.cell(row=2, column=1).value == "School number"
    assert workbook.properties.keywords == "OFFICIAL–SENSITIVE"
    assert sorted(p.name for p in out.iterdir()) == ["Sir y Dyffryn.XLSX", "Sir y Dyffryn.csv"]


def test_an_unknown_suffix_writes_nothing(rows, out: Path):
    with pytest.raises(InvalidValue):
        la_export.write_la_export(out / "view.pdf", rows, "en")
    assert list(out.iterdir()) == []


def test_a_missing_folder_raises_a_clear_oserror(rows, out: Path):
    target = out / "not there" / "view.xlsx"
    with pytest.raises(OSError) as raised:
        la_export.write_la_export(target, rows, "en")
    assert raised.value.errno == errno.ENOENT
    assert raised.value.filename == str(target)
    assert "not there" in str(raised.value)
    assert list(out.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file_and_the_old_file_intact(
    rows, out: Path, monkeypatch
):
    target = out / "view.csv"
    target.write_text("last term's export", encoding="utf-8")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(la_export.os, "fsync", disk_full)
    with pytest.raises(OSError) as raised:
        la_export.write_la_export(target, rows, "en")
    assert raised.value.errno == errno.ENOSPC
    assert target.read_text(encoding="utf-8") == "last term's export"
    assert [p.name for p in out.iterdir()] == ["view.csv"]


def test_a_folder_in_the_way_leaves_nothing_behind(rows, out: Path):
    (out / "view.xlsx").mkdir()
    with pytest.raises(OSError):
        la_export.write_la_export(out / "view.xlsx", rows, "en")
    assert [p.name for p in out.iterdir()] == ["view.xlsx"]
    assert list((out / "view.xlsx").iterdir()) == []


def test_local_authorities_with_schools_and_their_welsh_names(store):
    make_school(store, "9901001", "Ysgol Cwm Derwen", la_name="Bro Derwen")
    make_school(store, "9911001", "Ysgol Aber", la_name="Vale of Alaw")
    schools.ensure_local_authority(store, "992", "No Schools Yet")
    vale = store.db.execute("SELECT id FROM local_authorities WHERE code = '991'").fetchone()[0]
    records.update(store, "local_authorities", vale, {"name_cy": "Bro Alaw"})
    found = la_export.local_authorities(store)
    assert [(la.code, la.display("en"), la.display("cy")) for la in found] == [
        ("990", "Bro Derwen", "Bro Derwen"),
        ("991", "Vale of Alaw", "Bro Alaw"),
    ]
