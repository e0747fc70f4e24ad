"""The desktop app syncing through a real central store: enrol, status, failure, conflict."""

from __future__ import annotations

from datetime import date

import keyring
from PySide6.QtCore import QSettings

from desktop.app import build_app
from desktop.store import priorities, schools, sync_state
from desktop.ui.sync.conflicts_dialog import ConflictsDialog
from desktop.ui.sync.widgets import EnrolDialog
from sync.server import auth
from tests.sync.conftest import TODAY, YEAR


def _app(qtbot, profile, tmp_path, told: list | None = None):
    """The real app; messages it would show in a box are kept in ``told``."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    told = [] if told is None else told
    root = build_app(profile, settings, today=lambda: TODAY, tell_user=lambda *m: told.append(m))
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
    from desktop.ui.sync.widgets import SyncPanel

    [panel] = root.window.findChildren(SyncPanel)
    return panel


def test_a_partner_enrols_from_the_app_and_their_schools_arrive(
    qtbot, profile, tmp_path, central, server, ip
):
    told: list = []
    root = _app(qtbot, profile, tmp_path, told)
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
            lambda: "All changes sent — last sent" in panel.label.text(),
            timeout=20000,
        )
        # The administrator revokes the laptop: the next sync says so in plain words.
        with central.reading() as conn:
            import sqlalchemy as sa

            from sync.server import tables as t

            [device] = conn.execute(sa.select(t.devices.c.id)).scalars().all()
        auth.revoke_device(central, device)
        panel.button.click()
        qtbot.waitUntil(lambda: root.locked, timeout=20000)
        assert "revoked" in told[-1][0]
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
        tokens = [k for k in keyring.get_keyring().secrets if k[0] == "SIPL central store"]
        assert tokens == []
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
        dialog = ConflictsDialog(runner, root.services.present, root.window)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20000)
        assert "Termly judgement · rate of progress" in dialog.list.item(0).text()
        assert dialog.first.toPlainText() == "Limited progress"  # the form's words
        assert dialog.second.toPlainText() == "Strong progress"
        assert "Autumn" in dialog.about.text()  # the judgement's term, and its priority
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


def test_closing_the_app_waits_at_most_two_seconds_for_a_sync_on_a_silent_network(
    qtbot, profile, tmp_path
):
    """Tried: a central store that accepts the connection and never answers (a captive
    network). The partner presses Sync now, then closes SIPL: it is gone within 2 s,
    and the change typed before stays in the outbox for the next sync."""
    import socket
    import time

    from desktop.store import visits
    from desktop.store.store import Store
    from sync import credentials, session
    from tests.store.factories import make_school

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    url = f"http://127.0.0.1:{silent.getsockname()[1]}"
    try:
        with Store.open(profile) as store:
            store.set_setting(session.SERVER_SETTING, url)
            store.set_setting(session.DEVICE_SETTING, "laptop-1")
            visits.add_note(store, make_school(store), "Heb ei anfon eto")
        credentials.save_token(url, "laptop-1", "t" * 43)
        root = _app(qtbot, profile, tmp_path)
        panel = _panel(root)
        qtbot.waitUntil(lambda: panel.link.busy or "not yet sent" in panel.label.text())
        if not panel.link.busy:
            panel.button.click()
        qtbot.waitUntil(lambda: panel.link.busy)
        qtbot.wait(500)
        assert panel.link.busy  # waiting on the silent server, not failed
        started = time.monotonic()
        _shutdown(root)
        assert time.monotonic() - started < 2.5
        with Store.open(profile) as store:
            assert sync_state.unsent_count(store) > 0
    finally:
        silent.close()


def test_a_revoked_laptop_reports_unsent_changes_then_locks_its_data(
    qtbot, profile, tmp_path, central, server, ip
):
    """Tried against a real central store: the partner writes a note offline, the
    administrator revokes the laptop, the partner syncs. SIPL says what had not been sent,
    removes its key and closes; from then on the file cannot be opened on this laptop,
    and the next start sets it aside untouched and starts afresh."""
    import pytest

    from desktop.store import keys, visits
    from desktop.store.store import Store
    from sync import session

    with Store.open(profile) as store:
        enrolled = session.enrol_laptop(store, server.url, auth.issue_code(central, ip), "x")
        with session.connect(store) as link:
            link.sync()
        school = schools.school_by_number(store, "9904001")
        assert school is not None
        visits.add_note(store, school.id, "Nodyn heb ei anfon")
    auth.revoke_device(central, enrolled.device_id)
    told: list[tuple[str, str]] = []
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    root = build_app(profile, settings, today=lambda: TODAY, tell_user=lambda *m: told.append(m))
    assert root is not None
    qtbot.addWidget(root.window)
    root.window.show()
    _panel(root).button.click()
    qtbot.waitUntil(lambda: root.locked and root.shut, timeout=20000)
    [(title, text)] = told
    assert "revoked" in title and "had not reached the central store" in text
    assert "notes (" in text
    assert not [k for k in keyring.get_keyring().secrets if k[0] == keys.SERVICE]
    with pytest.raises(keys.KeyLost) as locked:
        Store.open(profile)
    assert locked.value.revoked

    again = build_app(profile, settings, today=lambda: TODAY, tell_user=lambda *m: told.append(m))
    assert again is not None
    try:
        assert "locked" in told[-1][0] and "kept aside" in told[-1][1]
        assert list(profile.root.parent.glob(f"{profile.root.name}.locked-*"))
    finally:
        _shutdown(again)
