"""Issue 5: the PIP's desk in the real app, against a real central store, while the team's
improvement partners sync from their own laptops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QSettings

from desktop.app import AppRoot, build_app
from desktop.store import caseload, schools, sync_state, team
from desktop.ui.team_caseload import Column
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
    from desktop.ui.caseload import SECOND_LINE_ROLE

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
        assert "Gorllewin" in desk.heading.text()

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
