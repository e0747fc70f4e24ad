"""Dialogs that collect one decision or record: they only gather values.

Each dialog validates what the domain requires before its main button is enabled (a
priority needs a title, a judgement a rate, a track and a rationale, a change of support
level a reason); the screen that opened it then runs the store operation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape as _esc

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.store.models import Judgement, Practice, Priority
from desktop.ui.common.context import Services
from desktop.ui.common.dates import date_edit, to_date
from desktop.ui.common.present import ChipSpec
from desktop.ui.common.record_dialogs import AspectPicker
from desktop.ui.common.style import scaled_font
from desktop.ui.common.widgets import (
    Chip,
    accept_button,
    button_box,
    fit_to_screen,
    has_text,
    muted,
    scrolling,
)

# --- Priorities ----------------------------------------------------------------------


@dataclass(frozen=True)
class PriorityValues:
    title: str
    reform_area: str | None
    sdp_reference: str | None
    description: str
    status: str
    success_criteria: str = ""
    risks: str = ""
    la_approval: str | None = None
    la_approved_on: date | None = None
    la_approved_by: str | None = None


#: Where a priority stands with the LA: None (not yet sent) then the stored states.
LA_APPROVAL_CHOICES: tuple[str | None, ...] = (None, "sent", "approved", "not_approved")


class PriorityDialog(QDialog):
    """Add or edit a school improvement priority."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, priority: Priority | None = None
    ) -> None:
        super().__init__(parent)
        present = services.present
        self.setWindowTitle(self.tr("Edit priority") if priority else self.tr("Add a priority"))
        self.setMinimumWidth(560)
        self.title = QLineEdit(priority.title if priority else "")
        self.title.setAccessibleName(self.tr("Priority title"))
        self.title.setPlaceholderText(self.tr("e.g. Improve pupils' extended writing across KS2"))
        self.area = QComboBox()
        self.area.addItem(self.tr("(none)"), None)
        for area in services.forms.reform_areas:
            self.area.addItem(present.area(area.key), area.key)
        if priority and priority.reform_area:
            self.area.setCurrentIndex(self.area.findData(priority.reform_area))
        self.sdp = QLineEdit(priority.sdp_reference or "" if priority else "")
        self.sdp.setPlaceholderText(self.tr("e.g. SDP 2.1"))
        self.description = QPlainTextEdit(priority.description if priority else "")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        self.criteria = QPlainTextEdit(priority.success_criteria if priority else "")
        self.criteria.setTabChangesFocus(True)
        self.criteria.setMaximumHeight(80)
        self.risks = QPlainTextEdit(priority.risks if priority else "")
        self.risks.setTabChangesFocus(True)
        self.risks.setMaximumHeight(70)
        self.approval = QComboBox()
        names = {
            None: self.tr("Not yet sent to the LA"),
            "sent": self.tr("Sent to the LA for approval"),
            "approved": self.tr("Approved by the LA"),
            "not_approved": self.tr("Not approved by the LA"),
        }
        for state in LA_APPROVAL_CHOICES:
            self.approval.addItem(names[state], state)
        self.approval.setCurrentIndex(
            max(0, self.approval.findData(priority.la_approval if priority else None))
        )
        self.approved_on = date_edit(services, priority.la_approved_on if priority else None)
        self.approved_by = QLineEdit(priority.la_approved_by or "" if priority else "")
        self.approved_by.setPlaceholderText(self.tr("Who at the LA"))
        # The state on one line, the date and who decided under it: on one line the three
        # squeezed the Welsh label and the name field at the dialog's narrowest.
        approval_row = QGridLayout()
        approval_row.setContentsMargins(0, 0, 0, 0)
        approval_row.addWidget(self.approval, 0, 0, 1, 2)
        approval_row.addWidget(self.approved_on, 1, 0)
        approval_row.addWidget(self.approved_by, 1, 1)
        approval_row.setColumnStretch(1, 1)
        self.approval.currentIndexChanged.connect(self._approval_changed)
        self._approval_changed()
        self.status = QComboBox()
        for key in ("active", "achieved", "carried_forward", "withdrawn"):
            self.status.addItem(present.priority_status(key), key)
        if priority:
            self.status.setCurrentIndex(self.status.findData(priority.status))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Reform area"), self.area)
        form.addRow(self.tr("&SDP reference"), self.sdp)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Su&ccess criteria"), self.criteria)
        form.addRow(self.tr("Ris&ks to progress"), self.risks)
        approval_label = QLabel(self.tr("&LA approval"))
        approval_label.setBuddy(self.approval)  # a layout beside it: the label needs its buddy
        form.addRow(approval_label, approval_row)
        if priority:
            form.addRow(self.tr("S&tatus"), self.status)
        else:
            self.status.hide()
        for label_text, field in (
            (self.tr("Reform area"), self.area),
            (self.tr("SDP reference"), self.sdp),
            (self.tr("Description"), self.description),
            (self.tr("Success criteria"), self.criteria),
            (self.tr("Risks to progress"), self.risks),
            (self.tr("LA approval"), self.approval),
            (self.tr("Date of the LA's decision"), self.approved_on),
            (self.tr("Who at the LA"), self.approved_by),
            (self.tr("Status"), self.status),
        ):
            field.setAccessibleName(label_text)
        self.buttons = button_box(self.tr("Save priority"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls inside a dialog no taller than the window (a 1920×1080 screen
        # at 200 % leaves 500 logical pixels); the buttons stay in view under it.
        fields = QWidget()
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(fields), 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 600, fields.sizeHint().height() + self.buttons.sizeHint().height() + 48)
        self.title.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        accept_button(self.buttons).setEnabled(bool(self.title.text().strip()))

    def _approval_changed(self) -> None:
        decided = self.approval.currentData() in ("approved", "not_approved")
        self.approved_on.setEnabled(decided)
        self.approved_by.setEnabled(decided)

    def values(self) -> PriorityValues:
        state = self.approval.currentData()
        decided = state in ("approved", "not_approved")
        return PriorityValues(
            title=self.title.text().strip(),
            reform_area=self.area.currentData(),
            sdp_reference=self.sdp.text().strip() or None,
            description=self.description.toPlainText(),
            status=self.status.currentData(),
            success_criteria=self.criteria.toPlainText().strip(),
            risks=self.risks.toPlainText().strip(),
            la_approval=state,
            la_approved_on=to_date(self.approved_on.date()) if decided else None,
            la_approved_by=(self.approved_by.text().strip() or None) if decided else None,
        )


# --- Judgements ----------------------------------------------------------------------


class _Descriptor(QLabel):
    """A rate's descriptor: selectable text, and a click on it chooses its rate."""

    def __init__(self, text: str, choice: QRadioButton) -> None:
        super().__init__(text)
        self._choice = choice
        self.setWordWrap(True)
        self.setObjectName("muted")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._choice.setChecked(True)
        super().mousePressEvent(event)


@dataclass(frozen=True)
class JudgementValues:
    term: str
    track: str
    rate: str
    rationale: str
    judged_on: date


class JudgementDialog(QDialog):
    """Record (or revise) a termly judgement with the four descriptors in view."""

    def __init__(
        self,
        services: Services,
        priority: Priority,
        parent: QWidget | None = None,
        term: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._priority = priority
        present = services.present
        lang = services.language.code
        self.setWindowTitle(self.tr("Record a judgement"))
        heading = QLabel(priority.title)
        heading.setFont(scaled_font(heading, 1.2, bold=True))
        heading.setWordWrap(True)
        self.term = QComboBox()
        for key in ("autumn", "spring", "summer"):
            self.term.addItem(present.term(key), key)
        self.term.setAccessibleName(self.tr("Term"))
        self.judged_on = date_edit(services)
        self.judged_on.setAccessibleName(self.tr("Date of the judgement"))
        self.revising = muted()
        self.earlier = QLabel()
        self.earlier.setObjectName("earlierJudgements")
        self.earlier.setWordWrap(True)
        self.earlier.setTextFormat(Qt.TextFormat.RichText)
        self.earlier.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        earlier_box = QFrame()
        earlier_box.setObjectName("card")
        earlier_layout = QVBoxLayout(earlier_box)
        earlier_layout.setContentsMargins(10, 8, 10, 8)
        earlier_layout.addWidget(self.earlier)

        self.rates = QButtonGroup(self)
        grid = QGridLayout()
        grid.setSpacing(8)
        self._rate_buttons: dict[str, QRadioButton] = {}
        for index, rate in enumerate(services.forms.rates):
            box = QFrame()
            box.setObjectName("card")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 8, 10, 10)
            top = QHBoxLayout()
            button = QRadioButton()
            button.setAccessibleName(rate.name.get(lang))
            button.setAccessibleDescription(rate.descriptor.get(lang))
            chip = Chip()
            chip.set_spec(
                ChipSpec(rate.name.get(lang), rate.colour, rate.text_colour, rate.name.get(lang))
            )
            chip.setFont(scaled_font(chip, 1.05, bold=True))
            top.addWidget(button)
            top.addWidget(chip)
            top.addStretch(1)
            descriptor = _Descriptor(rate.descriptor.get(lang), button)
            inner.addLayout(top)
            inner.addWidget(descriptor, 1)
            self.rates.addButton(button, index)
            self._rate_buttons[rate.key] = button
            grid.addWidget(box, index // 2, index % 2)
        self.tracks = QButtonGroup(self)
        track_row = QHBoxLayout()
        self._track_buttons: dict[str, QRadioButton] = {}
        for index, track in enumerate(services.forms.tracks):
            button = QRadioButton(track.name.get(lang))
            self.tracks.addButton(button, index)
            self._track_buttons[track.key] = button
            track_row.addWidget(button)
        track_row.addStretch(1)
        self.rationale = QPlainTextEdit()
        self.rationale.setTabChangesFocus(True)
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(
            self.tr("Why this judgement: the first-hand evidence and its impact on learners")
        )
        self.rationale.setMinimumHeight(90)
        self.rationale.setMaximumHeight(150)
        self.hint = muted()

        form = QFormLayout()
        form.addRow(self.tr("&Term"), self.term)
        form.addRow(self.tr("&Date"), self.judged_on)
        rate_label = QLabel(self.tr("Rate of progress"))
        rate_label.setFont(scaled_font(rate_label, 1.0, bold=True))
        track_label = QLabel(self.tr("Is the priority on track?"))
        track_label.setFont(scaled_font(track_label, 1.0, bold=True))
        rationale_label = QLabel(self.tr("&Rationale (required)"))
        rationale_label.setBuddy(self.rationale)
        rationale_label.setFont(scaled_font(rationale_label, 1.0, bold=True))
        self.buttons = button_box(self.tr("Record judgement"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.revising)
        layout.addWidget(earlier_box)
        layout.addWidget(rate_label)
        layout.addLayout(grid)
        layout.addWidget(track_label)
        layout.addLayout(track_row)
        layout.addWidget(rationale_label)
        layout.addWidget(self.rationale)
        layout.addWidget(self.hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        fit_to_screen(self, 940, 720)

        self.term.currentIndexChanged.connect(self._term_changed)
        self.rates.idToggled.connect(lambda *_: self._validate())
        self.tracks.idToggled.connect(lambda *_: self._validate())
        self.rationale.textChanged.connect(self._validate)
        self._services = services
        chosen = term or services.term
        self.term.setCurrentIndex(max(0, self.term.findData(chosen)))
        self._term_changed()
        self._validate()

    def _existing(self) -> Judgement | None:
        for judgement in self._priority.judgements:
            if judgement.term == self.term.currentData():
                return judgement
        return None

    def _show_earlier(self) -> None:
        """The judgements before the chosen term (earlier years included), latest first."""
        history = self._priority.history_before(self.term.currentData())
        present = self._services.present
        heading = _esc(self.tr("Earlier judgements of this priority"))
        if not history:
            body = _esc(self.tr("None: this is its first judgement."))
            self.earlier.setText(f"<b>{heading}</b><br>{body}")
            return
        items = "".join(
            f"<p style='margin-top:4px;margin-bottom:0'><b>{_esc(present.past_judgement(p))}"
            f"</b><br>{_esc(p.judgement.rationale)}</p>"
            for p in reversed(history)
        )
        self.earlier.setText(f"<b>{heading}</b>{items}")

    def _term_changed(self) -> None:
        self._show_earlier()
        existing = self._existing()
        if existing is None:
            self.revising.setText(self.tr("No judgement yet for this term."))
            self.revising.setVisible(True)
            return
        self.revising.setText(
            self.tr(
                "This term was judged on {0}. Recording again revises that judgement; the "
                "earlier one is kept in its history."
            ).format(self._services.language.date(existing.judged_on))
        )
        self._rate_buttons[existing.rate].setChecked(True)
        self._track_buttons[existing.track].setChecked(True)
        self.rationale.setPlainText(existing.rationale)

    def _validate(self) -> None:
        missing = []
        if self.rates.checkedId() < 0:
            missing.append(self.tr("a rate of progress"))
        if self.tracks.checkedId() < 0:
            missing.append(self.tr("on or off track"))
        if not has_text(self.rationale):
            missing.append(self.tr("a rationale"))
        accept_button(self.buttons).setEnabled(not missing)
        self.hint.setText(
            self.tr("Still needed: {0}.").format(", ".join(missing)) if missing else ""
        )

    def choose(self, rate: str, track: str, rationale: str) -> None:
        """Fill the dialog (for keyboard users' scripts and tests)."""
        self._rate_buttons[rate].setChecked(True)
        self._track_buttons[track].setChecked(True)
        self.rationale.setPlainText(rationale)

    def values(self) -> JudgementValues:
        rate = next(k for k, b in self._rate_buttons.items() if b.isChecked())
        track = next(k for k, b in self._track_buttons.items() if b.isChecked())
        return JudgementValues(
            term=self.term.currentData(),
            track=track,
            rate=rate,
            rationale=self.rationale.toPlainText().strip(),
            judged_on=to_date(self.judged_on.date()),
        )


# --- Support level -------------------------------------------------------------------


class SupportLevelDialog(QDialog):
    """Move a school between core and enhanced support, with the reason recorded."""

    def __init__(
        self, services: Services, school_name: str, current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        lang = services.language.code
        self.to_level = "enhanced" if current == "core" else "core"
        target = services.forms.support_level(self.to_level)
        self.setWindowTitle(self.tr("Change support level"))
        self.setMinimumWidth(560)
        heading = QLabel(
            self.tr("Move {0} from {1} to {2}").format(
                school_name, services.present.support_level(current), target.name.get(lang)
            )
        )
        heading.setWordWrap(True)
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        meaning = muted(target.description.get(lang))
        self.decided_on = date_edit(services)
        self.decided_on.setAccessibleName(self.tr("Date of the decision"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why the school's support changes (required)"))
        parties = {
            "school": self.tr("The school"),
            "governors": self.tr("The governors"),
            "la": self.tr("The local authority"),
            "consortium": self.tr("The consortium"),
        }
        self.agreed = {key: QCheckBox(text) for key, text in parties.items()}
        agreed_row = QGridLayout()  # two by two: four in a row crowd out the Welsh label
        agreed_row.setContentsMargins(0, 0, 0, 0)
        for number, box in enumerate(self.agreed.values()):
            agreed_row.addWidget(box, number // 2, number % 2)
        agreed_row.setColumnStretch(2, 1)
        self.raised_by = QComboBox()
        self.raised_by.addItem(self.tr("The improvement partner"), "partner")
        self.raised_by.addItem(self.tr("The local authority's concerns"), "la")
        self.raised_by.setAccessibleName(self.tr("Who raised the move"))
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.decided_on)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("Raised &by"), self.raised_by)
        form.addRow(self.tr("Agreed by"), agreed_row)
        self.buttons = button_box(self.tr("Change support level"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(meaning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(
            lambda: accept_button(self.buttons).setEnabled(has_text(self.reason))
        )
        accept_button(self.buttons).setEnabled(False)

    def values(self) -> tuple[str, str, date]:
        return self.to_level, self.reason.toPlainText().strip(), to_date(self.decided_on.date())

    def parties(self) -> tuple[list[str], str]:
        """Who agreed the move (keys of the ticked boxes) and who raised it."""
        return [k for k, box in self.agreed.items() if box.isChecked()], str(
            self.raised_by.currentData()
        )


# --- Actions, support, practice --------------------------------------------------------


class PracticeDialog(QDialog):
    """Practice worth sharing with other schools, governors and the LA."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, practice: Practice | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit practice worth sharing")
            if practice
            else self.tr("Add practice worth sharing")
        )
        self.setMinimumWidth(520)
        self.title = QLineEdit(practice.title if practice else "")
        self.title.setAccessibleName(self.tr("Title"))
        self.area = QComboBox()
        self.area.addItem(self.tr("(none)"), None)
        for area in services.forms.reform_areas:
            self.area.addItem(services.present.area(area.key), area.key)
        if practice and practice.reform_area:
            self.area.setCurrentIndex(max(0, self.area.findData(practice.reform_area)))
        self.area.setAccessibleName(self.tr("Reform area"))
        self.description = QPlainTextEdit(practice.description if practice else "")
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Reform area"), self.area)
        form.addRow(self.tr("&Description"), self.description)
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(
            lambda t: accept_button(self.buttons).setEnabled(bool(t.strip()))
        )
        accept_button(self.buttons).setEnabled(bool(self.title.text().strip()))

    def values(self) -> tuple[str, str | None, str]:
        return (
            self.title.text().strip(),
            self.area.currentData(),
            self.description.toPlainText().strip(),
        )


# --- Starting a visit ----------------------------------------------------------------


@dataclass(frozen=True)
class VisitValues:
    visit_date: date
    purpose: str
    attendees: list[str]
    aspects: list[str]
    days: float = 1.0  # of the partner's time: a whole day or a half day


class StartVisitDialog(QDialog):
    """Start a visit: date, purpose (this term's first), attendees and aspects."""

    def __init__(
        self,
        services: Services,
        school_name: str,
        priorities: tuple[Priority, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        present = services.present
        self.setWindowTitle(self.tr("Start a visit"))
        self.setMinimumWidth(720)
        heading = QLabel(school_name)
        heading.setFont(scaled_font(heading, 1.2, bold=True))
        self.visit_date = date_edit(services)
        self.visit_date.setAccessibleName(self.tr("Date of the visit"))
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.purpose.setMinimumContentsLength(30)
        term = services.term
        suits = services.forms.purposes_for_term(term)
        for purpose in suits:
            self.purpose.addItem(present.purpose(purpose.key), purpose.key)
        self.purpose.insertSeparator(self.purpose.count())
        for purpose in services.forms.visit_purposes:
            if purpose not in suits:
                self.purpose.addItem(present.purpose(purpose.key), purpose.key)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData("progress_towards_priorities")))
        self.length = QComboBox()
        self.length.setAccessibleName(self.tr("Length of the visit"))
        self.length.addItem(self.tr("A whole day"), 1.0)
        self.length.addItem(self.tr("A half day"), 0.5)
        self.attendees = QLineEdit()
        self.attendees.setAccessibleName(self.tr("Attendees"))
        self.attendees.setPlaceholderText(self.tr("Names separated by commas"))
        self.aspects = AspectPicker(services, priorities)
        self.aspects.setAccessibleName(self.tr("Aspects to discuss"))
        self.aspects.setMinimumHeight(200)
        note = muted(
            self.tr("Purposes of the key-task schedule for this term ({0}) come first.").format(
                present.term(term)
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.visit_date)
        form.addRow(self.tr("&Length"), self.length)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow("", note)
        form.addRow(self.tr("&Attendees"), self.attendees)
        aspects_label = QLabel(self.tr("A&spects to discuss"))
        aspects_label.setBuddy(self.aspects)
        form.addRow(aspects_label, self.aspects)
        self.buttons = button_box(self.tr("Start visit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.aspects.itemChanged.connect(
            lambda _: accept_button(self.buttons).setEnabled(bool(self.aspects.chosen()))
        )
        accept_button(self.buttons).setEnabled(bool(self.aspects.chosen()))

    def values(self) -> VisitValues:
        from desktop.store.workspace import visit_attendees

        return VisitValues(
            visit_date=to_date(self.visit_date.date()),
            purpose=self.purpose.currentData(),
            attendees=visit_attendees(self.attendees.text()),
            aspects=self.aspects.chosen(),
            days=float(self.length.currentData()),
        )
