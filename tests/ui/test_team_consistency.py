"""Issue 5, the PIP desk: consistency of judgements across partners and LAs, the
judgements that moved two or more steps, and the drill-in to the evidence behind one."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from desktop.store import caseload, priorities, team, visits
from desktop.store.judgement_evidence import evidence_behind
from desktop.ui.desk.consistency import ConsistencyPage, DistCol, MoveCol
from desktop.ui.desk.consistency_cells import COUNTS_ROLE, KEY_ROLE, bar_segments
from desktop.ui.desk.judgement_evidence_dialog import JudgementEvidenceDialog
from desktop.ui.desk.judgement_list import JudgementListDialog, ListCol
from tests.ui.conftest import visible_texts

YEAR = "2025-26"
RATIONALE = "Spring learning walks: questioning stayed closed <b>& superficial</b> in most classes."


def _school(store, name: str):
    return next(r.school for r in caseload.caseload(store, None, YEAR) if r.school.name == name)


def _give_to_gareth(store) -> tuple[str, list[str]]:
    """Reallocate three demo schools to Gareth Pritchard; return his id and their ids."""
    gareth = next(
        r[0] for r in store.db.execute("SELECT id FROM people WHERE name = 'Gareth Pritchard'")
    )
    names = ("Heol Fach Primary School", "Maes-y-Coed High School", "Ysgol Gwaun Alaw")
    ids = [_school(store, name).id for name in names]
    for school_id in ids:
        team.reallocate(store, school_id, gareth, YEAR, on=date(2026, 2, 10))
    return gareth, ids


def _drop_three_steps(store) -> tuple[str, str]:
    """Heol Fach's questioning priority: very good in autumn, limited in spring."""
    school = _school(store, "Heol Fach Primary School")
    priority = next(
        p
        for p in priorities.priorities_of(store, school.id, YEAR)
        if p.title.startswith("Use questioning")
    )
    for term, rate, track, rationale in (
        ("autumn", "very_good", "on_track", "Questioning is excellent across the school."),
        ("spring", "limited", "off_track", RATIONALE),
    ):
        priorities.judge_priority(
            store,
            priority.id,
            term,
            track=track,
            rate=rate,
            rationale=rationale,
            judged_on=date(2026, 2, 9) if term == "spring" else date(2025, 12, 10),
        )
    return school.id, priority.id


@pytest.fixture
def page(app, qtbot):
    shown = ConsistencyPage(app.services)
    qtbot.addWidget(shown)
    shown.resize(1366, 740)
    shown.show()
    qtbot.waitUntil(lambda: shown.loaded)
    return shown


def _row_of(model, name: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, DistCol.NAME).data() == name:
            return row
    raise AssertionError(f"No row {name!r}")


def test_the_bars_show_each_partners_counts_in_the_scale_colours(app, page, qtbot):
    """Tried: three schools reallocated to Gareth. His row shows his total and, on each
    coloured part, the count of that rate; the tooltip gives the names and percentages."""
    runner = app.services.runner
    gareth, ids = runner.call(_give_to_gareth)
    expected = Counter(
        j.rate
        for school_id in ids
        for p in runner.call(lambda s, i=school_id: priorities.priorities_of(s, i, YEAR))
        for j in p.judgements
    )
    model = page.by_ip.model
    qtbot.waitUntil(lambda: any(r.label == "Gareth Pritchard" for r in model.rows))
    row = _row_of(model, "Gareth Pritchard")
    total = sum(expected.values())
    assert model.index(row, DistCol.TOTAL).data() == str(total)
    assert model.index(row, DistCol.NAME).data(KEY_ROLE) == gareth
    tooltip = model.index(row, DistCol.BAR).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Gareth Pritchard: {total} judgements" in tooltip
    share = round(100 * expected["strong"] / total)
    assert f"Strong progress: {expected['strong']} ({share}%)" in tooltip

    # What is painted: one part per rate judged, each with its count, in the rate's colour.
    table = page.by_ip.table
    index = model.index(row, DistCol.BAR)
    cell = table.visualRect(index)
    counts = index.data(COUNTS_ROLE)
    segments = bar_segments(cell.adjusted(6, 5, -8, -5), counts, table.fontMetrics())
    assert {s.rate: s.count for s in segments} == {k: v for k, v in expected.items() if v}
    image = table.viewport().grab().toImage()
    forms = app.services.forms
    for segment in segments:
        pixel = image.pixelColor(segment.rect.left() + 2, segment.rect.top() + 2)
        assert pixel.name() == QColor(forms.rate(segment.rate).colour).name()
    # The legend names every rate, so no colour stands alone.
    assert [chip.text for chip in page.legend] == [r.name.en for r in forms.rates]
    assert "By improvement partner" in visible_texts(page)
    assert "By local authority" in visible_texts(page)


def test_a_three_step_drop_is_listed_with_its_words(app, page, qtbot):
    runner = app.services.runner
    assert page.moves.rowCount() == 0  # the demo's autumn-only judgements never move
    runner.call(_drop_three_steps)
    qtbot.waitUntil(lambda: page.moves_proxy.rowCount() == 1)

    cells = [page.moves_proxy.index(0, c).data() for c in MoveCol]
    assert cells[MoveCol.SCHOOL] == "Heol Fach Primary School"
    assert cells[MoveCol.PRIORITY].startswith("Use questioning")
    assert cells[MoveCol.FROM] == "Autumn term: ✓ Very good progress"
    assert cells[MoveCol.TO] == "Spring term: ⚠ Limited progress"
    assert "3 steps worse" in cells[MoveCol.CHANGE]
    assert "1 judgement" in page.moves_note.text()


def test_reading_the_evidence_behind_a_drop_and_opening_the_school(app, page, qtbot):
    """Tried: the drop above, then "Read the evidence…". The dialog shows the spring
    rationale (as typed, markup and all), the autumn judgement, and the evidence of the
    spring visit for that priority; "Open school" asks the desk to open Heol Fach."""
    runner = app.services.runner
    school_id, priority_id = runner.call(_drop_three_steps)
    qtbot.waitUntil(lambda: page.moves_proxy.rowCount() == 1)
    found = runner.call(lambda s: evidence_behind(s, priority_id, "spring", YEAR))
    spring_bodies = [e.body for v in found.visits for e in v.evidence]
    autumn = runner.call(lambda s: evidence_behind(s, priority_id, "autumn", YEAR))
    autumn_bodies = [e.body for v in autumn.visits for e in v.evidence]
    assert spring_bodies and autumn_bodies

    page.moves_table.selectRow(0)
    assert page.read_button.isEnabled()
    page.read_button.click()
    dialog = page.dialogs[-1]
    assert isinstance(dialog, JudgementEvidenceDialog)
    qtbot.waitUntil(lambda: dialog.evidence is not None)

    text = dialog.page_text()
    assert "Heol Fach Primary School" in text
    assert RATIONALE in text  # escaped, so shown literally rather than as markup
    assert "Limited progress" in text and "Off track" in text
    assert "Previous term: Autumn term" in text and "Very good progress" in text
    assert "Visit on 5 January 2026" in text
    assert spring_bodies[0] in text
    assert not any(body in text for body in autumn_bodies if body not in spring_bodies)
    assert "1. What is the school's evaluation of this aspect?" in text

    with qtbot.waitSignal(page.open_school_requested) as opened:
        dialog.open_school.click()
    assert opened.args == [school_id]
    qtbot.waitUntil(lambda: not page.dialogs or not any(d.isVisible() for d in page.dialogs))


def test_from_a_partners_bar_to_their_judgements_of_one_rate_and_on_to_the_evidence(
    app, page, qtbot
):
    runner = app.services.runner
    runner.call(_give_to_gareth)
    model = page.by_ip.model
    qtbot.waitUntil(lambda: any(r.label == "Gareth Pritchard" for r in model.rows))
    row = _row_of(model, "Gareth Pritchard")
    table = page.by_ip.table
    index = model.index(row, DistCol.BAR)
    cell = table.visualRect(index)
    segments = bar_segments(
        cell.adjusted(6, 5, -8, -5), index.data(COUNTS_ROLE), table.fontMetrics()
    )
    satisfactory = next(s for s in segments if s.rate == "satisfactory")

    qtbot.mouseDClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(satisfactory.rect.center())
    )
    listing = page.dialogs[-1]
    assert isinstance(listing, JudgementListDialog)
    qtbot.waitUntil(lambda: listing.loaded)
    assert listing.heading.text().startswith("Judgements in the caseload of Gareth Pritchard")
    assert listing.rate.currentText() == "Satisfactory progress"
    shown = [
        listing.proxy.index(r, ListCol.JUDGEMENT).data() for r in range(listing.proxy.rowCount())
    ]
    assert len(shown) == satisfactory.count
    assert all("Satisfactory progress" in text for text in shown)
    assert (
        listing.count.text()
        == f"{satisfactory.count} of {listing.model.rowCount()} judgements shown"
    )
    schools = {listing.proxy.index(r, ListCol.SCHOOL).data() for r in range(len(shown))}
    assert schools <= {"Heol Fach Primary School", "Maes-y-Coed High School", "Ysgol Gwaun Alaw"}

    listing.rate.setCurrentIndex(0)  # every rate
    assert listing.proxy.rowCount() == listing.model.rowCount()
    listing.table.selectRow(0)
    listing.evidence_button.click()
    evidence = page.dialogs[-1]
    assert isinstance(evidence, JudgementEvidenceDialog)
    qtbot.waitUntil(lambda: evidence.evidence is not None)
    first = listing.model.rows[listing.proxy.mapToSource(listing.proxy.index(0, 0)).row()]
    assert first.school.name in evidence.page_text()
    assert first.judgement.rationale in evidence.page_text()


def test_the_page_and_the_evidence_speak_welsh(app, page, qtbot):
    runner = app.services.runner
    _school_id, priority_id = runner.call(_drop_three_steps)
    qtbot.waitUntil(lambda: page.moves_proxy.rowCount() == 1)
    dialog = page.read_evidence(priority_id, "spring")
    qtbot.waitUntil(lambda: dialog.evidence is not None)

    app.services.prefs.set_language("cy")
    qtbot.waitUntil(lambda: page.heading.text() == "Cysondeb y barnau")

    assert page.title() == "Cysondeb"
    assert page.by_ip.heading.text() == "Yn ôl partner gwella"
    assert page.by_la.heading.text() == "Yn ôl awdurdod lleol"
    assert page.moves_title.text() == "Barnau a symudodd ddau gam neu ragor"
    header = page.by_ip.model.headerData(DistCol.NAME, Qt.Orientation.Horizontal)
    assert header == "Partner gwella"
    assert page.legend[0].text == "Cynnydd da iawn"
    cells = [page.moves_proxy.index(0, c).data() for c in MoveCol]
    assert cells[MoveCol.TO] == "Tymor y gwanwyn: ⚠ Cynnydd cyfyngedig"
    assert "3 cham yn waeth" in cells[MoveCol.CHANGE]
    assert page.read_button.text() == "Darllen y dystiolaeth…"
    text = dialog.page_text()
    assert "Y tymor blaenorol: Tymor yr hydref" in text
    assert "1. Beth yw gwerthusiad yr ysgol o'r agwedd hon?" in text
    assert "Ymweliad ar 5 Ionawr 2026" in text

    app.services.prefs.set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Consistency of judgements")
    assert "Previous term: Autumn term" in dialog.page_text()


def test_evidence_added_to_the_term_appears_in_an_open_dialog(app, page, qtbot):
    """The dialog follows the store: evidence recorded after it opened is shown."""
    runner = app.services.runner
    _school_id, priority_id = runner.call(_drop_three_steps)
    dialog = page.read_evidence(priority_id, "spring")
    qtbot.waitUntil(lambda: dialog.evidence is not None)
    visit_id = dialog.evidence.visits[0].visit.id
    note = "Listening to learners: the more able say work is too easy."
    runner.call(
        lambda s: visits.record_evidence(
            s,
            visit_id,
            visits.priority_aspect(priority_id),
            "learner_voice",
            note,
            stance="concern",
        )
    )
    qtbot.waitUntil(lambda: note in dialog.page_text())
