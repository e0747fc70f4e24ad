"""Load and validate SIPL's form content from the TOML files in ``forms/data/``.

:func:`load_forms` reads every file, checks it strictly and returns an immutable
:class:`~forms.model.Forms`. A broken file never yields partial content: loading stops at
the first problem with a :class:`FormError` naming the file, the place and the problem, e.g.::

    forms/data/questions.toml: questions[3].prompts[1]: missing Welsh text ("cy")

Places are key paths; array indices count from 0, as in most path notations, so
``questions[3]`` is the fourth ``[[questions]]`` table in the file. TOML syntax errors give
the place as ``line L, column C``.

What is checked, in every file:

* the file exists, is UTF-8 (a leading byte-order mark is tolerated) and is valid TOML;
* every table has exactly its documented keys: none missing, none unknown;
* every value has the right type (integers must be integers, not ``true`` or ``7.0``);
* every bilingual text is a table with exactly ``en`` and ``cy``, both non-empty strings;
* every ``key`` is a lower-case identifier and is not used twice in its collection;
* colours are ``#rrggbb``.

And per file:

* ``questions.toml``: exactly five questions, numbered 1 to 5 in order, each with at least
  one prompt;
* ``reform_areas.toml``: exactly the five areas :data:`REFORM_AREA_KEYS`, in that order;
* ``visit_purposes.toml``: at least one purpose; ``terms`` is a non-empty list of distinct
  ``autumn``/``spring``/``summer``, or just ``["any"]``;
* ``evidence_kinds.toml``: at least one kind;
* ``judgement_scale.toml``: rates exactly :data:`RATE_KEYS` (best first) with distinct
  colours; tracks exactly :data:`TRACK_KEYS`;
* ``support_minimums.toml``: at least one sector; sectors distinct (ignoring case and
  spaces); days a positive integer;
* ``key_tasks.toml``: groups exactly :data:`TERM_KEYS`, each with at least one task;
  task keys unique across the whole file;
* ``support_levels.toml``: exactly :data:`SUPPORT_LEVEL_KEYS`;
* ``categorisation.toml``: exactly :data:`CATEGORY_COLOUR_KEYS`;
* ``support_kinds.toml``: at least one kind, keys unique, the last one ``other``;
  ``professional_learning`` true or false;
* ``consortium.toml``: one ``[consortium]`` table with a ``name`` in both languages;
* ``marking.toml``: one ``[marking]`` table whose ``text`` is one line of at most
  :data:`MARKING_MAX_LENGTH` characters in each language.

Keys are the contract with stored data and code, so their sets are fixed here; wording and
colours are data that a consortium may change without a release.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from forms.model import (
    ANY_TERM,
    SCHOOL_TERMS,
    CategoryColour,
    EvidenceKind,
    Forms,
    KeyTask,
    Question,
    Rate,
    ReformArea,
    SupportKind,
    SupportLevel,
    SupportMinimum,
    Term,
    Text,
    Track,
    VisitPurpose,
)

#: Number of fundamental questions for enquiry.
QUESTION_COUNT = 5
#: The five areas of the national reform agenda, in order.
REFORM_AREA_KEYS: tuple[str, ...] = (
    "curriculum",
    "assessment_evaluation",
    "equity_excellence_wellbeing",
    "teaching",
    "leadership",
)
#: The four rates of progress, best first.
RATE_KEYS: tuple[str, ...] = ("very_good", "strong", "satisfactory", "limited")
#: The two tracks.
TRACK_KEYS: tuple[str, ...] = ("on_track", "off_track")
#: The groups of the schedule of key tasks, in order.
TERM_KEYS: tuple[str, ...] = ("autumn", "spring", "summer", "enhanced_support", "other")
#: The two levels of support.
SUPPORT_LEVEL_KEYS: tuple[str, ...] = ("core", "enhanced")
#: The four colours of the national categorisation, best first.
CATEGORY_COLOUR_KEYS: tuple[str, ...] = ("green", "yellow", "amber", "red")

#: The kind of support that closes the list and stands for any kind it does not hold.
OTHER_SUPPORT_KIND = "other"

#: The longest protective marking, in characters per language: it must fit, in both
#: languages, on one line at the top and bottom of a report's page.
MARKING_MAX_LENGTH = 60

#: The data files, in load order.
FILE_NAMES: tuple[str, ...] = (
    "questions.toml",
    "reform_areas.toml",
    "visit_purposes.toml",
    "evidence_kinds.toml",
    "judgement_scale.toml",
    "support_minimums.toml",
    "key_tasks.toml",
    "support_levels.toml",
    "categorisation.toml",
    "support_kinds.toml",
    "consortium.toml",
    "marking.toml",
)

_KEY_RE = re.compile(r"[a-z][a-z0-9_]*")
_COLOUR_RE = re.compile(r"#[0-9a-fA-F]{6}")
_TOML_WHERE_RE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")
_TOP = "(top level)"
_LANGUAGE_NAMES = {"en": "English", "cy": "Welsh"}

_T = TypeVar("_T")


class FormError(Exception):
    """A form data file is missing or broken.

    Attributes:
        file: the path of the offending file.
        place: where in it: a key path such as ``questions[3].prompts[1]``, ``line 4,
            column 9`` for a TOML syntax error, ``(file)`` or ``(top level)``.
        problem: what is wrong, in plain English.
        line: the 1-based line number when known (syntax and encoding errors), else None.
    """

    def __init__(self, file: Path, place: str, problem: str, line: int | None = None) -> None:
        self.file = file
        self.place = place
        self.problem = problem
        self.line = line
        super().__init__(f"{_display(file)}: {place}: {problem}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.file, self.place, self.problem, self.line))


def _display(file: Path) -> str:
    """``file`` relative to the directory holding the ``forms`` package when inside it."""
    root = Path(__file__).resolve().parent.parent
    try:
        return file.resolve().relative_to(root).as_posix()
    except (ValueError, OSError):
        return str(file)


def _describe(value: object) -> str:
    """A plain-English name for the TOML type of ``value``."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def _at(place: str, key: str) -> str:
    return key if place == _TOP else f"{place}.{key}"


class _File:
    """Validation helpers bound to one data file, so every error names it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, place: str, problem: str) -> FormError:
        return FormError(self.path, place, problem)

    def table(
        self,
        value: object,
        place: str,
        required: Sequence[str],
        what: str = "a table",
        optional: Sequence[str] = (),
    ) -> dict[str, Any]:
        """Check ``value`` is a table with the keys ``required`` and no others than
        ``optional``."""
        if not isinstance(value, dict):
            raise self.error(place, f"expected {what}, found {_describe(value)}")
        for key in required:
            if key not in value:
                raise self.error(place, f'missing key "{key}"')
        for key in value:
            if key not in required and key not in optional:
                allowed = ", ".join(sorted([*required, *optional]))
                raise self.error(place, f'unknown key "{key}" (allowed: {allowed})')
        return value

    def entries(self, value: object, place: str, at_least: int = 1) -> list[Any]:
        """Check ``value`` is a list (e.g. of ``[[tables]]``) with ``at_least`` items."""
        if not isinstance(value, list):
            raise self.error(place, f"expected a list, found {_describe(value)}")
        if len(value) < at_least:
            raise self.error(place, f"expected at least {at_least} entries, found {len(value)}")
        return value

    def text(self, value: object, place: str) -> Text:
        """A bilingual text: a table with exactly ``en`` and ``cy``, both non-empty."""
        if not isinstance(value, dict):
            raise self.error(
                place,
                f'expected a table of texts {{ en = "...", cy = "..." }}, found {_describe(value)}',
            )
        for lang, language in _LANGUAGE_NAMES.items():
            if lang not in value:
                raise self.error(place, f'missing {language} text ("{lang}")')
        for key in value:
            if key not in _LANGUAGE_NAMES:
                raise self.error(place, f'unknown key "{key}" (a text has only "en" and "cy")')
        texts: dict[str, str] = {}
        for lang, language in _LANGUAGE_NAMES.items():
            text = value[lang]
            if not isinstance(text, str):
                raise self.error(
                    place, f'{language} text ("{lang}") must be a string, found {_describe(text)}'
                )
            if not text.strip():
                raise self.error(place, f'empty {language} text ("{lang}")')
            texts[lang] = text.strip()
        return Text(en=texts["en"], cy=texts["cy"])

    def string(self, value: object, place: str) -> str:
        if not isinstance(value, str):
            raise self.error(place, f"expected a string, found {_describe(value)}")
        if not value.strip():
            raise self.error(place, "empty string")
        return value.strip()

    def key(self, value: object, place: str) -> str:
        if not isinstance(value, str):
            raise self.error(place, f"expected a string, found {_describe(value)}")
        if not _KEY_RE.fullmatch(value):
            raise self.error(
                place,
                f'bad key "{value}": use lower-case letters, digits and "_", '
                "starting with a letter",
            )
        return value

    def integer(self, value: object, place: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(place, f"expected a whole number, found {_describe(value)}")
        return value

    def colour(self, value: object, place: str) -> str:
        if not isinstance(value, str):
            raise self.error(place, f'expected a colour "#rrggbb", found {_describe(value)}')
        if not _COLOUR_RE.fullmatch(value):
            raise self.error(place, f'bad colour "{value}": expected "#rrggbb", e.g. "#2e7d32"')
        return value.lower()

    def unique_keys(self, keys: Sequence[str], place: str, what: str = "key") -> None:
        """Reject a key used twice in one collection (``place`` is its list)."""
        first: dict[str, int] = {}
        for index, key in enumerate(keys):
            if key in first:
                raise self.error(
                    f"{place}[{index}].{what}",
                    f'duplicate {what} "{key}" (already used by {place}[{first[key]}])',
                )
            first[key] = index

    def exact_keys(self, keys: Sequence[str], expected: Sequence[str], place: str) -> None:
        """Require exactly the keys ``expected``, in that order."""
        self.unique_keys(keys, place)
        wanted = ", ".join(expected)
        for index, key in enumerate(keys):
            if index >= len(expected):
                raise self.error(
                    f"{place}[{index}]",
                    f'too many entries: expected exactly {len(expected)} ({wanted}), found "{key}"',
                )
            if key != expected[index]:
                problem = (
                    f'unknown key "{key}"' if key not in expected else f'"{key}" is out of order'
                )
                raise self.error(
                    f"{place}[{index}].key",
                    f'{problem}: expected "{expected[index]}" here (the order is {wanted})',
                )
        if len(keys) < len(expected):
            missing = ", ".join(expected[len(keys) :])
            raise self.error(place, f"missing entries: {missing} (expected {wanted})")


def _read(directory: Traversable, name: str) -> tuple[_File, dict[str, Any]]:
    """Read and parse one data file, turning every failure into a ``FormError``."""
    resource = directory.joinpath(name)
    file = _File(Path(str(resource)))
    try:
        raw = resource.read_bytes()
    except FileNotFoundError:
        raise file.error("(file)", "file not found") from None
    except OSError as exc:
        raise file.error("(file)", f"cannot read the file: {exc.strerror or exc}") from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = raw.count(b"\n", 0, exc.start) + 1
        raise FormError(
            file.path, f"line {bad_line}", "not valid UTF-8 (save the file as UTF-8)", bad_line
        ) from None
    try:
        return file, tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_WHERE_RE.search(message)
        problem = message[: found.start()] if found else message
        line: int | None
        if found and found.group(1):
            line = int(found.group(1))
            place = f"line {line}, column {found.group(2)}"
        else:
            line = None
            place = "end of file" if found else "(file)"
        raise FormError(file.path, place, f"TOML syntax error: {problem}", line) from None


def _keyed(
    file: _File,
    value: object,
    place: str,
    fields: Sequence[str],
    build: Callable[[dict[str, Any], str], _T],
    optional: Sequence[str] = (),
) -> list[tuple[str, _T]]:
    """Validate a list of ``[[tables]]`` that each have a ``key``; return (key, item) pairs."""
    result: list[tuple[str, _T]] = []
    for index, entry in enumerate(file.entries(value, place)):
        here = f"{place}[{index}]"
        table = file.table(entry, here, ("key", *fields), optional=optional)
        key = file.key(table["key"], f"{here}.key")
        result.append((key, build(table, here)))
    file.unique_keys([key for key, _ in result], place)
    return result


def _questions(directory: Traversable) -> tuple[Question, ...]:
    file, data = _read(directory, "questions.toml")
    file.table(data, _TOP, ("questions",))
    entries = file.entries(data["questions"], "questions")
    if len(entries) > QUESTION_COUNT:
        raise file.error(
            f"questions[{QUESTION_COUNT}]",
            f"too many questions: expected exactly {QUESTION_COUNT} (numbered 1 to "
            f"{QUESTION_COUNT}), found {len(entries)}",
        )
    questions: list[Question] = []
    for index, entry in enumerate(entries):
        here = f"questions[{index}]"
        table = file.table(entry, here, ("number", "short", "text", "prompts"))
        number = file.integer(table["number"], f"{here}.number")
        if number != index + 1:
            raise file.error(
                f"{here}.number",
                f"expected question number {index + 1} here (the questions are numbered 1 to "
                f"{QUESTION_COUNT} in order), found {number}",
            )
        prompts = file.entries(table["prompts"], f"{here}.prompts")
        questions.append(
            Question(
                number=number,
                short=file.text(table["short"], f"{here}.short"),
                text=file.text(table["text"], f"{here}.text"),
                prompts=tuple(
                    file.text(prompt, f"{here}.prompts[{i}]") for i, prompt in enumerate(prompts)
                ),
            )
        )
    if len(questions) < QUESTION_COUNT:
        raise file.error(
            "questions",
            f"too few questions: expected exactly {QUESTION_COUNT} (numbered 1 to "
            f"{QUESTION_COUNT}), found {len(questions)}",
        )
    return tuple(questions)


def _reform_areas(directory: Traversable) -> tuple[ReformArea, ...]:
    file, data = _read(directory, "reform_areas.toml")
    file.table(data, _TOP, ("reform_areas",))
    pairs = _keyed(
        file,
        data["reform_areas"],
        "reform_areas",
        ("name",),
        lambda table, here: file.text(table["name"], f"{here}.name"),
    )
    file.exact_keys([key for key, _ in pairs], REFORM_AREA_KEYS, "reform_areas")
    return tuple(ReformArea(key=key, name=name) for key, name in pairs)


def _purpose_terms(file: _File, value: object, place: str) -> tuple[str, ...]:
    allowed = (*SCHOOL_TERMS, ANY_TERM)
    terms: list[str] = []
    for index, term in enumerate(file.entries(value, place)):
        if term not in allowed:
            raise file.error(
                f"{place}[{index}]",
                f"unknown term {term!r}: expected one of {', '.join(allowed)}",
            )
        if term in terms:
            raise file.error(f"{place}[{index}]", f'term "{term}" is listed twice')
        terms.append(term)
    if ANY_TERM in terms and len(terms) > 1:
        raise file.error(place, f'"{ANY_TERM}" cannot be combined with other terms')
    return tuple(terms)


def _visit_purposes(directory: Traversable) -> tuple[VisitPurpose, ...]:
    file, data = _read(directory, "visit_purposes.toml")
    file.table(data, _TOP, ("visit_purposes",))
    pairs = _keyed(
        file,
        data["visit_purposes"],
        "visit_purposes",
        ("name", "terms"),
        lambda table, here: (
            file.text(table["name"], f"{here}.name"),
            _purpose_terms(file, table["terms"], f"{here}.terms"),
        ),
    )
    return tuple(VisitPurpose(key=key, name=name, terms=terms) for key, (name, terms) in pairs)


def _evidence_kinds(directory: Traversable) -> tuple[EvidenceKind, ...]:
    file, data = _read(directory, "evidence_kinds.toml")
    file.table(data, _TOP, ("evidence_kinds",))
    pairs = _keyed(
        file,
        data["evidence_kinds"],
        "evidence_kinds",
        ("name",),
        lambda table, here: file.text(table["name"], f"{here}.name"),
    )
    return tuple(EvidenceKind(key=key, name=name) for key, name in pairs)


def _judgement_scale(directory: Traversable) -> tuple[tuple[Rate, ...], tuple[Track, ...]]:
    file, data = _read(directory, "judgement_scale.toml")
    file.table(data, _TOP, ("rates", "tracks"))
    rate_pairs = _keyed(
        file,
        data["rates"],
        "rates",
        ("name", "descriptor", "colour", "text_colour"),
        lambda table, here: (
            file.text(table["name"], f"{here}.name"),
            file.text(table["descriptor"], f"{here}.descriptor"),
            file.colour(table["colour"], f"{here}.colour"),
            file.colour(table["text_colour"], f"{here}.text_colour"),
        ),
    )
    file.exact_keys([key for key, _ in rate_pairs], RATE_KEYS, "rates")
    rates = tuple(
        Rate(key, name, descriptor, colour, text_colour, rank)
        for rank, (key, (name, descriptor, colour, text_colour)) in enumerate(rate_pairs, 1)
    )
    _distinct_colours(file, rates, "rates")
    track_pairs = _keyed(
        file,
        data["tracks"],
        "tracks",
        ("name",),
        lambda table, here: file.text(table["name"], f"{here}.name"),
    )
    file.exact_keys([key for key, _ in track_pairs], TRACK_KEYS, "tracks")
    return rates, tuple(Track(key=key, name=name) for key, name in track_pairs)


def _distinct_colours(file: _File, items: Sequence[Rate | CategoryColour], place: str) -> None:
    """Each item's colour differs from the others' and from its own text colour."""
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        if item.colour == item.text_colour:
            raise file.error(f"{place}[{index}].text_colour", "same as the colour: unreadable")
        if item.colour in seen:
            raise file.error(
                f"{place}[{index}].colour",
                f'colour "{item.colour}" is already used by {place}[{seen[item.colour]}]',
            )
        seen[item.colour] = index


def _support_minimums(directory: Traversable) -> tuple[SupportMinimum, ...]:
    file, data = _read(directory, "support_minimums.toml")
    file.table(data, _TOP, ("support_minimums",))
    minimums: list[SupportMinimum] = []
    first: dict[str, int] = {}
    for index, entry in enumerate(file.entries(data["support_minimums"], "support_minimums")):
        here = f"support_minimums[{index}]"
        table = file.table(entry, here, ("sector", "label", "days"))
        sector = file.string(table["sector"], f"{here}.sector")
        normal = " ".join(sector.split()).casefold()
        if normal in first:
            raise file.error(
                f"{here}.sector",
                f'duplicate sector "{sector}" (already used by support_minimums[{first[normal]}])',
            )
        first[normal] = index
        days = file.integer(table["days"], f"{here}.days")
        if days <= 0:
            raise file.error(f"{here}.days", f"days must be a positive whole number, found {days}")
        label = file.text(table["label"], f"{here}.label")
        minimums.append(SupportMinimum(sector=sector, label=label, days=days))
    return tuple(minimums)


def _key_tasks(directory: Traversable) -> tuple[Term, ...]:
    file, data = _read(directory, "key_tasks.toml")
    file.table(data, _TOP, ("terms",))
    raw_terms = file.entries(data["terms"], "terms")
    terms: list[Term] = []
    task_places: dict[str, str] = {}
    for index, entry in enumerate(raw_terms):
        here = f"terms[{index}]"
        table = file.table(entry, here, ("key", "name", "tasks"))
        term_key = file.key(table["key"], f"{here}.key")
        name = file.text(table["name"], f"{here}.name")
        tasks: list[KeyTask] = []
        for task_index, task_entry in enumerate(file.entries(table["tasks"], f"{here}.tasks")):
            task_here = f"{here}.tasks[{task_index}]"
            task_table = file.table(task_entry, task_here, ("key", "text"))
            key = file.key(task_table["key"], f"{task_here}.key")
            if key in task_places:
                raise file.error(
                    f"{task_here}.key",
                    f'duplicate key "{key}" (already used by {task_places[key]}); '
                    "task keys must be unique across all terms",
                )
            task_places[key] = task_here
            text = file.text(task_table["text"], f"{task_here}.text")
            tasks.append(KeyTask(key=key, text=text, term=term_key))
        terms.append(Term(key=term_key, name=name, tasks=tuple(tasks)))
    file.exact_keys([term.key for term in terms], TERM_KEYS, "terms")
    return tuple(terms)


def _support_levels(directory: Traversable) -> tuple[SupportLevel, ...]:
    file, data = _read(directory, "support_levels.toml")
    file.table(data, _TOP, ("support_levels",))
    pairs = _keyed(
        file,
        data["support_levels"],
        "support_levels",
        ("name", "description"),
        lambda table, here: (
            file.text(table["name"], f"{here}.name"),
            file.text(table["description"], f"{here}.description"),
        ),
    )
    file.exact_keys([key for key, _ in pairs], SUPPORT_LEVEL_KEYS, "support_levels")
    return tuple(SupportLevel(key, name, description) for key, (name, description) in pairs)


def _words(file: _File, value: object, place: str) -> tuple[str, ...]:
    """A list of non-empty strings (other spellings of a name), trimmed."""
    if not isinstance(value, list):
        raise file.error(place, f'expected a list of words ["..."], found {_describe(value)}')
    return tuple(file.string(word, f"{place}[{i}]") for i, word in enumerate(value))


def _category_colours(directory: Traversable) -> tuple[CategoryColour, ...]:
    file, data = _read(directory, "categorisation.toml")
    file.table(data, _TOP, ("colours",))
    pairs = _keyed(
        file,
        data["colours"],
        "colours",
        ("name", "description", "colour", "text_colour"),
        lambda table, here: (
            file.text(table["name"], f"{here}.name"),
            file.text(table["description"], f"{here}.description"),
            file.colour(table["colour"], f"{here}.colour"),
            file.colour(table["text_colour"], f"{here}.text_colour"),
            _words(file, table.get("also_written", []), f"{here}.also_written"),
        ),
        optional=("also_written",),
    )
    file.exact_keys([key for key, _ in pairs], CATEGORY_COLOUR_KEYS, "colours")
    colours = tuple(
        CategoryColour(key, name, description, colour, text_colour, also)
        for key, (name, description, colour, text_colour, also) in pairs
    )
    _distinct_colours(file, colours, "colours")
    return colours


def _support_kinds(directory: Traversable) -> tuple[SupportKind, ...]:
    file, data = _read(directory, "support_kinds.toml")
    file.table(data, _TOP, ("support_kinds",))

    def build(table: dict[str, Any], here: str) -> tuple[Text, bool]:
        flag = table["professional_learning"]
        if not isinstance(flag, bool):
            raise file.error(
                f"{here}.professional_learning", f"expected true or false, found {_describe(flag)}"
            )
        return file.text(table["name"], f"{here}.name"), flag

    pairs = _keyed(
        file, data["support_kinds"], "support_kinds", ("name", "professional_learning"), build
    )
    if pairs[-1][0] != OTHER_SUPPORT_KIND:
        raise file.error(
            f"support_kinds[{len(pairs) - 1}].key",
            f'the last kind must be "{OTHER_SUPPORT_KIND}" (records of an unknown kind read as it)',
        )
    return tuple(SupportKind(key, name, flag) for key, (name, flag) in pairs)


def _consortium(directory: Traversable) -> Text:
    file, data = _read(directory, "consortium.toml")
    file.table(data, _TOP, ("consortium",))
    table = file.table(data["consortium"], "consortium", ("name",))
    return file.text(table["name"], "consortium.name")


def _marking(directory: Traversable) -> Text:
    file, data = _read(directory, "marking.toml")
    file.table(data, _TOP, ("marking",))
    table = file.table(data["marking"], "marking", ("text",))
    text = file.text(table["text"], "marking.text")
    for lang, language in _LANGUAGE_NAMES.items():
        words = text.get(lang)
        if not words.isprintable():
            raise file.error(
                f"marking.text.{lang}",
                f"the {language} marking must be one line of plain text "
                "(no line breaks, tabs or control characters)",
            )
        if len(words) > MARKING_MAX_LENGTH:
            raise file.error(
                f"marking.text.{lang}",
                f"the {language} marking is too long: at most {MARKING_MAX_LENGTH} "
                f"characters, found {len(words)}",
            )
    return text


def _load(directory: Traversable) -> Forms:
    questions = _questions(directory)
    reform_areas = _reform_areas(directory)
    visit_purposes = _visit_purposes(directory)
    evidence_kinds = _evidence_kinds(directory)
    rates, tracks = _judgement_scale(directory)
    return Forms(
        questions=questions,
        reform_areas=reform_areas,
        visit_purposes=visit_purposes,
        evidence_kinds=evidence_kinds,
        rates=rates,
        tracks=tracks,
        support_minimums=_support_minimums(directory),
        terms=_key_tasks(directory),
        support_levels=_support_levels(directory),
        category_colours=_category_colours(directory),
        support_kinds=_support_kinds(directory),
        consortium=_consortium(directory),
        marking=_marking(directory),
    )


def default_directory() -> Traversable:
    """The ``data`` folder shipped inside the ``forms`` package (works from a wheel)."""
    return resources.files(__package__ or "forms").joinpath("data")


@functools.cache
def _load_default() -> Forms:
    return _load(default_directory())


def load_forms(directory: Path | None = None) -> Forms:
    """Load and validate all form content.

    Args:
        directory: a folder holding the ten ``*.toml`` files of :data:`FILE_NAMES`; by
            default the ``data`` folder shipped with this package, whose result is cached
            (the same ``Forms`` object is returned on every call).

    Returns:
        The validated content; see :mod:`forms.model` for its guarantees.

    Raises:
        FormError: naming the file, the place and the problem, for the first broken file.
    """
    if directory is None:
        return _load_default()
    return _load(Path(directory))
