"""Pure merge logic: a real three-way text merge and the set union of JSON lists.

Guarantees of :func:`merge3`: when it returns text, every change either side made to the
base is in it; when the two sides changed the same stretch differently it returns None
(a conflict) rather than guess.

How text is compared, and why it is fast: a text is cut into *chunks*, each a word (or a
single punctuation mark) carrying the white space that follows it, so a 60,000-character
narrative is some 10,000 mostly distinct chunks rather than 20,000 tokens half of which
are the same single space. Each side is compared with the base in three steps: the common
beginning and end are set aside; the rest is compared paragraph by paragraph (each line
with its line ending is one item); and only the paragraphs a side rewrote are compared
chunk by chunk. Two people editing different sentences of one paragraph, or different
paragraphs of a long text, merge cleanly in milliseconds.

:func:`tokens` (words, runs of white space and punctuation marks, separately) is the finer
cut the conflict screens mark and the property tests count with.

Pure functions of their arguments: safe on any thread.
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from typing import Any

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
_CHUNK = re.compile(r"^\s+|\w+\s*|[^\w\s]\s*", re.UNICODE)

Edit = tuple[int, int, list[str]]


def tokens(text: str) -> list[str]:
    """Words, runs of white space and single punctuation marks (joined: ``text``)."""
    return _TOKEN.findall(text)


def chunks(text: str) -> list[str]:
    """Words and punctuation marks, each with the white space after it (leading white
    space is a chunk of its own); joined they give back ``text``."""
    return _CHUNK.findall(text)


def _lines(items: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``items``: a line ends with the chunk holding a line
    break (white space rides on the chunk before it, so a break never splits a chunk)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index, item in enumerate(items):
        if "\n" in item or "\r" in item:
            spans.append((start, index + 1))
            start = index + 1
    if start < len(items):
        spans.append((start, len(items)))
    return spans


_SMALL = 40_000  # below this many pairings SequenceMatcher alone is quick


def _opcodes(a: list[str], b: list[str], a0: int) -> list[Edit]:
    """Chunk-level edits turning ``a`` into ``b`` (indices offset by ``a0``).

    Long stretches are first cut at anchors, chunks found exactly once on each side and
    in the same order on both (the longest such run), and each gap between anchors is
    compared on its own; a gap with no anchor is left to SequenceMatcher."""
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a = a[head : len(a) - tail]
    b = b[head : len(b) - tail]
    a0 += head
    if not a and not b:
        return []
    if not a or not b:
        return [(a0, a0 + len(a), b)]
    anchors = _anchors(a, b) if len(a) * len(b) > _SMALL else []
    if not anchors:
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        return [
            (a0 + i1, a0 + i2, b[j1:j2])
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"
        ]
    edits: list[Edit] = []
    i_prev = j_prev = 0
    for i, j in [*anchors, (len(a), len(b))]:
        edits += _opcodes(a[i_prev:i], b[j_prev:j], a0 + i_prev)
        i_prev, j_prev = i + 1, j + 1
    return edits


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """(index in a, index in b) of chunks unique on both sides, the longest run of them
    in the same order on both (patience sorting)."""
    seen_a: dict[str, int] = {}
    for index, item in enumerate(a):
        seen_a[item] = -1 if item in seen_a else index
    seen_b: dict[str, int] = {}
    for index, item in enumerate(b):
        seen_b[item] = -1 if item in seen_b else index
    pairs = [
        (i, seen_b[item]) for item, i in seen_a.items() if i >= 0 and seen_b.get(item, -1) >= 0
    ]
    pairs.sort()
    # Longest increasing run of b indices, kept with back links.
    tops: list[int] = []  # index into pairs of the smallest tail of each run length
    back: list[int] = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        low, high = 0, len(tops)
        while low < high:
            middle = (low + high) // 2
            if pairs[tops[middle]][1] < j:
                low = middle + 1
            else:
                high = middle
        back[index] = tops[low - 1] if low else -1
        if low == len(tops):
            tops.append(index)
        else:
            tops[low] = index
    run: list[tuple[int, int]] = []
    at = tops[-1] if tops else -1
    while at >= 0:
        run.append(pairs[at])
        at = back[at]
    return run[::-1]


def _changes(base: list[str], other: list[str]) -> list[Edit]:
    """Edits turning base into other, as (base start, base end, replacement), in order
    and never overlapping."""
    # The common beginning and end take no part.
    head = 0
    limit = min(len(base), len(other))
    while head < limit and base[head] == other[head]:
        head += 1
    tail = 0
    while tail < limit - head and base[-1 - tail] == other[-1 - tail]:
        tail += 1
    a = base[head : len(base) - tail]
    b = other[head : len(other) - tail]
    if not a and not b:
        return []
    if not a or not b:
        return [(head, head + len(a), b)]
    a_lines, b_lines = _lines(a), _lines(b)
    if len(a_lines) < 2 and len(b_lines) < 2:
        return _opcodes(a, b, head)
    # Paragraphs first, then chunks within the paragraphs a side rewrote.
    a_keys = ["".join(a[s:e]) for s, e in a_lines]
    b_keys = ["".join(b[s:e]) for s, e in b_lines]
    edits: list[Edit] = []
    matcher = SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a_start = a_lines[i1][0] if i1 < len(a_lines) else len(a)
        a_end = a_lines[i2 - 1][1] if i2 > i1 else a_start
        b_start = b_lines[j1][0] if j1 < len(b_lines) else len(b)
        b_end = b_lines[j2 - 1][1] if j2 > j1 else b_start
        if tag == "replace":
            edits += _opcodes(a[a_start:a_end], b[b_start:b_end], head + a_start)
        else:
            edits.append((head + a_start, head + a_end, b[b_start:b_end]))
    return edits


def merge3(base: str, mine: str, theirs: str) -> str | None:
    """Merge two edits of ``base``; None when they overlap with different results."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    b = chunks(base)
    edits = sorted(
        [(s, e, r, 0) for s, e, r in _changes(b, chunks(mine))]
        + [(s, e, r, 1) for s, e, r in _changes(b, chunks(theirs))],
        key=lambda x: (x[0], x[1], x[3]),
    )
    out: list[str] = []
    position = 0
    index = 0
    while index < len(edits):
        start, end = edits[index][0], edits[index][1]
        # Gather every edit overlapping this one (touching insertions at one point count).
        group = [edits[index]]
        index += 1
        while index < len(edits) and (
            edits[index][0] < end
            or (edits[index][0] == start == end == edits[index][1])
            or (edits[index][0] == end and start == end)
        ):
            group.append(edits[index])
            end = max(end, edits[index][1])
            index += 1
        sides = {g[3] for g in group}
        if len(sides) > 1:
            results = []
            for s in (0, 1):
                mine_group = [g for g in group if g[3] == s]
                text: list[str] = []
                cursor = start
                for g_start, g_end, g_rep, _ in mine_group:
                    text += b[cursor:g_start] + g_rep
                    cursor = g_end
                text += b[cursor:end]
                results.append(text)
            if results[0] != results[1]:
                return None
            chosen = results[0]
        else:
            chosen = []
            cursor = start
            for g_start, g_end, g_rep, _ in group:
                chosen += b[cursor:g_start] + g_rep
                cursor = g_end
            chosen += b[cursor:end]
        out += b[position:start] + chosen
        position = end
    out += b[position:]
    return "".join(out)


def union(current: Any, incoming: Any) -> list[Any]:
    """The items of both JSON lists, current order first, without duplicates."""
    result: list[Any] = []
    seen: set[str] = set()
    for item in [*(current or []), *(incoming or [])]:
        key = json.dumps(item, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result
