"""Two conflicting versions side by side, and the words SIPL uses for a conflict.

:class:`ConflictDiffView` shows version A and version B of a conflicted field in two
columns, each under its author and time, with the words that differ shaded in the
column's colour AND underlined (so the difference never rests on colour alone); a
paragraph only one version has sits next to a striped empty cell. The two columns keep
their lines level (the shorter cell of each row is padded to the taller) and scroll
together. The original text both edits started from is a secondary, collapsible strip,
with the words either version changed struck through.

The module also holds the one translated wording of what a conflict is about
(:func:`field_label`: "Termly judgement · rate of progress") and of a decided value
(:func:`value_words`: "Strong progress"), shared by the partner's conflicts dialog and the
PIP's team conflicts page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.conflicts import ConflictView
from desktop.store.sync_state import DELETED_ELSEWHERE
from desktop.store.text_diff import Comparison, DiffRow, Segment, compare
from desktop.ui.common.i18n import QT_TRANSLATE_NOOP, Language
from desktop.ui.common.present import Presenter
from desktop.ui.common.style import BORDER, MUTED, scaled_font
from desktop.ui.common.widgets import muted
from sync import schema as sync_schema

Side = Literal["left", "right"]

# Version A is shaded orange, version B blue: a pair told apart in every common form of
# colour blindness; the underline carries the same meaning without colour.
SIDE_COLOURS: dict[Side, tuple[str, str]] = {
    "left": ("#fde3c4", "#9a4a00"),  # shade, underline and heading mark
    "right": ("#d4e8f7", "#1d5f7a"),
}
BASE_COLOURS = ("#f6e0e0", "#8e1b1b")
EMPTY_CELL = "#c9ced6"

_LABELS = "ConflictLabels"

# -- what a conflict is about, in words ----------------------------------------------------

_RECORDS = {
    "enquiry_answers": QT_TRANSLATE_NOOP("ConflictLabels", "Answer to an enquiry question"),
    "evidence": QT_TRANSLATE_NOOP("ConflictLabels", "Evidence"),
    "judgements": QT_TRANSLATE_NOOP("ConflictLabels", "Termly judgement"),
    "priorities": QT_TRANSLATE_NOOP("ConflictLabels", "Priority"),
    "visits": QT_TRANSLATE_NOOP("ConflictLabels", "Visit"),
    "actions": QT_TRANSLATE_NOOP("ConflictLabels", "Agreed action"),
    "support": QT_TRANSLATE_NOOP("ConflictLabels", "Support"),
    "practice": QT_TRANSLATE_NOOP("ConflictLabels", "Practice worth sharing"),
    "notes": QT_TRANSLATE_NOOP("ConflictLabels", "Note"),
    "schools": QT_TRANSLATE_NOOP("ConflictLabels", "School details"),
    "support_level_decisions": QT_TRANSLATE_NOOP("ConflictLabels", "Support level decision"),
    "enhanced_reviews": QT_TRANSLATE_NOOP("ConflictLabels", "Enhanced support review"),
    "allocations": QT_TRANSLATE_NOOP("ConflictLabels", "Allocation of the school"),
}

_PARTS = {
    "deleted_at": QT_TRANSLATE_NOOP("ConflictLabels", "deleted on one laptop, changed on another"),
    "rate": QT_TRANSLATE_NOOP("ConflictLabels", "rate of progress"),
    "track": QT_TRANSLATE_NOOP("ConflictLabels", "on or off track"),
    "rationale": QT_TRANSLATE_NOOP("ConflictLabels", "rationale"),
    "answer": QT_TRANSLATE_NOOP("ConflictLabels", "answer"),
    "body": QT_TRANSLATE_NOOP("ConflictLabels", "text"),
    "description": QT_TRANSLATE_NOOP("ConflictLabels", "description"),
    "title": QT_TRANSLATE_NOOP("ConflictLabels", "title"),
    "summary": QT_TRANSLATE_NOOP("ConflictLabels", "summary"),
    "impact": QT_TRANSLATE_NOOP("ConflictLabels", "impact"),
    "status": QT_TRANSLATE_NOOP("ConflictLabels", "status"),
    "days": QT_TRANSLATE_NOOP("ConflictLabels", "days"),
    "due_on": QT_TRANSLATE_NOOP("ConflictLabels", "due date"),
    "owner": QT_TRANSLATE_NOOP("ConflictLabels", "who does it"),
    "judged_by": QT_TRANSLATE_NOOP("ConflictLabels", "who made the judgement"),
    "judged_on": QT_TRANSLATE_NOOP("ConflictLabels", "date of the judgement"),
    "support_level": QT_TRANSLATE_NOOP("ConflictLabels", "support level"),
    "to_level": QT_TRANSLATE_NOOP("ConflictLabels", "new support level"),
    "headteacher": QT_TRANSLATE_NOOP("ConflictLabels", "headteacher"),
    "reason": QT_TRANSLATE_NOOP("ConflictLabels", "reason"),
    "position_agreed": QT_TRANSLATE_NOOP("ConflictLabels", "position agreed"),
    "reform_area": QT_TRANSLATE_NOOP("ConflictLabels", "area of the reform agenda"),
    "visit_date": QT_TRANSLATE_NOOP("ConflictLabels", "date of the visit"),
    "next_visit_date": QT_TRANSLATE_NOOP("ConflictLabels", "date of the next visit"),
    "purpose": QT_TRANSLATE_NOOP("ConflictLabels", "purpose"),
    "kind": QT_TRANSLATE_NOOP("ConflictLabels", "kind of evidence"),
    "stance": QT_TRANSLATE_NOOP("ConflictLabels", "supports or challenges"),
    "provider_kind": QT_TRANSLATE_NOOP("ConflictLabels", "provider"),
}


def _label(text: str) -> str:
    return QCoreApplication.translate(_LABELS, text)


def field_label(view: ConflictView) -> str:
    """What changed, in words: the kind of record and which part of it
    ("Termly judgement · rate of progress"), in the current language."""
    source = _RECORDS.get(view.table)
    record = _label(source) if source else view.table.replace("_", " ")
    part = _PARTS.get(view.field)
    return f"{record} · {_label(part)}" if part else record


# Fields decided as a whole whose values are nonetheless free text a person wrote.
_FREE_TEXT = frozenset({"rationale", "reason", "provider_name", "sdp_reference"})


def is_text_conflict(view: ConflictView) -> bool:
    """True when both versions are texts a person wrote, to compare word by word: a
    narrative field (merged three ways by sync) or a free-text reason. A coded value (a
    rate, a track, a status), a date, a person or a delete is not."""
    if not view.is_text or view.field == "deleted_at":
        return False
    table = sync_schema.TABLES.get(view.table)
    narrative = (
        table is not None and view.field in table.fields and table.policy(view.field) == "text3way"
    )
    return narrative or view.field in _FREE_TEXT


def when(language: Language, stamp: str | None) -> str:
    """A UTC stamp as the user's local date and time ("10 Feb 2026, 14:05"); "" for None."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return f"{language.date(local.date(), long=False)}, {local.strftime('%H:%M')}"


_DATE_FIELDS = frozenset(
    {
        "judged_on",
        "due_on",
        "visit_date",
        "next_visit_date",
        "decided_on",
        "starts_on",
        "ends_on",
        "review_date",
        "next_review_due",
    }
)


def value_words(view: ConflictView, value: Any, present: Presenter) -> str:
    """One version of a conflicted field, as a person reads it: a rate or track by its
    name, a date written out, a person by name; never a code when SIPL knows the words."""
    if view.field == "deleted_at":
        if value is None or value == DELETED_ELSEWHERE:
            return _label(
                QT_TRANSLATE_NOOP("ConflictLabels", "(kept, with the changes made since)")
            )
        return _label(QT_TRANSLATE_NOOP("ConflictLabels", "(deleted)"))
    if value is None:
        return _label(QT_TRANSLATE_NOOP("ConflictLabels", "(deleted)"))
    if value == "":
        return _label(QT_TRANSLATE_NOOP("ConflictLabels", "(empty)"))
    name = view.name_of(value)
    if name:
        return name
    field, table = view.field, view.table
    try:
        if field == "rate":
            return present.rate(str(value))
        if field == "track":
            return present.track(str(value))
        if field in ("support_level", "from_level", "to_level"):
            return present.support_level(str(value))
        if field == "term":
            return present.term(str(value))
        if field == "reform_area":
            return present.area(str(value))
        if field == "purpose":
            return present.purpose(str(value))
        if field == "kind":
            return present.evidence_kind(str(value))
        if field == "stance":
            return present.stance(str(value))
        if field == "provider_kind":
            return present.provider(str(value))
        if field == "status":
            naming = {
                "support": present.support_status,
                "actions": present.action_status,
                "priorities": present.priority_status,
            }.get(table)
            if naming:
                return naming(str(value))
        if field in _DATE_FIELDS and isinstance(value, str):
            return present.language.date(value)
    except (KeyError, ValueError):
        pass
    if isinstance(value, float | int) and not isinstance(value, bool):
        return present.language.number(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def about_judgement(view: ConflictView, present: Presenter) -> str:
    """For a conflict on a termly judgement: which priority and term, and the rationale of
    each version ("" for any other conflict), in the current language."""
    about = view.judgement
    if about is None:
        return ""
    lines = [
        _label(QT_TRANSLATE_NOOP("ConflictLabels", "Priority: {0} · {1} {2}")).format(
            about.priority_title, present.term(about.term), about.academic_year
        )
    ]
    if about.mine_rationale == about.theirs_rationale:
        lines.append(
            _label(
                QT_TRANSLATE_NOOP("ConflictLabels", "Rationale (the same in both versions): {0}")
            ).format(about.mine_rationale)
        )
    else:
        lines.append(
            _label(QT_TRANSLATE_NOOP("ConflictLabels", "Rationale of version A ({0}): {1}")).format(
                view.mine_by, about.mine_rationale
            )
        )
        lines.append(
            _label(QT_TRANSLATE_NOOP("ConflictLabels", "Rationale of version B ({0}): {1}")).format(
                view.theirs_by, about.theirs_rationale
            )
        )
    return "\n".join(lines)


# -- the side-by-side view -----------------------------------------------------------------

_UNLIMITED = 16777215  # QWIDGETSIZE_MAX
_TERMINATORS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def _without_line_end(segments: tuple[Segment, ...]) -> list[Segment]:
    """The segments of one line without its line ending (shown as the end of a block)."""
    text = "".join(s.text for s in segments)
    cut = 2 if text.endswith("\r\n") else (1 if text and text[-1] in _TERMINATORS else 0)
    keep = len(text) - cut
    out: list[Segment] = []
    used = 0
    for segment in segments:
        piece = segment.text[: max(0, keep - used)]
        used += len(segment.text)
        if piece:
            out.append(Segment(piece, segment.kind))
    return out


class _Body(QTextEdit):
    """A read-only, selectable column of text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(f"QTextEdit {{ background: white; border: 1px solid {BORDER}; }}")


class ConflictDiffView(QWidget):
    """Version A and version B side by side, differences marked; the original secondary.

    Call :meth:`set_headings` with who wrote each version and when, then
    :meth:`show_texts` (word-level comparison) or :meth:`show_values` (a rate, a date, a
    delete: just the two values in words). ``left_footer`` and ``right_footer`` are
    layouts under each column for the caller's buttons. Texts this widget writes itself
    follow the interface language.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode: Literal["empty", "text", "values"] = "empty"
        self._rows: tuple[DiffRow, ...] = ()
        self._base: str | None = None
        self._base_value = False
        self._syncing = False
        self._pending_level = False
        self._base_lines = 6

        self.base_toggle = QToolButton()
        self.base_toggle.setObjectName("baseToggle")
        self.base_toggle.setCheckable(True)
        self.base_toggle.setAutoRaise(True)
        self.base_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.base_toggle.toggled.connect(self._toggle_base)
        self.base_body = _Body()
        self.base_body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.base_body.setStyleSheet(
            f"QTextEdit {{ background: #f7f8fa; border: 1px dashed {BORDER}; color: {MUTED}; }}"
        )
        self.base_body.hide()
        self.base_note = muted()
        self.base_note.hide()

        self.left_heading, self.left_when = self._heading("left")
        self.right_heading, self.right_when = self._heading("right")
        self.left_body = _Body()
        self.right_body = _Body()
        self.left_footer = QHBoxLayout()
        self.right_footer = QHBoxLayout()
        self.legend = muted()
        self.legend.setObjectName("diffLegend")

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for column, (heading, stamp, body, footer) in enumerate(
            (
                (self.left_heading, self.left_when, self.left_body, self.left_footer),
                (self.right_heading, self.right_when, self.right_body, self.right_footer),
            )
        ):
            grid.addWidget(heading, 0, column)
            grid.addWidget(stamp, 1, column)
            grid.addWidget(body, 2, column)
            grid.addLayout(footer, 3, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)
        self._grid = grid
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(grid, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.base_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.base_note)
        layout.addWidget(self.base_body)
        layout.addStretch(0)  # takes the spare height when two short values are shown
        self._outer = layout

        for body, other in ((self.left_body, self.right_body), (self.right_body, self.left_body)):
            body.verticalScrollBar().valueChanged.connect(
                lambda value, other=other: self._scroll(other, value)
            )
            body.viewport().installEventFilter(self)
        self.retranslate()

    def _heading(self, side: Side) -> tuple[QLabel, QLabel]:
        heading = QLabel()
        heading.setObjectName(f"{side}Heading")
        heading.setWordWrap(True)
        heading.setFont(scaled_font(heading, 1.0, bold=True))
        mark = SIDE_COLOURS[side][1]
        heading.setStyleSheet(  # a bar in the version's colour, beside its name
            "QLabel { border-style: solid; border-width: 0 0 0 4px;"
            f" border-color: {mark}; padding-left: 6px; }}"
        )
        stamp = muted()
        stamp.setContentsMargins(10, 0, 0, 0)
        return heading, stamp

    # -- content -----------------------------------------------------------------------

    def set_headings(
        self, left: str, right: str, left_note: str = "", right_note: str = ""
    ) -> None:
        """Who wrote each version (shown bold above it) and a quieter line (when)."""
        self.left_heading.setText(left)
        self.right_heading.setText(right)
        self.left_when.setText(left_note)
        self.right_when.setText(right_note)
        self.left_when.setVisible(bool(left_note))
        self.right_when.setVisible(bool(right_note))
        self.left_body.setAccessibleName(left)
        self.right_body.setAccessibleName(right)

    def show_texts(self, left: str, right: str, base: str | None = None) -> None:
        """Compare two texts word by word here and now (short texts; screens compare on a
        worker with :func:`~desktop.store.text_diff.compare` and call
        :meth:`show_comparison`); ``base`` (None when unknown) goes in the strip."""
        self.show_comparison(compare(left, right, base))

    def show_comparison(self, comparison: Comparison) -> None:
        """Show a comparison worked out off the GUI thread: filling the columns is all
        that happens here."""
        self._mode = "text"
        self._rows = comparison.rows
        self._base, self._base_value = comparison.base, False
        for side, body in self._bodies():
            self._fill(body, side)
        self._fill_base(comparison.base_marks)
        self._describe()
        self._size_for_mode()
        self.retranslate()
        self._level_rows()
        QTimer.singleShot(0, self._level_rows)  # again once the columns have their width

    def show_values(self, left: str, right: str, base: str | None = None) -> None:
        """Show two values in words, large, one per column (no word comparison)."""
        self._mode = "values"
        self._rows = ()
        self._base, self._base_value = base, True
        big = QTextCharFormat()
        big.setFont(scaled_font(self, 1.25, bold=True))
        for body, text in ((self.left_body, left), (self.right_body, right)):
            body.clear()
            QTextCursor(body.document()).insertText(text, big)
            body.setAccessibleDescription(text)
        self.base_body.clear()
        if base is not None:
            QTextCursor(self.base_body.document()).insertText(base)
        self._size_for_mode()
        self.retranslate()

    def _size_for_mode(self) -> None:
        """Texts take the height there is; two values need only a few lines."""
        line = self.fontMetrics().lineSpacing()
        values = self._mode == "values"
        for body in (self.left_body, self.right_body):
            body.setMaximumHeight(4 * line if values else _UNLIMITED)
            body.setVerticalScrollBarPolicy(
                Qt.ScrollBarPolicy.ScrollBarAsNeeded
                if values
                else Qt.ScrollBarPolicy.ScrollBarAlwaysOn  # equal widths keep rows level
            )
        self._outer.setStretch(0, 0 if values else 1)
        self._outer.setStretch(self._outer.count() - 1, 1 if values else 0)
        self._fit_base()

    def _fit_base(self) -> None:
        """The original is as tall as its text, up to ``set_base_lines`` lines."""
        line = self.fontMetrics().lineSpacing()
        document = self.base_body.document()
        document.setTextWidth(max(200, self.base_body.viewport().width()))
        content = int(document.size().height()) + 2 * self.base_body.frameWidth() + 4
        height = max(2 * line, min(content, self._base_lines * line))
        if self.base_body.height() != height:
            self.base_body.setFixedHeight(height)

    def set_base_lines(self, lines: int) -> None:
        """The most lines the original may take before it scrolls (default 6)."""
        self._base_lines = lines

    def clear(self) -> None:
        self._mode = "empty"
        self._rows = ()
        self._base = None
        for body in (self.left_body, self.right_body, self.base_body):
            body.clear()
        self.set_headings("", "")
        self.retranslate()

    @property
    def rows(self) -> tuple[DiffRow, ...]:
        return self._rows

    def _format(self, kind: str, side: Side) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if kind == "equal":
            return fmt
        shade, mark = SIDE_COLOURS[side]
        fmt.setBackground(QColor(shade))
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(mark))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        return fmt

    def _bodies(self) -> tuple[tuple[Side, QTextEdit], ...]:
        return (("left", self.left_body), ("right", self.right_body))

    def _fill(self, body: QTextEdit, side: Side) -> None:
        body.clear()
        document = body.document()
        cursor = QTextCursor(document)
        for index, row in enumerate(self._rows):
            segments = row.left if side == "left" else row.right
            block = QTextBlockFormat()
            if not segments:  # this version has no line here: a striped, empty cell
                block.setBackground(QBrush(QColor(EMPTY_CELL), Qt.BrushStyle.BDiagPattern))
            if index:
                cursor.insertBlock(block, QTextCharFormat())
            else:
                cursor.setBlockFormat(block)
            for segment in _without_line_end(segments):
                core = segment.text.strip()
                if segment.kind == "equal" or not core:
                    cursor.insertText(segment.text, self._format(segment.kind, side))
                    continue
                # Mark the words, not the spaces around them ("hyderus iawn", not " iawn").
                start = segment.text.index(core)
                plain = QTextCharFormat()
                cursor.insertText(segment.text[:start], plain)
                cursor.insertText(core, self._format(segment.kind, side))
                cursor.insertText(segment.text[start + len(core) :], plain)

    def _fill_base(self, marks: tuple[Segment, ...]) -> None:
        self.base_body.clear()
        if not self._base:
            return
        cursor = QTextCursor(self.base_body.document())
        struck = QTextCharFormat()
        struck.setFontStrikeOut(True)
        struck.setBackground(QColor(BASE_COLOURS[0]))
        struck.setForeground(QColor(BASE_COLOURS[1]))
        for segment in marks:
            text = segment.text.replace("\r\n", "\n").replace("\r", "\n")
            cursor.insertText(text, struck if segment.kind == "changed" else QTextCharFormat())

    def _describe(self) -> None:
        """Tell a screen reader which words differ (underline and shade are not read)."""
        for side, body in self._bodies():
            words = self.marked(side)
            body.setAccessibleDescription(
                self.tr("Words that differ from the other version: {0}").format("; ".join(words))
                if words
                else self.tr("No words differ from the other version.")
            )

    def marked(self, side: Side) -> list[str]:
        """The marked (shaded and underlined) stretches of one column, in reading order."""
        body = self.left_body if side == "left" else self.right_body
        found: list[str] = []
        block = body.document().begin()
        while block.isValid():
            current = ""
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().fontUnderline():
                    current += fragment.text()
                elif current:
                    found.append(current.strip())
                    current = ""
                iterator += 1
            if current:
                found.append(current.strip())
            block = block.next()
        return [w for w in found if w]

    # -- keeping the two columns level ------------------------------------------------

    def _level_rows(self) -> None:
        """Pad the shorter cell of each row so row *i* starts at the same height in both
        columns (then equal scroll positions show the same rows)."""
        self._pending_level = False
        self._fit_base()
        if self._mode != "text":
            return
        documents = (self.left_body.document(), self.right_body.document())
        for document in documents:
            block = document.begin()
            while block.isValid():
                if block.blockFormat().bottomMargin():
                    fmt = block.blockFormat()
                    fmt.setBottomMargin(0)
                    QTextCursor(block).setBlockFormat(fmt)
                block = block.next()
        left, right = documents[0].begin(), documents[1].begin()
        left_layout = documents[0].documentLayout()
        right_layout = documents[1].documentLayout()
        while left.isValid() and right.isValid():
            gap = (
                left_layout.blockBoundingRect(left).height()
                - right_layout.blockBoundingRect(right).height()
            )
            if abs(gap) >= 0.5:
                shorter = right if gap > 0 else left
                fmt = shorter.blockFormat()
                fmt.setBottomMargin(abs(gap))
                QTextCursor(shorter).setBlockFormat(fmt)
            left, right = left.next(), right.next()
        self._scroll(self.right_body, self.left_body.verticalScrollBar().value())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._pending_level:
            self._pending_level = True
            QTimer.singleShot(0, self._level_rows)
        return False

    def _scroll(self, other: QTextEdit, value: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            other.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False

    # -- the original (base) -----------------------------------------------------------

    def _toggle_base(self, shown: bool) -> None:
        self.base_body.setVisible(shown and bool(self._base))
        self.base_note.setVisible(shown and not self._base)
        self.retranslate()
        if shown:
            QTimer.singleShot(0, self._fit_base)  # once it has its width

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        shown = self.base_toggle.isChecked()
        self.base_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.base_toggle.setText(
            self.tr("Hide the original")
            if shown
            else self.tr("Show the original, before both changes")
        )
        self.base_toggle.setVisible(self._mode != "empty" and self._base is not None)
        self.base_note.setText(self.tr("The original was empty."))
        self.base_body.setAccessibleName(self.tr("The original, before both changes"))
        if self._mode == "text":
            count = sum(
                1 for row in self._rows for s in (*row.left, *row.right) if s.kind != "equal"
            )
            differences = (
                self.tr("The two versions differ only in spacing or line breaks.")
                if count == 0 and any(r.kind != "equal" for r in self._rows)
                else self.tr("The two versions are the same.")
                if count == 0
                else self.tr(
                    "Shaded and underlined: words that differ between the two versions. "
                    "Striped: a paragraph only the other version has."
                )
            )
            base = (
                self.tr("In the original, struck through: words a version changed.")
                if shown and self._base
                else ""
            )
            self.legend.setText(f"{differences} {base}".strip())
        else:
            self.legend.setText("")
        self.legend.setVisible(bool(self.legend.text()))


def side_title(letter: str, author: str) -> str:
    """ "Version A · Elin Haf Morgan" (letter is "A" or "B")."""
    if letter == "A":
        return QCoreApplication.translate("ConflictLabels", "Version A · {0}").format(author)
    return QCoreApplication.translate("ConflictLabels", "Version B · {0}").format(author)
