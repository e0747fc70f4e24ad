"""Importing the national categorisation files (bilingual headers and colours)."""

from __future__ import annotations

import pytest

from desktop.store import caseload
from desktop.store.importing import apply as importing
from desktop.store.importing.address_list import parse_address_list
from desktop.store.importing.categorisation import parse_categorisation
from desktop.store.importing.csvfile import ImportRejected
from tests.importing.published import (
    EXTRA_SCHOOLS,
    PRIMARY,
    SECONDARY,
    Listed,
    write_all_three,
    write_published,
)
from tests.importing.samples import CATEGORY_ROWS, ROWS, write_address_list, write_categories


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


# --- issue 15 point 8: the files as the Welsh Government published them -----------------


@pytest.fixture
def with_all_schools(store, tmp_path):
    rows = [*ROWS, *EXTRA_SCHOOLS]
    importing.apply_schools(
        store, parse_address_list(write_address_list(tmp_path / "schools.csv", rows))
    )
    return store


def _colours(store) -> dict[str, str]:
    return dict(
        store.db.execute(
            "SELECT s.number, c.colour FROM categorisations c JOIN schools s ON s.id = c.school_id"
        )
    )


def test_the_header_is_found_below_the_title_sector_row_and_bilingual_note(tmp_path):
    path = write_published(tmp_path / "primary_2019.csv", "primary", PRIMARY)
    rows = parse_categorisation(path)
    assert [(r.number, r.colour, r.year) for r in rows] == [
        ("9904001", "green", "2019"),
        ("9904002", "amber", "2019"),
        ("9904006", "yellow", "2019"),
        ("9915004", "amber", "2019"),  # written "Ambr"
        ("9915099", "red", "2019"),
    ]
    assert rows[0].name == "Ysgol Gymraeg Nant y Pandy"
    # the line breaks of the note and of the header count: the first school is on line 20
    assert rows[0].line == 20


def test_three_files_in_one_run_middle_school_once_closed_school_listed(with_all_schools, tmp_path):
    files = write_all_three(tmp_path)
    rows = [row for path in files for row in parse_categorisation(path)]
    plan = importing.apply_categories(with_all_schools, rows)
    assert (plan.added, plan.updated, plan.unchanged) == (6, 0, 0)
    assert plan.unknown_schools == ["9915099 Ysgol Fach y Cwm (closed)"]
    assert "9915099 Ysgol Fach y Cwm (closed)" in plan.describe()
    assert _colours(with_all_schools) == {
        "9904001": "green",
        "9904002": "amber",
        "9904003": "yellow",
        "9904006": "yellow",  # middle school: in the primary and the secondary file
        "9915004": "amber",
        "9915007": "green",
    }
    again = importing.apply_categories(
        with_all_schools, [row for path in files for row in parse_categorisation(path)]
    )
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)


def test_a_middle_school_with_two_different_categories_is_refused(with_all_schools, tmp_path):
    primary = write_published(tmp_path / "primary_2019.csv", "primary", PRIMARY)
    disagreeing = [SECONDARY[0], Listed("9904006", "Ysgol Bro Derwen", "Bro Derwen", "Red/Coch")]
    secondary = write_published(tmp_path / "secondary_2019.csv", "secondary", disagreeing)
    rows = [*parse_categorisation(primary), *parse_categorisation(secondary)]
    with pytest.raises(ImportRejected, match="nothing was imported") as raised:
        importing.apply_categories(with_all_schools, rows)
    assert (
        "school 9904006 (2019): primary_2019.csv line 22 says yellow, "
        "secondary_2019.csv line 21 says red"
    ) in str(raised.value)
    assert with_all_schools.db["categorisations"].count == 0


def test_a_bad_row_in_a_published_file_is_named_by_its_real_line(tmp_path):
    bad = [PRIMARY[0], Listed("9904002", "Heol Fach", "Bro Derwen", "Purple/Porffor")]
    with pytest.raises(ImportRejected) as raised:
        parse_categorisation(write_published(tmp_path / "p_2019.csv", "primary", bad))
    assert "line 21 (school 9904002): 'Purple/Porffor' is not a category colour" in str(
        raised.value
    )


def test_a_published_file_without_the_category_column_says_what_it_lacks(tmp_path):
    path = write_published(tmp_path / "p_2019.csv", "primary", PRIMARY)
    text = path.read_text(encoding="utf-8").replace("Step Three: Support Category", "Step Three")
    path.write_text(text.replace("Cam Tri: Categori Cymorth", "Cam Tri"), encoding="utf-8")
    with pytest.raises(ImportRejected) as raised:
        parse_categorisation(path)
    message = str(raised.value)
    assert "lacks 'Support Category / Categori Cymorth'" in message
    assert "nearest header is line 14" in message


@pytest.mark.parametrize("written", ["Ambr", "AMBR", "Amber/Ambr", "Oren", "amber / oren"])
def test_amber_is_accepted_in_every_spelling(tmp_path, written):
    rows = [Listed("9904002", "Heol Fach", "Bro Derwen", written)]
    path = write_published(tmp_path / "p_2019.csv", "primary", rows)
    assert [r.colour for r in parse_categorisation(path)] == ["amber"]
