"""Importing the Welsh Government address list of schools, good files and bad."""

from __future__ import annotations

import pytest

from desktop.store import records, schools
from desktop.store.importing import apply as importing
from desktop.store.importing.address_list import parse_address_list
from desktop.store.importing.csvfile import ImportRejected
from tests.importing.samples import HEADER, ROWS, write_address_list


def test_a_published_file_imports_completely_with_its_messy_bits_cleaned(store, tmp_path):
    rows = parse_address_list(write_address_list(tmp_path / "schools.csv"))
    plan = importing.apply_schools(store, rows)
    assert len(plan.added) == 5
    fach = schools.school_by_number(store, "9904002")
    assert fach is not None
    assert fach.name == "Heol Fach Primary School"  # doubled and trailing spaces gone
    assert fach.sector == "Primary"  # capitals normalised to the known sector
    assert fach.postcode == "CF99 2BB"
    assert fach.pupils is None  # empty count stays unknown, not zero
    tyr = schools.school_by_number(store, "9904003")
    assert tyr is not None and tyr.name == "Ysgol Gyfun Bryn Tŵr" and tyr.pupils == 1104
    teilo = schools.school_by_number(store, "9915004")
    assert teilo is not None and teilo.name == "St Teilo’s Church in Wales Primary"
    assert teilo.la_name == "Cwm Alaw"
    assert {s.la_code for s in schools.all_schools(store)} == {"990", "991"}


def test_reimporting_updates_rows_instead_of_duplicating_them(store, tmp_path):
    path = write_address_list(tmp_path / "schools.csv")
    importing.apply_schools(store, parse_address_list(path))
    again = importing.apply_schools(store, parse_address_list(path))
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 5)
    changed = [r.replace(",312", ",320") for r in ROWS]
    path = write_address_list(tmp_path / "schools2.csv", changed)
    plan = importing.apply_schools(store, parse_address_list(path))
    assert [(r.number, fields) for r, fields in plan.updated] == [("9904001", ["pupils"])]
    assert store.db["schools"].count == 5
    pandy = schools.school_by_number(store, "9904001")
    assert pandy is not None and pandy.pupils == 320


def test_a_dry_run_plan_writes_nothing(store, tmp_path):
    rows = parse_address_list(write_address_list(tmp_path / "schools.csv"))
    plan = importing.plan_schools(store, rows)
    assert "5 schools to add" in plan.describe()
    assert "990 Bro Derwen" in plan.describe()
    assert store.db["schools"].count == 0
    assert records.pending_ops(store) == 0


@pytest.mark.parametrize(
    ("tried", "rows", "expected"),
    [
        (
            "a school number of 6 digits",
            [ROWS[0].replace("9904001", "990401")],
            "line 2 (school 990401): school number '990401' is not 7 digits",
        ),
        (
            "a school number whose first digits are another LA's",
            [ROWS[0].replace("9904001", "9914001")],
            "line 2 (school 9914001): school number does not start with its LA code 990",
        ),
        (
            "a sector that does not exist",
            [ROWS[0].replace(",Primary,Community", ",Infant,Community")],
            "unknown sector 'Infant'",
        ),
        (
            "a line cut short",
            [ROWS[0], "9904009,Ysgol Fach,990,Bro Derwen"],
            "line 3 (school 9904009): the line is cut short (4 of 17 columns)",
        ),
        (
            "a pupil count that is not a number",
            [ROWS[0].replace(",312", ",lots")],
            "pupil count 'lots' is not a number",
        ),
        (
            "the same school twice",
            [ROWS[0], ROWS[0]],
            "the school is listed twice (also line 2)",
        ),
    ],
)
def test_bad_rows_are_named_and_nothing_is_imported(store, tmp_path, tried, rows, expected):
    path = write_address_list(tmp_path / "bad.csv", [*ROWS[1:], *rows])
    with pytest.raises(ImportRejected) as raised:
        parse_address_list(path)
    message = str(raised.value)
    assert "nothing was imported" in message, tried
    assert expected in message.replace("line 6", "line 2").replace("line 7", "line 3"), (
        tried,
        message,
    )
    assert store.db["schools"].count == 0


def test_every_bad_row_is_listed_not_just_the_first(tmp_path):
    bad = [ROWS[0].replace("9904001", "12"), ROWS[1].replace("PRIMARY", "Infant")]
    with pytest.raises(ImportRejected) as raised:
        parse_address_list(write_address_list(tmp_path / "bad.csv", bad))
    assert len(raised.value.problems) == 2


def test_a_wrong_header_is_refused_with_the_missing_columns(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text(HEADER.replace("School Number", "URN") + "\n" + ROWS[0] + "\n")
    with pytest.raises(ImportRejected, match="header lacks 'School Number'"):
        parse_address_list(path)


def test_a_file_that_is_not_utf8_is_refused_with_advice(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "\n" + ROWS[0].replace("Pandy", "Pândy") + "\n").encode("latin-1"))
    with pytest.raises(ImportRejected, match=r"not UTF-8 text \(byte 0xe2 on line 2\).*CSV UTF-8"):
        parse_address_list(path)


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportRejected, match="The file is empty"):
        parse_address_list(path)


def test_an_unterminated_quote_is_refused_as_invalid_csv(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text(HEADER + '\n9904001,"Ysgol heb ddiwedd,990\n')
    with pytest.raises(ImportRejected, match="not valid CSV"):
        parse_address_list(path)


def test_a_file_of_only_footnotes_lists_no_schools(tmp_path):
    with pytest.raises(ImportRejected, match="lists no schools"):
        parse_address_list(write_address_list(tmp_path / "notes.csv", []))
