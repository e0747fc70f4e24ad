"""Forms for records that more than one screen edits: an agreed action and a piece of
support (from the school and the visit screens), and the picker of a visit's aspects (when
a visit starts, and when its aspects change). They only gather values; the screen that
opened them runs the store operation."""

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.models import Action, Priority, Support
from desktop.store.reporting import PracticeElsewhere
from desktop.ui.common.context import Services
from desktop.ui.common.dates import date_edit, to_date
from desktop.ui.common.present import SUPPORT_STATUSES
from desktop.ui.common.widgets import accept_button, button_box, has_text


@dataclass(frozen=True)
class ActionValues:
    description: str
    owner: str
    due_on: date | None


def default_due(today: date, next_visit: str | None) -> date:
    """When a new action is due unless the partner says otherwise: by the next visit when
    one is planned after today, else four weeks from today."""
    if next_visit:
        planned = date.fromisoformat(next_visit)
        if planned > today:
            return planned
    return today + timedelta(weeks=4)


class ActionDialog(QDialog):
    """An agreed action: what, who, by when."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        action: Action | None = None,
        next_visit: str | None = None,
    ) -> None:
        """``next_visit`` (an ISO date) is the school's next visit, if planned: a new
        action is due by then when it is later than today, else in four weeks."""
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
        self.due = date_edit(
            services,
            action.due_on
            if action and action.due_on
            else default_due(services.today(), next_visit),
        )
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
        by_when = QLabel(self.tr("&By when"))
        by_when.setBuddy(self.due)  # a row of two fields: the label names the date
        form.addRow(by_when, due_row)
        self.buttons = button_box(self.tr("Save action"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.description.textChanged.connect(
            lambda: accept_button(self.buttons).setEnabled(has_text(self.description))
        )
        accept_button(self.buttons).setEnabled(has_text(self.description))

    def values(self) -> ActionValues:
        return ActionValues(
            description=self.description.toPlainText().strip(),
            owner=self.owner.text().strip(),
            due_on=to_date(self.due.date()) if self.has_due.isChecked() else None,
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
        self.practice.setMaximumHeight(130)
        # a school's name and the practice, wrapped: cut off they said little in Welsh or English
        self.practice.setWordWrap(True)
        self.practice.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.practice.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.practice.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
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
