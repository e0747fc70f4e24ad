"""The bilingual wording of the printed reports, loaded from ``wording.toml`` and checked.

Guarantees of a :class:`Wording` returned by :func:`load_wording`:

- every key names a text with non-empty ``en`` and ``cy``; a text missing either, or with
  any other field, fails the load with a :class:`WordingError` naming the key;
- ``en`` and ``cy`` of a text use exactly the same ``{placeholders}``;
- it is immutable, so one instance may be shared by every thread (the default one is
  cached).

No Qt: the same words serve the PDF reports, the command line and any worker thread.
"""

from __future__ import annotations

import functools
import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

from forms import Text

_LANGS = ("en", "cy")
_LANG_NAMES = {"en": "English", "cy": "Welsh"}


class WordingError(ValueError):
    """The report wording file is broken; the message names the file and the key."""


@dataclass(frozen=True)
class Wording:
    """Report texts by dotted key (``visit.title``), each a :class:`forms.Text`."""

    texts: Mapping[str, Text]

    def text(self, key: str) -> Text:
        """The text ``key``; raises KeyError naming the key if it does not exist."""
        try:
            return self.texts[key]
        except KeyError:
            raise KeyError(f"the report wording has no text {key!r}") from None

    def get(self, key: str, lang: str, **fields: object) -> str:
        """The text ``key`` in ``lang`` (``en`` or ``cy``) with its placeholders filled."""
        template = self.text(key).get(lang)
        return template.format(**fields) if fields else template

    def has(self, key: str) -> bool:
        return key in self.texts

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(template) if name is not None
    )


def _leaf(where: str, key: str, table: Mapping[str, Any]) -> Text:
    for lang in _LANGS:
        if lang not in table:
            raise WordingError(f"{where}: {key}: missing {_LANG_NAMES[lang]} text ({lang!r})")
    extra = sorted(set(table) - set(_LANGS))
    if extra:
        raise WordingError(f"{where}: {key}: unexpected field(s) {', '.join(extra)}")
    values: dict[str, str] = {}
    for lang in _LANGS:
        value = table[lang]
        if not isinstance(value, str) or not value.strip():
            raise WordingError(
                f"{where}: {key}: the {_LANG_NAMES[lang]} text ({lang!r}) must be non-empty text"
            )
        values[lang] = value
    try:
        en_fields, cy_fields = _placeholders(values["en"]), _placeholders(values["cy"])
    except ValueError as error:
        raise WordingError(f"{where}: {key}: bad placeholder ({error})") from None
    if en_fields != cy_fields:
        raise WordingError(
            f"{where}: {key}: English and Welsh use different placeholders "
            f"({sorted(en_fields)} and {sorted(cy_fields)})"
        )
    return Text(en=values["en"], cy=values["cy"])


def _flatten(where: str, prefix: str, table: Mapping[str, Any], out: dict[str, Text]) -> None:
    for name, value in table.items():
        key = f"{prefix}.{name}" if prefix else name
        if not isinstance(value, dict):
            raise WordingError(f"{where}: {key}: expected a table with 'en' and 'cy'")
        if set(value) & set(_LANGS) or not value:
            out[key] = _leaf(where, key, value)
        else:
            _flatten(where, key, value, out)


def parse_wording(text: str, where: str = "wording.toml") -> Wording:
    """Parse and check wording TOML ``text``; ``where`` names it in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise WordingError(f"{where}: {error}") from None
    out: dict[str, Text] = {}
    _flatten(where, "", data, out)
    return Wording(MappingProxyType(out))


@functools.cache
def _default() -> Wording:
    resource = files("desktop.reports") / "wording.toml"
    return parse_wording(resource.read_text(encoding="utf-8-sig"), "desktop/reports/wording.toml")


def load_wording(path: Path | None = None) -> Wording:
    """The report wording: the shipped ``wording.toml`` (cached), or the file at ``path``.

    Raises WordingError naming the file and key for a broken file.
    """
    if path is None:
        return _default()
    return parse_wording(path.read_text(encoding="utf-8-sig"), str(path))
