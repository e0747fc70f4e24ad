"""Asking for the passphrase of a profile kept without a keyring.

Where the computer has no secure password store, a profile's key is derived from a
passphrase (see :mod:`desktop.store.keys`). :func:`ask_passphrase` asks for it in a window
that never shows what is typed. A new passphrase is typed twice and must match; nothing is
stored, so the dialog says plainly that a forgotten passphrase cannot be recovered.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    """Type the profile's passphrase (twice when it is being chosen)."""

    def __init__(self, *, new: bool, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Unlock SIPL's data"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if new:
            text = self.tr(
                "This computer has no secure password store (keyring), so SIPL protects your "
                "data with a passphrase. Choose one of at least 10 characters. You will type it "
                "each time SIPL starts. It is never stored: if it is forgotten, the data on this "
                "laptop cannot be opened, and must be fetched again from the central store."
            )
        else:
            text = self.tr(
                "This computer has no secure password store (keyring). Type the passphrase "
                "that protects SIPL's data on this laptop."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.setVisible(wrong)
        if wrong:
            self.problem.setText(
                self.tr("That passphrase does not open this data. Nothing has been changed.")
            )
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        if new:
            form.addRow(self.tr("&Again:"), self.again)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept_if_sound)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def _accept_if_sound(self) -> None:
        typed = self.passphrase.text()
        if not typed:
            self._say(self.tr("Type the passphrase."))
        elif self.new and len(typed) < 10:
            self._say(self.tr("Choose a passphrase of at least 10 characters."))
        elif self.new and typed != self.again.text():
            self._say(self.tr("The two passphrases are not the same. Type them again."))
            self.again.clear()
            self.again.setFocus()
        else:
            self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)


def ask_passphrase(new: bool, wrong: bool, parent: QWidget | None = None) -> str | None:
    """The passphrase typed, or None if the user chose to quit."""
    dialog = PassphraseDialog(new=new, wrong=wrong, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()
