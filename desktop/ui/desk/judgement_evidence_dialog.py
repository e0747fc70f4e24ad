"""Read the evidence behind a termly judgement: the PIP's drill-in from the consistency page.

One readable page (a :class:`QTextBrowser` with simple HTML): the school and priority, the
judgement of the term as a chip with its words (never colour alone), its rationale, who
recorded it and when, the previous term's judgement, then each visit of the term with its
summary, the answers to the five questions for that priority and the first-hand evidence.

Guarantees:
- Read-only; the data is read on the store thread (``judgement_evidence.evidence_behind``)
  and drawn on the UI thread. Every text a person typed is HTML-escaped before it is shown.
- Switching language redraws the page at once from the data already read.
- It follows the store: a change to a table it shows reads the page again, keeping the
  scroll position. A result that arrives after the dialog was closed is dropped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.store.judgement_evidence import (
    JudgedBy,
    JudgementEvidence,
    VisitEvidence,
    evidence_behind,
)
from desktop.ui.common.context import Services
from desktop.ui.common.present import STANCE_COLOURS, ChipSpec
from desktop.ui.common.style import MUTED

WATCHED_TABLES = frozenset(
    {
        "judgements",
        "priorities",
        "visits",
        "enquiry_answers",
        "evidence",
        "attachments",
        "schools",
        "allocations",
        "people",
    }
)

_PAGE_STYLE = f"""
h2 {{ margin: 0 0 2px 0; }}
h3 {{ margin: 14px 0 4px 0; }}
h4 {{ margin: 12px 0 2px 0; }}
p {{ margin: 4px 0; }}
.muted {{ color: {MUTED}; }}
.quiet {{ color: {MUTED}; font-style: italic; }}
"""


def escaped(text: str) -> str:
    """``text`` safe to put in HTML, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def para(text: str, css_class: str = "") -> str:
    """A paragraph of plain ``text`` (escaped), with an optional class."""
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{escaped(text)}</p>"


def span(text: str, css_class: str) -> str:
    return f'<span class="{css_class}">{escaped(text)}</span>'


def heading(level: int, text: str) -> str:
    return f"<h{level}>{escaped(text)}</h{level}>"


def labelled(label: str, body_html: str) -> str:
    """A bold label (escaped) with ``body_html`` (already safe) under it."""
    below = f"<br>{body_html}" if body_html else ""
    return f"<p><b>{escaped(label)}</b>{below}</p>"


_INDENT = 'style="margin-left:14px;"'


def chip_html(spec: ChipSpec) -> str:
    """A chip as an HTML span: its words on its colour."""
    return (
        f'<span style="background-color:{spec.background}; color:{spec.foreground};'
        f' font-weight:600;">&nbsp;{html.escape(spec.text)}&nbsp;</span>'
    )


class JudgementEvidenceDialog(QDialog):
    """The evidence behind the judgement of ``priority_id`` for ``term`` of the year.

    Emits ``open_school_requested(school id)`` when the user asks to open the school, and
    ``evidence_did_load`` once the page shows what was read."""

    open_school_requested = Signal(str)
    evidence_did_load = Signal()

    def __init__(
        self,
        services: Services,
        priority_id: str,
        term: str,
        academic_year: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.priority_id = priority_id
        self.term = term
        self.academic_year = academic_year
        self.evidence: JudgementEvidence | None = None
        self._failure: str | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(_PAGE_STYLE)
        self.open_school = QPushButton()
        self.open_school.setEnabled(False)
        self.close_button = QPushButton()
        box = QDialogButtonBox()
        box.addButton(self.open_school, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        self.open_school.clicked.connect(self._open_school)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.addWidget(self.browser, 1)
        layout.addWidget(box)
        self.resize(900, 640)
        services.runner.store_did_change.connect(self._store_changed)
        self.retranslate()
        self.reload()

    # --- data --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the judgement and its evidence again (on the store thread)."""
        priority_id, term, year = self.priority_id, self.term, self.academic_year
        self._services.runner.submit(
            lambda store: evidence_behind(store, priority_id, term, year),
            self._loaded,
            self._failed,
        )

    def _store_changed(self, tables: frozenset[str]) -> None:
        if isValid(self) and tables & WATCHED_TABLES:
            self.reload()

    def _loaded(self, evidence: JudgementEvidence) -> None:
        if not isValid(self):
            return
        self.evidence = evidence
        self._failure = None
        self.open_school.setEnabled(True)
        self._render()
        self.evidence_did_load.emit()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._failure = str(error)
        self._render()

    def _open_school(self) -> None:
        if self.evidence is not None:
            self.open_school_requested.emit(self.evidence.school.id)
            self.accept()

    # --- drawing -----------------------------------------------------------------------

    def page_text(self) -> str:
        """The page as plain text (what a screen reader or a test reads)."""
        return self.browser.toPlainText()

    def _render(self) -> None:
        if self._failure is not None:
            failed = self.tr("The evidence could not be read: {0}").format(self._failure)
            self.browser.setHtml(para(failed))
            return
        if self.evidence is None:
            self.browser.setHtml(para(self.tr("Reading…"), "muted"))
            return
        scroll = self.browser.verticalScrollBar()
        at = scroll.value()
        self.browser.setHtml(self._html(self.evidence))
        scroll.setValue(at)

    def _html(self, found: JudgementEvidence) -> str:
        present = self._services.present
        language = self._services.language
        school = found.school
        priority = found.priority
        about = [school.la_name, school.number]
        if found.holder is not None and found.holder.name:
            about.append(self.tr("Improvement partner: {0}").format(found.holder.name))
        details = [d for d in (present.area(priority.reform_area), priority.sdp_reference) if d]
        parts = [
            heading(2, school.name),
            para(" · ".join(about), "muted"),
            heading(3, self.tr("Priority: {0}").format(priority.title)),
        ]
        if details:
            parts.append(para(" · ".join(details), "muted"))
        parts.append(heading(3, self.tr("Judgement: {0}").format(present.term(found.term))))
        parts.append(self._judgement(found.judgement, describe=True))
        if found.previous_term is None:
            first = self.tr(
                "The autumn term is the first of the year: there is no earlier judgement of "
                "this priority to compare with."
            )
            parts.append(para(first, "quiet"))
        else:
            before = present.term(found.previous_term)
            parts.append(heading(3, self.tr("Previous term: {0}").format(before)))
            parts.append(self._judgement(found.previous))
        visits_heading = self.tr("Visits this term ({0} to {1})").format(
            language.date(found.first_day), language.date(found.last_day)
        )
        parts.append(heading(3, visits_heading))
        if not found.visits:
            parts.append(para(self.tr("No visit to the school is recorded this term."), "quiet"))
        for number, seen in enumerate(found.visits):
            if number:
                parts.append("<hr>")
            parts.append(self._visit(seen))
        return "\n".join(parts)

    def _judgement(self, judged: JudgedBy | None, *, describe: bool = False) -> str:
        present = self._services.present
        language = self._services.language
        if judged is None:
            return para(self.tr("No judgement is recorded for this term yet."), "quiet")
        judgement = judged.judgement
        chip = chip_html(present.judgement_chip(judgement))
        parts = [f"<p>{chip} &nbsp;{escaped(present.track(judgement.track))}</p>"]
        if describe:
            try:
                descriptor = self._services.forms.rate(judgement.rate).descriptor
            except KeyError:
                descriptor = None
            if descriptor is not None:
                parts.append(para(language.text(descriptor), "muted"))
        parts.append(labelled(self.tr("Rationale"), escaped(judgement.rationale)))
        when = language.date(judgement.judged_on)
        if judged.judged_by_name:
            who = self.tr("Recorded by {0} on {1}").format(judged.judged_by_name, when)
        else:
            who = self.tr("Recorded on {0}").format(when)
        parts.append(para(who, "muted"))
        return "".join(parts)

    def _visit(self, seen: VisitEvidence) -> str:
        present = self._services.present
        language = self._services.language
        visit = seen.visit
        title = [
            self.tr("Visit on {0}").format(language.date(visit.visit_date)),
            present.purpose(visit.purpose),
        ]
        if seen.visited_by:
            title.append(self.tr("by {0}").format(seen.visited_by))
        parts = [heading(4, " · ".join(title))]
        if visit.status != "final":
            parts.append(para(self.tr("Draft: still being written."), "quiet"))
        summary = visit.summary.strip()
        no_summary = self.tr("No summary written yet.")
        summary_html = escaped(summary) if summary else span(no_summary, "quiet")
        parts.append(labelled(self.tr("Summary of the visit"), summary_html))
        if not seen.discussed:
            parts.append(para(self.tr("This priority was not discussed on this visit."), "quiet"))
            return "\n".join(parts)
        parts.append(labelled(self.tr("The five questions for this priority"), ""))
        questions = {q.number: q for q in self._services.forms.questions}
        not_answered = self.tr("Not answered.")
        for number, answer in seen.answers:
            question = questions.get(number)
            asked = f"{number}. {language.text(question.text)}" if question else str(number)
            said = escaped(answer.strip()) if answer.strip() else span(not_answered, "quiet")
            parts.append(f"<p {_INDENT}><i>{escaped(asked)}</i><br>{said}</p>")
        evidence_heading = self.tr("First-hand evidence ({0})").format(len(seen.evidence))
        parts.append(labelled(evidence_heading, ""))
        if not seen.evidence:
            none = self.tr("No first-hand evidence was recorded for this priority.")
            parts.append(f'<p class="quiet" {_INDENT}>{escaped(none)}</p>')
        for item in seen.evidence:
            background, foreground = STANCE_COLOURS.get(item.stance, STANCE_COLOURS["neutral"])
            stance = present.stance(item.stance)
            stance_chip = chip_html(ChipSpec(stance, background, foreground, stance))
            about = [present.evidence_kind(item.kind)]
            if item.question is not None:
                about.append(self.tr("question {0}").format(item.question))
            if item.attachments:
                about.append(self.tr("files attached: {0}").format(len(item.attachments)))
            parts.append(
                f"<p {_INDENT}><b>{escaped(' · '.join(about))}</b>"
                f" &nbsp;{stance_chip}<br>{escaped(item.body)}</p>"
            )
        return "\n".join(parts)

    # --- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The evidence behind a judgement"))
        self.browser.setAccessibleName(self.tr("The judgement and the evidence behind it"))
        self.open_school.setText(self.tr("Open school"))
        self.open_school.setToolTip(self.tr("Open this school's log"))
        self.close_button.setText(self.tr("Close"))
        self._render()
