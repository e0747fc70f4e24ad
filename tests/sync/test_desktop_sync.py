"""The desktop app syncing through a real central store: enrol, status, failure, conflict."""

from __future__ import annotations

from datetime import date

import keyring
from PySide6.QtCore import QSettings

from desktop.app import build_app
from desktop.store import priorities, schools, sync_state
from desktop.ui.sync_widgets import ConflictsDialog, EnrolDialog
from sync.server import auth
from tests.sync.conftest import TODAY, YEAR


def _app(qtbot, profile, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    root = build_app(profile, settings, today=lambda: TODAY)
    assert root is not None
    qtbot.addWidget(root.window)
    root.window.resize(1366, 768)
    root.window.show()
    return root


def _shutdown(root):
    root.window.close()
    root.shutdown()
    assert not root.services.runner.running


def _panel(root):
    from desktop.ui.sync_widgets import SyncPanel

    [panel] = root.window.findChildren(SyncPanel)
    return panel


def test_a_partner_enrols_from_the_app_and_their_schools_arrive(
    qtbot, profile, tmp_path, central, server, ip
):
    root = _app(qtbot, profile, tmp_path)
    try:
        panel = _panel(root)
        qtbot.waitUntil(lambda: "Not connected" in panel.label.text())
        dialog = EnrolDialog(panel.link, root.window)
        dialog.show()
        dialog.server.setText(server.url)
        dialog.code.setText(auth.issue_code(central, ip))
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20000)
        # The token went to the keyring, and the first sync started by itself.
        assert any(
            "Bearer" not in v and len(v) > 20 for v in keyring.get_keyring().secrets.values()
        )
        qtbot.waitUntil(lambda: len(root.window.caseload.model.entries) == 3, timeout=20000)
        qtbot.waitUntil(
            lambda: "Unsent changes: 0" in panel.label.text() and "last sync" in panel.label.text(),
            timeout=20000,
        )
        # The administrator revokes the laptop: the next sync says so in plain words.
        with central.reading() as conn:
            import sqlalchemy as sa

            from sync.server import tables as t

            [device] = conn.execute(sa.select(t.devices.c.id)).scalars().all()
        auth.revoke_device(central, device)
        panel.button.click()
        qtbot.waitUntil(lambda: "revoked" in panel.label.text(), timeout=20000)
    finally:
        _shutdown(root)


def test_a_wrong_enrolment_code_is_explained_and_nothing_is_stored(
    qtbot, profile, tmp_path, central, server, ip
):
    root = _app(qtbot, profile, tmp_path)
    try:
        panel = _panel(root)
        dialog = EnrolDialog(panel.link, root.window)
        dialog.show()
        dialog.server.setText(server.url)
        dialog.code.setText("WXYZ-2345")  # tried: a code the server never issued
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: "not known" in dialog.message.text(), timeout=20000)
        assert dialog.isVisible() and dialog.connect_button.isEnabled()
        assert keyring.get_keyring().secrets == {}
    finally:
        _shutdown(root)


def test_a_conflict_is_shown_with_both_values_and_resolved_from_the_app(
    qtbot, profile, tmp_path, central, server, ip, laptop_factory
):
    other = laptop_factory("other-laptop", ip)
    other.sync()
    root = _app(qtbot, profile, tmp_path)
    try:
        panel = _panel(root)
        runner = root.services.runner
        from sync import session

        runner.call(
            lambda store: session.enrol_laptop(
                store, server.url, auth.issue_code(central, ip), "app-laptop"
            )
        )
        panel.link.sync_now()
        qtbot.waitUntil(lambda: len(root.window.caseload.model.entries) == 3, timeout=20000)
        school = schools.school_by_number(other.store, "9904001")
        assert school is not None
        priority = priorities.add_priority(other.store, school.id, YEAR, "Attendance")
        priorities.judge_priority(
            other.store,
            priority,
            "autumn",
            track="on_track",
            rate="satisfactory",
            rationale="r",
            judged_on=date(2025, 11, 1),
        )
        other.sync()
        qtbot.waitUntil(lambda: not panel.link.busy, timeout=20000)
        panel.link.sync_now()
        qtbot.waitUntil(
            lambda: (
                not panel.link.busy
                and runner.call(lambda s: len(priorities.priorities_of(s, school.id, YEAR))) == 1
            ),
            timeout=20000,
        )
        # Both change the same judgement offline; the app's laptop syncs second.
        priorities.judge_priority(
            other.store,
            priority,
            "autumn",
            track="on_track",
            rate="strong",
            rationale="r",
            judged_on=date(2025, 11, 1),
        )
        other.sync()
        runner.call(
            lambda s: priorities.judge_priority(
                s,
                priority,
                "autumn",
                track="off_track",
                rate="limited",
                rationale="r",
                judged_on=date(2025, 11, 1),
            )
        )
        panel.link.sync_now()
        qtbot.waitUntil(lambda: "Conflicts to resolve: 1" in panel.label.text(), timeout=20000)
        dialog = ConflictsDialog(runner, root.window)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20000)
        assert "Termly judgement · rate of progress" in dialog.list.item(0).text()
        assert dialog.first.toPlainText() == "limited" and dialog.second.toPlainText() == "strong"
        assert "Siân Prydderch" in dialog.first_box.title()
        dialog.keep_first.click()  # keep the app laptop's value
        qtbot.waitUntil(
            lambda: (
                runner.call(lambda s: len(sync_state.open_conflicts(s))) == 1
                and runner.call(
                    lambda s: priorities.priorities_of(s, school.id, YEAR)[0].latest.rate
                )
                == "limited"
            )
        )
        qtbot.waitUntil(lambda: not panel.link.busy, timeout=20000)
        panel.link.sync_now()
        qtbot.waitUntil(
            lambda: "Conflicts to resolve" not in panel.label.text() and not panel.link.busy,
            timeout=20000,
        )
        other.sync()
        [p] = priorities.priorities_of(other.store, school.id, YEAR)
        assert p.latest is not None and p.latest.rate == "limited"
        assert sync_state.open_conflicts(other.store) == []
    finally:
        _shutdown(root)
