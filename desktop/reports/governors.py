"""The improvement partner's annual report to a school's governing body.

For one school and academic year: the year's priorities with their termly judgements
(a colour swatch and the words, so the report reads the same in black and white), the
support received and its impact, professional learning and its impact, and strengths and
practice worth sharing. Raw evidence notes are not printed here: they may name staff, and
governors need the judgements, not the notes behind them.

As for the note of visit, :func:`collect_governors_report` reads the store (store thread)
and :func:`build_governors_report` lays out the PDF (any thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.reports.language import Layout, ReportLanguage, default_report_language, parse_day
from desktop.reports.layout import (
    Voice,
    data_table,
    details_table,
    esc,
    heading,
    ruled_rows,
    stacked,
    styles,
    user_text,
)
from desktop.reports.pages import Furniture, ReportInfo, Target, build_pdf, page_label
from desktop.reports.parts import (
    RECEIVED_STATUSES,
    approval_texts,
    days_rows,
    is_professional_learning,
    judgement_key,
    label,
    muted_line,
    rate_chip,
    support_table,
    title_block,
    value,
    visits_table,
)
from desktop.reports.wording import Wording, load_wording
from desktop.store import as_of, caseload, reporting, support_days, year_summaries
from desktop.store.calendar import TERMS, academic_year_of, check_academic_year
from desktop.store.models import (
    DaysAccount,
    Judgement,
    Practice,
    Priority,
    School,
    Support,
    SupportLevelDecision,
    Visit,
)
from desktop.store.store import Store
from forms import Forms, load_forms


@dataclass(frozen=True)
class GovernorsData:
    """Everything the governors' report prints, frozen: safe to hand to another thread."""

    school: School
    academic_year: str
    partner: str | None
    priorities: tuple[Priority, ...]
    support: tuple[Support, ...]
    practice: tuple[Practice, ...]
    visits: tuple[Visit, ...]
    decisions: tuple[SupportLevelDecision, ...]
    report_date: date
    days: DaysAccount
    year_summary: str = ""  # the partner's written summary of the year


def _in_year(day: str | None, academic_year: str) -> bool:
    parsed = parse_day(day)
    return parsed is not None and academic_year_of(parsed) == academic_year


def collect_governors_report(
    store: Store, school_id: str, academic_year: str, *, today: date | None = None
) -> GovernorsData:
    """Read one school's year for the report. Raises NotFound for an unknown school and
    ValueError for a malformed academic year. Call on the store's thread."""
    check_academic_year(academic_year)
    log = caseload.school_log(store, school_id, academic_year)
    report_date = today or date.today()
    # A past year is reported as it stood on its last day (issue 15).
    end = as_of.period_end(academic_year, None, report_date)
    level = as_of.support_level_on(log.decisions, end, log.school.support_level)
    return GovernorsData(
        school=replace(log.school, support_level=level),
        academic_year=academic_year,
        partner=as_of.partner_on(store, school_id, academic_year, end),
        priorities=log.priorities,
        support=log.support,
        practice=tuple(reporting.practice_of_year(store, school_id, academic_year)),
        visits=tuple(
            sorted(
                (
                    v
                    for v in log.visits
                    if _in_year(v.visit_date, academic_year) and v.visit_date <= end.isoformat()
                ),
                key=lambda v: v.visit_date,
            )
        ),
        decisions=tuple(
            sorted(
                (
                    d
                    for d in log.decisions
                    if _in_year(d.decided_on, academic_year) and d.decided_on <= end.isoformat()
                ),
                key=lambda d: d.decided_on,
            )
        ),
        report_date=report_date,
        days=support_days.account(store, school_id, log.school.sector, academic_year),
        year_summary=year_summaries.summary_of(store, school_id, academic_year),
    )


def render_governors_report(
    store: Store,
    school_id: str,
    academic_year: str,
    lang: ReportLanguage | None,
    target: Target,
    *,
    layout: Layout = "sequential",
    today: date | None = None,
) -> ReportInfo:
    """Write the annual report to the governing body as a PDF to ``target``.

    ``lang`` None means the school's default language. Call on the store's thread.
    """
    data = collect_governors_report(store, school_id, academic_year, today=today)
    return build_governors_report(
        data, lang or default_report_language(data.school), target, layout=layout
    )


def render_governors_batch(
    store: Store,
    school_ids: Sequence[str],
    academic_year: str,
    folder: Path,
    *,
    lang: ReportLanguage | None = None,
    today: date | None = None,
) -> list[ReportInfo]:
    """One report per school into ``folder``, named ``<school number>-governors-<year>.pdf``.

    Each school gets its own default language unless ``lang`` is given.
    """
    folder.mkdir(parents=True, exist_ok=True)
    done = []
    for school_id in school_ids:
        data = collect_governors_report(store, school_id, academic_year, today=today)
        name = f"{data.school.number}-governors-{academic_year}.pdf"
        done.append(
            build_governors_report(
                data, lang or default_report_language(data.school), folder / name
            )
        )
    return done


def build_governors_report(
    data: GovernorsData,
    lang: ReportLanguage,
    target: Target,
    *,
    layout: Layout = "sequential",
    wording: Wording | None = None,
    forms: Forms | None = None,
) -> ReportInfo:
    """Lay out collected data as the governors' report. Any thread; no database."""
    voice = Voice(wording or load_wording(), forms or load_forms(), lang, layout)
    s = styles()
    school, year = data.school, data.academic_year
    story: list[Flowable] = title_block(voice, "governors.title", school)
    story.append(_particulars(voice, data))
    story.append(Spacer(1, 4 * mm))
    for text in voice.say("governors.intro", year=year):
        story.append(Paragraph(esc(text), s.body))
    story += _at_a_glance(voice, data)
    if data.year_summary.strip():
        story += heading(voice, voice.say("governors.year_summary"))
        story += user_text(data.year_summary, s.body)
    story += _priorities(voice, data)
    received = [x for x in data.support if x.status in RECEIVED_STATUSES]
    learning = [x for x in received if is_professional_learning(voice.forms, x)]
    story += _support(voice, data, [x for x in received if x not in learning])
    story += _professional_learning(voice, learning)
    story += _practice(voice, data)
    story += _visits(voice, data)
    story += _decisions(voice, data)
    story += judgement_key(voice, "governors.key")
    title = voice.line(
        [
            voice.wording.get("governors.subject", lang_, school=school.name, year=year)
            for lang_ in voice.langs
        ]
    )
    furniture = Furniture(
        school=school.name,
        when=year,
        header_right=voice.running_title("governors.title"),
        page_label=page_label(voice),
    )
    return build_pdf(
        target,
        story,
        voice=voice,
        furniture=furniture,
        title=title,
        author=data.partner or voice.line(voice.say("common.improvement_partner")),
        subject=voice.line(voice.say("governors.title")),
    )


def _particulars(voice: Voice, data: GovernorsData) -> Flowable:
    school = data.school
    rows = [
        (label(voice, "common.school"), value(f"{school.name} ({school.number})")),
        (label(voice, "common.local_authority"), value(school.la_name)),
    ]
    if school.headteacher:
        rows.append((label(voice, "common.headteacher"), value(school.headteacher)))
    rows.append((label(voice, "common.academic_year"), value(data.academic_year)))
    rows.append(
        (
            label(voice, "common.improvement_partner"),
            value(data.partner or voice.say("common.not_recorded")),
        )
    )
    level = voice.named("support_level", school.support_level) or [school.support_level]
    rows.append((label(voice, "common.support_level"), value(level)))
    rows.append((label(voice, "common.date_of_report"), value(voice.date(data.report_date))))
    return details_table(rows)


def _judgement_of(priority: Priority, term: str) -> Judgement | None:
    return next((j for j in priority.judgements if j.term == term), None)


def _at_a_glance(voice: Voice, data: GovernorsData) -> list[Flowable]:
    s = styles()
    out = heading(voice, voice.say("governors.at_a_glance"))
    if not data.priorities:
        return [*out, muted_line(voice, "common.no_priorities", year=data.academic_year)]
    if not any(p.judgements for p in data.priorities):
        out.append(stacked(voice.say("governors.no_judgements"), s.body))
    header = [stacked(voice.say("common.priority"), s.cell_head)] + [
        stacked(voice.say(f"terms.{term}"), s.cell_head) for term in TERMS
    ]
    rows = []
    for number, priority in enumerate(data.priorities, start=1):
        rows.append(
            [
                Paragraph(f"<b>{number}.</b> {esc(priority.title)}", s.cell),
                *[rate_chip(voice, _judgement_of(priority, term)) for term in TERMS],
            ]
        )
    return [*out, data_table(header, rows, [0.28, 0.24, 0.24, 0.24])]


def _priorities(voice: Voice, data: GovernorsData) -> list[Flowable]:
    if not data.priorities:
        return []
    s = styles()
    out = heading(voice, voice.say("governors.priorities"))
    for number, priority in enumerate(data.priorities, start=1):
        facts: list[str] = []
        area = voice.named("reform_area", priority.reform_area)
        if area:
            facts.append(voice.line(area))
        status_key = f"priority_status.{priority.status}"
        if voice.wording.has(status_key):
            facts.append(voice.line(voice.say(status_key)))
        head: list[Flowable] = [Spacer(1, 3 * mm)]
        if facts:
            head.append(Paragraph(esc("  ·  ".join(facts)).upper(), s.kicker))
        head.append(Paragraph(f"{number}. {esc(priority.title)}", s.h2))
        head += user_text(priority.description, s.body)
        for key, text in (
            ("governors.success_criteria", priority.success_criteria),
            ("governors.risks", priority.risks),
        ):
            if text.strip():
                head.append(stacked(voice.say(key), s.label))
                head += user_text(text, s.body)
        head.append(stacked(approval_texts(voice, priority), s.cell_muted))
        if not priority.judgements:
            out.append(KeepTogether([*head, muted_line(voice, "common.not_judged")]))
            continue
        tables = [_judgement_row(voice, judgement) for judgement in priority.judgements]
        out.append(KeepTogether([*head, tables[0]]))
        out += [KeepTogether([table]) for table in tables[1:]]
    return out


def _judgement_row(voice: Voice, judgement: Judgement) -> Table:
    """One term's judgement: the term, then the swatch and words, then the reasons."""
    s = styles()
    cell: list[Flowable] = [rate_chip(voice, judgement), Spacer(1, 1.5 * mm)]
    cell += user_text(judgement.rationale, s.cell)
    return ruled_rows([[stacked(voice.say(f"terms.{judgement.term}"), s.label), cell]], 38 * mm)


def _support(voice: Voice, data: GovernorsData, items: list[Support]) -> list[Flowable]:
    out = heading(voice, voice.say("governors.support"))
    if not items:
        out.append(muted_line(voice, "governors.no_support"))
    else:
        out.append(support_table(voice, items, show_impact=True, show_status=False))
    rows = days_rows(voice, data.days)
    days = details_table(rows, top_rule=False, label_width=110 * mm)
    return [*out, KeepTogether([Spacer(1, 3 * mm), days])]  # the days read as one


def _professional_learning(voice: Voice, items: list[Support]) -> list[Flowable]:
    out = heading(voice, voice.say("governors.professional_learning"))
    if not items:
        return [*out, muted_line(voice, "governors.no_professional_learning")]
    return [*out, support_table(voice, items, show_impact=True, show_status=False)]


def _practice(voice: Voice, data: GovernorsData) -> list[Flowable]:
    s = styles()
    out = heading(voice, voice.say("governors.practice"))
    if not data.practice:
        return [*out, muted_line(voice, "governors.no_practice")]
    for item in data.practice:
        block: list[Flowable] = []
        area = voice.named("reform_area", item.reform_area)
        if area:
            block.append(Paragraph(esc(voice.line(area)).upper(), s.kicker))
        block.append(Paragraph(f"<b>{esc(item.title)}</b>", s.body))
        block += user_text(item.description, s.body)
        block.append(Spacer(1, 2 * mm))
        out.append(KeepTogether(block))
    return out


def _visits(voice: Voice, data: GovernorsData) -> list[Flowable]:
    return visits_table(
        voice, data.visits, "governors.visits", "governors.no_visits", with_status=False
    )


def _decisions(voice: Voice, data: GovernorsData) -> list[Flowable]:
    if not data.decisions:
        return []
    s = styles()
    out = heading(voice, voice.say("governors.decisions"))
    header = [
        stacked(voice.say("common.date"), s.cell_head),
        stacked(voice.say("common.support_level"), s.cell_head),
    ]
    rows = []
    for decision in data.decisions:
        day = parse_day(decision.decided_on)
        before = voice.named("support_level", decision.from_level)
        after = voice.named("support_level", decision.to_level)
        change = [
            voice.wording.get("governors.decision", lang, from_level=old, to_level=new)
            for lang, old, new in zip(
                voice.langs,
                before or [decision.from_level] * len(voice.langs),
                after or [decision.to_level] * len(voice.langs),
                strict=True,
            )
        ]
        cell: list[Flowable] = [stacked(change, s.cell)]
        cell += user_text(decision.reason, s.cell)
        if decision.raised_by:
            cell.append(stacked(voice.say(f"raised_by.{decision.raised_by}"), s.cell_muted))
        if decision.agreed_by:
            names = [
                ", ".join(voice.wording.get(f"party.{p}", lang) for p in decision.agreed_by)
                for lang in voice.langs
            ]
            cell.append(
                stacked(
                    [
                        voice.wording.get("governors.agreed_by", lang, parties=n)
                        for lang, n in zip(voice.langs, names, strict=True)
                    ],
                    s.cell_muted,
                )
            )
        rows.append([stacked(voice.date(day) if day else [decision.decided_on], s.cell), cell])
    return [*out, data_table(header, rows, [0.25, 0.75])]
