"""Issue 13: where there is no keyring, the desktop asks for the profile's passphrase.

Tried: no keyring and no SIPL_PASSPHRASE on a new profile (chosen twice, too short,
mismatched), then a wrong passphrase at the next start, then the right one. The real
dialog is driven with ASCII key presses; nothing is opened or written with a wrong one.
"""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import PasswordSetError
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import build_app
from desktop.store import demo, keys
from desktop.store.store import Store
from desktop.ui.window.passphrase import PassphraseDialog, ask_passphrase
from tests.shared_keyring import SharedKeyring
from tests.ui.conftest import TODAY
from tests.ui.helpers import when_modal


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _type_and_press(qtbot, dialog: PassphraseDialog, first: str, again: str = "") -> None:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, first)
    if dialog.new:
        dialog.again.clear()
        qtbot.keyClicks(dialog.again, again)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_a_new_passphrase_is_typed_twice_and_must_be_long_enough(qtbot):
    dialog = PassphraseDialog(new=True, wrong=False)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_press(qtbot, dialog, "byr", "byr")
    assert dialog.isVisible() and "at least 10" in dialog.problem.text()
    _type_and_press(qtbot, dialog, "ceffyl glas ar y bryn", "ceffyl glas ar y mynydd")
    assert dialog.isVisible() and "not the same" in dialog.problem.text()
    _type_and_press(qtbot, dialog, "ceffyl glas ar y bryn", "ceffyl glas ar y bryn")
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password


def test_without_a_keyring_the_app_asks_for_the_passphrase_and_refuses_a_wrong_one(
    qtbot, profile, tmp_path, no_keyring
):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    chosen = "ceffyl glas ar y bryn"
    asked: list[tuple[bool, bool]] = []

    def real_dialog(new: bool, wrong: bool, parent=None) -> str | None:
        asked.append((new, wrong))
        answer = chosen if len(asked) != 2 else "ceffyl coch ar y bryn"
        when_modal(lambda dialog: _type_and_press(qtbot, dialog, answer, answer))
        return ask_passphrase(new, wrong, parent)

    root = build_app(profile, settings, today=lambda: TODAY, ask_pass=real_dialog)
    assert root is not None and asked == [(True, False)]
    root.shutdown()
    root.window.close()
    assert keys.uses_passphrase(profile), "the key is derived, not kept in a keyring"

    # Next start: a wrong passphrase is refused and asked again, saying so; then it opens.
    root = build_app(profile, settings, today=lambda: TODAY, ask_pass=real_dialog)
    assert root is not None
    assert asked[1:] == [(False, False), (False, True)]
    root.shutdown()
    root.window.close()


def test_quitting_at_the_passphrase_leaves_the_profile_untouched(
    qtbot, profile, tmp_path, monkeypatch, no_keyring
):
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "ceffyl glas ar y bryn")
    with Store.open(profile) as store:
        demo.seed_demo(store, TODAY)
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    before = profile.database.read_bytes()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)

    seen: list[object] = []

    def quit_at_prompt(new: bool, wrong: bool, parent=None) -> str | None:
        when_modal(lambda dialog: (seen.append(dialog), dialog.reject()))
        return ask_passphrase(new, wrong, parent)

    assert build_app(profile, settings, today=lambda: TODAY, ask_pass=quit_at_prompt) is None
    assert len(seen) == 1 and isinstance(seen[0], PassphraseDialog)
    assert profile.database.read_bytes() == before
    assert QApplication.activeModalWidget() is None


class _LockedKeyring(SharedKeyring):
    """A keyring that is there but will not keep anything (locked, or access denied)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the keyring is locked")


def test_a_keyring_that_refuses_the_key_is_told_and_nothing_is_made(
    qtbot, profile, tmp_path, monkeypatch
):
    """Tried: a new profile on a laptop whose keyring is locked (it refuses to store)."""
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(_LockedKeyring())
    told: list[tuple[str, str]] = []
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        root = build_app(
            profile,
            settings,
            today=lambda: TODAY,
            tell_user=lambda title, text: told.append((title, text)),
            ask_pass=lambda *_: pytest.fail("a keyring is there: no passphrase is asked"),
        )
    finally:
        keyring.set_keyring(previous)
    assert root is None
    [(title, text)] = told
    assert title == "SIPL cannot unlock its data"
    assert "refused to keep the key" in text and "Nothing has been changed" in text
    assert "no passphrase was given" not in text
    assert not profile.database.exists()
