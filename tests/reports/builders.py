"""Fictional schools, visits and years for report tests and the report bench.

Everything is written through the store's own functions, as the app would.
"""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from desktop.store import attachments, people, priorities, records, schools, visits
from desktop.store.store import Store
from forms import Forms, default_directory, load_forms
from tests.store.factories import make_school

WELSH_PARAGRAPHS = (
    "Mae'r ysgol yn gwerthuso bod safonau darllen ym Mlynyddoedd 5 a 6 wedi gwella'n gyson "
    "eleni. Mae arweinwyr wedi defnyddio asesiadau personol, teithiau dysgu a chraffu ar "
    "lyfrau i ddod i'r farn hon, ac mae'r llywodraethwyr wedi clywed gan y disgyblion eu "
    "hunain.",
    "Yn y dosbarth derbyn, mae'r plant yn dysgu am yr ŵyn bach ar fferm Tŷ Gwyn ac yn "
    "ysgrifennu am ddŵr yr afon. Mae'r gwaith yn y llyfrau'n dangos bod geirfa'r disgyblion "
    "yn datblygu'n dda, er bod angen i rai disgyblion ymestyn eu brawddegau.",
    "Mae'r staff yn cytuno bod y cynllun darllen dan arweiniad wedi cael effaith gadarnhaol "
    "ar hyder y dysgwyr, yn enwedig y bechgyn. Serch hynny, nid yw'r ysgol wedi sicrhau eto "
    "fod pob athro'n holi'n ddigon treiddgar i herio'r disgyblion mwy abl.",
)

ENGLISH_PARAGRAPHS = (
    "The school judges that standards of reading in Years 5 and 6 have improved steadily "
    "this year. Leaders base this on personalised assessments, learning walks and book "
    "looks, and governors have heard from pupils themselves.",
    "In the reception class pupils are learning about lambs on a local farm and write about "
    "the river. Work in books shows that pupils' vocabulary is developing well, although "
    "some pupils need to extend their sentences.",
    "Staff agree that the guided reading programme has had a positive impact on learners' "
    "confidence, especially boys. However, the school has not yet ensured that every "
    "teacher's questioning is probing enough to challenge more able pupils.",
)


def png_bytes(colour: str, size: tuple[int, int] = (320, 240), label: str = "") -> bytes:
    """A small PNG picture (a coloured page with a few lines, like a photo of a book)."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    for y in range(30, size[1] - 20, 24):
        draw.line((20, y, size[0] - 20, y), fill="#444444", width=2)
    if label:
        draw.text((24, 8), label, fill="#000000")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def school(
    store: Store,
    number: str = "6749001",
    name: str = "Ysgol Gynradd Tŷ'r Ŵyn",
    *,
    sector: str = "Primary",
    medium: str | None = "Welsh medium",
    headteacher: str = "Rhian Llŷr",
) -> str:
    school_id = make_school(store, number, name, sector=sector, la_name="Rhondda Cynon Taf")
    schools.update_details(store, school_id, headteacher=headteacher)
    if medium:
        records.update(store, "schools", school_id, {"welsh_medium_type": medium})
    return school_id


def long_text(paragraphs: tuple[str, ...], repeat: int) -> str:
    return "\n\n".join(paragraphs[i % len(paragraphs)] for i in range(repeat))


def rich_visit(
    store: Store,
    school_id: str,
    tmp: Path,
    *,
    welsh: bool = True,
    repeat: int = 6,
    evidence_items: int = 14,
    photos: int = 2,
    final: bool = True,
    visit_date: date = date(2025, 10, 14),
) -> str:
    """A visit with two aspects, long answers, many evidence items, photos and actions."""
    partner = people.add_person(store, "Siân Prydderch", "ip")
    year = "2025-26"
    people.allocate(store, school_id, partner, year)
    reading = priorities.add_priority(
        store,
        school_id,
        year,
        "Gwella darllen yng Nghyfnod Allweddol 2" if welsh else "Improve reading in Key Stage 2",
        reform_area="curriculum",
    )
    aspects = [visits.priority_aspect(reading), visits.area_aspect("teaching")]
    visit_id = visits.start_visit(
        store,
        school_id,
        visit_date,
        "progress_towards_priorities",
        attendees=["Rhian Llŷr (Pennaeth)", "Gwenllïan Ŵyn (Dirprwy)", "Siân Prydderch"],
        aspects=aspects,
        person_id=partner,
    )
    paragraphs = WELSH_PARAGRAPHS if welsh else ENGLISH_PARAGRAPHS
    for aspect in aspects:
        for question in range(1, 6):
            visits.set_answer(
                store, visit_id, aspect, question, long_text(paragraphs, repeat + question % 2)
            )
    kinds = ["learning_walk", "work_scrutiny", "learner_voice", "staff", "data", "documents"]
    stances = ["strength", "concern", "neutral"]
    evidence_ids = []
    for index in range(evidence_items):
        evidence_ids.append(
            visits.record_evidence(
                store,
                visit_id,
                aspects[index % 2],
                kinds[index % len(kinds)],
                f"{index + 1}. {paragraphs[index % len(paragraphs)]}",
                question=2 if index % 3 == 0 else None,
                stance=stances[index % 3],
            )
        )
    visits.record_evidence(
        store,
        visit_id,
        aspects[0],
        "documents",
        "Nodyn preifat: ddim i'w argraffu",
        in_report=False,
    )
    for index in range(photos):
        path = tmp / f"llyfr-{index + 1}.png"
        path.write_bytes(png_bytes(["#fde9a9", "#cde7f7", "#e2f0d9"][index % 3], label=str(index)))
        attachments.attach_file(store, evidence_ids[1], path)
    visits.update_visit(
        store,
        visit_id,
        summary=long_text(paragraphs, 2),
        next_visit_date=date(2026, 1, 20),
    )
    visits.add_action(
        store,
        school_id,
        "Rhannu'r cynllun darllen gyda'r llywodraethwyr"
        if welsh
        else "Share the reading plan with governors",
        owner="Rhian Llŷr",
        due_on=date(2025, 11, 28),
        visit_id=visit_id,
    )
    for n in range(2, 9):
        visits.add_action(
            store,
            school_id,
            f"{n}. {paragraphs[n % 3][:140]}",
            owner="Gwenllïan Ŵyn",
            due_on=date(2026, 1, n),
            visit_id=visit_id,
        )
    visits.request_support(
        store,
        school_id,
        year,
        "specialist",
        provider_name="Tîm llythrennedd",
        description="Dau ddiwrnod o gymorth gyda holi treiddgar",
        days=2,
        visit_id=visit_id,
    )
    if final:
        visits.finalise_visit(store, visit_id)
    return visit_id


def governors_year(
    store: Store, school_id: str, year: str = "2025-26", *, judged: bool = True
) -> None:
    """A year of priorities, judgements, support, professional learning and practice."""
    people.allocate(store, school_id, people.add_person(store, "Siân Prydderch", "ip"), year)
    titles = [
        ("Gwella darllen yng Nghyfnod Allweddol 2", "curriculum"),
        ("Datblygu asesu ar gyfer dysgu ym mhob dosbarth", "assessment_evaluation"),
        ("Cryfhau lles a phresenoldeb dysgwyr sy'n agored i niwed", "equity_excellence_wellbeing"),
    ]
    rates = [
        ("strong", "satisfactory", "very_good"),
        ("satisfactory", "satisfactory", "strong"),
        ("limited", "satisfactory", None),
    ]
    days = {"autumn": date(2025, 12, 5), "spring": date(2026, 3, 20), "summer": date(2026, 7, 3)}
    for (title, area), marks in zip(titles, rates, strict=True):
        pid = priorities.add_priority(
            store, school_id, year, title, reform_area=area, description=WELSH_PARAGRAPHS[0]
        )
        if not judged:
            continue
        for term, rate in zip(("autumn", "spring", "summer"), marks, strict=True):
            if rate is None:
                continue
            priorities.judge_priority(
                store,
                pid,
                term,
                track="off_track" if rate == "limited" else "on_track",
                rate=rate,
                rationale=WELSH_PARAGRAPHS[2],
                judged_on=days[term],
            )
    sid = visits.request_support(
        store,
        school_id,
        year,
        "hub",
        provider_name="Hyb Darllen Cwm Taf",
        description="Rhwydwaith darllen i athrawon CA2",
        days=3,
        status="complete",
    )
    records.update(store, "support", sid, {"impact": WELSH_PARAGRAPHS[1]})
    pl = visits.request_support(
        store,
        school_id,
        year,
        "professional_learning",
        provider_name="Consortiwm",
        description="Rhaglen arweinyddiaeth ganol",
        days=4,
        status="in_progress",
    )
    records.update(
        store, "support", pl, {"impact": "Mae'r arweinwyr canol yn arwain teithiau dysgu."}
    )
    visits.request_support(
        store,
        school_id,
        year,
        "ip",
        description="Ymweliadau'r partner gwella",
        days=7,
        status="agreed",
    )
    shared_at = visits.start_visit(store, school_id, date(2026, 3, 10), "peer_partnerships")
    visits.add_practice(
        store,
        school_id,
        "Darllen ar y cyd gyda theuluoedd",
        visit_id=shared_at,
        description="Mae'r ysgol yn gwahodd teuluoedd i ddarllen gyda'u plant bob dydd Gwener.",
        reform_area="equity_excellence_wellbeing",
    )


def forms_with_marking(folder: Path, en: str, cy: str) -> Forms:
    """The shipped form content with the protective marking reworded, as a consortium would
    by editing a copy of ``forms/data/marking.toml`` (loaded from ``folder``)."""
    data = folder / "forms-data"
    shutil.copytree(default_forms_folder(), data)
    (data / "marking.toml").write_text(
        f"[marking]\ntext = {{ en = {json.dumps(en)}, cy = {json.dumps(cy)} }}\n",
        encoding="utf-8",
    )
    return load_forms(data)


def default_forms_folder() -> Path:
    """The ``forms/data`` folder of this checkout."""
    return Path(str(default_directory()))
