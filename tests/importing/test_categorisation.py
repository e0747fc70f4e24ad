"""Importing the national categorisation files (bilingual headers and colours)."""

from __future__ import annotations

import pytest

from desktop.store import caseload
from desktop.store.importing import apply as importing
from desktop.store.importing.address_list import parse_address_list
from desktop.store.importing.categorisation import parse_categorisation
from desktop.store.importing.csvfile import ImportRejected
from tests.importing.samples import CATEGORY_ROWS, write_address_list, write_categories


@pytest.fixture
def with_schools(store, tmp_path):
    importing.apply_schools(store, parse_address_list(write_address_list(tmp_path / "s.csv")))
    return store


def test_bilingual_colours_import_with_the_year_from_the_file_name(with_schools, tmp_path):
    rows = parse_categorisation(write_categories(tmp_path / "categorisation_2019.csv"))
    assert [r.colour for r in rows] == ["green", "amber", "yellow", "red"]
    assert {r.year for r in rows} == {"2019"}
    plan = importing.apply_categories(with_schools, rows)
    assert plan.added == 4
    school = with_schools.db.execute("SELECT id FROM schools WHERE number = '9904002'").fetchone()[
        0
    ]
    log = caseload.school_log(with_schools, school, "2025-26")
    assert [(c.year, c.colour) for c in log.categorisations] == [("2019", "amber")]


def test_reimport_updates_and_a_second_year_adds_history(with_schools, tmp_path):
    path = write_categories(tmp_path / "cat_2019.csv")
    importing.apply_categories(with_schools, parse_categorisation(path))
    again = importing.apply_categories(with_schools, parse_categorisation(path))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
    changed = [CATEGORY_ROWS[0].replace("Green/Gwyrdd", "Yellow/Melyn")]
    plan = importing.apply_categories(
        with_schools, parse_categorisation(write_categories(tmp_path / "c.csv", changed), "2019")
    )
    assert plan.updated == 1
    importing.apply_categories(
        with_schools, parse_categorisation(write_categories(tmp_path / "cat_2018.csv"))
    )
    assert with_schools.db["categorisations"].count == 8


def test_schools_not_in_the_list_are_skipped_and_named(with_schools, tmp_path):
    rows = [*CATEGORY_ROWS, "Cwm Alaw,9919999,Ysgol a Gaewyd,Primary,2,B,Green/Gwyrdd"]
    plan = importing.apply_categories(
        with_schools, parse_categorisation(write_categories(tmp_path / "c_2019.csv", rows))
    )
    assert plan.added == 4
    assert "1 rows skipped" in plan.describe() and "9919999" in plan.describe()


@pytest.mark.parametrize(
    ("tried", "rows", "expected"),
    [
        (
            "a colour that is not a category",
            ["Bro,9904001,Ysgol,Primary,1,A,Purple/Porffor"],
            "'Purple/Porffor' is not a category colour",
        ),
        (
            "two different colours in one cell",
            ["Bro,9904001,Ysgol,Primary,1,A,Green/Coch"],
            "is not a category colour",
        ),
        (
            "a short school number",
            ["Bro,99041,Ysgol,Primary,1,A,Red/Coch"],
            "school number '99041' is not 7 digits",
        ),
        ("a line cut short", ["Bro,9904001,Ysgol"], "the line is cut short"),
    ],
)
def test_bad_rows_are_named_and_nothing_is_imported(with_schools, tmp_path, tried, rows, expected):
    path = write_categories(tmp_path / "c_2019.csv", [CATEGORY_ROWS[0], *rows])
    with pytest.raises(ImportRejected, match="nothing was imported") as raised:
        parse_categorisation(path)
    assert expected in str(raised.value), tried
    assert with_schools.db["categorisations"].count == 0


def test_a_file_without_a_year_asks_for_one(tmp_path):
    with pytest.raises(ImportRejected, match="give --year"):
        parse_categorisation(write_categories(tmp_path / "categories.csv"))


def test_a_file_that_is_not_a_categorisation_is_refused(tmp_path):
    path = tmp_path / "x_2019.csv"
    path.write_text("School Number,Name\n9904001,Ysgol\n")
    with pytest.raises(ImportRejected, match="Support Category / Categori Cymorth"):
        parse_categorisation(path)
