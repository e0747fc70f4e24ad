"""Reading a published CSV file strictly: UTF-8, a header, and every problem named."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.errors import StoreError

_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Trim and collapse runs of white space (doubled, trailing, non-breaking)."""
    return _SPACES.sub(" ", (text or "").replace("\u00a0", " ")).strip()


@dataclass(frozen=True)
class RowProblem:
    """One bad row: its line in the file, its school number if readable, and why."""

    line: int
    number: str | None
    problem: str

    def __str__(self) -> str:
        school = f" (school {self.number})" if self.number else ""
        return f"line {self.line}{school}: {self.problem}"


@dataclass
class ImportRejected(StoreError):
    """The file was not imported at all; ``problems`` says why, row by row."""

    file: str
    problems: list[RowProblem] = field(default_factory=list)
    summary: str = ""

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


def read_csv(path: Path) -> CsvRows:
    """Read ``path`` as UTF-8 CSV (a BOM is allowed). Raises ImportRejected if the file
    is missing, empty, not UTF-8, or not readable as CSV."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRejected(
            name, summary=f"The file could not be read: {error.strerror}."
        ) from None
    if not data.strip():
        raise ImportRejected(name, summary="The file is empty.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportRejected(
            name,
            summary=(
                f"The file is not UTF-8 text (byte 0x{data[error.start]:02x} on line {line}). "
                "Save it as 'CSV UTF-8' and import it again."
            ),
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    try:
        for cells in reader:
            if header is None:
                if not any(clean(c) for c in cells):
                    continue
                header = [clean(c) for c in cells]
                continue
            rows.append((reader.line_num, cells))
    except csv.Error as error:
        raise ImportRejected(
            name, summary=f"The file is not valid CSV near line {reader.line_num}: {error}."
        ) from None
    if header is None:
        raise ImportRejected(name, summary="The file has no header row.")
    return CsvRows(header, rows)
