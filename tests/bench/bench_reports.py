"""Bench: how long printing takes, and how big the PDFs are (issue 6).

Run from the repository root::

    uv run python tests/bench/bench_reports.py [--runs 20]

Measures, in one run and on one fresh store of fictional data:

- the baseline: a one-paragraph reportlab document set in the same embedded fonts;
- a typical note of visit (two aspects, five answered questions each, eight evidence items,
  two photos, eight actions) in English and in both languages: p50 and p95;
- a governing body report for a school with three judged priorities: p50 and p95;
- a batch of governing body reports for a 20-school caseload: total and per school;
- the size of each PDF.

Every time is also printed as a ratio to the baseline, so figures from different machines
can be compared. Nothing here is asserted: the suite's tests check behaviour, this prints
figures.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop.reports import (
    collect_visit_summary,
    render_governors_batch,
    render_governors_report,
    render_la_summary,
    render_visit_summary,
)
from desktop.reports.fonts import REGULAR, register_fonts
from desktop.reports.visit_summary import build_visit_summary
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from tests.reports import builders

YEAR = "2025-26"


def timings(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm-up: imports, font registration, caches
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        found.append(time.perf_counter() - start)
    return found


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def baseline_pdf() -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    style = ParagraphStyle("b", fontName=REGULAR, fontSize=10, leading=14)
    doc.build([Paragraph("Mae'r ŵyn yn y tŷ. " * 20, style)])
    return out.getvalue()


def report_line(name: str, values: list[float], base: float) -> None:
    p50, p95 = p(values, 0.5), p(values, 0.95)
    print(
        f"{name:<48} p50 {p50 * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms"
        f"  ({p50 / base:6.1f}x baseline)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs

    start = time.perf_counter()
    register_fonts()
    registration = time.perf_counter() - start
    print(f"{'font registration (once per process)':<48} {1000 * registration:7.1f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(profile_paths(folder / "data", "bench"), backup_at_start=False)
        try:
            school_ids = []
            for n in range(20):
                school_id = builders.school(
                    store,
                    f"67490{n:02d}",
                    f"Ysgol Gynradd {n:02d} Tŷ'r Ŵyn",
                    medium=["Welsh medium", "English medium", "Dual stream"][n % 3],
                )
                builders.governors_year(store, school_id, YEAR)
                school_ids.append(school_id)
            visit_id = builders.rich_visit(
                store, school_ids[0], folder, repeat=2, evidence_items=8, photos=2
            )

            base = timings(baseline_pdf, runs)
            base_p50 = p(base, 0.5)
            print(
                f"{'baseline: one-paragraph PDF, same fonts':<48} p50 {base_p50 * 1000:7.1f} ms"
                f"  p95 {p(base, 0.95) * 1000:7.1f} ms"
            )

            report_line(
                "note of visit, English (collect + layout)",
                timings(lambda: render_visit_summary(store, visit_id, "en", io.BytesIO()), runs),
                base_p50,
            )
            report_line(
                "note of visit, both languages",
                timings(lambda: render_visit_summary(store, visit_id, "both", io.BytesIO()), runs),
                base_p50,
            )
            data = collect_visit_summary(store, visit_id)
            report_line(
                "note of visit, layout only (worker thread part)",
                timings(lambda: build_visit_summary(data, "en", io.BytesIO()), runs),
                base_p50,
            )
            report_line(
                "note of visit, collect only (store thread part)",
                timings(lambda: collect_visit_summary(store, visit_id), runs),
                base_p50,
            )
            report_line(
                "governing body report, English",
                timings(
                    lambda: render_governors_report(store, school_ids[0], YEAR, "en", io.BytesIO()),
                    runs,
                ),
                base_p50,
            )

            start = time.perf_counter()
            done = render_governors_batch(store, school_ids, YEAR, folder / "batch")
            batch = time.perf_counter() - start
            print(
                f"{'governing body reports, 20-school caseload':<48} total {batch:6.2f} s"
                f"  per school {1000 * batch / len(done):7.1f} ms"
                f"  ({batch / len(done) / base_p50:6.1f}x baseline each)"
            )

            print("PDF sizes:")
            sizes = {
                "baseline": len(baseline_pdf()),
                "note of visit, en (2 photos)": render_visit_summary(
                    store, visit_id, "en", folder / "v-en.pdf"
                ).size,
                "note of visit, both (2 photos)": render_visit_summary(
                    store, visit_id, "both", folder / "v-both.pdf"
                ).size,
                "note of visit, en, no photos": render_visit_summary(
                    store, visit_id, "en", folder / "v-np.pdf", include_photos=False
                ).size,
                "governing body report, en": render_governors_report(
                    store, school_ids[0], YEAR, "en", folder / "g.pdf"
                ).size,
                "LA termly summary, en": render_la_summary(
                    store, school_ids[0], YEAR, "spring", "en", folder / "l.pdf"
                ).size,
                "batch of 20 governing body reports": sum(info.size for info in done),
            }
            for name, size in sizes.items():
                print(f"  {name:<42} {size / 1024:8.1f} KB")
        finally:
            store.close()


if __name__ == "__main__":
    main()
