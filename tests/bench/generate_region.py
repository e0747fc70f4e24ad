"""Generate region-scale fictional data into a SIPL profile database, for the benches.

Run::

    uv run python tests/bench/generate_region.py --data-dir /tmp/sipl-bench --scale 1

At ``--scale 1`` the profile ``region`` gets 400 schools in 5 invented local authorities
(codes 990-994), 30 partners (27 IPs, 3 PIPs), allocations, priorities and termly
judgements for 5 academic years, about 40,000 visits and about 1,000,000 enquiry answers
and evidence items, plus actions, support, notes and practice worth sharing. ``--scale``
multiplies the history (visits and everything recorded on them); schools, partners,
allocations and priorities stay the same, so a quick run (``--scale 0.01``) has the same
shape with less history.

The database is opened with :meth:`Store.open`, so schema, migrations and search triggers
are the real ones; rows are bulk-inserted with ``executemany`` in a few transactions and
marked as already synced (no outbox rows). Ids are UUIDv7 strings stamped with the record's
own date, and everything is deterministic for a given ``--seed`` and ``--today``.

Text reuses the bilingual sentences of the demo caseload (:mod:`desktop.store.demo_text`),
filled with classes, subjects, people and education terms from the word lists below, so that
full-text search sees a realistic mix of common and rare words in Welsh and English.

The run also writes a fictional *Address list of schools* CSV (``address_list.csv`` in the
data dir) of about 1,600 schools in 22 invented authorities, the region's 400 among them,
with the header and the untidiness of the published file, for the import bench.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.store.calendar import TERMS, academic_year_of, term_of, year_start
from desktop.store.demo import RATE_BY_LEVEL, is_school_day, join_phrases, judgement_day
from desktop.store.demo_text import (
    ACTIONS,
    ANSWERS,
    AREA_DETAIL,
    ATTENDEE_ROLES,
    CATALOGUE,
    CLASSES,
    EVIDENCE,
    NOTES,
    PRACTICE,
    RATIONALES,
    SUBJECTS,
    SUMMARIES,
    SUPPORT,
    Entry,
)
from desktop.store.importing.address_list import COLUMNS
from desktop.store.paths import profile_paths
from desktop.store.store import Store
from forms import Text, load_forms

PROFILE = "region"
ADDRESS_LIST = "address_list.csv"
YEARS = 5
FULL_VISITS = 40_000
ASPECTS_PER_VISIT = 2
EVIDENCE_PER_VISIT = (10, 20)  # uniform: 15 on average, so ~600k items at full scale
VISITS_PER_BATCH = 2_000

REGION_LAS = (
    ("990", "Bro Derwen"),
    ("991", "Cwm Alaw"),
    ("992", "Dyffryn Tawel"),
    ("993", "Bro Eithin"),
    ("994", "Porth Eirin"),
)
OTHER_LAS = (
    ("975", "Cwm Hiraeth"),
    ("976", "Glan Ceulan"),
    ("977", "Dyffryn Llwyd"),
    ("978", "Sir Garreg"),
    ("979", "Bro Ffynnon"),
    ("980", "Cwm Gwernol"),
    ("981", "Glyn Ebrwydd"),
    ("982", "Porth Helyg"),
    ("983", "Bro Cadfan Fawr"),
    ("984", "Cwm Meillion"),
    ("985", "Dyffryn Aur"),
    ("986", "Sir y Bannau Gleision"),
    ("987", "Glannau Teifion"),
    ("988", "Bro Hafesb"),
    ("989", "Cwm Tryweryn Isaf"),
    ("995", "Ynys Wennol"),
    ("996", "Penrhyn Gwyddno"),
)
# Sector shares of Welsh maintained schools, roughly; (sector, school type, number range).
SECTORS: tuple[tuple[str, str, int, float], ...] = (
    ("Primary", "Primary", 2000, 0.80),
    ("Secondary", "Secondary (11-16)", 4000, 0.06),
    ("Secondary", "Secondary (11-18)", 4000, 0.06),
    ("Middle", "Middle (3-16)", 4500, 0.025),
    ("Special", "Special", 7000, 0.03),
    ("Nursery", "Nursery", 1000, 0.01),
    ("PRU", "Pupil referral unit", 1100, 0.015),
)
MEDIUMS: tuple[tuple[str, str, float], ...] = (
    ("EM", "English medium", 0.62),
    ("WM", "Welsh medium", 0.25),
    ("DS", "Dual stream", 0.04),
    ("EW", "English with significant Welsh", 0.05),
    ("TA", "Bilingual (Type A)", 0.02),
    ("TB", "Bilingual (Type B)", 0.02),
)

# -- word lists ----------------------------------------------------------------------------

PLACE_HEADS = (
    "Nant", "Cwm", "Bryn", "Pant", "Llwyn", "Pen", "Tre", "Glan", "Maes", "Rhos", "Coed",
    "Cae", "Pont", "Tal", "Aber", "Llan", "Dôl", "Ffos", "Gwaun", "Blaen", "Cefn", "Garth",
    "Tŷ", "Hendre", "Pwll", "Rhyd", "Castell", "Ynys", "Bod", "Craig",
)  # fmt: skip
PLACE_TAILS = (
    "Derwen", "Onnen", "Celyn", "Eithin", "Alaw", "Hafod", "Gwyn", "Ddu", "Glas", "Mawr",
    "Bach", "Coch", "Wen", "Ŵyn", "Dŵr", "yr Afon", "y Felin", "y Pandy", "y Wern", "Ucha",
    "Isaf", "Newydd", "Teg", "Meillion", "Sidan", "Arian", "Tawel", "Hebog", "Ebrwydd",
    "Gwenfro", "y Fedw", "Helyg", "yr Hydd", "Eirin", "Cadno", "Ŷd", "Grug", "Mynach",
)  # fmt: skip
ENGLISH_HEADS = (
    "Oak", "Ash", "Elm", "Brook", "Mill", "High", "Castle", "Church", "Meadow", "Fern",
    "Hazel", "Willow", "Green", "Park", "Hill", "Stone", "Bridge", "Lark", "Rose", "Thorn",
    "Beech", "Cherry", "Heath", "Moor", "Sand",
)  # fmt: skip
ENGLISH_TAILS = (
    "field", "vale", "side", "wood", "bank", "mead", "lands", "view", "ford", "well",
    "brook", "croft", "dale", "grove", "hurst", "leigh", "mount", "way",
)  # fmt: skip
SAINTS = (
    "Aeronwy", "Tegwen", "Bedwyr", "Emrys", "Elwen", "Cynwal", "Gwenfair", "Meirion",
    "Ithel", "Nonna", "Tudwal", "Eurgain",
)  # fmt: skip
FIRST_NAMES = (
    "Aled", "Alys", "Angharad", "Bethan", "Bryn", "Carys", "Catrin", "Ceri", "Dafydd", "Delyth",
    "Dewi", "Eirian", "Elen", "Emyr", "Ffion", "Gareth", "Geraint", "Gwen", "Gwenllian", "Gwion",
    "Heledd", "Huw", "Iestyn", "Ifan", "Iwan", "Lowri", "Llinos", "Mared", "Meinir", "Meleri",
    "Nerys", "Nia", "Osian", "Rhian", "Rhodri", "Rhys", "Sara", "Seren", "Sioned", "Steffan",
    "Tomos", "Wyn", "Andrew", "Claire", "David", "Emma", "Gemma", "Helen", "James", "Jason",
    "Karen", "Kelly", "Laura", "Mark", "Michelle", "Neil", "Paul", "Rachel", "Sarah", "Simon",
)  # fmt: skip
SURNAMES = (
    "Ap Iorwerth", "Bevan", "Bowen", "Cadwaladr", "Daniel", "Davies", "Edwards", "Ellis",
    "Evans", "Griffiths", "Gwilym", "Harries", "Hopkin", "Howells", "Hughes", "Humphreys",
    "James", "Jenkins", "Jones", "Lewis", "Llewelyn", "Lloyd", "Mathias", "Meredith", "Morgan",
    "Morris", "Owen", "Parry", "Phillips", "Powell", "Price", "Prosser", "Pugh", "Rees",
    "Richards", "Roberts", "Rowlands", "Thomas", "Vaughan", "Watkins", "Williams", "Wyn",
    "Beddoe", "Chiswell", "Crowley", "Kemble", "Pask", "Prothero", "Venables", "Walsh",
)  # fmt: skip
T = Text
ROLES = (
    T("Deputy headteacher", "Dirprwy bennaeth"),
    T("ALNCo", "CADY"),
    T("Literacy lead", "Arweinydd llythrennedd"),
    T("Numeracy lead", "Arweinydd rhifedd"),
    T("Assessment lead", "Arweinydd asesu"),
    T("Wellbeing lead", "Arweinydd lles"),
    T("Head of department", "Pennaeth adran"),
    T("Phase leader", "Arweinydd cyfnod"),
    T("Curriculum lead", "Arweinydd y cwricwlwm"),
    T("Link governor", "Llywodraethwr cyswllt"),
)
TERMS_OF_ART = (
    T("phonics", "ffoneg"), T("oracy", "llafaredd"), T("metacognition", "metawybyddiaeth"),
    T("retrieval practice", "ymarfer adalw"), T("modelling", "modelu"),
    T("scaffolding", "sgaffaldio"), T("guided reading", "darllen dan arweiniad"),
    T("reciprocal reading", "darllen cilyddol"), T("times tables", "tablau lluosi"),
    T("place value", "gwerth lle"), T("fractions", "ffracsiynau"),
    T("persuasive writing", "ysgrifennu perswadiol"), T("spelling", "sillafu"),
    T("punctuation", "atalnodi"), T("handwriting", "llawysgrifen"),
    T("outdoor learning", "dysgu yn yr awyr agored"), T("forest school", "ysgol goedwig"),
    T("nurture provision", "darpariaeth anogaeth"), T("restorative practice", "arfer adferol"),
    T("punctuality", "prydlondeb"), T("exclusions", "gwaharddiadau"),
    T("behaviour", "ymddygiad"), T("transition to secondary", "pontio i'r uwchradd"),
    T("cluster moderation", "cymedroli clwstwr"), T("learning conferences", "cynadleddau dysgu"),
    T("success criteria", "meini prawf llwyddiant"), T("peer assessment", "asesu gan gyfoedion"),
    T("self-assessment", "hunanasesu"), T("digital competence", "cymhwysedd digidol"),
    T("problem solving", "datrys problemau"), T("mental maths", "mathemateg pen"),
    T("reading ages", "oedran darllen"), T("vocabulary", "geirfa"),
    T("Welsh Language Charter", "Siarter Iaith"), T("incidental Welsh", "Cymraeg achlysurol"),
    T("immersion", "trochi"), T("latecomer provision", "darpariaeth i hwyrddyfodiaid"),
    T("pupil voice", "llais y disgybl"), T("school council", "cyngor ysgol"),
    T("eco-committee", "pwyllgor eco"), T("PDG spend", "gwariant y GDD"),
    T("family engagement", "ymgysylltu â theuluoedd"),
    T("attendance letters", "llythyrau presenoldeb"),
    T("IDP reviews", "adolygiadau CDU"), T("one-page profiles", "proffiliau un dudalen"),
    T("Boxall profiles", "proffiliau Boxall"), T("emotional literacy", "llythrennedd emosiynol"),
    T("lesson study", "astudio gwersi"), T("coaching", "hyfforddi"),
    T("middle leader monitoring", "monitro gan arweinwyr canol"),
    T("work scrutiny", "craffu ar waith"), T("learning walks", "teithiau dysgu"),
    T("governor visits", "ymweliadau llywodraethwyr"), T("budget", "cyllideb"),
    T("staff wellbeing", "lles staff"), T("workload", "llwyth gwaith"),
    T("progression steps", "camau cynnydd"),
    T("what matters statements", "datganiadau o'r hyn sy'n bwysig"),
    T("cross-curricular skills", "sgiliau trawsgwricwlaidd"), T("STEM", "STEM"),
    T("Year 6 transition", "pontio Blwyddyn 6"), T("GCSE entries", "cofrestriadau TGAU"),
    T("vocational options", "opsiynau galwedigaethol"), T("NEET risk", "risg NEET"),
)  # fmt: skip
QUALITIES = (
    T("secure", "cadarn"), T("developing", "yn datblygu"), T("inconsistent", "anghyson"),
    T("a strength", "yn gryfder"), T("emerging", "yn dod i'r amlwg"),
    T("well embedded", "wedi ymwreiddio'n dda"), T("not yet started", "heb ddechrau eto"),
)  # fmt: skip
TOPICS = (
    T("Maths", "Mathemateg"), T("Science", "Gwyddoniaeth"), T("Welsh", "Cymraeg"),
    T("English", "Saesneg"), T("Humanities", "Dyniaethau"), T("History", "Hanes"),
    T("Geography", "Daearyddiaeth"), T("Expressive arts", "Celfyddydau mynegiannol"),
    T("Music", "Cerddoriaeth"), T("Art", "Celf"), T("Drama", "Drama"), T("PE", "Addysg gorfforol"),
    T("Technology", "Technoleg"), T("Computing", "Cyfrifiadura"), T("French", "Ffrangeg"),
    T("Religion, values and ethics", "Crefydd, gwerthoedd a moeseg"),
)  # fmt: skip
MONTHS = (
    T("September", "Medi"), T("October", "Hydref"), T("November", "Tachwedd"),
    T("December", "Rhagfyr"), T("January", "Ionawr"), T("February", "Chwefror"),
    T("March", "Mawrth"), T("April", "Ebrill"), T("May", "Mai"), T("June", "Mehefin"),
    T("July", "Gorffennaf"),
)  # fmt: skip
# Note-style specifics appended to some texts (label style: no mutation after the slots).
SPECIFICS = (
    T("Lead: {person} ({role}). Focus: {term}. Next review: {day} {month}.",
      "Arweinydd: {person} ({role}). Ffocws: {term}. Adolygu nesaf: {day} {month}."),
    T("{topic}, {cls}: {term} – {quality}; {n} of {m} pupils secure.",
      "{topic}, {cls}: {term} – {quality}; {n} o {m} disgybl yn hyderus."),
    T("Discussed with {person} ({role}): {term} – {quality} across the school.",
      "Trafodaeth – {person} ({role}): {term} – {quality} ar draws yr ysgol."),
    T("Follow-up: {terms}, with {person} to report back by {day} {month}.",
      "I'w ddilyn: {terms}; {person} i adrodd yn ôl erbyn {day} {month}."),
)  # fmt: skip
ENHANCED_WHY = Text(
    "Limited progress on two priorities and turbulence in leadership; agreed with the LA and"
    " the PIP to move to enhanced support with half-termly reviews.",
    "Cynnydd cyfyngedig o ran dwy flaenoriaeth ac ansefydlogrwydd yn yr arweinyddiaeth;"
    " cytunwyd gyda'r awdurdod lleol a'r prif bartner gwella i symud i gymorth ychwanegol,"
    " gydag adolygiadau bob hanner tymor.",
)
CORE_WHY = Text(
    "Strong progress on every priority for two terms; agreed to return to core support.",
    "Cynnydd cryf o ran pob blaenoriaeth am ddau dymor; cytunwyd i ddychwelyd i gymorth craidd.",
)
PURPOSES = tuple(p.key for p in load_forms().visit_purposes if p.key != "other")


# -- the result ----------------------------------------------------------------------------


@dataclass
class Generated:
    """What a run made: row counts by table, seconds taken, and the files."""

    database: Path
    address_list: Path
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def database_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.database.parent.glob(self.database.name + "*"))


@dataclass(frozen=True)
class SchoolSpec:
    """One fictional school as it stands in the address list (tidy form)."""

    number: str
    name: str
    la_code: str
    la_name: str
    sector: str
    school_type: str
    governance: str
    wm_code: str
    medium: str
    religious: str
    address: tuple[str, str, str, str]
    postcode: str
    phone: str
    pupils: int

    @property
    def lang(self) -> str:
        return "cy" if self.medium == "Welsh medium" else "en"


# -- ids, stamps and small helpers ----------------------------------------------------------


class _Ids:
    """Deterministic UUIDv7 ids stamped with a given day, and matching time stamps."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._epoch = date(1970, 1, 1)

    def at(self, day: date, second: int = 0) -> str:
        ms = ((day - self._epoch).days * 86_400 + 8 * 3600 + second) * 1000
        value = (
            (ms << 80)
            | (0x7 << 76)
            | (self.rng.getrandbits(12) << 64)
            | (0b10 << 62)
            | self.rng.getrandbits(62)
        )
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    @staticmethod
    def stamp(day: date, second: int = 0) -> str:
        hours, rest = divmod(8 * 3600 + second, 3600)
        return f"{day.isoformat()}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}.000000Z"


def _school_days(first: date, last: date) -> list[date]:
    """The school days from ``first`` to ``last``."""
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if is_school_day(day)]


def _weighted(rng: random.Random, table: Sequence[tuple[Any, ...]]) -> tuple[Any, ...]:
    return rng.choices(table, weights=[row[-1] for row in table])[0]


def _academic_years(today: date) -> list[str]:
    current = int(academic_year_of(today)[:4])
    return [f"{y}-{(y + 1) % 100:02d}" for y in range(current - YEARS + 1, current + 1)]


# -- schools and the address list -----------------------------------------------------------


def _school_name(rng: random.Random, sector: str, medium: str, school_type: str) -> str:
    welsh_place = f"{rng.choice(PLACE_HEADS)} {rng.choice(PLACE_TAILS)}"
    english_place = rng.choice(ENGLISH_HEADS) + rng.choice(ENGLISH_TAILS)
    place = welsh_place if rng.random() < 0.7 else english_place
    if medium == "Welsh medium":
        return {
            "Primary": rng.choice(("Ysgol Gymraeg", "Ysgol Gynradd", "Ysgol Gynradd Gymraeg")),
            "Secondary": rng.choice(("Ysgol Gyfun Gymraeg", "Ysgol Uwchradd")),
            "Middle": "Ysgol",
            "Special": "Ysgol Arbennig",
            "Nursery": "Ysgol Feithrin",
            "PRU": "Canolfan Addysg",
        }[sector] + f" {welsh_place}"
    if sector == "Primary" and rng.random() < 0.08:
        saint = rng.choice(SAINTS)
        kind = rng.choice(("Church in Wales", "Catholic"))
        return f"St {saint}'s {kind} Primary School"
    suffix = {
        "Primary": rng.choice(("Primary School", "Community Primary School", "Primary")),
        "Secondary": rng.choice(("High School", "Comprehensive School", "Community School")),
        "Middle": "Community School (3-16)" if "16" in school_type else "School (3-19)",
        "Special": "Special School",
        "Nursery": "Nursery School",
        "PRU": "Learning Centre",
    }[sector]
    return f"{place} {suffix}"


def make_schools(rng: random.Random) -> list[SchoolSpec]:
    """Every school of the address list: 400 in the region's LAs, ~1,200 elsewhere."""
    specs: list[SchoolSpec] = []
    names: set[str] = set()
    phones = [f"01632 960{n:03d}" for n in range(1000)] + [
        f"029 2018 0{n:03d}" for n in range(1000)
    ]
    rng.shuffle(phones)
    for la_code, la_name in REGION_LAS + OTHER_LAS:
        count = 80 if la_code in dict(REGION_LAS) else rng.randint(55, 85)
        used: set[str] = set()
        for _ in range(count):
            sector, school_type, base, _share = _weighted(rng, SECTORS)
            code, medium, _share = _weighted(rng, MEDIUMS)
            if sector == "Middle" and school_type.endswith("16)") and rng.random() < 0.4:
                school_type = "Middle (3-19)"
            while True:
                name = _school_name(rng, sector, medium, school_type)
                number = f"{la_code}{base + rng.randrange(900):04d}"
                if name not in names and number not in used:
                    break
            names.add(name)
            used.add(number)
            religious = ""
            governance = "Community"
            if "Church in Wales" in name:
                religious, governance = "Church in Wales", "Voluntary controlled"
            elif "Catholic" in name:
                religious, governance = "Roman Catholic", "Voluntary aided"
            street = f"{rng.choice(('Heol', 'Ffordd', 'Lôn', 'Stryd'))} {rng.choice(PLACE_TAILS)}"
            if rng.random() < 0.5:
                street = rng.choice(("Church Street", "School Road", "Park Lane", "Hill View"))
            town = f"{rng.choice(PLACE_HEADS)} {rng.choice(PLACE_TAILS)}"
            district = (
                f"ZZ{rng.randint(1, 99)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            )
            postcode = district + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            pupils = {
                "Primary": (40, 480),
                "Secondary": (450, 1600),
                "Middle": (600, 1700),
                "Special": (30, 220),
                "Nursery": (30, 110),
                "PRU": (10, 80),
            }[sector]
            specs.append(
                SchoolSpec(
                    number=number,
                    name=name,
                    la_code=la_code,
                    la_name=la_name,
                    sector=sector,
                    school_type=school_type,
                    governance=governance,
                    wm_code=code,
                    medium=medium,
                    religious=religious,
                    address=(street, town, la_name, ""),
                    postcode=postcode,
                    phone=phones.pop(),
                    pupils=rng.randint(*pupils),
                )
            )
    return specs


def _messy(rng: random.Random, text: str) -> str:
    """Untidy a cell the way the published file is untidy, now and then."""
    roll = rng.random()
    if roll < 0.03 and " " in text:
        return text.replace(" ", "  ", 1)
    if roll < 0.05:
        return text + " "
    return text


def write_address_list(path: Path, specs: list[SchoolSpec], rng: random.Random) -> int:
    """Write the fictional address list as the Welsh Government publishes it; return rows."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for spec in sorted(specs, key=lambda s: s.number):
            name = _messy(rng, spec.name)
            if "'" in name and rng.random() < 0.5:
                name = name.replace("'", "\u2019")
            if rng.random() < 0.015:
                name = name.upper()
            sector = spec.sector
            if rng.random() < 0.01:
                sector = sector.upper() if rng.random() < 0.5 else sector.lower()
            pupils = str(spec.pupils)
            if rng.random() < 0.006:
                pupils = "" if rng.random() < 0.7 else "*"
            elif spec.pupils >= 1000 and rng.random() < 0.5:
                pupils = f"{spec.pupils:,}"
            postcode = spec.postcode.lower() if rng.random() < 0.01 else spec.postcode
            writer.writerow(
                [
                    spec.number,
                    name,
                    spec.la_code,
                    spec.la_name,
                    sector,
                    spec.governance,
                    spec.wm_code,
                    spec.medium,
                    spec.school_type,
                    spec.religious,
                    *(_messy(rng, part) for part in spec.address),
                    postcode,
                    spec.phone,
                    pupils,
                ]
            )
        writer.writerow([""] * len(COLUMNS))
        writer.writerow(["Notes:"])
        writer.writerow(
            ["Governance - see notes: the category of the school as maintained by the LA."]
        )
        writer.writerow(["Pupils - see notes: January census; * = number suppressed."])
    return len(specs)


# -- text ------------------------------------------------------------------------------------


class _Writer:
    """Builds realistic notes from the demo's sentences and the word lists above."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people = [f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES]

    def _specifics(self, lang: str, cls: str) -> str:
        rng = self.rng
        return (
            rng.choice(SPECIFICS)
            .get(lang)
            .format(
                person=rng.choice(self.people),
                role=rng.choice(ROLES).get(lang),
                term=rng.choice(TERMS_OF_ART).get(lang),
                terms=join_phrases([t.get(lang) for t in rng.sample(TERMS_OF_ART, 2)], lang),
                quality=rng.choice(QUALITIES).get(lang),
                topic=rng.choice(TOPICS).get(lang),
                cls=cls,
                day=rng.randint(1, 28),
                month=rng.choice(MONTHS).get(lang),
                n=rng.randint(3, 25),
                m=rng.randint(26, 32),
            )
        )

    def answer(self, lang: str, question: int, stage: int, entry: Entry, cls: str) -> str:
        rng = self.rng
        variant = rng.randrange(2)
        slots = {"focus": entry.focus.get(lang), "cls": cls}
        text = ANSWERS[question][stage][variant].get(lang).format(**slots)
        if question in AREA_DETAIL and rng.random() < 0.5:
            text += " " + AREA_DETAIL[question][entry.area][rng.randrange(2)].get(lang).format(
                **slots
            )
        if rng.random() < 0.6:
            text += " " + self._specifics(lang, cls)
        return text

    def evidence(self, lang: str, kind: str, stance: str, entry: Entry, cls: str) -> str:
        rng = self.rng
        subject = rng.choice(SUBJECTS)
        text = (
            rng.choice(EVIDENCE[kind][stance])
            .get(lang)
            .format(
                focus=entry.focus.get(lang),
                cls=cls,
                subject=subject[0],
                gwers=subject[1],
                pct=rng.randint(60, 97),
                att=f"{rng.uniform(88.0, 96.5):.1f}",
                att_prev=f"{rng.uniform(88.0, 96.5):.1f}",
                responses=rng.randint(20, 240),
            )
        )
        if rng.random() < 0.5:
            text += " " + self._specifics(lang, cls)
        return text

    def summary(self, lang: str, entries: list[Entry]) -> str:
        role = self.rng.choice(ATTENDEE_ROLES)
        topics = join_phrases([e.focus.get(lang) for e in entries], lang)
        return (
            self.rng.choice(SUMMARIES).get(lang).format(role=role.joined.get(lang), topics=topics)
        )

    def rationale(self, lang: str, rate: str, entry: Entry) -> str:
        return self.rng.choice(RATIONALES[rate]).get(lang).format(focus=entry.focus.get(lang))


# -- the region database --------------------------------------------------------------------


@dataclass
class _Priority:
    id: str
    entry: Entry
    levels: list[int]


class _Region:
    """Generates and inserts the region's rows; see the module docstring."""

    def __init__(
        self, store: Store, specs: list[SchoolSpec], scale: float, seed: int, today: date
    ) -> None:
        self.store = store
        self.db = store.db.conn
        self.rng = random.Random(seed)
        self.ids = _Ids(self.rng)
        self.text = _Writer(self.rng)
        self.today = today
        self.years = _academic_years(today)
        self.specs = [s for s in specs if s.la_code in dict(REGION_LAS)]
        self.visit_target = max(1, round(FULL_VISITS * scale))
        self.counts: dict[str, int] = {}
        self.school_ids: dict[str, str] = {}
        self.ips: list[str] = []
        self.pips: list[str] = []
        self.allocation: dict[tuple[str, str], str] = {}  # (school number, year) -> person id
        self.priorities: dict[tuple[str, str], list[_Priority]] = {}
        self.enhanced: dict[tuple[str, str], bool] = {}

    def _insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterator[tuple[Any, ...]] | list[tuple[Any, ...]],
    ) -> None:
        marks = ", ".join("?" * len(columns))
        cursor = self.db.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
        )
        self.counts[table] = self.counts.get(table, 0) + cursor.rowcount

    def run(self) -> dict[str, int]:
        with self.store.transaction():
            self._authorities_and_schools()
            self._people_and_allocations()
            self._priorities()
            self._support_and_categorisations()
        self._visits()
        return self.counts

    # schools, people, allocations --------------------------------------------------------

    def _authorities_and_schools(self) -> None:
        first = year_start(self.years[0])
        stamp = self.ids.stamp(first)
        las = {code: self.ids.at(first) for code, _ in REGION_LAS}
        self._insert(
            "local_authorities",
            ("id", "code", "name", "created_at", "updated_at"),
            [(las[code], code, name, stamp, stamp) for code, name in REGION_LAS],
        )
        rows = []
        for spec in self.specs:
            school_id = self.ids.at(first)
            self.school_ids[spec.number] = school_id
            head = (
                f"{self.rng.choice(('Mr', 'Mrs', 'Ms', 'Dr'))} {self.rng.choice(self.text.people)}"
            )
            rows.append(
                (
                    school_id,
                    spec.number,
                    spec.name,
                    las[spec.la_code],
                    spec.sector,
                    spec.governance,
                    spec.wm_code,
                    spec.medium,
                    spec.school_type,
                    spec.religious or None,
                    *(part or None for part in spec.address),
                    spec.postcode,
                    spec.phone,
                    spec.pupils,
                    head,
                    json.dumps([{"kind": "cluster", "name": f"Clwstwr {spec.address[1]}"}]),
                    spec.lang,
                    stamp,
                    stamp,
                )
            )
        self._insert(
            "schools",
            (
                "id",
                "number",
                "name",
                "la_id",
                "sector",
                "governance",
                "wm_code",
                "welsh_medium_type",
                "school_type",
                "religious_character",
                "address_1",
                "address_2",
                "address_3",
                "address_4",
                "postcode",
                "phone",
                "pupils",
                "headteacher",
                "memberships",
                "report_language",
                "created_at",
                "updated_at",
            ),
            rows,
        )

    def _people_and_allocations(self) -> None:
        rng = self.rng
        first = year_start(self.years[0])
        stamp = self.ids.stamp(first)
        teams = [f"Tîm {name}" for _, name in REGION_LAS[:3]]
        names = rng.sample(self.text.people, 30)
        rows = []
        for index, name in enumerate(names):
            person = self.ids.at(first)
            role = "pip" if index < 3 else "ip"
            (self.pips if role == "pip" else self.ips).append(person)
            email = name.lower().replace(" ", ".") + "@consortiwm.example"
            rows.append((person, name, email, role, teams[index % 3], stamp, stamp))
        self._insert(
            "people", ("id", "name", "email", "role", "team", "created_at", "updated_at"), rows
        )
        # This year's caseloads: the first IP has 20 schools, the others 14 or 15.
        numbers = [s.number for s in self.specs]
        sizes = [20] + [len(numbers) // len(self.ips)] * (len(self.ips) - 1)
        for i in range(len(numbers) - sum(sizes)):
            sizes[1 + i % (len(sizes) - 1)] += 1
        owner: dict[str, str] = {}
        position = 0
        for ip, size in zip(self.ips, sizes, strict=True):
            for number in numbers[position : position + size]:
                owner[number] = ip
            position += size
        # Earlier years: about one school in ten changed partner each year.
        rows = []
        for year in reversed(self.years):
            for number in numbers:
                self.allocation[(number, year)] = owner[number]
                start = year_start(year)
                rows.append(
                    (
                        self.ids.at(start),
                        self.school_ids[number],
                        owner[number],
                        year,
                        start.isoformat(),
                        self.ids.stamp(start),
                        self.ids.stamp(start),
                    )
                )
            for _ in range(len(numbers) // 20):
                a, b = rng.sample(numbers, 2)
                owner[a], owner[b] = owner[b], owner[a]
        self._insert(
            "allocations",
            (
                "id",
                "school_id",
                "person_id",
                "academic_year",
                "starts_on",
                "created_at",
                "updated_at",
            ),
            rows,
        )
        self.store.set_setting("me", self.ips[0])

    # priorities, judgements ----------------------------------------------------------------

    def _priorities(self) -> None:
        rng = self.rng
        priorities, judgements, decisions = [], [], []
        for spec in self.specs:
            school_id = self.school_ids[spec.number]
            enhanced = False
            for year in self.years:
                start = year_start(year)
                moved = rng.random() < (0.35 if enhanced else 0.06)
                if moved:
                    decided = start + timedelta(days=rng.randint(14, 40))
                    if decided < self.today:
                        decisions.append(
                            (
                                self.ids.at(decided),
                                school_id,
                                decided.isoformat(),
                                "enhanced" if enhanced else "core",
                                "core" if enhanced else "enhanced",
                                (ENHANCED_WHY if not enhanced else CORE_WHY).get(spec.lang),
                                self.pips[0],
                                self.ids.stamp(decided),
                                self.ids.stamp(decided),
                            )
                        )
                        enhanced = not enhanced
                self.enhanced[(spec.number, year)] = enhanced
                areas = rng.sample(sorted({e.area for e in CATALOGUE}), 3)
                found = []
                for position, area in enumerate(areas):
                    entry = rng.choice([e for e in CATALOGUE if e.area == area])
                    levels = [rng.choice((0, 1, 1, 2) if enhanced else (1, 2, 2, 3))]
                    for _ in TERMS[1:]:
                        levels.append(max(0, min(3, levels[-1] + rng.choice((-1, 0, 1, 1)))))
                    priority = _Priority(self.ids.at(start), entry, levels)
                    found.append(priority)
                    status = (
                        "active"
                        if year == self.years[-1]
                        else ("achieved" if levels[-1] >= 2 else "carried_forward")
                    )
                    priorities.append(
                        (
                            priority.id,
                            school_id,
                            year,
                            entry.title.get(spec.lang),
                            entry.description.get(spec.lang),
                            area,
                            f"{'CDY' if spec.lang == 'cy' else 'SDP'} {position + 1}",
                            status,
                            position,
                            self.ids.stamp(start),
                            self.ids.stamp(start),
                        )
                    )
                    for term_index, term in enumerate(TERMS):
                        judged_on = judgement_day(year, term_index)
                        if judged_on >= self.today:
                            break
                        level = levels[term_index]
                        rate = RATE_BY_LEVEL[level]
                        judgements.append(
                            (
                                self.ids.at(judged_on),
                                priority.id,
                                term,
                                "on_track" if level >= 2 else "off_track",
                                rate,
                                self.text.rationale(spec.lang, rate, entry),
                                self.allocation[(spec.number, year)],
                                judged_on.isoformat(),
                                self.ids.stamp(judged_on),
                                self.ids.stamp(judged_on),
                            )
                        )
                self.priorities[(spec.number, year)] = found
            if enhanced:
                self.db.execute(
                    "UPDATE schools SET support_level = 'enhanced' WHERE id = ?", [school_id]
                )
        self._insert(
            "priorities",
            (
                "id",
                "school_id",
                "academic_year",
                "title",
                "description",
                "reform_area",
                "sdp_reference",
                "status",
                "position",
                "created_at",
                "updated_at",
            ),
            priorities,
        )
        self._insert(
            "judgements",
            (
                "id",
                "priority_id",
                "term",
                "track",
                "rate",
                "rationale",
                "judged_by",
                "judged_on",
                "created_at",
                "updated_at",
            ),
            judgements,
        )
        self._insert(
            "support_level_decisions",
            (
                "id",
                "school_id",
                "decided_on",
                "from_level",
                "to_level",
                "reason",
                "decided_by",
                "created_at",
                "updated_at",
            ),
            decisions,
        )

    def _support_and_categorisations(self) -> None:
        rng = self.rng
        support, practice, categorisations = [], [], []
        for spec in self.specs:
            school_id = self.school_ids[spec.number]
            for year in self.years:
                start = year_start(year)
                current = year == self.years[-1]
                year_priorities = self.priorities[(spec.number, year)]
                count = rng.randint(2, 4) + (2 if self.enhanced[(spec.number, year)] else 0)
                for _ in range(count):
                    offer = rng.choice(SUPPORT)
                    provider = offer.provider.get(spec.lang).format(la=spec.la_name) or (
                        rng.choice(self.text.people)
                    )
                    status = (
                        "complete"
                        if not current or rng.random() < 0.3
                        else rng.choice(("requested", "agreed", "in_progress"))
                    )
                    day = start + timedelta(days=rng.randint(20, 200))
                    support.append(
                        (
                            self.ids.at(day),
                            school_id,
                            rng.choice(year_priorities).id,
                            year,
                            offer.kind,
                            provider,
                            offer.description.get(spec.lang),
                            offer.days,
                            status,
                            offer.impact.get(spec.lang) if status == "complete" else "",
                            self.ids.stamp(day),
                            self.ids.stamp(day),
                        )
                    )
                if rng.random() < 0.2:
                    item = rng.choice(PRACTICE)
                    day = start + timedelta(days=rng.randint(30, 250))
                    practice.append(
                        (
                            self.ids.at(day),
                            school_id,
                            item.title.get(spec.lang),
                            item.description.get(spec.lang),
                            item.area,
                            self.ids.stamp(day),
                            self.ids.stamp(day),
                        )
                    )
            colour = rng.randrange(4)
            for year in range(2015, 2020):
                day = date(year, 1, 20)
                categorisations.append(
                    (
                        self.ids.at(day),
                        school_id,
                        str(year),
                        ("green", "yellow", "amber", "red")[colour],
                        self.ids.stamp(day),
                        self.ids.stamp(day),
                    )
                )
                colour = max(0, min(3, colour + rng.choice((-1, 0, 0, 1))))
        self._insert(
            "support",
            (
                "id",
                "school_id",
                "priority_id",
                "academic_year",
                "provider_kind",
                "provider_name",
                "description",
                "days",
                "status",
                "impact",
                "created_at",
                "updated_at",
            ),
            support,
        )
        self._insert(
            "practice",
            ("id", "school_id", "title", "description", "reform_area", "created_at", "updated_at"),
            practice,
        )
        self._insert(
            "categorisations",
            ("id", "school_id", "year", "colour", "created_at", "updated_at"),
            categorisations,
        )

    # visits and everything recorded on them -------------------------------------------------

    def _visits(self) -> None:
        rng = self.rng
        days = _school_days(year_start(self.years[0]), self.today - timedelta(days=1))
        weights = [1.6 if s.sector in ("Secondary", "Middle") else 1.0 for s in self.specs]
        plan = sorted(
            zip(
                (rng.choice(days) for _ in range(self.visit_target)),
                rng.choices(range(len(self.specs)), weights=weights, k=self.visit_target),
                strict=True,
            )
        )
        for first in range(0, len(plan), VISITS_PER_BATCH):
            with self.store.transaction():
                self._visit_batch(plan[first : first + VISITS_PER_BATCH])

    def _visit_batch(self, plan: list[tuple[date, int]]) -> None:
        rng = self.rng
        kinds = {kind: tuple(stances) for kind, stances in EVIDENCE.items()}
        visits, answers, evidence, actions, notes = [], [], [], [], []
        for day, index in plan:
            spec = self.specs[index]
            lang = spec.lang
            year = academic_year_of(day)
            stage = TERMS.index(term_of(day))
            school_id = self.school_ids[spec.number]
            person = self.allocation[(spec.number, year)]
            chosen = rng.sample(self.priorities[(spec.number, year)], ASPECTS_PER_VISIT)
            visit_id = self.ids.at(day)
            stamp = self.ids.stamp(day, 7 * 3600)
            aspects = [f"priority:{p.id}" for p in chosen]
            classes = CLASSES[spec.sector]
            attendees = [f"{rng.choice(self.text.people)} ({rng.choice(ROLES).get(lang)})"]
            visits.append(
                (
                    visit_id,
                    school_id,
                    person,
                    day.isoformat(),
                    rng.choice(PURPOSES),
                    json.dumps(attendees, ensure_ascii=False),
                    json.dumps(aspects),
                    self.text.summary(lang, [p.entry for p in chosen]),
                    "final",
                    stamp,
                    stamp,
                    stamp,
                )
            )
            for aspect, priority in zip(aspects, chosen, strict=True):
                cls = rng.choice(classes).get(lang)
                for question in range(1, 6):
                    answers.append(
                        (
                            self.ids.at(day),
                            visit_id,
                            aspect,
                            question,
                            self.text.answer(lang, question, stage, priority.entry, cls),
                            stamp,
                            stamp,
                        )
                    )
            for _ in range(rng.randint(*EVIDENCE_PER_VISIT)):
                at = rng.randrange(ASPECTS_PER_VISIT)
                kind = rng.choice(tuple(kinds))
                stance = rng.choice(kinds[kind])
                body = self.text.evidence(
                    lang, kind, stance, chosen[at].entry, rng.choice(classes).get(lang)
                )
                evidence.append(
                    (
                        self.ids.at(day),
                        visit_id,
                        aspects[at],
                        2 if rng.random() < 0.7 else None,
                        kind,
                        body,
                        stance,
                        1 if rng.random() < 0.85 else 0,
                        stamp,
                        stamp,
                    )
                )
            for action in rng.sample(ACTIONS, rng.randint(0, 3)):
                due = day + timedelta(days=rng.randint(14, 60))
                status = "open" if due >= self.today or rng.random() < 0.1 else "done"
                owner = action.owner.get(lang) if action.owner else self.text.people[0]
                actions.append(
                    (
                        self.ids.at(day),
                        school_id,
                        visit_id,
                        action.text.get(lang),
                        owner,
                        due.isoformat(),
                        status,
                        stamp,
                        stamp,
                    )
                )
            if rng.random() < 0.3:
                notes.append(
                    (
                        self.ids.at(day),
                        school_id,
                        visit_id,
                        rng.choice(NOTES).get(lang),
                        stamp,
                        stamp,
                    )
                )
        self._insert(
            "visits",
            (
                "id",
                "school_id",
                "person_id",
                "visit_date",
                "purpose",
                "attendees",
                "aspects",
                "summary",
                "status",
                "finalised_at",
                "created_at",
                "updated_at",
            ),
            visits,
        )
        self._insert(
            "enquiry_answers",
            ("id", "visit_id", "aspect", "question", "answer", "created_at", "updated_at"),
            answers,
        )
        self._insert(
            "evidence",
            (
                "id",
                "visit_id",
                "aspect",
                "question",
                "kind",
                "body",
                "stance",
                "in_report",
                "created_at",
                "updated_at",
            ),
            evidence,
        )
        self._insert(
            "actions",
            (
                "id",
                "school_id",
                "visit_id",
                "description",
                "owner",
                "due_on",
                "status",
                "created_at",
                "updated_at",
            ),
            actions,
        )
        self._insert(
            "notes", ("id", "school_id", "visit_id", "body", "created_at", "updated_at"), notes
        )


# -- entry points -----------------------------------------------------------------------------


def generate(
    data_dir: Path, *, scale: float = 1.0, seed: int = 1, today: date | None = None
) -> Generated:
    """Generate the region profile and the address list under ``data_dir``.

    An existing ``region`` profile is replaced. Returns the counts and the time taken.
    """
    started = time.perf_counter()
    today = today or date.today()
    rng = random.Random(seed)
    data_dir.mkdir(parents=True, exist_ok=True)
    specs = make_schools(rng)
    address_list = data_dir / ADDRESS_LIST
    write_address_list(address_list, specs, rng)
    paths = profile_paths(data_dir, PROFILE)
    if paths.root.exists():
        shutil.rmtree(paths.root)
    store = Store.open(paths, backup_at_start=False)
    try:
        store.db.execute("PRAGMA cache_size = -200000")
        counts = _Region(store, specs, scale, seed, today).run()
        store.set_setting("bench.scale", str(scale))
        store.set_setting("bench.seed", str(seed))
        store.set_setting("bench.today", today.isoformat())
        store.db.execute("PRAGMA optimize")
    finally:
        store.close()
    result = Generated(paths.database, address_list, counts)
    result.counts["address list rows"] = len(specs)
    result.seconds = time.perf_counter() - started
    return result


def describe(result: Generated) -> str:
    """The counts, time taken and size of a run, as printed by :func:`main`."""
    lines = [f"{table:>24}: {count:>9,}" for table, count in result.counts.items()]
    items = result.counts.get("enquiry_answers", 0) + result.counts.get("evidence", 0)
    lines += [
        f"{'answers + evidence':>24}: {items:>9,}",
        f"{'time taken':>24}: {result.seconds:>9.1f} s",
        f"{'database size':>24}: {result.database_bytes / 1e6:>9.1f} MB  ({result.database})",
        f"{'address list':>24}: {result.address_list}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="SIPL data directory")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = ~40,000 visits")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    args = parser.parse_args(argv)
    result = generate(args.data_dir, scale=args.scale, seed=args.seed, today=args.today)
    print(describe(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
