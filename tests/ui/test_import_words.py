"""Everything an import of the schools list can say has its words in the desktop's
catalogue, and its Welsh (issue 14, point 9: every message a user sees is translatable).
The store speaks in English templates (desktop.store.importing.wording); a template added
there without a catalogue entry would reach a Welsh screen in English."""

from __future__ import annotations

import pytest

from desktop.store.importing import wording
from desktop.store.importing.wording import said
from desktop.ui.caseload.import_words import said_text
from desktop.ui.common.i18n import Language


@pytest.fixture
def welsh(qapp):
    language = Language()
    language.apply("cy")
    yield
    language.uninstall()


def _example(template: str):
    names = [part.split("}")[0] for part in template.split("{")[1:]]
    return said(template, **{name: "7" for name in names})


@pytest.mark.parametrize("template", wording.ADDRESS_LIST_TEMPLATES)
def test_each_message_of_the_schools_import_is_in_english_as_the_store_says_it(qapp, template):
    example = _example(template)
    assert said_text(example) == str(example)


@pytest.mark.parametrize("template", wording.ADDRESS_LIST_TEMPLATES)
def test_each_message_of_the_schools_import_has_its_welsh(welsh, template):
    example = _example(template)
    shown = said_text(example)
    assert shown != str(example), f"no Welsh for {template!r}"
    assert shown.count("7") >= str(example).count("7")  # every value still in the sentence
