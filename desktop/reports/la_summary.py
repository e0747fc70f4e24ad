"""The termly progress summary of one school for its local authority.

What the LA "has access to": the summative judgements of the school's priorities for the
term (with the previous term's beside them), the support agreed or given this year
against the sector's minimum, the term's visits, and open actions. No visit notes or
evidence, which stay between the school and its partner.

:func:`collect_la_summary` reads the store (store thread); :func:`build_la_summary` lays
out the PDF (any thread).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.reports.language import Layout, ReportLanguage, default_report_language, parse_day
from desktop.reports.layout import (
    Voice,
    data_table,
    details_table,
    esc,
    heading,
    paragraphs_of,
    stacked,
    styles,
)
from desktop.reports.pages import Furniture, ReportInfo, Target, build_pdf, page_label
from desktop.reports.parts import (
    approval_texts,
    days_rows,
    label,
    muted_line,
    rate_chip,
    support_table,
    title_block,
    value,
    visits_table,
)
from desktop.reports.wording import Wording, load_wording
from desktop.store import as_of, caseload, reviews, support_days
from desktop.store.calendar import TERMS, academic_year_of, check_academic_year, term_of
from desktop.store.models import (
    Action,
    DaysAccount,
    Judgement,
    Priority,
    School,
    Support,
    Visit,
)
from desktop.store.reviews import EnhancedReview
from desktop.store.store import Store
from forms import Forms, load_forms


@dataclass(frozen=True)
class LaSummaryData:
    """Everything the LA summary prints, frozen: safe to hand to another thread."""

    school: School
    academic_year: str
    term: str
    partner: str | None
    priorities: tuple[Priority, ...]
    support: tuple[Support, ...]
    visits: tuple[Visit, ...]
    open_actions: tuple[Action, ...]
    report_date: date
    days: DaysAccount
    #: The half-termly reviews of enhanced support dated in the term (up to its end).
    reviews: tuple[EnhancedReview, ...] = ()


def collect_la_summary(
    store: Store, school_id: str, academic_year: str, term: str, *, today: date | None = None
) -> LaSummaryData:
    """Read one school's term. Raises NotFound for an unknown school, ValueError for a
    malformed year or unknown term. Call on the store's thread."""
    check_academic_year(academic_year)
    if term not in TERMS:
        raise ValueError(f"Term must be one of {', '.join(TERMS)}, not {term!r}")
    log = caseload.school_log(store, school_id, academic_year)
    report_date = today or date.today()
    # A past term is reported as it stood on its last day (issue 15).
    end = as_of.period_end(academic_year, term, report_date)
    level = as_of.support_level_on(log.decisions, end, log.school.support_level)

    def in_term(visit: Visit) -> bool:
        return in_term_day(visit.visit_date)

    def in_term_day(text: str) -> bool:
        day = parse_day(text)
        return (
            day is not None
            and academic_year_of(day) == academic_year
            and term_of(day) == term
            and day <= end
        )

    return LaSummaryData(
        school=replace(log.school, support_level=level),
        academic_year=academic_year,
        term=term,
        partner=as_of.partner_on(store, school_id, academic_year, end),
        priorities=tuple(p for p in log.priorities if p.status != "withdrawn"),
        support=log.support,
        visits=tuple(sorted(filter(in_term, log.visits), key=lambda v: v.visit_date)),
        open_actions=as_of.open_actions_on(store, school_id, end),
        report_date=report_date,
        days=support_days.account(store, school_id, log.school.sector, academic_year),
        reviews=tuple(
            sorted(
                (r for r in reviews.reviews_of(store, school_id) if in_term_day(r.review_date)),
                key=lambda r: r.review_date,
            )
        ),
    )


def render_la_summary(
    store: Store,
    school_id: str,
    academic_year: str,
    term: str,
    lang: ReportLanguage | None,
    target: Target,
    *,
    layout: Layout = "sequential",
    today: date | None = None,
) -> ReportInfo:
    """Write the termly summary for the LA as a PDF to ``target``. Store thread."""
    data = collect_la_summary(store, school_id, academic_year, term, today=today)
    return build_la_summary(
        data, lang or default_report_language(data.school), target, layout=layout
    )


def build_la_summary(
    data: LaSummaryData,
    lang: ReportLanguage,
    target: Target,
    *,
    layout: Layout = "sequential",
    wording: Wording | None = None,
    forms: Forms | None = None,
) -> ReportInfo:
    """Lay out collected data as the LA's termly summary. Any thread; no database."""
    voice = Voice(wording or load_wording(), forms or load_forms(), lang, layout)
    school = data.school
    periods = [
        voice.wording.get(
            "la.period_value",
            lang_,
            term=voice.wording.get(f"terms.{data.term}", lang_),
            year=data.academic_year,
        )
        for lang_ in voice.langs
    ]
    story: list[Flowable] = title_block(voice, "la.title", school, kicker_key="la.for_la")
    story.append(_particulars(voice, data, periods))
    story += _progress(voice, data)
    story += _reviews(voice, data)
    story += _support(voice, data)
    story += _visits(voice, data)
    story += _actions(voice, data)
    title = voice.line(
        [
            voice.wording.get("la.subject", lang_, school=school.name, period=period)
            for lang_, period in zip(voice.langs, periods, strict=True)
        ]
    )
    furniture = Furniture(
        school=school.name,
        when=voice.line(periods, sep=" · "),
        header_right=voice.running_title("la.title"),
        page_label=page_label(voice),
    )
    return build_pdf(
        target,
        story,
        voice=voice,
        furniture=furniture,
        title=title,
        author=data.partner or voice.line(voice.say("common.improvement_partner")),
        subject=voice.line(voice.say("la.title")),
    )


def _particulars(voice: Voice, data: LaSummaryData, periods: list[str]) -> Flowable:
    school = data.school
    level = voice.named("support_level", school.support_level) or [school.support_level]
    rows = [
        (label(voice, "common.school"), value(f"{school.name} ({school.number})")),
        (label(voice, "common.local_authority"), value(f"{school.la_name} ({school.la_code})")),
    ]
    if school.headteacher:
        rows.append((label(voice, "common.headteacher"), value(school.headteacher)))
    rows += [
        (label(voice, "la.period"), value(periods)),
        (
            label(voice, "common.improvement_partner"),
            value(data.partner or voice.say("common.not_recorded")),
        ),
        (label(voice, "common.support_level"), value(level)),
        (label(voice, "common.date_of_report"), value(voice.date(data.report_date))),
    ]
    return details_table(rows)


def _judgement(priority: Priority, term: str) -> Judgement | None:
    return next((j for j in priority.judgements if j.term == term), None)


def _progress(voice: Voice, data: LaSummaryData) -> list[Flowable]:
    s = styles()
    out = heading(voice, voice.say("la.progress"))
    if not data.priorities:
        return [
            *out,
            muted_line(voice, "common.no_priorities", year=data.academic_year),
        ]
    index = TERMS.index(data.term)
    previous = TERMS[index - 1] if index else None
    header = [
        stacked(voice.say("common.priority"), s.cell_head),
        stacked(voice.say("la.this_term"), s.cell_head),
    ]
    widths = [0.40, 0.30]
    if previous:
        header.append(stacked(voice.say("la.previous_term"), s.cell_head))
        widths.append(0.30)
    rows = []
    for number, priority in enumerate(data.priorities, start=1):
        current = _judgement(priority, data.term)
        cell: list[Flowable] = [Paragraph(f"<b>{number}.</b> {esc(priority.title)}", s.cell)]
        cell.append(stacked(approval_texts(voice, priority), s.cell_muted))
        if current is not None and current.rationale.strip():
            cell.append(Spacer(1, 1.5 * mm))
            cell += [Paragraph(p, s.cell_muted) for p in paragraphs_of(current.rationale)]
        row: list[object] = [
            cell,
            rate_chip(voice, current)
            if current
            else stacked(voice.say("la.no_judgement"), s.cell_muted),
        ]
        if previous:
            row.append(rate_chip(voice, _judgement(priority, previous)))
        rows.append(row)
    return [*out, data_table(header, rows, widths)]


def _support(voice: Voice, data: LaSummaryData) -> list[Flowable]:
    out = heading(voice, voice.say("la.support"))
    days = details_table(days_rows(voice, data.days), top_rule=False, label_width=110 * mm)
    out.append(KeepTogether([days]))  # the days read as one
    if data.support:
        out += [
            Spacer(1, 3 * mm),
            support_table(voice, data.support, show_impact=True, show_status=True),
        ]
    return out


def _reviews(voice: Voice, data: LaSummaryData) -> list[Flowable]:
    """The term's half-termly reviews of a school in enhanced support (none for a core
    school without reviews)."""
    if data.school.support_level != "enhanced" and not data.reviews:
        return []
    s = styles()
    out = heading(voice, voice.say("la.reviews"))
    if not data.reviews:
        return [*out, muted_line(voice, "la.no_reviews")]
    header = [
        stacked(voice.say("la.review_date"), s.cell_head),
        stacked(voice.say("la.review_position"), s.cell_head),
        stacked(voice.say("la.review_next"), s.cell_head),
    ]
    rows = []
    for review in data.reviews:
        day, due = parse_day(review.review_date), parse_day(review.next_review_due)
        rows.append(
            [
                stacked(voice.date(day) if day else [review.review_date], s.cell),
                [Paragraph(p, s.cell) for p in paragraphs_of(review.position_agreed)] or "",
                stacked(voice.date(due) if due else voice.say("common.not_recorded"), s.cell),
            ]
        )
    return [*out, data_table(header, rows, [0.22, 0.56, 0.22])]


def _visits(voice: Voice, data: LaSummaryData) -> list[Flowable]:
    return visits_table(voice, data.visits, "la.visits", "la.no_visits", with_status=True)


def _actions(voice: Voice, data: LaSummaryData) -> list[Flowable]:
    s = styles()
    out = heading(voice, voice.say("la.actions"))
    if not data.open_actions:
        return [*out, muted_line(voice, "la.no_actions")]
    header = [
        stacked(voice.say("visit.action"), s.cell_head),
        stacked(voice.say("visit.owner"), s.cell_head),
        stacked(voice.say("visit.due"), s.cell_head),
    ]
    rows = []
    for action in data.open_actions:
        due = parse_day(action.due_on)
        if due is None:
            when = stacked(voice.say("common.not_set"), s.cell_muted)
        elif due < data.report_date:
            overdue = voice.line(voice.say("la.overdue"))
            when = Paragraph(
                f"{esc(voice.line(voice.date(due)))}<br/><b>{esc(overdue)}</b>", s.cell
            )
        else:
            when = stacked(voice.date(due), s.cell)
        rows.append(
            [
                [Paragraph(p, s.cell) for p in paragraphs_of(action.description)],
                Paragraph(esc(action.owner), s.cell),
                when,
            ]
        )
    return [*out, data_table(header, rows, [0.56, 0.22, 0.22])]
