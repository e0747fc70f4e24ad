"""Pure merge logic: a real three-way text merge and the set union of JSON lists.

Guarantees of :func:`merge3`: when it returns text, every change either side made to the
base is in it; when the two sides changed the same stretch differently it returns None
(a conflict) rather than guess. Text is compared as words, spaces and punctuation, so two
people editing different sentences of one paragraph merge cleanly.
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from typing import Any

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _changes(base: list[str], other: list[str]) -> list[tuple[int, int, list[str]]]:
    """Edits turning base into other, as (base start, base end, replacement)."""
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [
        (i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def merge3(base: str, mine: str, theirs: str) -> str | None:
    """Merge two edits of ``base``; None when they overlap with different results."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    b = tokens(base)
    edits = sorted(
        [(s, e, r, 0) for s, e, r in _changes(b, tokens(mine))]
        + [(s, e, r, 1) for s, e, r in _changes(b, tokens(theirs))],
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
