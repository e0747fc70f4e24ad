"""One aspect of a visit on the Visit screen: its five enquiry questions, each with its
prompts, the answer given at the school's previous visit and the evidence beside it; the
answers save as the user types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store import visits
from desktop.store.calendar import term_of
from desktop.store.models import PastJudgement
from desktop.store.workspace import AspectInfo, PreviousAnswers, VisitSheet
from desktop.ui.common.autosave import AutosaveField
from desktop.ui.common.context import Services
from desktop.ui.common.style import scaled_font
from desktop.ui.common.widgets import (
    muted,
    scrolling,
)
from desktop.ui.visit.steps import StepBar

_RATIONALE_SHOWN = 160  # characters of the last rationale in an aspect's header


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class QuestionPanel(QWidget):
    """One question of one aspect: the question, its prompts, the answer, last visit's."""

    def __init__(
        self,
        services: Services,
        visit_id: str,
        aspect: str,
        number: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.number = number
        self.aspect = aspect
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setFont(scaled_font(self.text, 1.2, bold=True))
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.prompts.setObjectName("muted")
        self.prompts.setTextFormat(Qt.TextFormat.RichText)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName(f"answer-{number}")
        self.answer.setTabChangesFocus(True)
        self.answer.setMinimumHeight(100)
        self.autosave = AutosaveField(
            self.answer,
            services.runner,
            services.tracker,
            lambda text: lambda store: visits.set_answer(store, visit_id, aspect, number, text),
        )
        self.previous_title = QLabel()
        font = self.previous_title.font()
        font.setBold(True)
        self.previous_title.setFont(font)
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.previous.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.previous.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._previous: PreviousAnswers = PreviousAnswers(None, None, ())
        previous_box = QFrame()
        previous_box.setObjectName("banner")
        previous_box.setStyleSheet("QFrame#banner{background:#f3f6f9;border:1px solid #d6dde4;}")
        inner = QVBoxLayout(previous_box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.addWidget(self.previous_title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("background:transparent;")
        scroll.setWidget(self.previous)
        inner.addWidget(scroll, 1)
        self._previous_box = previous_box

        self.split = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.split.setSpacing(10)
        self.split.addWidget(self.answer, 3)
        self.split.addWidget(previous_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.text)
        layout.addWidget(self.prompts)
        layout.addLayout(self.split, 1)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() > 860
        self.split.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def load(self, text: str, previous: PreviousAnswers) -> None:
        self.autosave.load(text)
        self._previous = previous
        self._show_previous()

    def _show_previous(self) -> None:
        previous = self._previous
        lang = self._services.language
        if previous.visit_date:
            self.previous_title.setText(
                self.tr("At the last visit ({0})").format(lang.date(previous.visit_date))
            )
            answer = previous.get(self.number)
            self.previous.setText(answer or self.tr("No answer to this question then."))
        else:
            self.previous_title.setText(self.tr("At the last visit"))
            self.previous.setText(self.tr("This aspect was not discussed at an earlier visit."))

    def retranslate(self) -> None:
        lang = self._services.language.code
        question = self._services.forms.question(self.number)
        self.text.setText(f"{self.number}. {question.text.get(lang)}")
        prompts = "".join(f"<li>{_esc(p.get(lang))}</li>" for p in question.prompts)
        self.prompts.setText(
            f"<ul style='margin-left:-18px;margin-top:0;margin-bottom:0'>{prompts}</ul>"
        )
        self.answer.setPlaceholderText(self.tr("The school's answer, in your words"))
        self.answer.setAccessibleName(
            self.tr("Answer to question {0}: {1}").format(self.number, question.short.get(lang))
        )
        self.answer.setAccessibleDescription(question.text.get(lang))
        self._show_previous()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AspectPanel(QWidget):
    """The five questions of one aspect, one at a time, with a stepper."""

    question_did_change = Signal(int)
    next_aspect_requested = Signal()

    def __init__(
        self, services: Services, visit_id: str, info: AspectInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.info = info
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.35, bold=True))
        self.caption = muted()
        self.judged = muted()
        self.judged.setObjectName("lastJudgement")
        self.judged.setWordWrap(True)
        self.judged.hide()
        self._history: tuple[PastJudgement, ...] = ()
        self.steps = StepBar(5)
        self.stack = QStackedWidget()
        self.questions: list[QuestionPanel] = []
        for number in range(1, 6):
            panel = QuestionPanel(services, visit_id, info.aspect, number)
            self.questions.append(panel)
            self.stack.addWidget(scrolling(panel, horizontal=False))
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.judged)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self.steps.step_chosen.connect(lambda index: self.go_to(index + 1, focus=False))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button.clicked.connect(self._next)
        self._answered: set[int] = set()
        self.go_to(1, focus=False)
        self.retranslate()

    @property
    def current(self) -> int:
        return self.stack.currentIndex() + 1

    def go_to(self, number: int, *, focus: bool = True) -> None:
        """Show question ``number`` (1 to 5), putting the cursor in its answer."""
        if not 1 <= number <= 5:
            return
        self.stack.setCurrentIndex(number - 1)
        self.steps.set_current(number - 1)
        self.previous_button.setEnabled(number > 1)
        self._label_next()
        if focus:
            self.focus_answer()
        self.question_did_change.emit(number)

    def _next(self) -> None:
        if self.current < 5:
            self.go_to(self.current + 1)
        else:
            self.next_aspect_requested.emit()

    def _label_next(self) -> None:
        if self.current < 5:
            self.next_button.setText(self.tr("Next question ›"))
            self.next_button.setToolTip(self.tr("Ctrl+Page Down"))
        else:
            self.next_button.setText(self.tr("Next aspect ›"))
            self.next_button.setToolTip(self.tr("Ctrl+Shift+Page Down"))

    def focus_answer(self) -> None:
        """The cursor in the answer on show, scrolled into view on a short screen."""
        answer = self.current_answer()
        answer.setFocus(Qt.FocusReason.OtherFocusReason)
        area = self.stack.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(answer, 0, 0)

    def current_answer(self) -> QPlainTextEdit:
        """The answer box of the question on show."""
        return self.questions[self.current - 1].answer

    def load(self, sheet: VisitSheet) -> None:
        previous = sheet.previous_for(self.info.aspect)
        self._answered = set()
        for panel in self.questions:
            text = sheet.answer(self.info.aspect, panel.number)
            panel.load(text, previous)
            if text.strip():
                self._answered.add(panel.number)
        self.info = next((a for a in sheet.aspects if a.aspect == self.info.aspect), self.info)
        self._history = ()
        if self.info.kind == "priority":
            priority_id = self.info.aspect.partition(":")[2]
            term = term_of(date.fromisoformat(sheet.visit.visit_date))
            for priority in sheet.priorities:
                if priority.id == priority_id:
                    self._history = priority.history_before(term)
        self.retranslate()

    def retranslate(self) -> None:
        present = self._services.present
        lang = self._services.language.code
        self.title.setText(present.aspect(self.info))
        if self.info.kind == "priority":
            area = present.area(self.info.reform_area)
            self.caption.setText(self.tr("Priority") + (f" · {area}" if area else ""))
        else:
            self.caption.setText(self.tr("Area of the national reform agenda"))
        self._show_last_judgement()
        for number, step in enumerate(self.steps.buttons, start=1):
            short = self._services.forms.question(number).short.get(lang)
            answered = number in self._answered
            label = (
                # a no-break space keeps the ✓ from a line of its own
                self.tr("{0}. {1} ✓", "a question step once answered")
                if answered
                else self.tr("{0}. {1}", "a question step")
            )
            self.steps.setText(number - 1, label.format(number, short))
            state = self.tr("answered") if answered else self.tr("not answered")
            step.setAccessibleName(self.tr("Question {0}: {1}, {2}").format(number, short, state))
            step.setToolTip(self._services.forms.question(number).text.get(lang))
        self.steps.updateGeometry()
        self.previous_button.setText(self.tr("‹ Previous question"))
        self.previous_button.setToolTip(self.tr("Ctrl+Page Up"))
        self._label_next()

    def _show_last_judgement(self) -> None:
        """The latest judgement before this visit's term, its rationale cut to a line or
        two; every earlier judgement in full in the tooltip."""
        self.judged.setVisible(bool(self._history))
        if not self._history:
            return
        present = self._services.present
        last = self._history[-1]
        rationale = " ".join(last.judgement.rationale.split())
        if len(rationale) > _RATIONALE_SHOWN:
            rationale = rationale[:_RATIONALE_SHOWN].rsplit(" ", 1)[0] + " …"
        self.judged.setText(
            self.tr("Last judged {0}. “{1}”").format(present.past_judgement(last), rationale)
        )
        self.judged.setToolTip(
            "\n\n".join(
                f"{present.past_judgement(p)}\n{p.judgement.rationale}"
                for p in reversed(self._history)
            )
        )
        self.judged.setAccessibleName(self.tr("Last judgement"))
        self.judged.setAccessibleDescription(
            self.tr("Last judged {0}. “{1}”").format(
                present.past_judgement(last), last.judgement.rationale
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
