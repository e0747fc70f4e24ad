"""Issue 5: the PIP's desk in the real app, against a real central store, while the team's
improvement partners sync from their own laptops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QSettings

from desktop.app import AppRoot, build_app
from desktop.store import caseload, records, reviews, schools, sync_state, team
from desktop.ui.desk.caseload import Column
from sync import session
from sync.server import admin, auth
from sync.server.storage import CentralStore
from tests.sync.conftest import TODAY, YEAR
from tests.sync.helpers import scope_of
from tests.sync.test_scope import fill_school


@pytest.fixture
def west(central: CentralStore, ip: str) -> dict[str, str]:
    """The West team: the fixture's IP (9904001-3), a second IP (9915004) and their PIP;
    an East IP (9915005) the West PIP must never see."""
    west_two = auth.add_partner(central, "Elin Morgan", "ip", team="Tîm y Gorllewin")
    admin.allocate(central, "9915004", west_two, YEAR)
    pip = auth.add_partner(central, "Gareth Huws", "pip", team="Tîm y Gorllewin")
    east = auth.add_partner(central, "Rhodri Bowen", "ip", team="Tîm y Dwyrain")
    admin.allocate(central, "9915005", east, YEAR)
    return {"ip": ip, "west_two": west_two, "pip": pip, "east": east}


def pip_app(qtbot, profile, tmp_path, central, server, pip: str) -> AppRoot:
    """The real app on a fresh profile, enrolled as the PIP and synced once."""
    settings = QSettings(str(tmp_path / "pip-settings.ini"), QSettings.Format.IniFormat)
    root = build_app(profile, settings, today=lambda: TODAY)
    assert root is not None
    qtbot.addWidget(root.window)
    root.window.resize(1366, 768)
    root.window.show()
    root.services.runner.call(
        lambda store: session.enrol_laptop(
            store, server.url, auth.issue_code(central, pip), "pip-laptop"
        )
    )
    sync_and_wait(qtbot, root)
    return root


def sync_and_wait(qtbot, root: AppRoot) -> None:
    with qtbot.waitSignal(root.sync.sync_did_finish, timeout=30000):
        assert root.sync.sync_now()


def shutdown(root: AppRoot) -> None:
    root.window.close()
    root.shutdown()


def texts(page) -> dict[str, tuple[str, str]]:
    """school name -> (partner, partner's second line) as the team caseload shows them."""
    from desktop.ui.common.school_cells import SECOND_LINE_ROLE

    model = page.model
    return {
        model.index(row, Column.SCHOOL).data(): (
            model.index(row, Column.PARTNER).data(),
            model.index(row, Column.PARTNER).data(SECOND_LINE_ROLE),
        )
        for row in range(model.rowCount())
    }


def test_the_pip_sees_the_team_and_reallocates_a_school_from_the_desk(
    qtbot, profile, tmp_path, central, server, west, laptop_factory
):
    """Tried: two IPs of the West team sync from their laptops (one with a filled school);
    the PIP opens SIPL, which offers the Team menu; the desk's caseload lists the four West
    schools (not the East one) with who holds each and when their laptop last synced. The
    PIP reallocates 9904001 to the second IP from today through the dialog; after the PIP's
    sync the server gives it to the second IP, whose next sync brings its history, and the
    first IP's laptop keeps it read-only until the end of term."""
    first = laptop_factory("ip-a", west["ip"])
    second = laptop_factory("ip-b", west["west_two"])
    first.sync()
    second.sync()
    filled = fill_school(first.store, "9904001", "Symud")
    assert first.sync().rejected == 0

    root = pip_app(qtbot, profile, tmp_path, central, server, west["pip"])
    try:
        menu = root.team
        qtbot.waitUntil(lambda: menu.menu_action.isVisible())
        desk = menu.open_desk()
        page = desk.caseload
        qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() == 4, timeout=10000)
        shown = texts(page)
        school = schools.school_by_number(first.store, "9904001")
        assert school is not None
        assert shown[school.name][0] == "Siân Prydderch"
        assert shown[school.name][1].startswith("Synced")
        assert all("Rhodri" not in who for who, _ in shown.values())
        # The heading's facts come from a store job of their own, beside the caseload's.
        qtbot.waitUntil(lambda: "Gorllewin" in desk.heading.text(), timeout=10000)

        assert page.select_school(school.id)
        dialog = desk.reallocate(school.id)
        qtbot.waitUntil(lambda: dialog.partner.count() > 0)
        assert [dialog.partner.itemText(i) for i in range(dialog.partner.count())] == [
            "Elin Morgan"
        ]
        assert dialog.day.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
        assert "31 December 2025" in dialog.explain.text()
        assert "Siân Prydderch" in dialog.explain.text()
        with qtbot.waitSignal(dialog.reallocated, timeout=10000):
            dialog.buttons.buttons()[0].click()
        qtbot.waitUntil(lambda: texts(page)[school.name][0] == "Elin Morgan", timeout=10000)
        sync_and_wait(qtbot, root)
        assert root.services.runner.call(sync_state.rejected_ops) == []
    finally:
        shutdown(root)

    assert school.id in scope_of(central, west["west_two"])  # type: ignore[operator]
    assert school.id not in scope_of(central, west["ip"])  # type: ignore[operator]
    second.sync()
    assert second.store.db["visits"].get(filled.visit)["school_id"] == school.id
    first.sync()
    rows = {r.school.number: r for r in caseload.caseload(first.store, west["ip"], YEAR, TODAY)}
    assert rows["9904001"].read_only_until == "2025-12-31"
    held = team.holders(second.store, YEAR, TODAY)
    assert held[school.id].person_id == west["west_two"]


def test_an_ip_is_not_offered_the_team_desk(qtbot, profile, tmp_path, central, server, west):
    """Tried: an IP's own laptop. The Team menu stays hidden and its action disabled."""
    root = pip_app(qtbot, profile, tmp_path, central, server, west["ip"])
    try:
        qtbot.waitUntil(lambda: len(root.window.caseload.model.entries) == 3, timeout=10000)
        assert not root.team.menu_action.isVisible()
        assert not root.team.open_action.isEnabled()
    finally:
        shutdown(root)


def test_the_pip_resolves_a_team_conflict_and_records_a_review_from_the_desk(
    qtbot, profile, tmp_path, central, server, west, laptop_factory
):
    """Tried: one IP changes the same judgement's rate on two laptops while offline; the
    second sync makes a conflict on the server. The PIP's desk lists it with both values
    in words; the PIP keeps one; after the PIP's sync both of the IP's laptops hold that
    value and the conflict is closed everywhere. The IP also puts 9904002 on enhanced
    support; the desk's reviews tab lists it as never reviewed, the PIP records a review
    through the dialog, and the IP's next sync brings it. The consistency tab counts the
    IP's judgements under the IP's name."""
    laptop = laptop_factory("ip-a", west["ip"])
    spare = laptop_factory("ip-a-spare", west["ip"])
    laptop.sync()
    filled = fill_school(laptop.store, "9904001", "Gwrthdaro")
    enhanced = schools.school_by_number(laptop.store, "9904002")
    assert enhanced is not None
    schools.set_support_level(
        laptop.store, enhanced.id, "enhanced", "Pryderon am arweinyddiaeth", decided_on=TODAY
    )
    assert laptop.sync().rejected == 0
    spare.sync()
    records.update(laptop.store, "judgements", filled.judgement, {"rate": "satisfactory"})
    records.update(spare.store, "judgements", filled.judgement, {"rate": "very_good"})
    assert laptop.sync().conflicts == 0
    assert spare.sync().conflicts == 1

    root = pip_app(qtbot, profile, tmp_path, central, server, west["pip"])
    try:
        qtbot.waitUntil(lambda: root.team.menu_action.isVisible())
        desk = root.team.open_desk()

        page = desk.conflicts
        desk.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda: len(page.model.views) == 1, timeout=10000)
        page.table.selectRow(0)
        view = page.current()
        assert view is not None and {view.mine, view.theirs} == {"satisfactory", "very_good"}
        shown = visible_words(page)
        assert "Satisfactory progress" in shown and "Very good progress" in shown
        kept = view.theirs
        page.keep_b.click()
        qtbot.waitUntil(lambda: len(page.model.views) == 0, timeout=10000)

        consistency = desk.consistency
        qtbot.waitUntil(lambda: consistency.loaded, timeout=10000)
        labels = [consistency.by_ip.model.label(r) for r in consistency.by_ip.model.rows]
        assert "Siân Prydderch" in labels

        reviews_page = desk.reviews
        desk.tabs.setCurrentWidget(reviews_page)
        qtbot.waitUntil(lambda: reviews_page.select_school(enhanced.id), timeout=10000)
        assert "Never reviewed" in visible_words(reviews_page)
        dialog = reviews_page.record_review()
        assert dialog is not None
        dialog.add_attendee_line("Rhian Evans, yr awdurdod lleol")
        dialog.position.setPlainText("Cynnydd boddhaol; parhau â'r cymorth ychwanegol.")
        with qtbot.waitSignal(dialog.review_did_save, timeout=10000):
            dialog.save()
        sync_and_wait(qtbot, root)
        assert root.services.runner.call(sync_state.rejected_ops) == []
    finally:
        shutdown(root)

    laptop.sync()
    spare.sync()
    for store in (laptop.store, spare.store):
        assert store.db["judgements"].get(filled.judgement)["rate"] == kept
        assert sync_state.open_conflicts(store) == []
    [review] = reviews.reviews_of(laptop.store, enhanced.id)
    assert review.pip_id == west["pip"]
    assert review.la_attendees == ("Rhian Evans, yr awdurdod lleol",)
    assert review.position_agreed == "Cynnydd boddhaol; parhau â'r cymorth ychwanegol."


def visible_words(widget) -> str:
    """Every text the page shows: labels, buttons, and the cells of its item views."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTextEdit

    parts: list[str] = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        parts.append(child.text())
    for child in widget.findChildren(QTextEdit):
        parts.append(child.toPlainText())
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in (0, 3):  # display and tooltip
                    value = index.data(role)
                    if isinstance(value, str):
                        parts.append(value)
    return "\n".join(parts)
