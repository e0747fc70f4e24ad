"""The side-by-side word diff a PIP reads when two partners edited the same text (issue 5)."""

from __future__ import annotations

import tempfile
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from desktop.store.text_diff import DiffRow, base_marks, changed_words, side_by_side

# Hypothesis keeps its caches under its home folder: keep that out of the checkout (a
# ``.hypothesis`` folder there breaks test collection for everyone).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "sipl-hypothesis")


def _sides(rows: tuple[DiffRow, ...]) -> tuple[str, str]:
    return "".join(r.left_text for r in rows), "".join(r.right_text for r in rows)


def test_one_changed_word_is_marked_on_both_sides_and_the_rest_is_equal():
    rows = side_by_side(
        "Learners talk confidently about their work.", "Learners talk readily about their work."
    )
    assert len(rows) == 1 and rows[0].kind == "changed"
    assert changed_words(rows, "left") == ["confidently"]
    assert changed_words(rows, "right") == ["readily"]
    assert [s.kind for s in rows[0].left] == ["equal", "changed", "equal"]


def test_welsh_letters_are_part_of_words_not_separate_marks():
    left = "Mae'r dysgwyr yn trafod eu gwaith ŵyn bach yn hyderus."
    right = "Mae'r dysgwyr yn trafod eu gwaith ŷd a ŵyn yn hyderus."
    rows = side_by_side(left, right)
    assert _sides(rows) == (left, right)
    assert changed_words(rows, "left") == ["bach"]
    assert changed_words(rows, "right") == ["ŷd a"]
    assert "ŵyn" in rows[0].left[0].text


def test_identical_texts_give_only_equal_rows():
    text = "Cam un.\nCam dau.\n"
    rows = side_by_side(text, text)
    assert [r.kind for r in rows] == ["equal", "equal"]
    assert changed_words(rows, "left") == changed_words(rows, "right") == []


def test_an_empty_side_leaves_the_other_side_wholly_added_or_removed():
    assert side_by_side("", "") == ()
    rows = side_by_side("", "Ychwanegwyd paragraff.\nAc un arall.")
    assert [r.kind for r in rows] == ["added", "added"]
    assert all(not r.left for r in rows)
    assert _sides(rows) == ("", "Ychwanegwyd paragraff.\nAc un arall.")
    rows = side_by_side("Dilëwyd hyn.", "")
    assert [r.kind for r in rows] == ["removed"] and rows[0].right == ()


def test_paragraphs_stay_in_line_when_one_side_drops_a_paragraph():
    left = (
        "The school has a clear plan for reading.\n"
        "Staff have had training on phonics.\n"
        "Leaders check progress each half term.\n"
    )
    right = (
        "The school has a clear plan for reading and writing.\n"
        "Leaders check progress every half term.\n"
    )
    rows = side_by_side(left, right)
    assert [r.kind for r in rows] == ["changed", "removed", "changed"]
    assert rows[1].left_text == "Staff have had training on phonics.\n"
    assert rows[2].right_text == "Leaders check progress every half term.\n"
    assert changed_words(rows, "right") == ["and writing", "every"]
    assert changed_words(rows, "left")[-1] == "each"
    assert _sides(rows) == (left, right)


def test_a_rewritten_paragraph_sits_next_to_what_it_became():
    rows = side_by_side("Hollol wahanol.", "Something else entirely, in English")
    assert len(rows) == 1 and rows[0].kind == "changed"


def test_windows_line_endings_and_blank_lines_come_back_exactly():
    left = "Line one\r\n\r\nLine two\r\n"
    right = "Line one\n\nLine 2\n"
    assert _sides(side_by_side(left, right)) == (left, right)


def test_base_marks_show_which_words_of_the_original_either_side_changed():
    base = "Pupils read daily in class."
    marks = base_marks(base, "Pupils read weekly in class.", "Pupils read daily in groups.")
    assert "".join(s.text for s in marks) == base
    assert [s.text for s in marks if s.kind == "changed"] == ["daily", "class"]
    assert base_marks("", "a", "b") == ()


_TEXT = st.text(alphabet=st.sampled_from(list("abc ŵŷâ\n\r\t.,'-")) | st.characters(), max_size=80)


@settings(max_examples=300, deadline=None, database=None)
@given(left=_TEXT, right=_TEXT)
def test_joining_each_sides_segments_gives_back_that_side_exactly(left: str, right: str):
    rows = side_by_side(left, right)
    assert _sides(rows) == (left, right)
    for row in rows:
        for side in (row.left, row.right):
            assert all(segment.text for segment in side)
            assert all(a.kind != b.kind for a, b in pairwise(side))
        assert len(row.left_text.splitlines()) <= 1 and len(row.right_text.splitlines()) <= 1


@settings(max_examples=200, deadline=None, database=None)
@given(base=_TEXT, left=_TEXT, right=_TEXT)
def test_base_marks_give_back_the_base_exactly(base: str, left: str, right: str):
    assert "".join(s.text for s in base_marks(base, left, right)) == base
