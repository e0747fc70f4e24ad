"""Reading a published CSV file strictly: UTF-8, a header, and every problem named."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.errors import StoreError
from desktop.store.importing import wording
from desktop.store.importing.wording import Said, said

_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Trim and collapse runs of white space (doubled, trailing, non-breaking)."""
    return _SPACES.sub(" ", (text or "").replace("\u00a0", " ")).strip()


@dataclass(frozen=True)
class RowProblem:
    """One bad row: its line in the file, its school number if readable, and why."""

    line: int
    number: str | None
    problem: Said | str  # Said where the desktop shows it (see desktop.store.importing.wording)

    def __str__(self) -> str:
        school = f" (school {self.number})" if self.number else ""
        return f"line {self.line}{school}: {self.problem}"


@dataclass
class ImportRejected(StoreError):
    """The file was not imported at all; ``problems`` says why, row by row."""

    file: str
    problems: list[RowProblem] = field(default_factory=list)
    summary: Said | str = ""

    def __post_init__(self) -> None:
        lines = [f"{self.file}: nothing was imported. {self.summary}".rstrip()]
        shown = self.problems[:50]
        lines += [f"  {p}" for p in shown]
        if len(self.problems) > len(shown):
            lines.append(f"  … and {len(self.problems) - len(shown)} more problems")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class CsvRows:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number, cells)


def read_records(path: Path) -> list[tuple[int, list[str]]]:
    """Every record of ``path`` (UTF-8 CSV, a BOM allowed) with the line it starts on (a
    record with line breaks in its cells spans several lines), empty ones included.

    Raises ImportRejected if the file is missing, empty, not UTF-8, or not readable as CSV.
    """
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRejected(
            name, summary=said(wording.CANNOT_READ, reason=error.strerror or error)
        ) from None
    if not data.strip():
        raise ImportRejected(name, summary=said(wording.EMPTY))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportRejected(
            name, summary=said(wording.NOT_UTF8, byte=f"{data[error.start]:02x}", line=line)
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        start = 1
        for cells in reader:
            records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        raise ImportRejected(
            name, summary=said(wording.NOT_CSV, line=reader.line_num, reason=error)
        ) from None
    return records


def read_csv(path: Path) -> CsvRows:
    """Read ``path`` as UTF-8 CSV whose first non-empty record is the header. Raises
    ImportRejected as :func:`read_records` does, or if no record has any text."""
    records = read_records(path)
    for index, (_, cells) in enumerate(records):
        if any(clean(c) for c in cells):
            return CsvRows([clean(c) for c in cells], records[index + 1 :])
    raise ImportRejected(path.name, summary=said(wording.NO_HEADER))
