"""Issue 5: the PIP decides the team's open conflicts, reading two versions side by side."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from desktop.store import conflicts, people, priorities, records, schools, sync_state, team
from desktop.store.calendar import academic_year_of
from desktop.store.store import Store
from desktop.ui.desk.conflicts import Column, TeamConflictsPage
from tests.ui.conftest import TODAY, visible_texts
from tests.ui.helpers import type_text

YEAR = academic_year_of(TODAY)

DESCRIPTION_BASE = (
    "Improve pupils' extended writing across the school.\nTeachers model writing in every subject."
)
DESCRIPTION_A = (
    "Improve pupils' extended writing in Key Stage 2.\nTeachers model writing in every subject."
)
DESCRIPTION_B = (
    "Improve pupils' extended writing in English and Welsh across the whole school.\n"
    "Teachers model writing in every subject.\nLeaders check books each half term."
)
RATIONALE_BASE = (
    "Mae'r dysgwyr hŷn yn trafod eu gwaith yn hyderus. "
    "Mae angen mwy o gyfleoedd i ysgrifennu'n estynedig."
)
RATIONALE_A = (
    "Mae'r dysgwyr hŷn yn trafod eu gwaith yn hyderus iawn. "
    "Mae angen mwy o gyfleoedd i ysgrifennu'n estynedig."
)
RATIONALE_B = (
    "Mae'r dysgwyr hŷn yn trafod eu gwaith yn hyderus. Mae angen mwy o gyfleoedd i "
    "ysgrifennu'n estynedig ar draws y cwricwlwm, gan gynnwys yn ystod yr Ŵyl Ddewi."
)


@dataclass(frozen=True)
class Seeded:
    """The conflicts put in the store, by what they are about."""

    description: str  # conflict ids
    rationale: str
    rate: str
    priority_id: str
    judgement_id: str
    english_school: str
    welsh_school: str


def _pulled_conflict(
    store: Store,
    school_id: str,
    table: str,
    row_id: str,
    field: str,
    values: tuple[object, object, object],
    authors: tuple[str, str],
    stamps: tuple[str, str],
) -> str:
    """Write a conflict the way a pull does: the kept value (B) in the record, the conflict
    row with JSON-encoded values, neither making an outbox op."""
    base, mine, theirs = values
    records.update(store, table, row_id, {field: theirs}, origin="remote")
    return records.insert(
        store,
        "conflicts",
        {
            "school_id": school_id,
            "tbl": table,
            "row_id": row_id,
            "field": field,
            "base": json.dumps(base, ensure_ascii=False),
            "mine": json.dumps(mine, ensure_ascii=False),
            "theirs": json.dumps(theirs, ensure_ascii=False),
            "mine_by": authors[0],
            "theirs_by": authors[1],
            "mine_at": stamps[0],
            "theirs_at": stamps[1],
            "status": "open",
        },
        origin="remote",
    )


def seed_conflicts(store: Store) -> Seeded:
    """Three open conflicts in two demo schools, between Gareth (A) and Elin (B)."""
    partners = dict((name, pid) for pid, name in team.team_partners(store))
    gareth, elin = partners["Gareth Pritchard"], people.me(store)
    assert elin is not None
    everyone = schools.all_schools(store)
    english = next(s for s in everyone if s.name == "Maes-y-Coed High School")
    welsh = next(s for s in everyone if s.name.startswith("Ysgol Gynradd Llwyn Onn"))
    [priority, *_] = priorities.priorities_of(store, english.id, YEAR)
    welsh_priority = next(
        p for p in priorities.priorities_of(store, welsh.id, YEAR) if p.latest is not None
    )
    judgement = welsh_priority.latest
    assert judgement is not None
    rate = _pulled_conflict(
        store,
        welsh.id,
        "judgements",
        judgement.id,
        "rate",
        ("satisfactory", "limited", "strong"),
        (gareth, elin),
        ("2026-02-06T09:15:00.000000Z", "2026-02-05T15:40:00.000000Z"),
    )
    rationale = _pulled_conflict(
        store,
        welsh.id,
        "judgements",
        judgement.id,
        "rationale",
        (RATIONALE_BASE, RATIONALE_A, RATIONALE_B),
        (gareth, elin),
        ("2026-02-06T09:16:00.000000Z", "2026-02-05T15:41:00.000000Z"),
    )
    description = _pulled_conflict(
        store,
        english.id,
        "priorities",
        priority.id,
        "description",
        (DESCRIPTION_BASE, DESCRIPTION_A, DESCRIPTION_B),
        (gareth, elin),
        ("2026-02-09T11:02:00.000000Z", "2026-02-08T16:20:00.000000Z"),
    )
    return Seeded(description, rationale, rate, priority.id, judgement.id, english.id, welsh.id)


def _page(app, qtbot) -> tuple[TeamConflictsPage, Seeded]:
    seeded = app.services.runner.call(seed_conflicts)
    page = TeamConflictsPage(app.services)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return page, seeded


def _cells(page: TeamConflictsPage, column: Column) -> list[str]:
    return [str(page.proxy.index(r, column).data()) for r in range(page.proxy.rowCount())]


def _choose(page: TeamConflictsPage, conflict_id: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 3) == conflict_id:
            page.table.selectRow(row)
            return
    raise AssertionError(f"conflict {conflict_id} is not listed")


def test_the_list_says_in_words_which_school_what_who_and_when(app, qtbot):
    page, _ = _page(app, qtbot)
    assert page.title() == "Conflicts"
    assert sorted(_cells(page, Column.WHAT)) == [
        "Priority · description",
        "Termly judgement · rate of progress",
        "Termly judgement · rationale",
    ]
    assert set(_cells(page, Column.SCHOOL)) == {
        "Maes-y-Coed High School",
        "Ysgol Gynradd Llwyn Onn",
    }
    assert set(_cells(page, Column.WHO)) == {"A: Gareth Pritchard"}
    holders = {
        str(page.proxy.index(r, Column.SCHOOL).data(Qt.ItemDataRole.UserRole + 2)) for r in range(3)
    }
    assert holders == {"Improvement partner: Elin Haf Morgan"}
    # Newest first; the day is written out.
    assert _cells(page, Column.WHEN)[0].startswith("9 Feb 2026")
    assert "3 conflicting changes to decide in 2 schools" in page.subtitle.text()

    # Filtering by school (or partner) keeps only the matching rows.
    type_text(page.find_box, "llwyn")
    assert page.proxy.rowCount() == 2
    assert "showing 2" in page.subtitle.text()
    page.find_box.clear()
    type_text(page.find_box, "Gareth")
    assert page.proxy.rowCount() == 3
    page.find_box.setText("Nobody at all")
    assert page.proxy.rowCount() == 0
    assert "Clear the filter" in visible_texts(page.table)


def test_the_diff_shows_both_texts_with_the_changed_words_marked(app, qtbot):
    page, seeded = _page(app, qtbot)
    _choose(page, seeded.description)
    diff = page.diff
    qtbot.waitUntil(lambda: diff.left_body.toPlainText().startswith("Improve"))
    # B has a line A lacks: A's column keeps an empty, striped cell next to it.
    assert diff.left_body.toPlainText() == DESCRIPTION_A + "\n"
    assert diff.right_body.toPlainText() == DESCRIPTION_B
    assert diff.left_heading.text() == "Version A · Gareth Pritchard"
    assert diff.right_heading.text() == "Version B · Elin Haf Morgan"
    assert "in use until you decide" in diff.right_when.text()
    assert diff.marked("left") == ["Key Stage 2"]
    assert diff.marked("right") == [
        "English and Welsh across the whole school",
        "Leaders check books each half term.",
    ]
    assert "Key Stage 2" in diff.left_body.accessibleDescription()
    # The rows stay level: the third line of B sits where A has nothing.
    left, right = diff.left_body.document(), diff.right_body.document()
    assert left.blockCount() == right.blockCount() == 3
    assert left.findBlockByNumber(2).text() == ""
    qtbot.waitUntil(
        lambda: (
            left.documentLayout().blockBoundingRect(left.findBlockByNumber(2)).top()
            == right.documentLayout().blockBoundingRect(right.findBlockByNumber(2)).top()
        )
    )
    # The edits overlap, so the merge box offers both versions to edit into one.
    assert page.merged.isVisible()
    assert page.merged.toPlainText() == f"{DESCRIPTION_A}\n\n{DESCRIPTION_B}"
    assert "change the same words" in page.merge_hint.text()
    # The original is secondary: hidden until asked for, with changed words struck out.
    assert not diff.base_body.isVisible()
    diff.base_toggle.click()
    assert diff.base_body.toPlainText() == DESCRIPTION_BASE
    assert diff.base_toggle.text() == "Hide the original"

    with qtbot.waitSignal(page.open_school_requested) as opened:
        page.open_button.click()
    assert opened.args == [seeded.english_school]


def test_keeping_version_b_resolves_it_and_the_row_disappears(app, qtbot):
    page, seeded = _page(app, qtbot)
    runner = app.services.runner
    _choose(page, seeded.description)
    page.keep_b.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert "Priority · description" not in _cells(page, Column.WHAT)
    assert page.status.text() == (
        "✓ Kept version B (Elin Haf Morgan) — Priority · description, Maes-y-Coed High School. "
        "Everyone gets the decision at the next sync."
    )
    # The decision is in the store: the record holds B and an op resolving the conflict
    # waits to be sent; the conflict stays open only until the central store confirms.
    assert runner.call(lambda s: records.get(s, "priorities", seeded.priority_id))[
        "description"
    ] == (DESCRIPTION_B)
    assert seeded.description in runner.call(conflicts.decided_here)
    outgoing = runner.call(lambda s: sync_state.take_outgoing(s, limit=1_000_000))
    [op] = [o for o in outgoing if o.resolves == seeded.description]
    assert op.table == "priorities" and op.field == "description" and op.value == DESCRIPTION_B
    assert "2 conflicting changes to decide in 1 school" in page.subtitle.text()
    # The next conflict is chosen at once.
    assert page.current() is not None


def test_an_edited_merge_keeps_the_edited_text(app, qtbot):
    page, seeded = _page(app, qtbot)
    _choose(page, seeded.rationale)
    qtbot.waitUntil(lambda: page.merged.isVisible())
    merged = (
        "Mae'r dysgwyr hŷn yn trafod eu gwaith yn hyderus iawn. Mae angen mwy o gyfleoedd i "
        "ysgrifennu'n estynedig ar draws y cwricwlwm, gan gynnwys yn ystod yr Ŵyl Ddewi."
    )
    # The edits touch different words, so the three-way merge has combined them.
    assert page.merged.toPlainText() == merged
    assert "Both changes combined" in page.merge_hint.text()
    assert page.diff.marked("left") == ["iawn"]
    page.merged.moveCursor(page.merged.textCursor().MoveOperation.End)
    type_text(page.merged, " Da iawn, ŵyr!")
    # A sync arriving while the PIP edits does not wipe the edit.
    reloaded = []
    page.model.modelReset.connect(lambda: reloaded.append(True))
    page.reload()
    qtbot.waitUntil(lambda: bool(reloaded))
    assert page.merged.toPlainText() == merged + " Da iawn, ŵyr!"
    page.keep_merged.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    judgement = app.services.runner.call(
        lambda s: records.get(s, "judgements", seeded.judgement_id)
    )
    assert judgement["rationale"] == merged + " Da iawn, ŵyr!"
    assert page.status.text().startswith("✓ Kept the merged text — Termly judgement · rationale")


def test_a_rate_conflict_shows_both_rates_in_words(app, qtbot):
    page, seeded = _page(app, qtbot)
    _choose(page, seeded.rate)
    assert page.diff.left_body.toPlainText() == "Limited progress"
    assert page.diff.right_body.toPlainText() == "Strong progress"
    assert not page.merged.isVisible() and page.values_note.isVisible()
    page.diff.base_toggle.click()
    assert page.diff.base_body.toPlainText() == "Satisfactory progress"
    page.keep_a.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    judgement = app.services.runner.call(
        lambda s: records.get(s, "judgements", seeded.judgement_id)
    )
    assert judgement["rate"] == "limited"


def test_a_sync_that_brings_a_conflict_refreshes_the_list(app, qtbot):
    page = TeamConflictsPage(app.services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.subtitle.text() == "Nothing to decide.")
    assert page.nothing_chosen.isHidden() and page.detail.isHidden()
    app.services.runner.submit(seed_conflicts)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_welsh_headings_after_switching_language(app, qtbot):
    page, seeded = _page(app, qtbot)
    _choose(page, seeded.rate)
    app.services.prefs.set_language("cy")
    qtbot.waitUntil(lambda: page.heading.text() == "Newidiadau sy'n gwrthdaro yn ysgolion eich tîm")
    assert page.title() == "Gwrthdaro"
    header = page.model.headerData
    assert [header(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Ysgol",
        "Beth a newidiodd",
        "Newidiwyd gan",
        "Pryd",
    ]
    assert page.keep_a.text() == "Cadw fersiwn A"
    assert page.diff.left_heading.text() == "Fersiwn A · Gareth Pritchard"
    # Form words and dates follow the language too.
    assert page.diff.left_body.toPlainText() == "Cynnydd cyfyngedig"
    assert "Cyfradd cynnydd" in page.detail_title.text() or "cyfradd" in page.detail_title.text()
    assert "Chwef" in _cells(page, Column.WHEN)[0]
    app.services.prefs.set_language("en")
    qtbot.waitUntil(lambda: page.keep_a.text() == "Keep version A")
    assert page.diff.left_body.toPlainText() == "Limited progress"


def test_the_partners_conflicts_dialog_shows_texts_side_by_side_too(app, qtbot):
    from desktop.ui.sync.conflicts_dialog import ConflictsDialog

    app.services.runner.call(seed_conflicts)
    dialog = ConflictsDialog(app.services.runner, app.services.present, app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 3)
    labels = [dialog.list.item(r).text() for r in range(3)]
    assert any("Priority · description" in label for label in labels)
    row = next(r for r, label in enumerate(labels) if "Priority · description" in label)
    dialog.list.setCurrentRow(row)
    assert dialog.diff.isVisible() and not dialog.first_box.isVisible()
    qtbot.waitUntil(lambda: dialog.merged_box.isVisible())  # compared on the worker
    assert dialog.diff.marked("left") == ["Key Stage 2"]
    assert "Gareth Pritchard" in dialog.diff.left_heading.text()
    # A rate is not a text: the two values stay in their plain boxes, with no merge box.
    row = next(r for r, label in enumerate(labels) if "rate of progress" in label)
    dialog.list.setCurrentRow(row)
    assert dialog.first_box.isVisible() and not dialog.diff.isVisible()
    assert dialog.first.toPlainText() == "Limited progress"  # the form's words, not the key
    assert not dialog.merged_box.isVisible()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_judgement_conflict_names_its_priority_term_and_both_rationales(
    make_app, seeded, qtbot, language
):
    """Issue 14, point 6: on the desk and in the partner's dialog, in English and Welsh, a
    judgement's conflict names the priority and the term, and gives both rationales; its
    values are the form's words in the language on screen, never stored keys."""
    from desktop.ui.sync.conflicts_dialog import ConflictsDialog

    app = make_app(seeded, language=language)
    present = app.services.present
    rate_a, rate_b = present.rate("limited"), present.rate("strong")
    marks = app.services.runner.call(seed_conflicts)
    judgement = app.services.runner.call(lambda s: records.get(s, "judgements", marks.judgement_id))
    priority = app.services.runner.call(
        lambda s: records.get(s, "priorities", judgement["priority_id"])
    )
    page = TeamConflictsPage(app.services)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    _choose(page, marks.rate)
    about = page.about.text()
    assert page.about.isVisible()
    assert priority["title"] in about
    assert present.term(judgement["term"]) in about and priority["academic_year"] in about
    assert "hyderus iawn" in about  # version A's rationale
    assert "Ŵyl Ddewi" in about  # version B's
    assert page.diff.left_body.toPlainText() == rate_a
    assert page.diff.right_body.toPlainText() == rate_b

    dialog = ConflictsDialog(app.services.runner, present, app.window)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 3)
    row = next(r for r, view in enumerate(dialog.views) if view.id == marks.rate)
    dialog.list.setCurrentRow(row)
    assert dialog.first.toPlainText() == rate_a
    assert dialog.second.toPlainText() == rate_b
    assert priority["title"] in dialog.about.text() and "Ŵyl Ddewi" in dialog.about.text()
    shown = visible_texts(dialog)
    assert "strong" not in shown.split() and "limited" not in shown.split()
    label = dialog.list.item(row).text()
    assert ("Termly judgement" in label) == (language == "en")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_with_nothing_left_to_resolve_the_dialog_says_so_with_no_blank_panes(
    make_app, seeded, qtbot, language
):
    """Issue 14, point 6: once the last conflict is decided (or when there is none), the
    partner's dialog says there is nothing to resolve and shows no empty pane or button."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QPlainTextEdit

    from desktop.ui.sync.conflicts_dialog import ConflictsDialog

    app = make_app(seeded, language=language)
    marks = app.services.runner.call(seed_conflicts)
    dialog = ConflictsDialog(app.services.runner, app.services.present, app.window)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 3)
    assert not dialog.empty.isVisible()
    # Decided everywhere (as the server confirms): the conflicts close.
    app.services.runner.call(
        lambda s: [
            records.update(s, "conflicts", c, {"status": "resolved"}, origin="remote")
            for c in (marks.rate, marks.rationale, marks.description)
        ]
    )
    qtbot.waitUntil(lambda: dialog.empty.isVisible())
    assert ("Nothing is left to resolve" if language == "en" else "Does dim") in dialog.empty.text()
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QGroupBox):
        if widget.isVisible():
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            assert text.strip(), f"a blank {type(widget).__name__} is on screen"
    assert not any(w.isVisible() for w in dialog.findChildren(QPlainTextEdit))


def test_diff_and_merge_run_off_the_gui_thread(app, qtbot, monkeypatch):
    """Issue 12: comparing and merging two long texts never runs on the GUI thread. The
    real comparison runs; this only notes which thread ran it."""
    import threading

    from desktop.store import text_diff
    from desktop.ui.desk import conflicts as team_conflicts

    threads: list[threading.Thread] = []

    def noted(left, right, base):
        threads.append(threading.current_thread())
        return text_diff.compare(left, right, base)

    monkeypatch.setattr(team_conflicts, "compare", noted)
    page, seeded = _page(app, qtbot)
    _choose(page, seeded.description)
    qtbot.waitUntil(lambda: page.merged.isVisible())
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert page.diff.marked("left") == ["Key Stage 2"]
