"""The composition root of the desktop app: the one place that builds and wires things.

:func:`run_app` is what ``sipl`` calls. :func:`build_app` builds everything for a profile
(store thread, change signal, save tracker, preferences, language, thumbnails, window)
and is what tests and benches use. Nothing here is global: every screen gets what it
needs through its constructor.

Start-up guarantees: a damaged database is never reset silently. The user is told what
happened and offered the newest good backup (restoring renames the damaged file aside,
never deletes it) or to quit; a database from a newer SIPL is refused with a clear
message and left untouched.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QSettings, QTime, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.store import backup, keys, people, sync_state
from desktop.store.connection import ENCRYPTED_NOTICE
from desktop.store.errors import DatabaseDamaged, DatabaseTooNew
from desktop.store.paths import ProfilePaths
from desktop.store.store import Store
from desktop.ui.common.autosave import SaveTracker
from desktop.ui.common.context import Services
from desktop.ui.common.i18n import Language
from desktop.ui.common.icons import icon
from desktop.ui.common.present import Presenter
from desktop.ui.common.qt_workarounds import shield_singletons
from desktop.ui.common.runner import StoreRunner
from desktop.ui.common.settings import Preferences
from desktop.ui.common.style import apply_style
from desktop.ui.common.thumbnails import Thumbnails
from desktop.ui.desk.menu import TeamMenu
from desktop.ui.sync.link import SyncLink
from desktop.ui.window.main_window import MainWindow
from desktop.ui.window.menus import ExtraMenus
from desktop.ui.window.passphrase import ask_passphrase
from forms import load_forms

log = logging.getLogger(__name__)

AskRestore = Callable[[DatabaseDamaged, QWidget | None], bool]
AskPassphrase = Callable[[bool, bool, QWidget | None], str | None]  # (new, wrong, parent)
BACKUP_CHECK_MS = 60 * 60 * 1000  # look hourly whether the daily backup is due


def open_profile(paths: ProfilePaths, passphrase: str | None = None) -> Store:
    """Open the store without its start-up backup or its full integrity check: the app
    runs both itself right after the caseload is on screen (the check first, so every
    edit queues behind it), so a large encrypted file never delays the first paint.
    ``passphrase``: typed by the user where the key comes from one (no keyring)."""
    return Store.open(
        paths,
        backup_at_start=False,
        full_check=False,
        prompt=None if passphrase is None else (lambda _question: passphrase),
    )


Tell = Callable[[str, str], None]


def app_icon() -> QIcon:
    """SIPL's icon (an SVG, sharp at every scale)."""
    return icon("sipl")


def ask_restore(error: DatabaseDamaged, parent: QWidget | None = None) -> bool:
    """Ask whether to restore the newest good backup; True to restore, False to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Startup", "SIPL cannot open your data"))
    box.setText(
        QCoreApplication.translate(
            "Startup", "Your SIPL data file is damaged. It has been left exactly as it is."
        )
    )
    details = QCoreApplication.translate("Startup", "File: {0}\nProblem: {1}").format(
        error.path, error.detail
    )
    if not error.backups:
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "No good backup was found, so SIPL cannot repair it. Quit, and ask your "
                "consortium's support team for help; do not delete the file.",
            )
        )
        box.setDetailedText(details)
        box.addButton(
            QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return False
    when = backup.backup_time(error.backups[0]).astimezone()
    stamp = QLocale().toString(
        QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)),
        "d MMMM yyyy, HH:mm",
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup",
            "You can put the newest good backup in its place. The damaged file is kept beside "
            "it, renamed, so nothing is deleted. Changes made after the backup was taken are "
            "not in it.",
        )
    )
    box.setDetailedText(details)
    restore = box.addButton(
        QCoreApplication.translate("Startup", "Restore the newest good backup ({0})").format(stamp),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    box.exec()
    return box.clickedButton() is restore


def locked_text(revoked: bool) -> str:
    """Why a profile cannot be opened and what to do, in the user's language."""
    if revoked:
        why = QCoreApplication.translate(
            "Startup",
            "This laptop's access to the central store was revoked, so SIPL removed the key "
            "that opened its data here.",
        )
    else:
        why = QCoreApplication.translate(
            "Startup",
            "The key that opens SIPL's data on this laptop is missing from its password store "
            "(keyring), as after a reinstalled system or a new keyring.",
        )
    return (
        why
        + " "
        + QCoreApplication.translate(
            "Startup",
            "The locked data has been kept aside, untouched. Connect to the central store "
            "again with a new enrolment code: everything you synced comes back.",
        )
    )


def tell(title: str, text: str) -> None:
    """Show a blocking message with a translated OK button."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("Startup", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def open_runner(
    paths: ProfilePaths,
    *,
    open_store: Callable[[ProfilePaths], Store] = open_profile,
    ask: AskRestore = ask_restore,
    tell_user: Tell = tell,
    while_opening: Callable[[StoreRunner], None] | None = None,
    ask_pass: AskPassphrase = ask_passphrase,
) -> StoreRunner | None:
    """Start the store thread on the profile; None if the user chose to quit.

    ``while_opening(runner)`` runs on this thread while the store opens on its own (the
    window is built meanwhile). A damaged file leads to ``ask`` (restore the newest good
    backup, or quit); a file from a newer SIPL is refused with a message. Where the key
    comes from a passphrase and none was given (``SIPL_PASSPHRASE``), ``ask_pass`` asks for
    it (again after a wrong one, saying so); nothing is written until one opens the file.
    """
    typed: str | None = None
    while True:
        opener = open_store if typed is None else functools.partial(open_profile, passphrase=typed)
        runner = StoreRunner(paths, open_store=opener)
        runner.begin()
        try:
            if while_opening is not None:
                while_opening(runner)
            runner.wait_open()
            return runner
        except DatabaseDamaged as error:
            log.warning("Damaged database: %s", error)
            if not ask(error, None) or not error.backups:
                return None
            key = keys.profile_key(paths, create=False)
            moved = backup.restore_backup(paths.database, error.backups[0], key)
            log.warning("Restored %s; the damaged file is now %s", error.backups[0], moved)
        except keys.KeyLost as error:
            aside = keys.set_aside(paths)
            log.warning("Profile key lost (revoked: %s); set aside as %s", error.revoked, aside)
            tell_user(
                QCoreApplication.translate("Startup", "SIPL's data on this laptop is locked"),
                locked_text(error.revoked) + "\n\n" + str(aside),
            )
            continue  # a new, empty profile; connecting again brings everything back
        except (keys.KeyUnavailable, keys.WrongPassphrase) as error:
            if keys.needs_passphrase(paths):
                wrong = isinstance(error, keys.WrongPassphrase)
                typed = ask_pass(not keys.has_key(paths), wrong, None)
                if typed:
                    continue
                return None
            # A keyring is there (else the passphrase is asked for) but would not keep
            # a new key.
            tell_user(
                QCoreApplication.translate("Startup", "SIPL cannot unlock its data"),
                QCoreApplication.translate(
                    "Startup",
                    "This computer's password store (keyring) refused to keep the key that "
                    "protects SIPL's data: it may be locked, or SIPL may not be allowed to "
                    "use it. Unlock it or ask IT, then start SIPL again. Nothing has been "
                    "changed.",
                ),
            )
            return None
        except DatabaseTooNew as error:
            tell_user(
                QCoreApplication.translate("Startup", "SIPL is out of date"),
                QCoreApplication.translate(
                    "Startup",
                    "Your SIPL data was saved by a newer version of SIPL, so this version cannot "
                    "open it. Install the newer SIPL; your data has been left untouched.",
                )
                + "\n\n"
                + str(error.path),
            )
            return None
        except BaseException:
            runner.wait_open_quietly()
            runner.stop()
            raise


@dataclass
class AppRoot:
    """Everything :func:`build_app` made; :meth:`shutdown` ends it cleanly."""

    services: Services
    window: MainWindow
    backups: QTimer
    sync: SyncLink
    team: TeamMenu

    paths: ProfilePaths | None = None
    tell_user: Tell = tell
    ask: AskRestore = ask_restore
    locked: bool = False
    shut: bool = False
    restart: bool = False  # a backup was restored: :func:`run_app` builds the app again
    next_paths: ProfilePaths | None = None  # the profile :func:`run_app` opens on restart
    damaged: bool = False  # the file proved damaged after start and the user quit

    def recover_from_damage(self, error: BaseException) -> None:
        """The full integrity check that follows start-up failed (the store has already
        closed the file, so nothing more was written to it). Offer the newest good backup,
        as at start: restoring keeps the damaged file aside and the app starts again on
        the backup; otherwise SIPL closes, leaving the file as it is."""
        if not isinstance(error, DatabaseDamaged):
            log.error("The integrity check could not run: %s", error)
            return
        log.warning("Damaged database found after start: %s", error)
        self.shutdown()
        if self.ask(error, self.window) and error.backups and self.paths is not None:
            key = keys.profile_key(self.paths, create=False)
            moved = backup.restore_backup(self.paths.database, error.backups[0], key)
            log.warning("Restored %s; the damaged file is now %s", error.backups[0], moved)
            self.restart = True
        else:
            self.damaged = True
        self.window.close()

    def open_demo(self) -> None:
        """First run: close this (empty) profile and start again on the demo profile,
        seeded with the fictional caseload if it is empty (see :func:`demo_profile`)."""
        if self.paths is None:
            return
        self.next_paths = demo_profile(self.paths, self.services.today())
        self.restart = True
        self.window.close()

    def lock_after_revocation(self) -> None:
        """The central store revoked this laptop: say what had not been sent (it is never
        dropped silently), then remove the profile's key from the keyring, so the data on
        this laptop cannot be read any more, and close SIPL."""
        if self.locked or self.paths is None:
            return
        self.locked = True
        self.window.flush_edits()
        unsent = self.services.runner.call(sync_state.unsent_summary)
        text = QCoreApplication.translate(
            "Startup",
            "Your administrator has revoked this laptop's access to the central store. SIPL "
            "will now lock its data on this laptop and close.",
        )
        if unsent:
            text += "\n\n" + QCoreApplication.translate(
                "Startup",
                "{0} changes made on this laptop had not reached the central store and "
                "cannot be sent from it any more: {1}. Tell your principal improvement "
                "partner what they were.",
            ).format(sum(unsent.values()), ", ".join(f"{t} ({n})" for t, n in unsent.items()))
        self.tell_user(
            QCoreApplication.translate("Startup", "This laptop's access has been revoked"), text
        )
        self.shutdown()
        keys.forget_key(self.paths)
        self.window.close()

    def shutdown(self) -> None:
        """Save pending edits, finish every queued store operation, close the store.
        Once only: a second call does nothing."""
        if self.shut:
            return
        self.shut = True
        self.backups.stop()
        self.sync.stop()
        if self.team.desk is not None:
            self.team.desk.close()
        self.window.flush_edits()
        self.services.runner.stop()
        self.services.thumbnails.wait()
        self.services.open_copies.cleanup()
        self.services.language.uninstall()


def build_app(
    paths: ProfilePaths,
    settings: QSettings,
    *,
    today: Callable[[], date] = date.today,
    open_store: Callable[[ProfilePaths], Store] = open_profile,
    ask: AskRestore = ask_restore,
    tell_user: Tell = tell,
    ask_pass: AskPassphrase = ask_passphrase,
) -> AppRoot | None:
    """Build the app on ``paths`` (QApplication must exist); None if the user quit."""
    shield_singletons()
    prefs = Preferences(settings)
    language = Language()
    language.apply(prefs.language)
    prefs.language_did_change.connect(language.apply)
    forms = load_forms()
    built: list[tuple[Services, MainWindow]] = []  # one per try at opening the store

    def build_window(runner: StoreRunner) -> None:
        """Build the window while the store opens (SQLite works without the GIL)."""
        services = Services(
            runner=runner,
            tracker=SaveTracker(runner),
            language=language,
            prefs=prefs,
            present=Presenter(forms, language),
            forms=forms,
            thumbnails=Thumbnails(),
            today=today,
        )
        built.append((services, MainWindow(services, None, app_icon())))

    runner = open_runner(
        paths,
        open_store=open_store,
        ask=ask,
        tell_user=tell_user,
        while_opening=build_window,
        ask_pass=ask_pass,
    )
    if runner is None:
        for _, unused in built:
            unused.deleteLater()
        return None
    *stale, (services, window) = built  # earlier tries' windows were built on runners now gone
    for _, unused in stale:
        unused.deleteLater()
    found_damage: list[Callable[[BaseException], None]] = []
    try:
        window.start()
        # The full integrity check, right behind the caseload and ahead of every write.
        runner.submit(
            lambda store: store.check_integrity(),
            on_error=lambda error: found_damage[0](error) if found_damage else None,
        )
        runner.submit(lambda store: people.person_name(store, people.me(store)), window.set_partner)
        runner.submit(
            lambda store: store.take_setting(ENCRYPTED_NOTICE),
            lambda told: _tell_encrypted(tell_user) if told else None,
        )
        # Schools handed on whose read-only term has ended leave the laptop (before the
        # start-up backup, so that backup no longer holds them).
        runner.submit(functools.partial(_apply_retention, today=today), on_error=_retention_failed)
        # The start-up backup, queued behind the caseload; then the daily one when due.
        runner.submit(lambda store: store.backup_now(), on_error=_backup_failed)
        backups = QTimer(window, interval=BACKUP_CHECK_MS)
        backups.timeout.connect(
            lambda: runner.submit(lambda store: store.backup_if_due(), on_error=_backup_failed)
        )
        backups.start()
        link = SyncLink(paths, runner, today=today, parent=window)
        menus = ExtraMenus(window, services, link)
        window.caseload.first_run.connect_requested.connect(menus.show_enrol)
        team_menu = TeamMenu(window, services, link)
        link.start()
    except BaseException:
        runner.stop()
        raise
    root = AppRoot(services, window, backups, link, team_menu, paths, tell_user, ask)
    found_damage.append(root.recover_from_damage)
    link.device_was_revoked.connect(root.lock_after_revocation)
    window.caseload.first_run.demo_requested.connect(root.open_demo)
    return root


def _tell_encrypted(tell_user: Tell) -> None:
    tell_user(
        QCoreApplication.translate("Startup", "SIPL now protects your data"),
        QCoreApplication.translate(
            "Startup",
            "SIPL has encrypted its data on this laptop: your caseload and its backups can now "
            "be read only by SIPL, with a key kept in this computer's password store. Every "
            "record was checked after the change and nothing was lost; the unprotected copies "
            "have been removed.",
        ),
    )


def _apply_retention(store: Store, today: Callable[[], date]) -> None:
    """On the store thread: retention (loaded here, off the start-up path; it brings the
    attachment cipher with it)."""
    from desktop.store import retention

    retention.apply_retention(store, today())


def _retention_failed(error: BaseException) -> None:
    log.warning("Removing schools past their read-only term failed (tried again later): %s", error)


def _backup_failed(error: BaseException) -> None:
    log.error("The automatic backup failed: %s", error)


def install_exception_hook(tell_user: Tell = tell) -> None:
    """Make an exception nothing caught (a bug in a slot) reach the user instead of
    vanishing: it is logged with its traceback, and the user is told, in their language,
    that SIPL carries on and that what they typed is saved as usual."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        log.error("Unexpected error", exc_info=(kind, error, trace))
        tell_user(
            QCoreApplication.translate("Startup", "Something went wrong in SIPL"),
            QCoreApplication.translate(
                "Startup",
                "SIPL met a problem it did not expect ({0}) and carries on. What you typed "
                "is saved as usual. If it happens again, tell your consortium's support team "
                "what you were doing.",
            ).format(kind.__name__),
        )

    sys.excepthook = hook


def demo_profile(paths: ProfilePaths, today: date | None = None) -> ProfilePaths:
    """The demo profile beside ``paths`` (same data folder), seeded with the fictional
    caseload if it holds no school yet; opening it again keeps what was done there."""
    from desktop.store import demo
    from desktop.store.paths import DEMO_PROFILE, profile_paths

    demo_paths = profile_paths(paths.root.parent.parent, DEMO_PROFILE)
    with Store.open(demo_paths, backup_at_start=False) as store:
        if not store.db["schools"].count:
            demo.seed_demo(store, today or date.today())
    return demo_paths


def run_app(paths: ProfilePaths, argv: list[str]) -> int:
    """Start SIPL's window on the profile ``paths``; return the exit code.

    0 after a normal close; 1 if the data could not be opened and the user quit.
    """
    shield_singletons()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName("SIPL")
    app.setApplicationName("SIPL")
    app.setWindowIcon(app_icon())
    apply_style(app)
    install_exception_hook()
    while True:
        root = build_app(paths, QSettings())
        if root is None:
            return 1
        root.window.show()
        try:
            code = app.exec()
        finally:
            root.shutdown()
        if not root.restart:
            return 1 if root.damaged else int(code)
        paths = root.next_paths or paths


if __name__ == "__main__":  # pragma: no cover - a convenience for developers
    from desktop.store.paths import data_dir, profile_paths

    sys.exit(run_app(profile_paths(data_dir()), sys.argv))
