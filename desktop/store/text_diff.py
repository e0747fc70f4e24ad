"""A side-by-side, word-level comparison of two versions of a text (Qt-free).

Used to show a person two conflicting edits of the same narrative (an answer, a piece of
evidence, a priority's description) in two aligned columns, with the words that differ
marked. Words are the tokens :func:`sync.merge.tokens` uses (runs of letters and digits,
runs of white space, single punctuation marks), so the marks fall on the same stretches a
three-way merge compares, and Welsh letters (ŵ, ŷ, â…) are letters like any other.

Guarantees of :func:`side_by_side`:
- Joining the segments of the left side of every row, in order, gives back ``left``
  exactly (characters, spaces and line endings included); the same holds for ``right``.
- Each row holds at most one line of each side (a line keeps its own line ending), and
  row *i* of the left column is the line shown next to row *i* of the right column: equal
  lines side by side, a changed line next to the line it became, and a line only one side
  has next to an empty cell.
- Segment kinds, read from the left column's point of view: ``equal`` (both sides have
  it), ``removed`` (only the left has it), ``added`` (only the right has it), ``changed``
  (a stretch the two sides write differently: the left's words on the left, the right's
  on the right). Adjacent segments never share a kind; no segment is empty.

:func:`base_marks` marks the stretches of the original text (the base both edits started
from) that either side changed; joining its segments gives back ``base`` exactly.

Pure functions of their arguments: safe on any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from sync.merge import merge3, tokens

Kind = Literal["equal", "removed", "added", "changed"]


@dataclass(frozen=True)
class Segment:
    """A stretch of one side's text and how it compares with the other side."""

    text: str
    kind: Kind


@dataclass(frozen=True)
class DiffRow:
    """One line of each side, to be shown next to each other (either may be empty)."""

    left: tuple[Segment, ...]
    right: tuple[Segment, ...]

    @property
    def kind(self) -> Kind:
        """``equal`` when both lines are the same, ``removed`` / ``added`` when only the
        left / right has a line here, otherwise ``changed``."""
        if not self.right and self.left:
            return "removed"
        if not self.left and self.right:
            return "added"
        if all(s.kind == "equal" for s in (*self.left, *self.right)):
            return "equal"
        return "changed"

    @property
    def left_text(self) -> str:
        return "".join(s.text for s in self.left)

    @property
    def right_text(self) -> str:
        return "".join(s.text for s in self.right)


def _lines(text: str) -> list[str]:
    """The lines of ``text``, each with its own line ending (joined they give ``text``)."""
    return text.splitlines(keepends=True)


def _append(segments: list[Segment], text: str, kind: Kind) -> None:
    """Add ``text`` to ``segments``, merging it into the last one when of the same kind."""
    if not text:
        return
    if segments and segments[-1].kind == kind:
        segments[-1] = Segment(segments[-1].text + text, kind)
    else:
        segments.append(Segment(text, kind))


def _word_row(left: str, right: str) -> DiffRow:
    """One changed line of each side, compared word by word."""
    a, b = tokens(left), tokens(right)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    out_left: list[Segment] = []
    out_right: list[Segment] = []
    for tag, old, new in _spans(matcher.get_opcodes(), a, b):
        if tag == "equal":
            _append(out_left, old, "equal")
            _append(out_right, new, "equal")
        elif tag == "delete":
            _append(out_left, old, "removed")
        elif tag == "insert":
            _append(out_right, new, "added")
        else:
            _append(out_left, old, "changed")
            _append(out_right, new, "changed")
    return DiffRow(tuple(out_left), tuple(out_right))


def _spans(
    opcodes: Sequence[tuple[str, int, int, int, int]], a: list[str], b: list[str]
) -> list[tuple[str, str, str]]:
    """(tag, left text, right text) per opcode, where a stretch of white space alone
    between two changes joins them, so "bob hanner tymor" reads as one changed phrase."""
    spans = [(tag, "".join(a[i1:i2]), "".join(b[j1:j2])) for tag, i1, i2, j1, j2 in opcodes]
    out: list[tuple[str, str, str]] = []
    index = 0
    while index < len(spans):
        tag, old, new = spans[index]
        gap = index + 1 < len(spans) and spans[index + 1][0] == "equal"
        if (
            tag != "equal"
            and gap
            and not spans[index + 1][1].strip()
            and index + 2 < len(spans)
            and spans[index + 2][0] != "equal"
        ):
            _, space, _ = spans[index + 1]
            _, old2, new2 = spans[index + 2]
            spans[index + 2] = ("replace", old + space + old2, new + space + new2)
            index += 2
            continue
        out.append((tag, old, new))
        index += 1
    return out


_MAX_PAIRINGS = 400
_LIKE = 0.3  # lines less alike than this are shown as one removed and one added


def _pair_score(left: str, right: str) -> float:
    return SequenceMatcher(None, tokens(left), tokens(right), autojunk=False).ratio()


def _in_order(left: list[str], right: list[str]) -> list[DiffRow]:
    """Pair the lines in order; the longer side's extra lines stand alone."""
    n, m = len(left), len(right)
    rows = [_word_row(x, y) for x, y in zip(left, right, strict=False)]
    rows.extend(DiffRow((Segment(line, "removed"),), ()) for line in left[m:])
    rows.extend(DiffRow((), (Segment(line, "added"),)) for line in right[n:])
    return rows


def _replace_rows(left: list[str], right: list[str]) -> list[DiffRow]:
    """Rows for a block of lines the sides write differently.

    Each left line is paired with the right line most like it, keeping order, so a
    paragraph that one side deleted does not push every later paragraph out of line.
    Unpaired lines get a row of their own next to an empty cell.
    """
    n, m = len(left), len(right)
    if n * m > _MAX_PAIRINGS:  # a long rewrite: pair lines in order, cheaply
        return _in_order(left, right)
    # best[i][j]: the best total likeness pairing left[i:] with right[j:] in order.
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    scores = [[_pair_score(left[i], right[j]) for j in range(m)] for i in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = scores[i][j] + best[i + 1][j + 1] if scores[i][j] >= _LIKE else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], pair)
    if best[0][0] <= 0:  # nothing alike: the lines are simply written differently
        return _in_order(left, right)
    rows: list[DiffRow] = []
    i = j = 0
    while i < n and j < m:
        if scores[i][j] >= _LIKE and best[i][j] == scores[i][j] + best[i + 1][j + 1]:
            rows.append(_word_row(left[i], right[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            rows.append(DiffRow((Segment(left[i], "removed"),), ()))
            i += 1
        else:
            rows.append(DiffRow((), (Segment(right[j], "added"),)))
            j += 1
    rows.extend(DiffRow((Segment(line, "removed"),), ()) for line in left[i:])
    rows.extend(DiffRow((), (Segment(line, "added"),)) for line in right[j:])
    return rows


def side_by_side(left: str, right: str) -> tuple[DiffRow, ...]:
    """Compare two versions line by line, then word by word (see the module docstring)."""
    a, b = _lines(left), _lines(right)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    rows: list[DiffRow] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(
                DiffRow((Segment(line, "equal"),), (Segment(line, "equal"),)) for line in a[i1:i2]
            )
        elif tag == "delete":
            rows.extend(DiffRow((Segment(line, "removed"),), ()) for line in a[i1:i2])
        elif tag == "insert":
            rows.extend(DiffRow((), (Segment(line, "added"),)) for line in b[j1:j2])
        else:
            rows.extend(_replace_rows(a[i1:i2], b[j1:j2]))
    return tuple(rows)


def changed_words(rows: tuple[DiffRow, ...], side: Literal["left", "right"]) -> list[str]:
    """The marked (not equal) stretches of one side, stripped, in reading order."""
    found: list[str] = []
    for row in rows:
        for segment in row.left if side == "left" else row.right:
            if segment.kind != "equal" and segment.text.strip():
                found.append(segment.text.strip())
    return found


def base_marks(base: str, left: str, right: str) -> tuple[Segment, ...]:
    """The original text with every stretch that either version changed or deleted marked
    ``changed`` (the rest ``equal``); joined, the segments give back ``base`` exactly."""
    touched = [False] * len(base)
    for other in (left, right):
        position = 0
        for row in side_by_side(base, other):
            for segment in row.left:
                if segment.kind != "equal":
                    for k in range(position, position + len(segment.text)):
                        touched[k] = True
                position += len(segment.text)
    out: list[Segment] = []
    for char, mark in zip(base, touched, strict=True):
        _append(out, char, "changed" if mark else "equal")
    return tuple(out)


@dataclass(frozen=True)
class Comparison:
    """Everything a conflict screen shows of two edits of one text, worked out together
    (off the GUI thread): the side-by-side rows, the original with the changed stretches
    marked (empty when the original is unknown), and the three-way merge of the two
    edits, or None when they overlap (see :func:`sync.merge.merge3`)."""

    left: str
    right: str
    base: str | None
    rows: tuple[DiffRow, ...]
    base_marks: tuple[Segment, ...]
    merged: str | None


def compare(left: str, right: str, base: str | None) -> Comparison:
    """The :class:`Comparison` of ``left`` and ``right`` (two edits of ``base``). Pure and
    Qt-free: conflict screens call it on a worker thread and show the result."""
    return Comparison(
        left,
        right,
        base,
        side_by_side(left, right),
        base_marks(base, left, right) if base else (),
        merge3(base or "", left, right),
    )
