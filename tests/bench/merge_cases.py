"""The merge benchmark's texts and its baseline (issue 12).

A narrative of some thousands of characters in Welsh and English paragraphs; two partners
edit different paragraphs of it (one rewrites a sentence near the start and adds a
sentence, the other rewrites a paragraph near the end). The baseline is the merge as it
was before issue 12: the same three-way logic over tokens in which every single space is
a token of its own, compared by one plain difflib pass over the whole text.
"""

from __future__ import annotations

import random
import re
from difflib import SequenceMatcher

_WORDS = [
    "ysgol",
    "dysgu",
    "cynnydd",
    "llythrennedd",
    "rhifedd",
    "disgyblion",
    "athrawon",
    "arweinyddiaeth",
    "llais",
    "dysgwyr",
    "asesu",
    "addysgu",
    "ansawdd",
    "cwricwlwm",
    "lles",
    "gwella",
    "blaenoriaeth",
    "tystiolaeth",
    "learners",
    "progress",
    "reading",
    "writing",
    "teaching",
    "quality",
    "assessment",
    "leaders",
    "governors",
    "the",
    "pupils",
    "staff",
    "and",
    "of",
    "to",
    "in",
    "with",
    "a",
    "is",
    "are",
    "was",
    "their",
    "school",
    "well",
    "across",
]


def narrative(characters: int, seed: int = 12) -> str:
    """Paragraphs of sentences, at least ``characters`` long, each paragraph a line."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < characters:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 20))]
            sentences.append(" ".join(words).capitalize() + rng.choice([".", ".", ",", ";"]))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def two_edits(base: str) -> tuple[str, str]:
    """(mine, theirs): two partners' edits of different paragraphs of ``base``."""
    paragraphs = base.split("\n\n")
    mine = list(paragraphs)
    theirs = list(paragraphs)
    mine[1] = "Mae'r disgyblion yn darllen yn hyderus iawn. " + mine[1] + " Added by A."
    last = len(paragraphs) - 2
    theirs[last] = theirs[last][: len(theirs[last]) // 2] + " rewritten by B, with care."
    return "\n\n".join(mine), "\n\n".join(theirs)


_SPACE_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def baseline_merge3(base: str, mine: str, theirs: str) -> str | None:
    """The merge before issue 12 (one difflib pass over space-separate tokens)."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    b = _SPACE_TOKENS.findall(base)

    def changes(other: str) -> list[tuple[int, int, list[str]]]:
        o = _SPACE_TOKENS.findall(other)
        matcher = SequenceMatcher(None, b, o, autojunk=False)
        return [
            (i1, i2, o[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
        ]

    mine_edits, their_edits = changes(mine), changes(theirs)
    for s1, e1, _ in mine_edits:
        for s2, e2, _ in their_edits:
            if s1 < e2 and s2 < e1:
                return None
    out: list[str] = []
    position = 0
    for start, end, replacement in sorted(mine_edits + their_edits, key=lambda x: (x[0], x[1])):
        out += b[position:start] + replacement
        position = end
    return "".join(out + b[position:])


def check(merged: str | None, mine: str, theirs: str) -> bool:
    """True if ``merged`` holds both partners' additions."""
    return merged is not None and "hyderus iawn" in merged and "rewritten by B" in merged
