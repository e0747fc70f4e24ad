"""Pieces that several reports print the same way: title blocks, judgements, support rows.

All words come from the wording catalogue or from ``forms``; see :mod:`layout` for the look.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.reports.language import parse_day
from desktop.reports.layout import (
    CONTENT_WIDTH,
    Swatch,
    Voice,
    bilingual,
    data_table,
    esc,
    heading,
    paragraphs_of,
    right,
    ruled_rows,
    stacked,
    styles,
)
from desktop.store.models import DaysAccount, Judgement, Priority, School, Support, Visit
from forms import Forms

#: Support statuses that mean the school received (or is receiving) the support.
RECEIVED_STATUSES = ("agreed", "in_progress", "complete")


def is_professional_learning(forms: Forms, support: Support) -> bool:
    """True for support of a kind ``forms/data/support_kinds.toml`` marks as professional
    learning for the school's staff."""
    return forms.support_kind(support.provider_kind).professional_learning


def title_block(
    voice: Voice, title_key: str, school: School, *, kicker_key: str | None = None
) -> list[Flowable]:
    """The first lines of a report: its title (and a kicker above it) and the school."""
    s = styles()
    parts: list[Flowable] = []
    if kicker_key:
        parts.append(Paragraph(esc(voice.line(voice.say(kicker_key))).upper(), s.kicker))
        parts.append(Spacer(1, 1.5 * mm))
    parts += bilingual(voice, voice.say(title_key), s.title, s.title_alt)
    parts.append(Paragraph(esc(school.name), s.subtitle))
    parts.append(Spacer(1, 5 * mm))
    return parts


def label(voice: Voice, key: str) -> Paragraph:
    return stacked(voice.say(key), styles().label)


def value(texts: Sequence[str] | str) -> Paragraph:
    return stacked([texts] if isinstance(texts, str) else list(texts), styles().cell)


def muted_line(voice: Voice, key: str, **fields: object) -> Paragraph:
    """A whole sentence from the wording, in a quiet style (e.g. "No actions were agreed")."""
    return stacked(voice.say(key, **fields), styles().muted)


def rate_chip(voice: Voice, judgement: Judgement | None, *, with_track: bool = True) -> Flowable:
    """A judgement as a colour swatch with its words, or "not yet judged" (no colour)."""
    s = styles()
    if judgement is None:
        return stacked(voice.say("common.not_judged"), s.cell_muted)
    try:
        rate = voice.forms.rate(judgement.rate)
        words = voice.of(rate.name)
        colour: str | None = rate.colour
    except KeyError:
        words, colour = [judgement.rate], None
    markup = "<br/>".join(f"<b>{esc(w)}</b>" for w in dict.fromkeys(words))
    if with_track:
        track = voice.named("track", judgement.track) or [judgement.track]
        markup += f'<br/><font color="#5d6673">{esc(voice.line(track))}</font>'
    return Swatch(colour, Paragraph(markup, s.cell))


def provider_texts(voice: Voice, support: Support) -> list[str]:
    """Who provides a support item: its kind in words (from the declared list of kinds,
    never its key) and the provider's name."""
    kinds = voice.of(voice.forms.support_kind(support.provider_kind).name)
    name = support.provider_name.strip()
    if name:
        return [f"{kind}: {name}" for kind in kinds]
    return kinds


def days_text(days: float) -> str:
    """Days as people write them: 2, 1.5."""
    return f"{days:g}"


def support_table(
    voice: Voice, items: Sequence[Support], *, show_impact: bool, show_status: bool
) -> Flowable:
    """Support items as a table: provider, what, days, and impact and/or status."""
    s = styles()
    header = [
        stacked(voice.say("common.provider"), s.cell_head),
        stacked(voice.say("common.support"), s.cell_head),
        stacked(voice.say("common.days"), s.cell_head_right),
    ]
    widths = [0.23, 0.27, 0.15]
    if show_status:
        header.append(stacked(voice.say("common.status"), s.cell_head))
        widths.append(0.20)
    if show_impact:
        header.append(stacked(voice.say("common.impact"), s.cell_head))
        widths.append(0.38)
    rows = []
    for item in items:
        row: list[object] = [
            stacked(provider_texts(voice, item), s.cell),
            [Paragraph(p, s.cell) for p in paragraphs_of(item.description)] or "",
            right(days_text(item.days), s.cell),
        ]
        if show_status:
            row.append(stacked(voice.say(f"support_status.{item.status}"), s.cell))
        if show_impact:
            impact = [Paragraph(p, s.cell) for p in paragraphs_of(item.impact)]
            row.append(impact or stacked(voice.say("governors.impact_missing"), s.cell_muted))
        rows.append(row)
    return data_table(header, rows, widths)


def visits_table(
    voice: Voice, visits: Sequence[Visit], heading_key: str, empty_key: str, *, with_status: bool
) -> list[Flowable]:
    """A headed table of visits (date, purpose and, if asked, status), or a muted line."""
    s = styles()
    out = heading(voice, voice.say(heading_key))
    if not visits:
        return [*out, muted_line(voice, empty_key)]
    header = [
        stacked(voice.say("common.date"), s.cell_head),
        stacked(voice.say("common.purpose"), s.cell_head),
    ]
    if with_status:
        header.append(stacked(voice.say("common.status"), s.cell_head))
    rows = []
    for visit in visits:
        day = parse_day(visit.visit_date)
        purpose = voice.named("visit_purpose", visit.purpose) or [visit.purpose]
        row = [
            stacked(voice.date(day) if day else [visit.visit_date], s.cell),
            stacked(purpose, s.cell),
        ]
        if with_status:
            row.append(stacked(voice.say(f"visit_status.{visit.status}"), s.cell))
        rows.append(row)
    widths = [0.22, 0.60, 0.18] if with_status else [0.25, 0.75]
    return [*out, data_table(header, rows, widths)]


def days_rows(voice: Voice, days: DaysAccount) -> list[tuple[Flowable, Flowable]]:
    """The support-days lines of a report: the partner's days from visits against the days
    due (the sector minimum and the days agreed), then the brokered days, counted apart."""
    used = days_text(days.partner_days)
    counts = {"whole": days.whole_day_visits, "half": days.half_day_visits}
    rows: list[tuple[Flowable, Flowable]] = []
    if days.due is None:
        rows.append(
            (stacked(voice.say("common.partner_days", **counts), styles().label), value(used))
        )
    else:
        due = days_text(days.due)
        rows.append(
            (
                stacked(voice.say("common.partner_days", **counts), styles().label),
                value(voice.say("common.days_of", used=used, due=due)),
            )
        )
        rows.append(
            (
                stacked(
                    voice.say(
                        "common.days_due",
                        minimum=days_text(days.minimum or 0),
                        agreed=days_text(days.agreed),
                    ),
                    styles().label,
                ),
                value(due),
            )
        )
    rows.append((label(voice, "common.brokered_days"), value(days_text(days.brokered))))
    return rows


def judgement_key(voice: Voice, heading_key: str) -> list[Flowable]:
    """The key to the four rates of progress: each colour, name and descriptor, under the
    heading ``heading_key``, kept together on one page."""
    s = styles()
    out = heading(voice, voice.say(heading_key))
    rows = []
    for rate in voice.forms.rates:
        chip = Swatch(
            rate.colour,
            Paragraph("<br/>".join(f"<b>{esc(t)}</b>" for t in voice.of(rate.name)), s.cell),
        )
        descriptors: list[Flowable] = [
            Paragraph(esc(text), s.cell if index == 0 else s.cell_alt)
            for index, text in enumerate(voice.of(rate.descriptor))
        ]
        rows.append([chip, descriptors])
    table = ruled_rows(rows, CONTENT_WIDTH * 0.27, gap=3 * mm)
    return [KeepTogether([*out, table])]  # the key is read whole, beside its heading


def approval_texts(voice: Voice, priority: Priority) -> list[str]:
    """Where a priority stands with the local authority: the state, and for a decision
    its date and who decided ("Approved by the local authority, 3 October 2025 (Ann Bebb)")."""
    texts = voice.say(f"la_approval.{priority.la_approval or 'none'}")
    day = parse_day(priority.la_approved_on)
    if priority.la_approval in ("approved", "not_approved") and day:
        who = f" ({priority.la_approved_by})" if priority.la_approved_by else ""
        texts = [f"{t}, {d}{who}" for t, d in zip(texts, voice.date(day), strict=True)]
    return texts
