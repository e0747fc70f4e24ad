"""Frozen value types for SIPL's bilingual form content.

Instances are built only by :func:`forms.loader.load_forms`, which validates the TOML data
first. Everything here is immutable and hashable, so a loaded :class:`Forms` can be shared
freely between threads and cached.

Guarantees that hold for every instance produced by the loader:

* every :class:`Text` has non-empty, whitespace-trimmed ``en`` and ``cy``;
* every ``key`` is a lower-case identifier (``[a-z][a-z0-9_]*``) and is unique within its
  collection (key-task keys are unique across all terms);
* every colour is a lower-case ``#rrggbb`` string;
* tuples keep the order of the data files, and ordered scales (questions, rates, tracks,
  support levels, categorisation colours, key-task terms) have exactly the keys listed in
  :mod:`forms.loader`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TypeVar

#: The two languages every text is written in.
LANGUAGES: tuple[str, ...] = ("en", "cy")

#: The three terms of the school year, in order.
SCHOOL_TERMS: tuple[str, ...] = ("autumn", "spring", "summer")

#: The value of ``VisitPurpose.terms`` for a purpose that suits every term.
ANY_TERM = "any"


@dataclass(frozen=True)
class Text:
    """One user-visible text in English (``en``) and Welsh (``cy``).

    Both are non-empty when loaded from the form data.
    """

    en: str
    cy: str

    def get(self, lang: str) -> str:
        """Return the text in ``lang``, which must be ``"en"`` or ``"cy"``.

        Raises:
            ValueError: for any other language code.
        """
        if lang == "en":
            return self.en
        if lang == "cy":
            return self.cy
        raise ValueError(f"unknown language {lang!r}: expected 'en' or 'cy'")


@dataclass(frozen=True)
class Question:
    """One of the five fundamental questions for enquiry.

    ``number`` is 1 to 5; ``short`` is a heading of a few words for a form or report column;
    ``prompts`` holds at least one hint an improvement partner might use.
    """

    number: int
    short: Text
    text: Text
    prompts: tuple[Text, ...]


@dataclass(frozen=True)
class ReformArea:
    """One of the five areas of the national reform agenda (e.g. ``curriculum``)."""

    key: str
    name: Text


@dataclass(frozen=True)
class VisitPurpose:
    """A purpose of a visit, with the terms it usually belongs to.

    ``terms`` is either ``("any",)`` or a non-empty tuple of distinct school terms
    (``autumn``, ``spring``, ``summer``) in the order written in the data file.
    """

    key: str
    name: Text
    terms: tuple[str, ...]

    def suits(self, term: str) -> bool:
        """True if this purpose belongs to ``term`` (a school term), or to any term."""
        return ANY_TERM in self.terms or term in self.terms


@dataclass(frozen=True)
class EvidenceKind:
    """A kind of first-hand evidence (e.g. a learning walk or learner voice)."""

    key: str
    name: Text


@dataclass(frozen=True)
class Rate:
    """A summative judgement of the rate of progress towards a priority.

    ``rank`` is 1 for the best rate (``very_good``) to 4 for the worst (``limited``).
    ``colour`` is the background colour and ``text_colour`` the colour of text written on it,
    both ``#rrggbb``.
    """

    key: str
    name: Text
    descriptor: Text
    colour: str
    text_colour: str
    rank: int


@dataclass(frozen=True)
class Track:
    """Whether a priority is on track (``on_track``) or off track (``off_track``)."""

    key: str
    name: Text


@dataclass(frozen=True)
class SupportMinimum:
    """The annual minimum days of improvement-partner support for one sector.

    ``sector`` is spelled as in the Welsh Government address list of schools (e.g.
    ``Primary``, ``PRU``); ``days`` is a positive whole number.
    """

    sector: str
    label: Text
    days: int


@dataclass(frozen=True)
class KeyTask:
    """One task from the improvement partner's schedule of key tasks.

    ``term`` is the key of the :class:`Term` the task is listed under.
    """

    key: str
    text: Text
    term: str


@dataclass(frozen=True)
class Term:
    """A group of key tasks: a school term, enhanced support, or other tasks.

    ``tasks`` is non-empty and keeps the order of the data file.
    """

    key: str
    name: Text
    tasks: tuple[KeyTask, ...]


@dataclass(frozen=True)
class SupportLevel:
    """A level of support: ``core`` or ``enhanced``."""

    key: str
    name: Text
    description: Text


@dataclass(frozen=True)
class SupportKind:
    """A kind of support brokered for a school (a hub, a peer school, a course...).

    ``professional_learning`` is True for kinds that are professional learning for the
    school's staff.
    """

    key: str
    name: Text
    professional_learning: bool


@dataclass(frozen=True)
class CategoryColour:
    """A colour of the national categorisation used until 2020 (green to red).

    ``also_written`` holds other spellings an importer accepts for the colour besides its
    English and Welsh names (e.g. "Ambr" beside "Oren"); each is non-empty and trimmed.
    """

    key: str
    name: Text
    description: Text
    colour: str
    text_colour: str
    also_written: tuple[str, ...] = ()


def _normalise_sector(sector: str) -> str:
    """Case- and space-insensitive form of a sector name, for lookups."""
    return " ".join(sector.split()).casefold()


@dataclass(frozen=True)
class Forms:
    """All of SIPL's form content, as loaded and validated by ``load_forms``.

    Lookup helpers raise ``KeyError`` for an unknown key, except :meth:`minimum_days`, which
    returns ``None`` for a sector without a minimum.
    """

    questions: tuple[Question, ...]
    reform_areas: tuple[ReformArea, ...]
    visit_purposes: tuple[VisitPurpose, ...]
    evidence_kinds: tuple[EvidenceKind, ...]
    rates: tuple[Rate, ...]
    tracks: tuple[Track, ...]
    support_minimums: tuple[SupportMinimum, ...]
    terms: tuple[Term, ...]
    support_levels: tuple[SupportLevel, ...]
    category_colours: tuple[CategoryColour, ...]
    #: Kinds of support, in the order offered; the last is always ``other``.
    support_kinds: tuple[SupportKind, ...]
    #: The consortium's name, printed on the note of visit (``consortium.toml``).
    consortium: Text
    #: The protective marking every report page and exported spreadsheet carries (e.g.
    #: "OFFICIAL–SENSITIVE"): one line in each language; print it with :meth:`marking_in`.
    marking: Text

    def question(self, number: int) -> Question:
        """The question numbered ``number`` (1 to 5)."""
        for question in self.questions:
            if question.number == number:
                return question
        raise KeyError(f"no question number {number!r}")

    def reform_area(self, key: str) -> ReformArea:
        """The reform area with ``key`` (e.g. ``"curriculum"``)."""
        return _find(self.reform_areas, key, "reform area")

    def visit_purpose(self, key: str) -> VisitPurpose:
        """The visit purpose with ``key``."""
        return _find(self.visit_purposes, key, "visit purpose")

    def purposes_for_term(self, term: str) -> tuple[VisitPurpose, ...]:
        """The visit purposes that suit ``term``, in file order (including ``any``-term ones).

        Raises:
            ValueError: if ``term`` is not ``autumn``, ``spring`` or ``summer``.
        """
        if term not in SCHOOL_TERMS:
            raise ValueError(f"unknown term {term!r}: expected one of {', '.join(SCHOOL_TERMS)}")
        return tuple(purpose for purpose in self.visit_purposes if purpose.suits(term))

    def evidence_kind(self, key: str) -> EvidenceKind:
        """The kind of evidence with ``key``."""
        return _find(self.evidence_kinds, key, "evidence kind")

    def rate(self, key: str) -> Rate:
        """The rate of progress with ``key`` (``very_good``, ``strong``, ...)."""
        return _find(self.rates, key, "rate")

    def track(self, key: str) -> Track:
        """The track with ``key`` (``on_track`` or ``off_track``)."""
        return _find(self.tracks, key, "track")

    def support_minimum(self, sector: str) -> SupportMinimum | None:
        """The minimum for ``sector``, or ``None``.

        The match ignores case and repeated or surrounding spaces, because sectors come from
        the (messy) Welsh Government address list.
        """
        wanted = _normalise_sector(sector)
        for minimum in self.support_minimums:
            if _normalise_sector(minimum.sector) == wanted:
                return minimum
        return None

    def minimum_days(self, sector: str) -> int | None:
        """Minimum days of IP support a year for ``sector``, or ``None`` if it has none.

        Matching is as for :meth:`support_minimum`.
        """
        minimum = self.support_minimum(sector)
        return None if minimum is None else minimum.days

    def term(self, key: str) -> Term:
        """The key-task group with ``key`` (``autumn``, ..., ``enhanced_support``, ``other``)."""
        return _find(self.terms, key, "term")

    def key_task(self, key: str) -> KeyTask:
        """The key task with ``key``, whichever term it is listed under."""
        for term in self.terms:
            for task in term.tasks:
                if task.key == key:
                    return task
        raise KeyError(f"no key task {key!r}")

    def support_level(self, key: str) -> SupportLevel:
        """The support level with ``key`` (``core`` or ``enhanced``)."""
        return _find(self.support_levels, key, "support level")

    def category_colour(self, key: str) -> CategoryColour:
        """The categorisation colour with ``key`` (``green``, ``yellow``, ``amber``, ``red``)."""
        return _find(self.category_colours, key, "categorisation colour")

    def support_kind(self, key: str) -> SupportKind:
        """The kind of support with ``key``; ``other`` (the last kind) for a key the list
        does not hold (a record written by a newer version, say), so a raw key is never
        shown."""
        for kind in self.support_kinds:
            if kind.key == key:
                return kind
        return self.support_kinds[-1]

    def marking_in(self, lang: str) -> str:
        """The protective marking in ``lang`` (``en`` or ``cy``) as printed: in capitals.

        Raises:
            ValueError: for any other language code.
        """
        return self.marking.get(lang).upper()


class _Keyed(Protocol):
    """Structural type of the items :func:`_find` searches."""

    @property
    def key(self) -> str: ...


_K = TypeVar("_K", bound=_Keyed)


def _find(items: tuple[_K, ...], key: str, what: str) -> _K:
    for item in items:
        if item.key == key:
            return item
    raise KeyError(f"no {what} {key!r}")
