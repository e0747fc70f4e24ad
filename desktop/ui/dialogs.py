"""Dialogs that collect one decision or record: they only gather values.

Each dialog validates what the domain requires before its main button is enabled (a
priority needs a title, a judgement a rate, a track and a rationale, a change of support
level a reason); the screen that opened it then runs the store operation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.store.models import Action, Judgement, Practice, Priority, School, Support
from desktop.store.reporting import PracticeElsewhere
from desktop.ui.context import Services
from desktop.ui.present import SUPPORT_STATUSES, ChipSpec
from desktop.ui.style import scaled_font
from desktop.ui.widgets import Chip, accept_button, button_box, muted


def _qdate(value: date | str | None) -> QDate:
    if value is None or value == "":
        return QDate.currentDate()
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(services: Services, value: date | str | None = None) -> QDateEdit:
    """A date field with a calendar, written in the current language."""
    edit = QDateEdit(_qdate(value or services.today()))
    edit.setCalendarPopup(True)
    edit.setLocale(services.language.locale)
    edit.setDisplayFormat("d MMMM yyyy")
    return edit


def _rationale_ok(edit: QPlainTextEdit) -> bool:
    return bool(edit.toPlainText().strip())


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
        approval_row = QHBoxLayout()
        approval_row.addWidget(self.approval, 1)
        approval_row.addWidget(self.approved_on)
        approval_row.addWidget(self.approved_by, 1)
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
        form.addRow(self.tr("&LA approval"), approval_row)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
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
            la_approved_on=_pydate(self.approved_on.date()) if decided else None,
            la_approved_by=(self.approved_by.text().strip() or None) if decided else None,
        )


# --- Judgements ----------------------------------------------------------------------


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
            descriptor = QLabel(rate.descriptor.get(lang))
            descriptor.setWordWrap(True)
            descriptor.setObjectName("muted")
            descriptor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            descriptor.mousePressEvent = lambda _e, b=button: b.setChecked(True)  # type: ignore[method-assign]
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
        self.resize(940, 720)

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

    def _term_changed(self) -> None:
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
        if not _rationale_ok(self.rationale):
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
            judged_on=_pydate(self.judged_on.date()),
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
        agreed_row = QHBoxLayout()
        for box in self.agreed.values():
            agreed_row.addWidget(box)
        agreed_row.addStretch(1)
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
            lambda: accept_button(self.buttons).setEnabled(_rationale_ok(self.reason))
        )
        accept_button(self.buttons).setEnabled(False)

    def values(self) -> tuple[str, str, date]:
        return self.to_level, self.reason.toPlainText().strip(), _pydate(self.decided_on.date())

    def parties(self) -> tuple[list[str], str]:
        """Who agreed the move (keys of the ticked boxes) and who raised it."""
        return [k for k, box in self.agreed.items() if box.isChecked()], str(
            self.raised_by.currentData()
        )


# --- Actions, support, practice --------------------------------------------------------


@dataclass(frozen=True)
class ActionValues:
    description: str
    owner: str
    due_on: date | None


class ActionDialog(QDialog):
    """An agreed action: what, who, by when."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, action: Action | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("Add an agreed action"))
        self.setMinimumWidth(520)
        self.description = QPlainTextEdit(action.description if action else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.description.setAccessibleName(self.tr("What was agreed"))
        self.owner = QLineEdit(action.owner if action else "")
        self.owner.setAccessibleName(self.tr("Who"))
        self.owner.setPlaceholderText(self.tr("e.g. Headteacher, ALNCo, improvement partner"))
        self.has_due = QCheckBox(self.tr("Has a due date"))
        self.due = date_edit(services, action.due_on if action and action.due_on else None)
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.setChecked(bool(action and action.due_on) or action is None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout()
        form.addRow(self.tr("&What"), self.description)
        form.addRow(self.tr("W&ho"), self.owner)
        form.addRow(self.tr("&By when"), due_row)
        self.buttons = button_box(self.tr("Save action"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.description.textChanged.connect(
            lambda: accept_button(self.buttons).setEnabled(_rationale_ok(self.description))
        )
        accept_button(self.buttons).setEnabled(_rationale_ok(self.description))

    def values(self) -> ActionValues:
        return ActionValues(
            description=self.description.toPlainText().strip(),
            owner=self.owner.text().strip(),
            due_on=_pydate(self.due.date()) if self.has_due.isChecked() else None,
        )


@dataclass(frozen=True)
class SupportValues:
    provider_kind: str
    provider_name: str
    description: str
    days: float
    status: str
    impact: str
    priority_id: str | None


class SupportDialog(QDialog):
    """Support requested or brokered for a school, its days and its impact."""

    def __init__(
        self,
        services: Services,
        priorities: tuple[Priority, ...],
        parent: QWidget | None = None,
        support: Support | None = None,
        practice: tuple[PracticeElsewhere, ...] = (),
    ) -> None:
        super().__init__(parent)
        present = services.present
        self.setWindowTitle(self.tr("Edit support") if support else self.tr("Request support"))
        # issue 15: practice worth sharing at other schools, to broker support from
        self.practice = QListWidget()
        self.practice.setAccessibleName(self.tr("Practice worth sharing at other schools"))
        self.practice.setMaximumHeight(110)
        for found in practice:
            area = present.area(found.reform_area) if found.reform_area else ""
            text = f"{found.school_name}: {found.title}" + (f" ({area})" if area else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, found.school_name)
            item.setToolTip(found.description)
            self.practice.addItem(item)
        self.practice.itemActivated.connect(self._use_practice)
        self.practice.itemDoubleClicked.connect(self._use_practice)
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for key, words in present.support_kinds():
            self.kind.addItem(words, key)
        self.kind.setAccessibleName(self.tr("Provided by"))
        self.name = QLineEdit(support.provider_name if support else "")
        self.name.setAccessibleName(self.tr("Provider's name"))
        self.name.setPlaceholderText(self.tr("e.g. Ysgol Gynradd Glan Taf, literacy hub"))
        self.priority = QComboBox()
        self.priority.addItem(self.tr("(not linked to a priority)"), None)
        for p in priorities:
            self.priority.addItem(p.title, p.id)
        self.priority.setAccessibleName(self.tr("Priority"))
        self.description = QPlainTextEdit(support.description if support else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(100)
        self.description.setAccessibleName(self.tr("What support"))
        self.days = QDoubleSpinBox()
        self.days.setRange(0, 200)
        self.days.setDecimals(1)
        self.days.setSingleStep(0.5)
        self.days.setLocale(services.language.locale)
        self.days.setAccessibleName(self.tr("Days"))
        self.status = QComboBox()
        for key in SUPPORT_STATUSES:
            self.status.addItem(present.support_status(key), key)
        self.status.setAccessibleName(self.tr("Status"))
        self.impact = QPlainTextEdit(support.impact if support else "")
        self.impact.setTabChangesFocus(True)
        self.impact.setMaximumHeight(100)
        self.impact.setAccessibleName(self.tr("Impact"))
        self.impact.setPlaceholderText(self.tr("What difference the support made (when known)"))
        if support:
            self.kind.setCurrentIndex(max(0, self.kind.findData(support.provider_kind)))
            self.priority.setCurrentIndex(max(0, self.priority.findData(support.priority_id)))
            self.days.setValue(support.days)
            self.status.setCurrentIndex(max(0, self.status.findData(support.status)))
        form = QFormLayout()
        form.addRow(self.tr("Provided &by"), self.kind)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Priority"), self.priority)
        form.addRow(self.tr("&What"), self.description)
        form.addRow(self.tr("&Days"), self.days)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Impact"), self.impact)
        if practice:
            form.addRow(self.tr("Practice &elsewhere"), self.practice)
        else:
            self.practice.hide()
        self.buttons = button_box(self.tr("Save support"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _use_practice(self, item: QListWidgetItem) -> None:
        """Broker from the school whose practice was chosen: a peer school, by name."""
        self.kind.setCurrentIndex(max(0, self.kind.findData("peer_school")))
        self.name.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def values(self) -> SupportValues:
        return SupportValues(
            provider_kind=self.kind.currentData(),
            provider_name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            days=float(self.days.value()),
            status=self.status.currentData(),
            impact=self.impact.toPlainText().strip(),
            priority_id=self.priority.currentData(),
        )


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


class AspectPicker(QListWidget):
    """Checkable list of this year's priorities and the five reform areas."""

    def __init__(
        self,
        services: Services,
        priorities: tuple[Priority, ...],
        chosen: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        present = services.present
        for p in priorities:
            if p.status == "withdrawn":
                continue
            item = QListWidgetItem(self.tr("Priority: {0}").format(p.title))
            item.setData(Qt.ItemDataRole.UserRole, f"priority:{p.id}")
            self.addItem(item)
        for area in services.forms.reform_areas:
            item = QListWidgetItem(self.tr("Reform area: {0}").format(present.area(area.key)))
            item.setData(Qt.ItemDataRole.UserRole, f"area:{area.key}")
            self.addItem(item)
        for row in range(self.count()):
            item = self.item(row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            key = item.data(Qt.ItemDataRole.UserRole)
            default = not chosen and key.startswith("priority:")
            item.setCheckState(
                Qt.CheckState.Checked if key in chosen or default else Qt.CheckState.Unchecked
            )

    def chosen(self) -> list[str]:
        return [
            self.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.count())
            if self.item(r).checkState() == Qt.CheckState.Checked
        ]


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
            visit_date=_pydate(self.visit_date.date()),
            purpose=self.purpose.currentData(),
            attendees=visit_attendees(self.attendees.text()),
            aspects=self.aspects.chosen(),
            days=float(self.length.currentData()),
        )


class AspectsDialog(QDialog):
    """Change which aspects a visit covers."""

    def __init__(
        self,
        services: Services,
        priorities: tuple[Priority, ...],
        chosen: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aspects of this visit"))
        self.setMinimumSize(520, 380)
        self.aspects = AspectPicker(services, priorities, chosen)
        self.aspects.setAccessibleName(self.tr("Aspects to discuss"))
        self.buttons = button_box(self.tr("Save aspects"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Answers already written for an aspect you untick are kept, and come back if "
                    "you tick it again."
                )
            )
        )
        layout.addWidget(self.aspects, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[str]:
        return self.aspects.chosen()


class AgreedDaysDialog(QDialog):
    """The days of partner time agreed for a school this year beyond the sector minimum."""

    def __init__(
        self,
        services: Services,
        school_name: str,
        year: str,
        minimum: int | None,
        agreed: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Days agreed for {0}").format(year))
        heading = QLabel(school_name)
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        self.days = QDoubleSpinBox()
        self.days.setDecimals(1)
        self.days.setSingleStep(0.5)
        self.days.setRange(0, 195)
        self.days.setValue(agreed)
        self.days.setAccessibleName(self.tr("Days agreed beyond the minimum"))
        language = services.language
        explain = muted(
            self.tr(
                "Days of your time agreed with the school this year on top of the minimum "
                "for the sector ({0}); enhanced support usually needs more. Brokered support "
                "is counted separately."
            ).format(language.number(minimum) if minimum is not None else self.tr("none"))
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Days agreed"), self.days)
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.buttons)

    def value(self) -> float:
        """The days chosen, to the nearest half day."""
        return round(self.days.value() * 2) / 2


class YearSummaryDialog(QDialog):
    """The partner's summary of a school's year, printed in the report to governors."""

    def __init__(
        self, school_name: str, year: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summary of {0} for the governors").format(year))
        self.setMinimumSize(560, 360)
        heading = QLabel(school_name)
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        hint = muted(
            self.tr(
                "Printed near the start of the annual report to the governing body: the "
                "progress the school made this year, in your words."
            )
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Summary of the year"))
        self.buttons = button_box(self.tr("Save summary"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)

    def value(self) -> str:
        return self.text.toPlainText().strip()


@dataclass(frozen=True)
class SchoolDetails:
    headteacher: str | None
    phone: str | None
    contacts: list[str]
    memberships: list[str]
    report_language: str | None


class SchoolDetailsDialog(QDialog):
    """A school's own details: headteacher, telephone, contacts, memberships (SIGs,
    clusters, hubs) and the language its reports are written in."""

    def __init__(self, services: Services, school: School, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("School details"))
        self.setMinimumWidth(560)
        heading = QLabel(school.name)
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        self.headteacher = QLineEdit(school.headteacher or "")
        self.headteacher.setAccessibleName(self.tr("Headteacher"))
        self.phone = QLineEdit(school.phone or "")
        self.phone.setAccessibleName(self.tr("Telephone"))
        self.contacts = QPlainTextEdit("\n".join(school.contacts))
        self.contacts.setTabChangesFocus(True)
        self.contacts.setMaximumHeight(90)
        self.contacts.setAccessibleName(self.tr("Other contacts, one a line"))
        self.contacts.setPlaceholderText(
            self.tr("e.g. Deputy headteacher: Iolo Bryn <iolo@ysgol.example>")
        )
        self.memberships = QPlainTextEdit("\n".join(school.memberships))
        self.memberships.setTabChangesFocus(True)
        self.memberships.setMaximumHeight(80)
        self.memberships.setAccessibleName(self.tr("Memberships, one a line"))
        self.memberships.setPlaceholderText(self.tr("e.g. SIG 2, a cluster, a hub"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of its reports"))
        for key, text in (
            (None, self.tr("As its medium suggests")),
            ("cy", self.tr("Welsh")),
            ("en", self.tr("English")),
            ("both", self.tr("Welsh and English")),
        ):
            self.language.addItem(text, key)
        self.language.setCurrentIndex(max(0, self.language.findData(school.report_language)))
        form = QFormLayout()
        form.addRow(self.tr("&Headteacher"), self.headteacher)
        form.addRow(self.tr("&Telephone"), self.phone)
        form.addRow(self.tr("&Contacts"), self.contacts)
        form.addRow(self.tr("&Memberships"), self.memberships)
        form.addRow(self.tr("&Language of reports"), self.language)
        self.buttons = button_box(self.tr("Save details"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> SchoolDetails:
        def lines(edit: QPlainTextEdit) -> list[str]:
            return [
                " ".join(line.split()) for line in edit.toPlainText().splitlines() if line.strip()
            ]

        return SchoolDetails(
            headteacher=self.headteacher.text().strip() or None,
            phone=self.phone.text().strip() or None,
            contacts=lines(self.contacts),
            memberships=lines(self.memberships),
            report_language=self.language.currentData(),
        )
