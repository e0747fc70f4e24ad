"""SIPL's declarative, bilingual form content and its validating loader.

No Qt and no third-party packages: the content lives in TOML files in ``forms/data/`` (shipped
inside the wheel) so that a consortium can change wording without a release, and
:func:`load_forms` turns them into frozen dataclasses, failing with a :class:`FormError` that
names the file, the place and the problem if anything is wrong.

Every user-visible text is a table with both languages::

    name = { en = "Strong progress", cy = "Cynnydd cryf" }

(dotted keys ``name.en = "..."`` / ``name.cy = "..."`` are the same table in TOML).

The files, one per subject (each starts with a comment describing its fields):

=========================  ===============================================================
``questions.toml``         ``[[questions]]``: ``number`` 1..5, ``short``, ``text``,
                           ``prompts`` (list of texts): the five questions for enquiry
``reform_areas.toml``      ``[[reform_areas]]``: ``key``, ``name``: the five reform areas
``visit_purposes.toml``    ``[[visit_purposes]]``: ``key``, ``name``, ``terms`` (``autumn``,
                           ``spring``, ``summer`` or ``["any"]``)
``evidence_kinds.toml``    ``[[evidence_kinds]]``: ``key``, ``name``
``judgement_scale.toml``   ``[[rates]]``: ``key``, ``name``, ``descriptor``, ``colour``,
                           ``text_colour`` (best first); ``[[tracks]]``: ``key``, ``name``
``support_minimums.toml``  ``[[support_minimums]]``: ``sector`` (as in the Welsh Government
                           address list), ``label``, ``days``
``key_tasks.toml``         ``[[terms]]``: ``key``, ``name``, ``[[terms.tasks]]`` (``key``,
                           ``text``): autumn, spring, summer, enhanced_support, other
``support_levels.toml``    ``[[support_levels]]``: ``key``, ``name``, ``description``
``categorisation.toml``    ``[[colours]]``: ``key``, ``name``, ``description``, ``colour``,
                           ``text_colour``: the former national categorisation colours
``support_kinds.toml``     ``[[support_kinds]]``: ``key``, ``name``,
                           ``professional_learning``: kinds of brokered support (last: other)
``consortium.toml``        ``[consortium]``: ``name``: the consortium, on every note of visit
``marking.toml``           ``[marking]``: ``text``: the protective marking (e.g.
                           "OFFICIAL–SENSITIVE") on every report page and exported sheet
=========================  ===============================================================

Typical use::

    from forms import load_forms

    forms = load_forms()
    forms.rate("strong").name.get("cy")  # "Cynnydd cryf"
    forms.minimum_days("Secondary")  # 10
    forms.marking_in("cy")  # "SWYDDOGOL–SENSITIF"
"""

from forms.loader import (
    CATEGORY_COLOUR_KEYS,
    FILE_NAMES,
    MARKING_MAX_LENGTH,
    QUESTION_COUNT,
    RATE_KEYS,
    REFORM_AREA_KEYS,
    SUPPORT_LEVEL_KEYS,
    TERM_KEYS,
    TRACK_KEYS,
    FormError,
    default_directory,
    load_forms,
)
from forms.model import (
    ANY_TERM,
    LANGUAGES,
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

__all__ = [
    "ANY_TERM",
    "CATEGORY_COLOUR_KEYS",
    "FILE_NAMES",
    "LANGUAGES",
    "MARKING_MAX_LENGTH",
    "QUESTION_COUNT",
    "RATE_KEYS",
    "REFORM_AREA_KEYS",
    "SCHOOL_TERMS",
    "SUPPORT_LEVEL_KEYS",
    "TERM_KEYS",
    "TRACK_KEYS",
    "CategoryColour",
    "EvidenceKind",
    "FormError",
    "Forms",
    "KeyTask",
    "Question",
    "Rate",
    "ReformArea",
    "SupportKind",
    "SupportLevel",
    "SupportMinimum",
    "Term",
    "Text",
    "Track",
    "VisitPurpose",
    "default_directory",
    "load_forms",
]
