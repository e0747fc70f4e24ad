"""The PIP desk's enhanced-support reviews: which schools are due a half-termly review.

Schools on enhanced support have their progress reviewed every half term with the school,
the principal improvement partner and the local authority. The page lists those schools
with their last review and when the next is due (in words: "Overdue since …", "Never
reviewed — due now"), shows the chosen school's reviews, and records a new one.

Guarantees: the store is read and written only on the store thread (through the runner);
the list follows every change to ``enhanced_reviews`` and the schools. The review dialog
checks what the domain requires before saving, keeps everything typed when saving fails,
and closes only once the review is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import review_desk, reviews
from desktop.store.errors import StoreError
from desktop.store.review_desk import ReviewsDesk
from desktop.store.reviews import HALF_TERM, EnhancedDue, EnhancedReview
from desktop.ui.common.context import Services
from desktop.ui.common.dates import date_edit, to_date
from desktop.ui.common.lines_delegate import LinesDelegate
from desktop.ui.common.style import scaled_font
from desktop.ui.common.tables import item_table, text_item
from desktop.ui.common.widgets import (
    button_box,
    muted,
    primary_button,
    section_title,
    set_accessible,
    set_empty,
)
from desktop.ui.desk.page import DeskPage

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WATCHED = frozenset({"enhanced_reviews", "schools", "local_authorities", "people"})
OVERDUE_INK = QColor("#b3261e")


# --- the dialog ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewValues:
    review_date: date
    pip_id: str | None
    la_attendees: tuple[str, ...]
    position_agreed: str
    next_review_due: date


class ReviewDialog(QDialog):
    """Record a half-termly review of one school: when, who led it, who came from the LA,
    the position agreed (required) and when the next is due (after this one).

    Saving runs :func:`reviews.record_review` on the store thread; the dialog closes
    (accepted) when it is stored and otherwise says why in its own words, keeping what
    was typed. ``review_did_save(review id)`` fires before it closes."""

    review_did_save = Signal(str)

    def __init__(
        self,
        services: Services,
        school_id: str,
        school_name: str,
        desk: ReviewsDesk,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.school_id = school_id
        self._saving = False
        self._next_touched = False
        self.setWindowTitle(self.tr("Record a review"))
        self.setMinimumWidth(620)
        heading = QLabel(self.tr("Enhanced support review of {0}").format(school_name))
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        explain = muted(
            self.tr(
                "Progress is reviewed every half term with the school, the principal "
                "improvement partner and the local authority."
            )
        )
        today = services.today()
        self.review_date = date_edit(services, today)
        self.review_date.setAccessibleName(self.tr("Date of the review"))
        self.leader = QComboBox()
        self.leader.setAccessibleName(self.tr("Principal improvement partner"))
        for partner in desk.leaders:
            self.leader.addItem(partner.name, partner.id)
        if not desk.leaders:
            self.leader.addItem(self.tr("(none recorded)"), None)
        self.leader.setCurrentIndex(max(0, self.leader.findData(desk.default_leader)))

        self.attendee = QLineEdit()
        self.attendee.setPlaceholderText(self.tr("Name and role, e.g. Siân Owen, LA officer"))
        self.attendee.setAccessibleName(self.tr("Add someone from the local authority"))
        self.add_attendee = QPushButton(self.tr("Add"))
        self.attendees = QListWidget()
        self.attendees.setAccessibleName(self.tr("Who attended from the local authority"))
        self.attendees.setMaximumHeight(96)
        self.remove_attendee = QPushButton(self.tr("Remove"))
        self.remove_attendee.setEnabled(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.attendee, 1)
        add_row.addWidget(self.add_attendee)
        list_row = QHBoxLayout()
        list_row.addWidget(self.attendees, 1)
        list_row.addWidget(self.remove_attendee, 0, Qt.AlignmentFlag.AlignTop)
        attendees_box = QVBoxLayout()
        attendees_box.setSpacing(4)
        attendees_box.addLayout(add_row)
        attendees_box.addLayout(list_row)

        self.position = QPlainTextEdit()
        self.position.setTabChangesFocus(True)
        self.position.setMinimumHeight(120)
        self.position.setAccessibleName(self.tr("Position agreed"))
        self.position.setPlaceholderText(
            self.tr(
                "What the school, the local authority and you agreed about progress and the "
                "next steps (required)"
            )
        )
        self.next_due = date_edit(services, today + HALF_TERM)
        self.next_due.setAccessibleName(self.tr("Next review due"))
        self.next_hint = muted()

        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#8e1b1b;font-weight:600;")
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Date of the review"), self.review_date)
        form.addRow(self.tr("&Principal improvement partner"), self.leader)
        attendees_label = QLabel(self.tr("From the &local authority"))
        attendees_label.setBuddy(self.attendee)
        form.addRow(attendees_label, attendees_box)
        form.addRow(self.tr("Position &agreed"), self.position)
        next_box = QVBoxLayout()
        next_box.setSpacing(2)
        next_box.addWidget(self.next_due)
        next_box.addWidget(self.next_hint)
        next_label = QLabel(self.tr("&Next review due"))
        next_label.setBuddy(self.next_due)
        form.addRow(next_label, next_box)
        self.buttons = button_box(self.tr("Save review"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.add_attendee.clicked.connect(self._add_typed_attendee)
        self.attendee.returnPressed.connect(self._add_typed_attendee)
        self.attendees.itemSelectionChanged.connect(
            lambda: self.remove_attendee.setEnabled(bool(self.attendees.selectedItems()))
        )
        self.remove_attendee.clicked.connect(self._remove_attendee)
        self.review_date.dateChanged.connect(self._review_date_changed)
        self.next_due.dateChanged.connect(self._next_changed)
        self._update_hint()

    # --- attendees ------------------------------------------------------------------------

    def add_attendee_line(self, text: str) -> bool:
        """Add one attendee line (trimmed; blank and repeated lines are ignored)."""
        text = " ".join(text.split())
        if not text or text in self.attendee_lines():
            return False
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.attendees.addItem(item)
        return True

    def _add_typed_attendee(self) -> None:
        if self.add_attendee_line(self.attendee.text()) or not self.attendee.text().strip():
            self.attendee.clear()
        self.attendee.setFocus()

    def _remove_attendee(self) -> None:
        for item in self.attendees.selectedItems():
            self.attendees.takeItem(self.attendees.row(item))

    def attendee_lines(self) -> list[str]:
        return [self.attendees.item(i).text().strip() for i in range(self.attendees.count())]

    # --- dates ----------------------------------------------------------------------------

    def _review_date_changed(self) -> None:
        if not self._next_touched:
            self.next_due.blockSignals(True)
            self.next_due.setDate(self.review_date.date().addDays(HALF_TERM.days))
            self.next_due.blockSignals(False)
        self._update_hint()

    def _next_changed(self) -> None:
        self._next_touched = True
        self._update_hint()

    def _update_hint(self) -> None:
        days = self.review_date.date().daysTo(self.next_due.date())
        if days <= 0:
            self.next_hint.setText(self.tr("Must be after the date of the review."))
        elif days % 7 == 0:
            self.next_hint.setText(self.tr("{0} weeks after this review").format(days // 7))
        else:
            self.next_hint.setText(self.tr("{0} days after this review").format(days))

    # --- saving ---------------------------------------------------------------------------

    def values(self) -> ReviewValues:
        """What the form says now; an attendee typed but not yet added counts too."""
        lines = self.attendee_lines()
        pending = " ".join(self.attendee.text().split())
        if pending and pending not in lines:
            lines.append(pending)
        return ReviewValues(
            review_date=to_date(self.review_date.date()),
            pip_id=self.leader.currentData(),
            la_attendees=tuple(lines),
            position_agreed=self.position.toPlainText().strip(),
            next_review_due=to_date(self.next_due.date()),
        )

    def problem(self, values: ReviewValues) -> str | None:
        """Why these values cannot be saved, in words; None when they can."""
        if not values.position_agreed:
            return self.tr("Write the position agreed before saving the review.")
        if values.next_review_due <= values.review_date:
            return self.tr("The next review must be due after this review ({0}).").format(
                self._services.language.date(values.review_date)
            )
        return None

    def save(self) -> None:
        """Check the form; if it is complete, store the review on the store thread."""
        if self._saving:
            return
        values = self.values()
        problem = self.problem(values)
        if problem is not None:
            self.show_error(problem)
            (self.position if not values.position_agreed else self.next_due).setFocus()
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.error.hide()
        school_id = self.school_id
        self._services.runner.submit(
            lambda store: reviews.record_review(
                store,
                school_id,
                values.review_date,
                pip_id=values.pip_id,
                la_attendees=list(values.la_attendees),
                position_agreed=values.position_agreed,
                next_review_due=values.next_review_due,
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, review_id: str) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.review_did_save.emit(review_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, StoreError):
            self.show_error(self.tr("The review was not saved: {0}").format(error))
        else:
            self.show_error(
                self.tr(
                    "Something went wrong and the review was not saved ({0}). What you "
                    "typed is still here; try again."
                ).format(type(error).__name__)
            )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if not self._saving:  # never drop a review half-way to the store
            super().reject()


# --- the page ------------------------------------------------------------------------------


class EnhancedReviewsPage(DeskPage):
    """Enhanced schools with their next review due; a school's reviews; record a review.

    Emits ``open_school_requested(school id)``, ``view_did_load`` after each load and
    ``history_did_load`` after the chosen school's reviews are shown. ``dialog`` is the
    open review dialog, if any."""

    view_did_load = Signal()
    history_did_load = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.desk: ReviewsDesk | None = None
        self.history: tuple[EnhancedReview, ...] = ()
        self._history_for: str | None = None
        self._generation = 0
        self._history_generation = 0
        self.dialog: ReviewDialog | None = None
        self._sized = False

        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 1.5, bold=True))
        self.subtitle = muted()
        self.open_button = QPushButton()
        self.record_button = primary_button()
        for button in (self.open_button, self.record_button):
            button.setEnabled(False)

        self.schools = _table(3)
        self.schools.setObjectName("enhancedSchools")
        self._school_lines = LinesDelegate(self.schools, bold_first=True, muted_rest=True)
        self._due_lines = LinesDelegate(self.schools, bold_first=True, muted_rest=True)
        self._plain_lines = LinesDelegate(self.schools, bold_first=False, muted_rest=True)
        self.schools.setItemDelegateForColumn(0, self._school_lines)
        self.schools.setItemDelegateForColumn(1, self._plain_lines)
        self.schools.setItemDelegateForColumn(2, self._due_lines)
        header = self.schools.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        header.resizeSection(2, 360)
        header.setStretchLastSection(False)

        self.history_title = section_title()
        self.history_table = _table(5)
        self.history_table.setObjectName("reviewHistory")
        self.history_table.setWordWrap(True)
        self._history_lines = LinesDelegate(self.history_table, bold_first=False, muted_rest=False)
        for column in range(5):
            self.history_table.setItemDelegateForColumn(column, self._history_lines)
        hheader = self.history_table.horizontalHeader()
        for column, width in ((0, 150), (1, 170), (2, 230), (4, 150)):
            hheader.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            hheader.resizeSection(column, width)
        hheader.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        hheader.setStretchLastSection(False)
        hheader.sectionResized.connect(lambda *_: self.history_table.resizeRowsToContents())

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignBottom)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.setSpacing(6)
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.schools)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.schools.itemSelectionChanged.connect(self._school_chosen)
        self.schools.doubleClicked.connect(lambda _index: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.record_button.clicked.connect(self.record_review)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()
        self.reload()

    # --- contract ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Enhanced support reviews")

    def reload(self) -> None:
        """Re-read the enhanced schools and who may lead a review, on the store thread."""
        self._generation += 1
        generation = self._generation
        today = self._services.today()
        self._services.runner.submit(
            lambda store: review_desk.reviews_desk(store, today=today),
            lambda desk: self._show(desk, generation),
        )

    # --- data -------------------------------------------------------------------------------

    def _store_changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED:
            self.reload()

    def _show(self, desk: ReviewsDesk, generation: int) -> None:
        if generation != self._generation:
            return
        self.desk = desk
        self._fill_schools()
        self._update_summary()
        self.view_did_load.emit()

    @property
    def history_school_id(self) -> str | None:
        """The school whose reviews are shown below the list (None: none chosen)."""
        return self._history_for

    def current_school_id(self) -> str | None:
        rows = self.schools.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.schools.item(rows[0].row(), 0)
        return str(item.data(ID_ROLE)) if item is not None else None

    def _current_due(self) -> EnhancedDue | None:
        wanted = self.current_school_id()
        if self.desk is None or wanted is None:
            return None
        return next((d for d in self.desk.due if d.school.id == wanted), None)

    def select_school(self, school_id: str) -> bool:
        for row in range(self.schools.rowCount()):
            item = self.schools.item(row, 0)
            if item is not None and item.data(ID_ROLE) == school_id:
                self.schools.selectRow(row)
                return True
        return False

    def _school_chosen(self) -> None:
        """The selection changed (or the list was refilled): buttons and the history."""
        chosen = self.current_school_id() is not None
        self.open_button.setEnabled(chosen)
        self.record_button.setEnabled(chosen)
        self._load_history()

    def _load_history(self) -> None:
        school_id = self.current_school_id()
        self._history_generation += 1
        generation = self._history_generation
        if school_id is None:
            self._show_history(None, (), generation)
            return
        self._services.runner.submit(
            lambda store: review_desk.school_reviews(store, school_id),
            lambda found: self._show_history(school_id, found, generation),
        )

    def _show_history(
        self, school_id: str | None, found: tuple[EnhancedReview, ...], generation: int
    ) -> None:
        if generation != self._history_generation:
            return
        self._history_for = school_id
        self.history = found
        self._fill_history()
        self.history_did_load.emit()

    # --- showing ----------------------------------------------------------------------------

    def due_text(self, due: EnhancedDue) -> str:
        """When the school's next review is due, in words (never only a colour)."""
        lang = self._services.language
        today = self._services.today().isoformat()
        if due.next_due is None:
            return self.tr("Never reviewed — due now")
        if due.next_due < today:
            return self.tr("Overdue since {0}").format(lang.date(due.next_due))
        if due.next_due == today:
            return self.tr("Due today")
        return self.tr("Due {0}").format(lang.date(due.next_due))

    def _fill_schools(self) -> None:
        table = self.schools
        lang = self._services.language
        keep = self.current_school_id()
        entries = self.desk.due if self.desk else ()
        table.blockSignals(True)
        table.setRowCount(len(entries))
        today = self._services.today().isoformat()
        for row, due in enumerate(entries):
            school = due.school
            name = _item(f"{school.name}\n{school.la_name} · {school.number}", school.id)
            name.setToolTip(f"{school.name}\n{school.la_name} · {school.number}")
            table.setItem(row, 0, name)
            last = _item(
                lang.date(due.last_review) if due.last_review else self.tr("Not yet reviewed")
            )
            if not due.last_review:
                last.setForeground(QColor("#5b6470"))
            table.setItem(row, 1, last)
            words = self.due_text(due)
            late = due.next_due is None or due.next_due <= today
            cell = _item(words)
            cell.setToolTip(words)
            cell.setData(Qt.ItemDataRole.AccessibleTextRole, words)
            if late:
                cell.setForeground(OVERDUE_INK)
            table.setItem(row, 2, cell)
        if (keep is None or not self.select_school(keep)) and entries:
            table.selectRow(0)
        table.blockSignals(False)
        self._fit_school_rows()
        if not self._sized:
            self._fit_splitter()
            self._sized = self.isVisible()
        set_empty(table, self.tr("No school is on enhanced support."))
        self._school_chosen()

    def _fit_school_rows(self) -> None:
        table = self.schools
        header = table.horizontalHeader()
        font = table.font()
        for row in range(table.rowCount()):
            heights = [
                delegate.height_for(font, header.sectionSize(column), item.text())
                for column, delegate in (
                    (0, self._school_lines),
                    (1, self._plain_lines),
                    (2, self._due_lines),
                )
                if (item := table.item(row, column)) is not None
            ]
            table.setRowHeight(row, max([2 * table.fontMetrics().height() + 14, *heights]))

    def _fill_history(self) -> None:
        table = self.history_table
        lang = self._services.language
        due = self._current_due()
        if due is None:
            self.history_title.setText(self.tr("Reviews"))
        else:
            self.history_title.setText(self.tr("Reviews of {0}").format(due.school.name))
        table.setRowCount(len(self.history))
        for row, review in enumerate(self.history):
            table.setItem(row, 0, _item(lang.date(review.review_date), review.id))
            leader = self.desk.name_of(review.pip_id) if self.desk else ""
            table.setItem(row, 1, _item(leader or "—"))
            table.setItem(row, 2, _item("\n".join(review.la_attendees) or "—"))
            position = _item(review.position_agreed)
            position.setToolTip(review.position_agreed)
            table.setItem(row, 3, position)
            table.setItem(
                row,
                4,
                _item(lang.date(review.next_review_due) if review.next_review_due else "—"),
            )
        self._fit_history_rows()
        if due is None:
            empty = self.tr("Choose a school to see its reviews.")
        else:
            empty = self.tr(
                "No reviews of this school recorded yet. Record the first with “Record review…”."
            )
        set_empty(table, empty)

    def _fit_headings(self) -> None:
        """Widen fixed-width columns so their headings fit in the current language."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for table, columns in ((self.schools, (1, 2)), (self.history_table, (0, 1, 2, 4))):
            header = table.horizontalHeader()
            for column in columns:
                item = table.horizontalHeaderItem(column)
                if item is None:
                    continue
                wanted = metrics.horizontalAdvance(item.text()) + 24
                if header.sectionSize(column) < wanted:
                    header.resizeSection(column, wanted)

    def _fit_history_rows(self) -> None:
        table = self.history_table
        header = table.horizontalHeader()
        font = table.font()
        least = table.fontMetrics().height() + 14
        for row in range(table.rowCount()):
            heights = [
                self._history_lines.height_for(font, header.sectionSize(column), item.text())
                for column in range(table.columnCount())
                if (item := table.item(row, column)) is not None
            ]
            table.setRowHeight(row, max([least, *heights]))

    def _fit_splitter(self) -> None:
        """The schools list as tall as its rows (within reason); the reviews get the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        table = self.schools
        wanted = (
            table.horizontalHeader().height()
            + 6
            + sum(table.rowHeight(r) for r in range(table.rowCount()))
        )
        top = max(140, min(wanted, int(total * 0.5)))
        self.splitter.setSizes([top, total - top])

    def _update_summary(self) -> None:
        entries = self.desk.due if self.desk else ()
        today = self._services.today().isoformat()
        late = sum(1 for d in entries if d.next_due is None or d.next_due <= today)
        parts = [
            self.tr("1 school on enhanced support")
            if len(entries) == 1
            else self.tr("{0} schools on enhanced support").format(len(entries))
        ]
        if late:
            parts.append(self.tr("{0} due now or overdue").format(late))
        parts.append(
            self.tr("reviewed every half term with the school, the PIP and the local authority")
        )
        self.subtitle.setText(" · ".join(parts))

    # --- actions ----------------------------------------------------------------------------

    def open_current(self) -> None:
        school_id = self.current_school_id()
        if school_id:
            self.open_school_requested.emit(school_id)

    def record_review(self) -> ReviewDialog | None:
        """Open the review dialog for the chosen school (window-modal, not blocking)."""
        due = self._current_due()
        if due is None or self.desk is None:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = ReviewDialog(self._services, due.school.id, due.school.name, self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_gone(self, _obj: QObject | None = None) -> None:
        self.dialog = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized and self.desk is not None:
            self._fit_splitter()
            self._sized = True

    # --- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Enhanced support reviews"))
        self.open_button.setText(self.tr("Open school"))
        self.open_button.setToolTip(self.tr("Open the chosen school's log"))
        self.record_button.setText(self.tr("Record review…"))
        self.record_button.setToolTip(self.tr("Record a half-termly review of the chosen school"))
        self.schools.setHorizontalHeaderLabels(
            [self.tr("School"), self.tr("Last review"), self.tr("Next review due")]
        )
        self.history_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Led by"),
                self.tr("From the local authority"),
                self.tr("Position agreed"),
                self.tr("Next review due"),
            ]
        )
        self._fit_headings()
        led_by = self.history_table.horizontalHeaderItem(1)
        if led_by is not None:
            led_by.setToolTip(self.tr("The principal improvement partner who led the review"))
        set_accessible(self.schools, self.tr("Schools on enhanced support"))
        set_accessible(self.history_table, self.tr("Reviews of the chosen school"))
        if self.desk is not None:
            self._fill_schools()
            self._update_summary()
        else:
            self.history_title.setText(self.tr("Reviews"))


def _table(columns: int) -> QTableWidget:
    table = item_table(columns)
    return table


def _item(text: str, record_id: str | None = None) -> QTableWidgetItem:
    return text_item(text, record_id, ID_ROLE)
