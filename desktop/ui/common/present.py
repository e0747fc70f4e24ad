"""How store values are shown: names of coded values in the chosen language, chips.

Form content (rates, tracks, purposes, kinds, areas, terms, sectors) comes from ``forms``
in the current language; the few vocabularies the forms do not carry (evidence stance,
support statuses, provider kinds, action statuses, Welsh-medium types from the Welsh
Government list) are translated here with Qt's translator. Judgement chips always carry
words as well as colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.store.models import Judgement, PastJudgement
from desktop.ui.common.i18n import QT_TRANSLATE_NOOP, Language
from forms import Forms

if TYPE_CHECKING:  # the visit sheet loads with the visit screen
    from desktop.store.workspace import AspectInfo

_CTX = "Vocabulary"

STANCES = ("strength", "neutral", "concern")
_STANCE_NAMES = {
    "strength": QT_TRANSLATE_NOOP("Vocabulary", "Strength"),
    "neutral": QT_TRANSLATE_NOOP("Vocabulary", "Neutral"),
    "concern": QT_TRANSLATE_NOOP("Vocabulary", "Concern"),
}
STANCE_COLOURS = {
    "strength": ("#e3f1e4", "#1b5e20"),
    "neutral": ("#eceff1", "#37474f"),
    "concern": ("#fdecea", "#8e1b1b"),
}

SUPPORT_STATUSES = ("requested", "agreed", "in_progress", "complete", "cancelled")
_SUPPORT_STATUS_NAMES = {
    "requested": QT_TRANSLATE_NOOP("Vocabulary", "Requested"),
    "agreed": QT_TRANSLATE_NOOP("Vocabulary", "Agreed"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "complete": QT_TRANSLATE_NOOP("Vocabulary", "Complete"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}

ACTION_STATUSES = ("open", "done", "dropped")
_ACTION_STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
}

PRIORITY_STATUSES = ("active", "achieved", "carried_forward", "withdrawn")
_PRIORITY_STATUS_NAMES = {
    "active": QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    "achieved": QT_TRANSLATE_NOOP("Vocabulary", "Achieved"),
    "carried_forward": QT_TRANSLATE_NOOP("Vocabulary", "Carried forward"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
}

# Welsh-medium types as the Welsh Government address list writes them (English only there).
_MEDIUM_TYPES = {
    "welsh medium": QT_TRANSLATE_NOOP("Vocabulary", "Welsh medium"),
    "english medium": QT_TRANSLATE_NOOP("Vocabulary", "English medium"),
    "dual stream": QT_TRANSLATE_NOOP("Vocabulary", "Dual stream"),
    "dual language": QT_TRANSLATE_NOOP("Vocabulary", "Dual language"),
    "transitional": QT_TRANSLATE_NOOP("Vocabulary", "Transitional"),
    "bilingual": QT_TRANSLATE_NOOP("Vocabulary", "Bilingual"),
    "bilingual (type a)": QT_TRANSLATE_NOOP("Vocabulary", "Bilingual (Type A)"),
    "bilingual (type b)": QT_TRANSLATE_NOOP("Vocabulary", "Bilingual (Type B)"),
    "bilingual (type c)": QT_TRANSLATE_NOOP("Vocabulary", "Bilingual (Type C)"),
    "bilingual (type ch)": QT_TRANSLATE_NOOP("Vocabulary", "Bilingual (Type Ch)"),
    "english with significant welsh": QT_TRANSLATE_NOOP(
        "Vocabulary", "English with significant Welsh"
    ),
}

NOT_JUDGED_COLOURS = ("#eceff1", "#37474f")
TRACK_MARKS = {"on_track": "✓", "off_track": "⚠"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class ChipSpec:
    """A coloured label that always carries its words; ``accessible`` is the full sentence."""

    text: str
    background: str
    foreground: str
    accessible: str


class Presenter:
    """Names and chips for coded values, in the current language."""

    def __init__(self, forms: Forms, language: Language) -> None:
        self.forms = forms
        self.language = language

    @property
    def lang(self) -> str:
        return self.language.code

    def rate(self, key: str) -> str:
        return self.forms.rate(key).name.get(self.lang)

    def track(self, key: str) -> str:
        return self.forms.track(key).name.get(self.lang)

    def term(self, key: str) -> str:
        return self.forms.term(key).name.get(self.lang)

    def purpose(self, key: str) -> str:
        try:
            return self.forms.visit_purpose(key).name.get(self.lang)
        except KeyError:
            return key

    def evidence_kind(self, key: str) -> str:
        try:
            return self.forms.evidence_kind(key).name.get(self.lang)
        except KeyError:
            return key

    def area(self, key: str | None) -> str:
        if not key:
            return ""
        try:
            return self.forms.reform_area(key).name.get(self.lang)
        except KeyError:
            return key

    def support_level(self, key: str) -> str:
        return self.forms.support_level(key).name.get(self.lang)

    def key_task(self, key: str | None) -> str:
        if key is None:
            return ""
        return self.forms.key_task(key).text.get(self.lang)

    def sector(self, sector: str) -> str:
        minimum = self.forms.support_minimum(sector)
        return sector if minimum is None else minimum.label.get(self.lang)

    def medium(self, raw: str | None) -> str:
        if not raw:
            return ""
        source = _MEDIUM_TYPES.get(" ".join(raw.split()).casefold())
        return raw if source is None else _tr(source)

    def stance(self, key: str) -> str:
        return _tr(_STANCE_NAMES.get(key, key))

    def support_status(self, key: str) -> str:
        return _tr(_SUPPORT_STATUS_NAMES.get(key, key))

    def provider(self, key: str) -> str:
        """A kind of support in words, from ``forms/data/support_kinds.toml`` (an unknown
        key reads as "Other", never as itself)."""
        return self.forms.support_kind(key).name.get(self.lang)

    def support_kinds(self) -> list[tuple[str, str]]:
        """Every kind of support as (key, words), in the declared order."""
        return [(kind.key, kind.name.get(self.lang)) for kind in self.forms.support_kinds]

    def action_status(self, key: str) -> str:
        return _tr(_ACTION_STATUS_NAMES.get(key, key))

    def priority_status(self, key: str) -> str:
        return _tr(_PRIORITY_STATUS_NAMES.get(key, key))

    def aspect(self, info: AspectInfo) -> str:
        if info.kind == "priority":
            return info.title
        return self.area(info.title)

    def judgement_chip(self, judgement: Judgement | None, priority: str = "") -> ChipSpec:
        """The chip of a judgement: its colour, its rate's words and a track mark."""
        if judgement is None:
            words = QCoreApplication.translate("Vocabulary", "Not yet judged")
            background, foreground = NOT_JUDGED_COLOURS
            accessible = f"{priority}: {words}" if priority else words
            return ChipSpec(words, background, foreground, accessible)
        rate = self.forms.rate(judgement.rate)
        words = rate.name.get(self.lang)
        track = self.track(judgement.track)
        text = f"{TRACK_MARKS.get(judgement.track, '')} {words}".strip()
        accessible = f"{words}, {track}"
        if priority:
            accessible = f"{priority}: {accessible}"
        return ChipSpec(text, rate.colour, rate.text_colour, accessible)

    def past_judgement(self, past: PastJudgement) -> str:
        """When and what: "Autumn 2025-26: Limited · Off track" (no rationale)."""
        judgement = past.judgement
        return QCoreApplication.translate(
            "Vocabulary", "{0} {1}: {2} · {3}", "term, academic year, rate, on or off track"
        ).format(
            self.term(judgement.term),
            past.academic_year,
            self.rate(judgement.rate),
            self.track(judgement.track),
        )
