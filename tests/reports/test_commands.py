"""``sipl report ...`` on the command line (issue 6)."""

from __future__ import annotations

import argparse
import io
from datetime import date

import pytest

from desktop.reports import commands
from desktop.store import visits
from tests.reports import builders
from tests.reports.pdf import read_pdf


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sipl")
    groups = parser.add_subparsers(dest="command", required=True)
    report = groups.add_parser("report")
    commands.register(report.add_subparsers(dest="report_command", required=True))
    return parser.parse_args(["report", *argv])


def run(store, *argv: str) -> tuple[int, str, str]:
    args = parse(*argv)
    out, err = io.StringIO(), io.StringIO()
    status = args.func(args, store, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_visit_command_writes_the_note_and_says_so_in_one_line(store, tmp_path):
    school_id = builders.school(store)
    visit_id = visits.start_visit(store, school_id, date(2025, 10, 14), "broker_support")
    target = tmp_path / "nodyn.pdf"

    status, out, err = run(store, "visit", visit_id, "--lang", "both", "-o", str(target))

    assert (status, err) == (0, "")
    assert out.count("\n") == 1
    assert str(target) in out and "1 page" in out and "Welsh and English" in out
    text = read_pdf(target).flat()
    assert "Nodyn ymweliad" in text and "Note of visit" in text and "DRAFFT" in text


def test_unknown_visit_or_school_is_a_clear_error(store, tmp_path):
    status, out, err = run(store, "visit", "nope", "-o", str(tmp_path / "a.pdf"))
    assert (status, out) == (1, "")
    assert "no visit with id nope" in err

    status, out, err = run(store, "governors", "6740000", "-o", str(tmp_path / "b.pdf"))
    assert status == 1 and "no school with number 6740000" in err

    status, out, err = run(store, "la", "6740000", "-o", str(tmp_path / "c.pdf"))
    assert status == 1 and "no school with number 6740000" in err
    assert list(tmp_path.glob("*.pdf")) == []


def test_output_in_a_missing_folder_is_refused_before_any_work(store, tmp_path):
    school_id = builders.school(store)
    visit_id = visits.start_visit(store, school_id, date(2025, 10, 14), "other")
    status, _, err = run(store, "visit", visit_id, "-o", str(tmp_path / "nowhere" / "a.pdf"))
    assert status == 1 and "does not exist" in err


def test_governors_for_one_school_or_a_batch_into_a_folder(store, tmp_path):
    builders.school(store, "6749001", "Ysgol Un", medium="Welsh medium")
    builders.school(store, "6749002", "Ysgol Dau", medium=None)

    status, out, _ = run(
        store, "governors", "6749001", "--year", "2025-26", "-o", str(tmp_path / "gb.pdf")
    )
    assert status == 0 and "Welsh," in out  # the school's default language
    assert "Adroddiad blynyddol" in read_pdf(tmp_path / "gb.pdf").flat()

    folder = tmp_path / "batch"
    status, out, _ = run(
        store, "governors", "6749001", "6749002", "--year", "2025-26", "-o", str(folder)
    )
    assert status == 0 and len(out.splitlines()) == 2
    assert sorted(p.name for p in folder.iterdir()) == [
        "6749001-governors-2025-26.pdf",
        "6749002-governors-2025-26.pdf",
    ]


def test_la_summary_command_takes_year_and_term(store, tmp_path):
    builders.school(store, "6749001", "Ysgol Un")
    status, out, _ = run(
        store,
        "la",
        "6749001",
        "--year",
        "2025-26",
        "--term",
        "spring",
        "--lang",
        "en",
        "-o",
        str(tmp_path / "la.pdf"),
    )
    assert status == 0 and "English" in out
    assert "Spring term 2025-26" in read_pdf(tmp_path / "la.pdf").flat()


def test_a_malformed_year_is_rejected_by_the_parser():
    with pytest.raises(SystemExit) as exit_:
        parse("governors", "6749001", "--year", "2025-27", "-o", "x.pdf")
    assert exit_.value.code == 2
