"""The language of the interface: Qt translators, dates and form texts.

Guarantees:
- :meth:`Language.apply` swaps the installed translators at once; Qt then sends a
  ``LanguageChange`` event to every widget, and each SIPL screen retranslates itself
  (labels, menus, tooltips, dates and form texts) without being reopened.
- ``sipl_cy.qm`` carries SIPL's own strings; ``qtbase_cy.qm`` (also SIPL's, since Qt ships
  no Welsh) carries the Qt strings the user meets: text field menus, standard buttons and
  the file dialog.
- Dates are written with the chosen language's month and day names.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTranslator, Signal

from forms import Text

_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "cy": QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
}
_CATALOGUES = ("sipl", "qtbase")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it as it is.

    The same as PySide6's own, which lupdate finds by this name, but typed: PySide6 declares
    it as returning ``object``, so tables of marked strings would lose their ``str`` type.
    Translate at the point of use with ``QCoreApplication.translate(context, source)``.
    """
    return source


def translations_dir() -> Path:
    """The folder of the compiled ``.qm`` files shipped in the ``resources`` package."""
    return Path(str(resources.files("resources").joinpath("i18n")))


class Language(QObject):
    """The current UI language (``en`` or ``cy``) and the translators that carry it."""

    language_did_change = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = "en"
        self._translators: list[QTranslator] = []

    @property
    def code(self) -> str:
        return self._code

    @property
    def locale(self) -> QLocale:
        return _LOCALES[self._code]

    def apply(self, code: str) -> None:
        """Switch the interface to ``code`` now (installs or removes the translators)."""
        if code not in _LOCALES:
            raise ValueError(f"Unknown language {code!r}")
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
        self._translators = []
        if code != "en":
            for catalogue in _CATALOGUES:
                translator = QTranslator(self)
                if translator.load(str(translations_dir() / f"{catalogue}_{code}.qm")):
                    self._translators.append(translator)
                    if app is not None:
                        app.installTranslator(translator)
        QLocale.setDefault(_LOCALES[code])
        changed = code != self._code
        self._code = code
        if changed:
            self.language_did_change.emit(code)

    def uninstall(self) -> None:
        """Take this language's translators off the application (when its app shuts down),
        so a later app in the same process starts from English."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
        self._translators = []

    def text(self, text: Text) -> str:
        """A form text in the current language."""
        return text.get(self._code)

    def date(self, value: str | date | None, *, long: bool = True) -> str:
        """A date (ISO text or ``date``) written out in the current language; "" for None."""
        if value is None or value == "":
            return ""
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        qdate = QDate(day.year, day.month, day.day)
        return self.locale.toString(qdate, "d MMMM yyyy" if long else "d MMM yyyy")

    def number(self, value: float) -> str:
        """A number of days, without a trailing ``.0``."""
        if float(value).is_integer():
            return self.locale.toString(int(value))
        return self.locale.toString(float(value), "f", 1)
