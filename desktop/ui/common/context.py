"""What the composition root hands to every screen, by constructor (no globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from desktop.store.calendar import academic_year_of, term_of
from desktop.ui.common.autosave import SaveTracker
from desktop.ui.common.i18n import Language
from desktop.ui.common.open_copies import OpenCopies
from desktop.ui.common.present import Presenter
from desktop.ui.common.runner import StoreRunner
from desktop.ui.common.settings import Preferences
from desktop.ui.common.thumbnails import Thumbnails
from forms import Forms


@dataclass(frozen=True)
class Services:
    """The shared services of one running SIPL window.

    ``runner`` is the only way to the store (operations that need the partner's own
    person id read it there, with ``people.me``); ``today`` is injectable for tests.
    """

    runner: StoreRunner
    tracker: SaveTracker
    language: Language
    prefs: Preferences
    present: Presenter
    forms: Forms
    thumbnails: Thumbnails
    today: Callable[[], date]
    open_copies: OpenCopies = field(default_factory=OpenCopies)

    @property
    def academic_year(self) -> str:
        return academic_year_of(self.today())

    @property
    def term(self) -> str:
        return term_of(self.today())
