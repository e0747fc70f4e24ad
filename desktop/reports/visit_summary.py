"""The note of visit for the headteacher: what was discussed, the evidence, what was agreed.

Two steps, so the slow one can leave the store's thread:

- :func:`collect_visit_summary` reads everything the note needs from the store into a
  frozen :class:`VisitSummaryData` (call it on the store's thread);
- :func:`build_visit_summary` lays that out as a PDF (any thread; it reads photo files but
  never the database).

:func:`render_visit_summary` does both, for callers that own the store's thread anyway
(the command line, tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.reports import images
from desktop.reports.language import (
    Layout,
    ReportLanguage,
    default_report_language,
    format_date,
    parse_day,
)
from desktop.reports.layout import (
    CONCERN_BG,
    CONCERN_FG,
    CONTENT_WIDTH,
    STRENGTH_BG,
    STRENGTH_FG,
    Voice,
    bilingual,
    data_table,
    details_table,
    esc,
    heading,
    indented,
    notice_box,
    paragraphs_of,
    photo,
    stacked,
    styles,
    table_style,
    user_text,
)
from desktop.reports.pages import Furniture, ReportInfo, Target, build_pdf, page_label
from desktop.reports.parts import judgement_key, muted_line, rate_chip, support_table
from desktop.reports.wording import Wording, load_wording
from desktop.store import attachments, priorities, reporting, schools, visits
from desktop.store.calendar import TERMS, academic_year_of
from desktop.store.models import Action, Judgement, School, Support, Visit
from desktop.store.store import Store
from forms import Forms, load_forms

_PHOTO_WIDTH = 48 * mm
_PHOTO_HEIGHT = 36 * mm
_PHOTOS_PER_ROW = 3


@dataclass(frozen=True)
class PhotoRef:
    """A photo to print: the stored file and its name."""

    filename: str
    blob: attachments.Blob


@dataclass(frozen=True)
class EvidenceLine:
    """One evidence item chosen for the report."""

    kind: str
    body: str
    stance: str
    question: int | None
    photos: tuple[PhotoRef, ...]


@dataclass(frozen=True)
class AspectPart:
    """One aspect discussed: a priority (``title`` set) or a reform area (``reform_area``)."""

    aspect: str
    title: str | None
    reform_area: str | None
    removed: bool
    answers: tuple[tuple[int, str], ...]
    evidence: tuple[EvidenceLine, ...]
    judgement: Judgement | None = None  # a priority's latest judgement as of the visit

    def answer(self, number: int) -> str:
        return next((text for n, text in self.answers if n == number), "")


@dataclass(frozen=True)
class VisitSummaryData:
    """Everything the note of visit prints, frozen: safe to hand to another thread."""

    school: School
    visit: Visit
    partner: str | None
    aspects: tuple[AspectPart, ...]
    actions: tuple[Action, ...]
    support: tuple[Support, ...]
    #: The actions agreed at the school's previous visit that had any, with their status
    #: today, and that visit's date.
    previous_actions: tuple[Action, ...] = ()
    previous_visit_date: str | None = None
    partner_email: str | None = None


def _latest_judgement(judgements: tuple[Judgement, ...], day: str) -> Judgement | None:
    """The judgement of the latest term recorded on or before ``day``."""
    known = [j for j in judgements if j.judged_on <= day]
    return max(known, key=lambda j: TERMS.index(j.term), default=None)


def _previous_actions(store: Store, visit: Visit) -> tuple[str | None, tuple[Action, ...]]:
    """The date of the school's latest visit before ``visit`` at which actions were agreed,
    and those actions (any status)."""
    row = store.db.execute(
        "SELECT v.id, v.visit_date FROM visits v WHERE v.school_id = ? AND v.deleted_at IS NULL"
        " AND v.id != ? AND (v.visit_date < ? OR (v.visit_date = ? AND v.created_at < ?))"
        " AND EXISTS (SELECT 1 FROM actions a WHERE a.visit_id = v.id AND a.deleted_at IS NULL)"
        " ORDER BY v.visit_date DESC, v.created_at DESC LIMIT 1",
        [visit.school_id, visit.id, visit.visit_date, visit.visit_date, _created(store, visit.id)],
    ).fetchone()
    if row is None:
        return None, ()
    return str(row[1]), tuple(reporting.actions_of_visit(store, str(row[0])))


def _created(store: Store, visit_id: str) -> str:
    row = store.db.execute("SELECT created_at FROM visits WHERE id = ?", [visit_id]).fetchone()
    return str(row[0]) if row else ""


def collect_visit_summary(store: Store, visit_id: str) -> VisitSummaryData:
    """Read a visit and all it prints. Raises NotFound for an unknown or deleted visit.

    Aspects come in the visit's order, followed by any aspect that has answers or
    evidence without being listed on the visit, so nothing recorded is left out. Evidence
    the partner chose not to print (``in_report`` off) is left out.
    """
    visit = visits.get_visit(store, visit_id)
    school = schools.get_school(store, visit.school_id)
    answers = visits.answers_of(store, visit_id)
    evidence = [e for e in visits.evidence_of(store, visit_id) if e.in_report]
    order: list[str] = list(dict.fromkeys(visit.aspects))
    for aspect in [a.aspect for a in answers] + [e.aspect for e in evidence]:
        if aspect not in order:
            order.append(aspect)
    priority_ids = [a.partition(":")[2] for a in order if a.startswith("priority:")]
    headings = reporting.priority_headings(store, priority_ids)
    judged = {
        p.id: _latest_judgement(p.judgements, visit.visit_date)
        for p in priorities.priorities_of(store, school.id, academic_year_of_day(visit))
    }
    parts: list[AspectPart] = []
    for aspect in order:
        kind, _, ref = aspect.partition(":")
        title: str | None = None
        area: str | None = None
        removed = False
        if kind == "priority":
            found = headings.get(ref)
            removed = found is None
            if found:
                title, area = found
        else:
            area = ref
        lines = tuple(
            EvidenceLine(
                kind=e.kind,
                body=e.body,
                stance=e.stance,
                question=e.question,
                photos=tuple(
                    PhotoRef(a.filename, attachments.blob(store, a.sha256))
                    for a in e.attachments
                    if a.media_type in images.PRINTABLE_TYPES
                ),
            )
            for e in evidence
            if e.aspect == aspect
        )
        parts.append(
            AspectPart(
                aspect=aspect,
                title=title,
                reform_area=area,
                removed=removed,
                answers=tuple((a.question, a.answer) for a in answers if a.aspect == aspect),
                evidence=lines,
                judgement=judged.get(ref) if kind == "priority" else None,
            )
        )
    previous_date, previous = _previous_actions(store, visit)
    return VisitSummaryData(
        school=school,
        visit=visit,
        partner=reporting.visit_partner_name(store, visit_id),
        aspects=tuple(parts),
        actions=tuple(reporting.actions_of_visit(store, visit_id)),
        support=tuple(reporting.support_of_visit(store, visit_id)),
        previous_actions=previous,
        previous_visit_date=previous_date,
        partner_email=reporting.visit_partner_email(store, visit_id),
    )


def academic_year_of_day(visit: Visit) -> str:
    """The academic year of a visit's date."""
    day = parse_day(visit.visit_date)
    return academic_year_of(day) if day else ""


def render_visit_summary(
    store: Store,
    visit_id: str,
    lang: ReportLanguage | None,
    target: Target,
    *,
    include_photos: bool = True,
    layout: Layout = "sequential",
) -> ReportInfo:
    """Write the note of visit as a PDF to ``target`` (a path or a binary stream).

    ``lang`` is ``en``, ``cy`` or ``both``; None means the school's default (see
    :func:`~desktop.reports.language.default_report_language`). ``layout`` matters only for
    ``both``. Raises NotFound for an unknown visit. Call on the store's thread.
    """
    data = collect_visit_summary(store, visit_id)
    return build_visit_summary(
        data,
        lang or default_report_language(data.school),
        target,
        include_photos=include_photos,
        layout=layout,
    )


def build_visit_summary(
    data: VisitSummaryData,
    lang: ReportLanguage,
    target: Target,
    *,
    include_photos: bool = True,
    layout: Layout = "sequential",
    wording: Wording | None = None,
    forms: Forms | None = None,
) -> ReportInfo:
    """Lay out collected visit data as a PDF. Safe on any thread; touches no database."""
    voice = Voice(wording or load_wording(), forms or load_forms(), lang, layout)
    visit, school = data.visit, data.school
    day = parse_day(visit.visit_date)
    dates = voice.date(day) if day else [visit.visit_date]
    story: list[Flowable] = []
    story += _title_block(voice, data)
    story += _particulars(voice, data, dates)
    if visit.summary.strip():
        story += heading(voice, voice.say("visit.summary"))
        story += user_text(visit.summary, styles().body)
    story += _in_brief(voice, data)
    story += _previous(voice, data)
    story += _aspects(voice, data, include_photos)
    story += _actions(voice, data.actions)
    story += _support(voice, data.support)
    story += _next_visit(voice, visit)
    story += _response(voice, visit)
    if any(part.judgement is not None for part in data.aspects):
        story += judgement_key(voice, "visit.key")
    titles = [
        voice.wording.get("visit.subject", lang_, school=school.name, date=date_)
        for lang_, date_ in zip(voice.langs, dates, strict=True)
    ]
    purpose = _purpose(voice, visit.purpose)
    furniture = Furniture(
        school=school.name,
        when=voice.line(dates, sep=" · "),
        header_right=voice.running_title("visit.title"),
        page_label=page_label(voice),
        watermark=voice.line(voice.say("common.draft_mark"), sep=" · ")
        if visit.status == "draft"
        else None,
    )
    return build_pdf(
        target,
        story,
        voice=voice,
        furniture=furniture,
        title=voice.line(titles),
        author=data.partner or voice.line(voice.say("common.improvement_partner")),
        subject=voice.line(purpose),
    )


def _purpose(voice: Voice, key: str) -> list[str]:
    return voice.named("visit_purpose", key) or [key]


def _title_block(voice: Voice, data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    parts: list[Flowable] = [*bilingual(voice, voice.say("visit.title"), s.title, s.title_alt)]
    parts.append(Paragraph(esc(data.school.name), s.subtitle))
    corrected = parse_day(data.visit.corrected_at)
    if data.visit.status == "final" and corrected:
        parts.append(Spacer(1, 1 * mm))
        parts.append(stacked(_corrected(voice, corrected), s.notice))
    parts.append(Spacer(1, 5 * mm))
    if data.visit.status == "draft":
        parts += [notice_box(voice.say("common.draft_notice")), Spacer(1, 4 * mm)]
    return parts


def _corrected(voice: Voice, day: date) -> list[str]:
    return voice.say_each(
        "common.corrected_on", lambda lang: {"date": format_date(day, lang, voice.wording)}
    )


def _particulars(voice: Voice, data: VisitSummaryData, dates: list[str]) -> list[Flowable]:
    s = styles()
    visit, school = data.visit, data.school
    rows: list[tuple[Paragraph, Flowable]] = []

    def row(key: str, value: list[str] | str) -> None:
        texts = [value] if isinstance(value, str) else value
        rows.append((stacked(voice.say(key), s.label), stacked(texts, s.cell)))

    row("common.school", f"{school.name} ({school.number})")
    row("common.local_authority", school.la_name)
    if school.headteacher:
        row("common.headteacher", school.headteacher)
    row("visit.date", dates)
    row("visit.purpose", _purpose(voice, visit.purpose))
    # The partner and their consortium on one line: "Siân Prydderch (Central South Consortium)"
    partner = (
        [data.partner] * len(voice.langs) if data.partner else voice.say("common.not_recorded")
    )
    consortium = voice.of(voice.forms.consortium)
    row(
        "common.improvement_partner",
        [f"{who} ({body})" for who, body in zip(partner, consortium, strict=True)],
    )
    if data.partner_email:
        row("visit.contact", data.partner_email)
    attendees = [a.strip() for a in visit.attendees if a.strip()]
    row("visit.attendees", ", ".join(attendees) if attendees else voice.say("common.not_recorded"))
    status = voice.say(f"visit_status.{visit.status}")
    corrected = parse_day(visit.corrected_at)
    if visit.status == "final" and corrected:
        status = [
            f"{text} – {note}"
            for text, note in zip(status, _corrected(voice, corrected), strict=True)
        ]
    row("visit.status", status)
    issued = parse_day(visit.finalised_at)
    if visit.status == "final" and issued:
        row("visit.issued", voice.date(issued))
    return [details_table(rows)]


def _brief(text: str, limit: int = 170) -> str:
    """The first sentence of ``text`` (at most ``limit`` characters)."""
    flat = " ".join(text.split())
    for stop in (". ", "? ", "! "):
        if stop in flat:
            flat = flat.split(stop)[0] + stop.strip()
            break
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _in_brief(voice: Voice, data: VisitSummaryData) -> list[Flowable]:
    """Strengths and areas for development in brief: the first sentence of each piece of
    evidence the partner marked as a strength or a concern."""
    s = styles()
    found = {
        stance: [e.body for part in data.aspects for e in part.evidence if e.stance == stance]
        for stance in ("strength", "concern")
    }
    if not any(found.values()):
        return []
    out = heading(voice, voice.say("visit.in_brief"))
    for stance, key in (("strength", "visit.strengths"), ("concern", "visit.areas")):
        if not found[stance]:
            continue
        out += bilingual(voice, voice.say(key), s.h2, s.h2_alt)
        out += [Paragraph("•  " + esc(_brief(body)), s.body) for body in found[stance]]
    return out


def _previous(voice: Voice, data: VisitSummaryData) -> list[Flowable]:
    """Progress on the actions agreed at the previous visit: each with its status."""
    if not data.previous_actions:
        return []
    s = styles()
    day = parse_day(data.previous_visit_date)
    when = voice.date(day) if day else [data.previous_visit_date or ""]
    titles = [
        voice.wording.get("visit.previous_actions", lang, date=date_)
        for lang, date_ in zip(voice.langs, when, strict=True)
    ]
    out = heading(voice, titles)
    header = [
        stacked(voice.say("visit.action"), s.cell_head),
        stacked(voice.say("visit.owner"), s.cell_head),
        stacked(voice.say("visit.action_status"), s.cell_head),
    ]
    rows = [
        [
            user_text(action.description, s.cell),
            Paragraph(esc(action.owner), s.cell),
            stacked(voice.say(f"action_status.{action.status}"), s.cell),
        ]
        for action in data.previous_actions
    ]
    return [*out, data_table(header, rows, [0.58, 0.22, 0.20])]


def _aspect_heading(voice: Voice, part: AspectPart) -> list[Flowable]:
    s = styles()
    kicker = voice.say(
        "common.priority" if part.aspect.startswith("priority:") else "common.reform_area"
    )
    area = voice.named("reform_area", part.reform_area)
    if part.title is not None and area:
        kicker = [f"{k}  ·  {a}" for k, a in zip(kicker, area, strict=True)]
    if part.title is not None:
        titles = [part.title]
    elif part.removed:
        titles = voice.say("visit.removed_priority")
    else:
        titles = area or [part.reform_area or part.aspect]
    out: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraph(esc(voice.line(kicker)).upper(), s.kicker),
        *bilingual(voice, titles, s.h2, s.h2_alt),
    ]
    if part.title is not None:
        out.append(
            details_table(
                [
                    (
                        stacked(voice.say("visit.judgement"), s.label),
                        rate_chip(voice, part.judgement),
                    )
                ],
                top_rule=False,
            )
        )
    return out


def _aspects(voice: Voice, data: VisitSummaryData, include_photos: bool) -> list[Flowable]:
    s = styles()
    out = heading(voice, voice.say("visit.aspects"))
    if not data.aspects:
        return [*out, muted_line(voice, "visit.no_aspects")]
    for index, part in enumerate(data.aspects):
        block: list[Flowable] = []
        if index:
            block.append(Spacer(1, 3 * mm))
        head = _aspect_heading(voice, part)
        for question in voice.forms.questions:
            q_parts = bilingual(
                voice,
                voice.of(question.text),
                s.question,
                s.question_alt,
                bullet=str(question.number),
            )
            answer = part.answer(question.number)
            if answer.strip():
                a_parts: list[Flowable] = [Paragraph(p, s.answer) for p in paragraphs_of(answer)]
            else:
                a_parts = [Paragraph(esc(voice.line(voice.say("visit.no_answer"))), s.answer_empty)]
            if head:
                # The aspect's title never ends a page on its own.
                block.append(KeepTogether([*head, *q_parts, a_parts[0]]))
                head = []
            else:
                block.append(KeepTogether([*q_parts, a_parts[0]]))
            block += a_parts[1:]
        block += _evidence(voice, part, include_photos)
        out += block
    return out


def _stance_tag(voice: Voice, stance: str) -> str:
    if stance not in ("strength", "concern"):
        return ""
    words = esc(voice.line(voice.say(f"stance.{stance}")))
    mark, fg, bg = (
        ("✓", STRENGTH_FG, STRENGTH_BG) if stance == "strength" else ("!", CONCERN_FG, CONCERN_BG)
    )
    return (
        f'<font backColor="{bg.hexval()}" color="{fg.hexval()}"><b>&nbsp;{mark} {words}&nbsp;</b>'
        "</font>&nbsp; "
    )


def _evidence(voice: Voice, part: AspectPart, include_photos: bool) -> list[Flowable]:
    if not part.evidence:
        return []
    s = styles()
    out: list[Flowable] = [Spacer(1, 2 * mm)]
    title = Paragraph(esc(voice.line(voice.say("visit.evidence"))), s.h3)
    kinds = [k.key for k in voice.forms.evidence_kinds]
    ordered = sorted(
        part.evidence, key=lambda e: kinds.index(e.kind) if e.kind in kinds else len(kinds)
    )
    current: str | None = None
    first = True
    for line in ordered:
        group: list[Flowable] = []
        if first:
            group.append(title)
            first = False
        if line.kind != current:
            current = line.kind
            names = voice.named("evidence_kind", line.kind) or [line.kind]
            group.append(Paragraph(f"<b>{esc(voice.line(names))}</b>", s.item))
            group[-1].keepWithNext = 1  # type: ignore[attr-defined]
        body = paragraphs_of(line.body) or [""]
        ref = ""
        if line.question:
            refs = voice.say("visit.question_ref", number=line.question)
            ref = f' <font color="#5d6673">({esc(voice.line(refs))})</font>'
        item_style = indented(s.item, 4 * mm)
        group.append(Paragraph(_stance_tag(voice, line.stance) + body[0] + ref, item_style))
        out.append(KeepTogether(group))
        out += [Paragraph(p, item_style) for p in body[1:]]
        if include_photos and line.photos:
            out.append(_photo_rows(voice, line.photos))
    return out


def _photo_rows(voice: Voice, photos: tuple[PhotoRef, ...]) -> Flowable:
    s = styles()
    cells: list[Flowable] = []
    for ref in photos:
        data = images.print_copy(ref.blob.read())
        if data is None:
            missing = voice.say("visit.photo_missing", name=ref.filename)
            cells.append(Paragraph(esc(voice.line(missing)), s.small))
        else:
            cells.append(photo(data, _PHOTO_WIDTH, _PHOTO_HEIGHT))
    rows = [cells[i : i + _PHOTOS_PER_ROW] for i in range(0, len(cells), _PHOTOS_PER_ROW)]
    rows[-1] += [""] * (_PHOTOS_PER_ROW - len(rows[-1]))
    indent = 11 * mm
    width = (CONTENT_WIDTH - indent) / _PHOTOS_PER_ROW
    table = Table(
        rows,
        colWidths=[width] * _PHOTOS_PER_ROW,
        hAlign="RIGHT",
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        ),
    )
    return table


def _actions(voice: Voice, actions: tuple[Action, ...]) -> list[Flowable]:
    s = styles()
    out = heading(voice, voice.say("visit.actions"))
    if not actions:
        return [*out, muted_line(voice, "visit.no_actions")]
    header = [
        stacked(voice.say("visit.action"), s.cell_head),
        stacked(voice.say("visit.owner"), s.cell_head),
        stacked(voice.say("visit.due"), s.cell_head),
    ]
    rows = []
    for action in actions:
        due = parse_day(action.due_on)
        rows.append(
            [
                [Paragraph(p, s.cell) for p in paragraphs_of(action.description)],
                Paragraph(esc(action.owner), s.cell)
                if action.owner.strip()
                else stacked(voice.say("common.not_set"), s.cell),
                stacked(voice.date(due), s.cell)
                if due
                else stacked(voice.say("common.not_set"), s.cell),
            ]
        )
    return [*out, data_table(header, rows, [0.58, 0.22, 0.20])]


def _support(voice: Voice, support: tuple[Support, ...]) -> list[Flowable]:
    out = heading(voice, voice.say("visit.support"))
    if not support:
        return [*out, muted_line(voice, "visit.no_support")]
    return [*out, support_table(voice, support, show_impact=False, show_status=True)]


def _next_visit(voice: Voice, visit: Visit) -> list[Flowable]:
    """The next visit's date and focus, and who receives the note, as one box."""
    s = styles()
    day = parse_day(visit.next_visit_date)
    value = voice.date(day) if day else voice.say("visit.next_visit_none")
    rows: list[tuple[Paragraph, Flowable]] = [
        (stacked(voice.say("visit.next_visit"), s.label), stacked(value, s.cell))
    ]
    if visit.next_visit_focus.strip():
        rows.append(
            (
                stacked(voice.say("visit.next_focus"), s.label),
                stacked([visit.next_visit_focus], s.cell),
            )
        )
    recipients = [r.strip() for r in visit.recipients if r.strip()]
    if recipients:
        rows.append(
            (
                stacked(voice.say("visit.recipients"), s.label),
                stacked(["; ".join(recipients)], s.cell),
            )
        )
    return [Spacer(1, 7 * mm), KeepTogether([details_table(rows)])]


def _response(voice: Voice, visit: Visit) -> list[Flowable]:
    """The headteacher's response to the note, when one was recorded."""
    if not visit.ht_response.strip():
        return []
    return [
        *heading(voice, voice.say("visit.ht_response")),
        *user_text(visit.ht_response, styles().body),
    ]
