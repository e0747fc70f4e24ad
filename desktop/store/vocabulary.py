"""Checks of coded values against the bilingual form definitions in ``forms``.

The words live in ``forms/``; the store keeps only their keys and refuses unknown ones.
"""

from __future__ import annotations

from desktop.store.errors import InvalidValue
from forms import load_forms


def check_rate(key: str) -> str:
    """Return ``key`` if it names a rate of progress on the judgement scale."""
    if key not in {rate.key for rate in load_forms().rates}:
        raise InvalidValue(f"{key!r} is not a rate of progress on the judgement scale")
    return key


def check_reform_area(key: str) -> str:
    """Return ``key`` if it names one of the reform areas."""
    if key not in {area.key for area in load_forms().reform_areas}:
        raise InvalidValue(f"{key!r} is not a reform area")
    return key


def check_evidence_kind(key: str) -> str:
    """Return ``key`` if it names a kind of first-hand evidence."""
    if key not in {kind.key for kind in load_forms().evidence_kinds}:
        raise InvalidValue(f"{key!r} is not a kind of evidence")
    return key


def check_purpose(key: str) -> str:
    """Return ``key`` if it names a visit purpose."""
    if key not in {purpose.key for purpose in load_forms().visit_purposes}:
        raise InvalidValue(f"{key!r} is not a visit purpose")
    return key
