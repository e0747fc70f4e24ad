"""The three-way merge keeps every change either side made, or says it cannot (issue 11).

Tried with hypothesis on narratives of Welsh and English paragraphs:
- two partners edit different paragraphs (replace, delete, or add after), with at least
  one untouched paragraph between: the merge equals the text with both edits applied,
  built independently, and equals the merge of the ``merge3`` package (bzr's line merge)
  on the same paragraphs;
- two partners edit anything at all: when the merge returns text, every word either side
  added is in it, and every word both sides kept is still there.

A merge that silently kept one side, dropped the other's edit or duplicated text fails.
"""

from __future__ import annotations

from collections import Counter

import merge3 as oracle
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.merge import merge3, tokens

WORDS = st.sampled_from(
    [
        "ysgol",
        "dysgu",
        "cynnydd",
        "llythrennedd",
        "rhifedd",
        "learners",
        "progress",
        "reading",
        "writing",
        "arweinyddiaeth",
        "ŵyr",
        "ŷd",
        "llais",
        "disgyblion",
        "teaching",
        "quality",
        "assessment",
    ]
)


def paragraph(index: int) -> st.SearchStrategy[str]:
    # Each paragraph is marked with its place, so no two are alike.
    return st.lists(WORDS, min_size=1, max_size=8).map(lambda ws: f"§{index} " + " ".join(ws))


@st.composite
def disjoint_edits(draw: st.DrawFn) -> tuple[list[str], list[str], list[str], list[str]]:
    """(base, mine, theirs, expected) as lists of paragraphs."""
    count = draw(st.integers(min_value=3, max_value=12))
    base = [draw(paragraph(i)) for i in range(count)]
    # Alternate owners with an untouched paragraph between any two edited ones.
    owners: dict[int, int] = {}
    index = draw(st.integers(min_value=0, max_value=1))
    while index < count:
        if draw(st.booleans()):
            owners[index] = draw(st.integers(min_value=0, max_value=1))
        index += 2
    edits = {i: draw(st.sampled_from(["replace", "delete", "append"])) for i in owners}
    news = {i: draw(paragraph(100 + i)) for i in owners}

    def apply(who: set[int]) -> list[str]:
        out: list[str] = []
        for i, text in enumerate(base):
            kind = edits.get(i) if i in who else None
            if kind == "replace":
                out.append(news[i])
            elif kind == "append":
                out += [text, news[i]]
            elif kind != "delete":
                out.append(text)
        return out

    mine = apply({i for i, o in owners.items() if o == 0})
    theirs = apply({i for i, o in owners.items() if o == 1})
    return base, mine, theirs, apply(set(owners))


def lines(paragraphs: list[str]) -> list[str]:
    return [p + "\n" for p in paragraphs]


@settings(max_examples=300, deadline=None)
@given(disjoint_edits())
def test_edits_of_different_paragraphs_are_both_kept(case):
    base, mine, theirs, expected = case
    merged = merge3("".join(lines(base)), "".join(lines(mine)), "".join(lines(theirs)))
    assert merged == "".join(lines(expected))
    reference = oracle.Merge3(lines(base), lines(mine), lines(theirs))
    assert all(region[0] != "conflict" for region in reference.merge_regions())
    assert merged == "".join(reference.merge_lines())


@st.composite
def any_edits(draw: st.DrawFn) -> tuple[str, str, str]:
    base = draw(st.lists(WORDS, min_size=0, max_size=25))

    def edit() -> list[str]:
        words = list(base)
        for _ in range(draw(st.integers(min_value=0, max_value=4))):
            action = draw(st.sampled_from(["insert", "delete", "replace"]))
            at = draw(st.integers(min_value=0, max_value=len(words)))
            if action == "insert":
                words.insert(at, draw(WORDS))
            elif words and at < len(words):
                if action == "delete":
                    del words[at]
                else:
                    words[at] = draw(WORDS)
        return words

    return " ".join(base), " ".join(edit()), " ".join(edit())


@settings(max_examples=500, deadline=None)
@given(any_edits())
def test_a_merge_never_loses_what_either_side_wrote(case):
    base, mine, theirs = case
    merged = merge3(base, mine, theirs)
    if merged is None:
        return  # a conflict: both versions are kept aside for a person
    got = Counter(tokens(merged))
    b, m, t = Counter(tokens(base)), Counter(tokens(mine)), Counter(tokens(theirs))
    for side in (m, t):
        for word, count in (side - b).items():  # what this side added
            assert got[word] >= count, (word, case, merged)
    for word, count in (b & m & t).items():  # what both sides kept
        removed = max(b[word] - m[word], b[word] - t[word], 0)
        assert got[word] >= count - removed, (word, case, merged)


@settings(max_examples=300, deadline=None)
@given(disjoint_edits(), any_edits())
def test_long_texts_cut_at_anchors_keep_the_same_guarantees(disjoint, anything):
    """Long texts are compared between anchors (chunks found once on each side); with the
    threshold at nought every example above goes that way, and both guarantees hold."""
    import sync.merge as module

    saved = module._SMALL
    module._SMALL = 0
    try:
        test_edits_of_different_paragraphs_are_both_kept.hypothesis.inner_test(disjoint)
        test_a_merge_never_loses_what_either_side_wrote.hypothesis.inner_test(anything)
    finally:
        module._SMALL = saved
