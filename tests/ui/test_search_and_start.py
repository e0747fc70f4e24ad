"""Issue 3: search opens the exact place; a damaged database is never reset silently."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings, Qt

from desktop.app import ask_restore, build_app
from desktop.store import backup, keys, visits
from desktop.store.store import Store
from tests.ui.conftest import TODAY
from tests.ui.helpers import click_message_button, type_text, when_modal


def test_search_finds_an_answer_and_opens_its_visit_aspect_and_question(app, qtbot):
    runner = app.services.runner
    window = app.window
    school_id = window.caseload.model.entries[3].school.id
    aspect = visits.area_aspect("curriculum")

    def plant(store):
        visit_id = visits.start_visit(
            store,
            school_id,
            TODAY,
            "curriculum_for_wales",
            aspects=[visits.area_aspect("teaching"), aspect],
        )
        visits.set_answer(store, visit_id, aspect, 4, "Pupils' oracy journals track progress")
        return visit_id

    visit_id = runner.call(plant)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "oracy journ")
    qtbot.waitUntil(
        lambda: window.search_page.isVisible() and len(window.search_page.places) == 1, timeout=5000
    )
    assert "1 result" in window.search_page.subtitle.text()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.visit.isVisible()
            and window.visit.sheet is not None
            and window.visit.sheet.visit.id == visit_id
        )
    )
    qtbot.waitUntil(lambda: window.visit.current_aspect() == aspect)
    panel = window.visit.current_panel()
    assert panel.current == 4
    assert panel.questions[3].answer.toPlainText() == "Pupils' oracy journals track progress"
    assert panel.questions[3].isVisible()
    # Back returns to the results.
    window.go_back()
    assert window.search_page.isVisible()


def test_welsh_words_are_found_without_their_accents(app, qtbot):
    runner = app.services.runner
    window = app.window
    school_id = window.caseload.model.entries[0].school.id
    runner.call(lambda store: visits.add_action(store, school_id, "Trefnu taith ddysgu gyda'r ŵyr"))
    window.search_box.setFocus()
    type_text(window.search_box, "wyr")
    window._search_typed(window.search_box.text())
    qtbot.waitUntil(
        lambda: any("ŵyr" in p.snippet for p in window.search_page.places), timeout=5000
    )


def test_a_damaged_database_offers_the_newest_backup_and_never_resets(qtbot, seeded, tmp_path):
    with Store.open(seeded):  # opening takes the start-up backup of the seeded data
        pass
    good = backup.good_backups(seeded.backups, keys.profile_key(seeded, create=False))
    shutil.copyfile(seeded.database, tmp_path / "before.db")
    seeded.database.write_bytes(b"this is not a database" * 100)
    for companion in ("-wal", "-shm"):
        seeded.database.with_name(seeded.database.name + companion).unlink(missing_ok=True)
    asked = []

    def quit_choice(error, parent):
        asked.append(error)
        return False

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert build_app(seeded, settings, ask=quit_choice) is None
    assert asked and asked[0].backups[0] == good[0]
    assert seeded.database.read_bytes().startswith(b"this is not a database")  # untouched

    # The real dialog names the backup's date and offers to restore it or quit.
    seen = []

    def inspect(box):
        seen.append([b.text() for b in box.buttons()])
        click_message_button(box, "Restore the newest good backup")

    when_modal(inspect)
    assert ask_restore(asked[0]) is True
    assert any(t.startswith("Restore the newest good backup (") for t in seen[0])
    assert "Quit" in seen[0]

    root = build_app(seeded, settings, ask=lambda error, parent: True, today=lambda: TODAY)
    assert root is not None
    try:
        qtbot.addWidget(root.window)
        qtbot.waitUntil(lambda: len(root.window.caseload.model.entries) == 16)
    finally:
        root.shutdown()
    kept = [p for p in seeded.root.iterdir() if ".damaged-" in p.name]
    assert kept, "the damaged file is kept beside the restored one"
    with Store.open(seeded, backup_at_start=False) as store:
        assert store.db["schools"].count == 16


def test_search_opens_the_evidence_item_itself(app, qtbot):
    runner = app.services.runner
    window = app.window
    school_id = window.caseload.model.entries[5].school.id
    aspect = visits.area_aspect("leadership")

    def plant(store):
        visit_id = visits.start_visit(store, school_id, TODAY, "wellbeing_check", aspects=[aspect])
        evidence_id = visits.record_evidence(
            store,
            visit_id,
            aspect,
            "learner_voice",
            "Year 6 councillors described the zonal rota",
            question=2,
        )
        return visit_id, evidence_id

    visit_id, evidence_id = runner.call(plant)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "zonal rota")
    qtbot.waitUntil(lambda: len(window.search_page.places) == 1, timeout=5000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.visit.sheet is not None
            and window.visit.sheet.visit.id == visit_id
            and window.visit.evidence.card(evidence_id) is not None
        )
    )
    card = window.visit.evidence.card(evidence_id)
    qtbot.waitUntil(lambda: card.note.hasFocus())
    assert window.visit.current_panel().current == 2


def test_damage_the_quick_open_cannot_see_is_found_right_after_start(qtbot, seeded, tmp_path):
    """Start-up reads only the file's header and schema (issue 13's start-up budget); the
    full check runs on the store thread right behind the caseload. Tried: pages at the end
    of the file (notes and their search index, which the caseload never reads) overwritten
    as a failing disk would. The caseload opens, then the user is offered the backup, the
    damaged file is kept aside, and the app starts again on the backup."""
    with Store.open(seeded) as store:  # the start-up backup holds the demo caseload
        school_id = store.db.execute("SELECT id FROM schools LIMIT 1").fetchone()[0]
        for i in range(200):
            visits.add_note(store, school_id, f"Nodyn {i}: " + "llythrennedd " * 60)
    data = bytearray(seeded.database.read_bytes())
    page = 4096
    for offset in range(len(data) - 6 * page, len(data) - page):
        data[offset] = 0x5A
    seeded.database.write_bytes(bytes(data))
    damaged = seeded.database.read_bytes()

    asked = []

    def restore(error, parent):
        asked.append(error)
        return True

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    root = build_app(seeded, settings, ask=restore, today=lambda: TODAY)
    assert root is not None, "the quick open must not read the damaged pages"
    qtbot.addWidget(root.window)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert asked[0].backups, "the newest good backup is offered"
    assert root.restart and root.shut
    kept = [p for p in seeded.root.iterdir() if ".damaged-" in p.name]
    assert kept and kept[0].read_bytes() == damaged, "the damaged file is kept as it was"

    again = build_app(seeded, settings, ask=restore, today=lambda: TODAY)
    assert again is not None
    try:
        qtbot.addWidget(again.window)
        qtbot.waitUntil(lambda: len(again.window.caseload.model.entries) == 16)
        assert again.services.runner.call(lambda store: store.db["notes"].count) < 200
    finally:
        again.shutdown()
    assert len(asked) == 1, "the restored file passes the check"
