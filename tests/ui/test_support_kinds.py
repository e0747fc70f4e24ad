"""The support form offers exactly the declared kinds of support, in the partner's language
(issue 15 point 3: the form offered kinds the reports did not know, and vice versa)."""

from __future__ import annotations

from desktop.ui.common.record_dialogs import SupportDialog
from forms import load_forms
from tests.ui.test_language import _choose_language


def _offered(app) -> list[tuple[str, str]]:
    dialog = SupportDialog(app.services, (), app.window)
    try:
        return [
            (dialog.kind.itemData(i), dialog.kind.itemText(i)) for i in range(dialog.kind.count())
        ]
    finally:
        dialog.deleteLater()


def test_the_support_form_offers_the_declared_kinds_in_english_and_welsh(app, qtbot):
    kinds = load_forms().support_kinds
    assert _offered(app) == [(k.key, k.name.en) for k in kinds]
    _choose_language(app, qtbot, "cy")
    assert _offered(app) == [(k.key, k.name.cy) for k in kinds]
