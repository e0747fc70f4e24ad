"""A fictional caseload to try SIPL with: the demo profile.

Guarantees of :func:`seed_demo`:
- Everything is invented: two local authorities whose codes no Welsh LA uses (990 Bro Derwen,
  991 Cwm Alaw), sixteen schools, their staff and the partners. Telephone numbers are in
  Ofcom's range reserved for drama (01632 960xxx), postcodes in the unused ZZ area and e-mail
  addresses under the reserved ``.example`` domain.
- Deterministic: the same ``today`` gives the same caseload (ids and stamps differ).
- Written only through the store's public functions, in one transaction: a failure leaves
  the store empty. It refuses a store that already holds records.
- Notes about Welsh-medium schools are written in Welsh, the others in English, and dates
  follow the school calendar (no visits at weekends or in the summer and Christmas holidays).

Seeding takes a fraction of a second; call it on the store thread like any other write.
"""

from __future__ import annotations

import random
import struct
import tempfile
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from desktop.store import attachments, key_tasks, people, priorities, records, schools, visits
from desktop.store.calendar import (
    TERMS,
    academic_year_of,
    term_end,
    term_of,
    term_start,
    year_start,
)
from desktop.store.demo_text import (
    ACTIONS,
    ANSWERS,
    AREA_DETAIL,
    AREA_FOCUS,
    ATTENDEE_ROLES,
    BACK_TO_CORE_REASON,
    CATALOGUE,
    CLASSES,
    DEPUTY_ROLE,
    ENHANCED_REASON,
    EVIDENCE,
    HEAD_ROLE,
    LOCAL_AUTHORITIES,
    ME,
    NOTES,
    OFFICE_ROLE,
    OTHER_IP,
    PIP,
    PRACTICE,
    RATIONALES,
    SCHOOLS,
    STRUGGLING,
    SUBJECTS,
    SUMMARIES,
    SUPPORT,
    TEAM,
    DemoSchool,
    Entry,
)
from desktop.store.store import Store
from forms import Text, load_forms

DEMO_SEED = 20250901
RATE_BY_LEVEL = ("limited", "satisfactory", "strong", "very_good")  # level 0..3
ENHANCED_NOW = (4, 10)  # Maes-y-Coed High School, Ysgol Gynradd Llwyn Onn
BACK_TO_CORE = 7  # Ysgol Gynradd Pen y Waun: enhanced last year, core again this year
FROM_COLLEAGUE = (2, 9, 13)  # allocated to another IP last year

ROUTINE_PURPOSES = frozenset(
    {
        "progress_towards_priorities",
        "progress_of_learners",
        "monitoring_self_evaluation",
        "curriculum_for_wales",
        "pdg_evaluation",
        "wellbeing_check",
        "alnco_role",
        "professional_learning_impact",
        "quality_assure_support",
        "ht_performance_management",
    }
)
PURPOSE_AREAS = {
    "curriculum_for_wales": "curriculum",
    "wellbeing_check": "equity_excellence_wellbeing",
    "alnco_role": "equity_excellence_wellbeing",
    "pdg_evaluation": "equity_excellence_wellbeing",
    "monitoring_self_evaluation": "assessment_evaluation",
    "ht_performance_management": "leadership",
    "professional_learning_impact": "teaching",
}


@dataclass
class _Priority:
    id: str
    entry: Entry
    levels: list[int]  # progress level (0 limited .. 3 very good) per term


@dataclass
class _SchoolState:
    spec: DemoSchool
    id: str
    enhanced_years: set[str] = field(default_factory=set)
    priorities: dict[str, list[_Priority]] = field(default_factory=dict)  # by year
    visit_ids: dict[str, list[str]] = field(default_factory=dict)  # by year


def seed_demo(store: Store, today: date) -> str:
    """Fill an empty store with the fictional caseload; return the profile owner's id.

    The owner (an improvement partner) is also recorded with :func:`people.set_me`; all
    sixteen schools are allocated to them for the academic year containing ``today``.
    Raises ValueError if the store already holds any record.
    """
    for table in records.SYNCED_TABLES:
        if store.conn.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone():
            raise ValueError("The demo caseload can only be added to an empty profile.")
    with store.transaction(), tempfile.TemporaryDirectory(prefix="sipl-demo-") as scratch:
        builder = _Builder(store, today, Path(scratch))
        builder.build()
        people.set_me(store, builder.me)
    return builder.me


class _Builder:
    """Writes the caseload; one instance per call of :func:`seed_demo`."""

    def __init__(self, store: Store, today: date, scratch: Path) -> None:
        self.store = store
        self.today = today
        self.scratch = scratch
        self.rng = random.Random(DEMO_SEED)
        self.year = academic_year_of(today)
        self.last_year = academic_year_of(year_start(self.year) - timedelta(days=1))
        self.me = ""
        self.pip = ""
        self.other = ""
        self.pictures = 0
        self.from_colleague: set[str] = set()

    # -- people, authorities, schools ---------------------------------------------------

    def build(self) -> None:
        self.me = people.add_person(self.store, ME[0], "ip", email=ME[1], team=TEAM)
        self.pip = people.add_person(self.store, PIP[0], "pip", email=PIP[1], team=TEAM)
        self.other = people.add_person(self.store, OTHER_IP[0], "ip", email=OTHER_IP[1], team=TEAM)
        la_ids = {
            code: schools.ensure_local_authority(self.store, code, name)
            for code, name in LOCAL_AUTHORITIES
        }
        states = [self._add_school(spec, la_ids[spec.number[:3]]) for spec in SCHOOLS]
        self.from_colleague = {states[i].id for i in FROM_COLLEAGUE}
        for index, state in enumerate(states):
            self._support_level_history(index, state)
            self._priorities(state)
            self._visits(state)
            self._support(state)
            self._notes(state)
            self._categorisations(state)
            self._key_tasks(state)
        self._practice(states)

    def _add_school(self, spec: DemoSchool, la_id: str) -> _SchoolState:
        slug = spec.name.lower().replace("'", "").replace(" ", "-")
        domain = f"{slug}.example"
        school_id = records.insert(
            self.store,
            "schools",
            {
                "number": spec.number,
                "name": spec.name,
                "la_id": la_id,
                "sector": spec.sector,
                "governance": "Voluntary controlled" if spec.religious_character else "Community",
                "welsh_medium_type": spec.medium,
                "wm_code": {"Welsh medium": "WM", "English medium": "EM"}.get(spec.medium, "DS"),
                "school_type": spec.school_type,
                "religious_character": spec.religious_character,
                "address_1": spec.street,
                "address_2": spec.town,
                "address_3": dict(LOCAL_AUTHORITIES)[spec.number[:3]],
                "postcode": spec.postcode,
                "phone": f"01632 960{int(spec.number[-3:]) % 1000:03d}",
                "pupils": spec.pupils,
                "headteacher": spec.headteacher,
                "contacts": [
                    {
                        "role": DEPUTY_ROLE.get(spec.lang),
                        "name": spec.deputy,
                        "email": f"dirprwy@{domain}" if spec.lang == "cy" else f"deputy@{domain}",
                    },
                    {
                        "role": OFFICE_ROLE.get(spec.lang),
                        "name": "",
                        "email": f"swyddfa@{domain}" if spec.lang == "cy" else f"office@{domain}",
                    },
                ],
                "memberships": [
                    {"kind": "cluster", "name": spec.cluster},
                    {"kind": "sig", "name": f"SIG {int(spec.number[3:]) % 4 + 1}"},
                ],
                "report_language": {"Welsh medium": "cy", "English medium": "en"}.get(
                    spec.medium, "both"
                ),
            },
        )
        return _SchoolState(spec, school_id)

    def _support_level_history(self, index: int, state: _SchoolState) -> None:
        """Two schools are in enhanced support now; one left it at the start of this year."""
        lang = state.spec.lang
        start = year_start(self.year)
        if index in ENHANCED_NOW:
            state.enhanced_years.add(self.year)
            schools.set_support_level(
                self.store,
                state.id,
                "enhanced",
                ENHANCED_REASON.get(lang),
                decided_on=min(self.today, _weekday(start + timedelta(days=23))),
                decided_by=self.pip,
            )
        elif index == BACK_TO_CORE:
            state.enhanced_years.add(self.last_year)
            schools.set_support_level(
                self.store,
                state.id,
                "enhanced",
                ENHANCED_REASON.get(lang),
                decided_on=_weekday(year_start(self.last_year) + timedelta(days=30)),
                decided_by=self.pip,
            )
            schools.set_support_level(
                self.store,
                state.id,
                "core",
                BACK_TO_CORE_REASON.get(lang),
                decided_on=min(self.today, _weekday(start + timedelta(days=16))),
                decided_by=self.pip,
            )

    # -- priorities and judgements ------------------------------------------------------

    def _enhanced(self, state: _SchoolState) -> bool:
        return self.year in state.enhanced_years

    def _trajectory(self, start: int) -> list[int]:
        levels = [start]
        for _ in TERMS[1:]:
            step = self.rng.random()
            level = levels[-1] + (1 if step < 0.5 else -1 if step > 0.92 else 0)
            levels.append(max(0, min(3, level)))
        return levels

    def _priorities(self, state: _SchoolState) -> None:
        rng = self.rng
        low = bool(state.enhanced_years)  # weak progress last year led to enhanced support
        last_entries = _pick_entries(rng, rng.randint(2, 3))
        last = [
            self._add_priority(
                state,
                self.last_year,
                e,
                self._trajectory(rng.choice((0, 0, 1)) if low else rng.choice((1, 1, 2, 2, 3))),
            )
            for e in last_entries
        ]
        carried: list[Entry] = []
        continues: dict[str, str] = {}  # entry key -> last year's priority it carries on
        for p in last:
            if p.levels[-1] == 3 or (p.levels[-1] == 2 and rng.random() < 0.6):
                status = "achieved"
            else:
                status = "carried_forward"
                carried.append(p.entry)
                continues[p.entry.key] = p.id
            priorities.update_priority(self.store, p.id, status=status)
        count = min(4, max(len(carried), rng.randint(2, 4)))
        taken = {e.key for e in carried}
        fresh = [e for e in _pick_entries(rng, 4) if e.key not in taken]
        entries = (carried + fresh)[:count]
        enhanced = self._enhanced(state)
        for entry in entries:
            start = rng.choice((0, 1, 1)) if enhanced else rng.choice((1, 2, 2, 3))
            self._add_priority(
                state, self.year, entry, self._trajectory(start), continues.get(entry.key)
            )

    def _add_priority(
        self,
        state: _SchoolState,
        year: str,
        entry: Entry,
        levels: list[int],
        continues_id: str | None = None,
    ) -> _Priority:
        lang = state.spec.lang
        position = len(state.priorities.get(year, []))
        priority_id = priorities.add_priority(
            self.store,
            state.id,
            year,
            entry.title.get(lang),
            reform_area=entry.area,
            sdp_reference=f"{'CDY' if lang == 'cy' else 'SDP'} {position + 1}",
            description=entry.description.get(lang),
            continues_id=continues_id,
        )
        priority = _Priority(priority_id, entry, levels)
        state.priorities.setdefault(year, []).append(priority)
        for index, term in enumerate(TERMS):
            judged_on = self._judged_on(year, index)
            if judged_on is None:
                break
            level = levels[index]
            on_track = level >= 2 or (level == 1 and self.rng.random() < 0.4)
            track = "on_track" if on_track else "off_track"
            rationale = self.rng.choice(RATIONALES[RATE_BY_LEVEL[level]]).get(lang)
            priorities.judge_priority(
                self.store,
                priority_id,
                term,
                track=track,
                rate=RATE_BY_LEVEL[level],
                rationale=rationale.format(focus=entry.focus.get(lang)),
                judged_on=judged_on,
                judged_by=self.me,
            )
        return priority

    def _judged_on(self, year: str, term_index: int) -> date | None:
        """When the term's judgement was recorded, or None if it is not yet due. The
        current term counts once half of it has passed (judged the day before today), so
        the demo holds judgements of this year from half-way through the autumn term."""
        judged_on = judgement_day(year, term_index)
        if judged_on < self.today:
            return judged_on
        in_term = TERMS[term_index] == term_of(self.today) and year == self.year
        started = term_start(self.today)
        if in_term and (self.today - started) * 2 >= term_end(self.today) - started:
            return _weekday(self.today - timedelta(days=1))
        return None

    # -- visits -------------------------------------------------------------------------

    def _visit_days(self, count: int) -> list[date]:
        """``count`` school days spread over the last 18 months, one in each equal slice."""
        span = 548 // count
        earliest = self.today - timedelta(days=span * count)
        days: list[date] = []
        for index in range(count):
            while True:
                offset = span * index + self.rng.randrange(span)
                day = _school_day(earliest + timedelta(days=offset))
                if day < self.today and day not in days:
                    break
            days.append(day)
        return sorted(days)

    def _partner(self, state: _SchoolState, year: str) -> str:
        """Who held the school in ``year``: this partner, or a colleague before this year."""
        moved = year != self.year and state.id in self.from_colleague
        return self.other if moved else self.me

    def _visits(self, state: _SchoolState) -> None:
        rng = self.rng
        count = 6 if self._enhanced(state) else rng.randint(3, 6)
        days = self._visit_days(count)
        # The first school's visit of today (or the last school day) is still being written.
        draft_day = _school_day_before(self.today) if state.spec is SCHOOLS[0] else None
        if draft_day in days:
            days.remove(draft_day)
        for year in sorted({academic_year_of(d) for d in days} | {self.last_year, self.year}):
            people.allocate(self.store, state.id, self._partner(state, year), year)
        for number, day in enumerate(days):
            year = academic_year_of(day)
            first_of_year = not state.visit_ids.get(year)
            last = number == len(days) - 1 and draft_day is None
            self._visit(state, day, self._partner(state, year), first_of_year, last=last)
        if draft_day is not None:
            first_of_year = not state.visit_ids.get(self.year)
            self._visit(state, draft_day, self.me, first_of_year, last=False, draft=True)

    def _purpose(self, state: _SchoolState, day: date, first_of_year: bool) -> str:
        term = term_of(day)
        if first_of_year and term == "autumn":
            return "agree_priorities"
        if term == "summer" and day.month >= 6 and self.rng.random() < 0.6:
            return self.rng.choice(("review_year_next_priorities", "governing_body_report"))
        if academic_year_of(day) in state.enhanced_years and self.rng.random() < 0.5:
            return "enhanced_support_review"
        suitable = [
            p.key
            for p in load_forms().visit_purposes
            if p.key in ROUTINE_PURPOSES and p.suits(term)
        ]
        return self.rng.choice(suitable)

    def _aspects(self, state: _SchoolState, year: str, purpose: str) -> list[tuple[str, Text, str]]:
        """Up to two (aspect, focus, reform area) for a visit."""
        rng = self.rng
        found: list[tuple[str, Text, str]] = []
        area = PURPOSE_AREAS.get(purpose)
        year_priorities = state.priorities.get(year, [])
        wanted = 1 if area else 2
        for p in rng.sample(year_priorities, min(wanted, len(year_priorities))):
            found.append((visits.priority_aspect(p.id), p.entry.focus, p.entry.area))
        if area or not found:
            area = area or rng.choice(tuple(AREA_FOCUS))
            found.append((visits.area_aspect(area), AREA_FOCUS[area], area))
        return found

    def _level_at(self, state: _SchoolState, aspect: str, year: str, stage: int) -> int:
        for p in state.priorities.get(year, []):
            if aspect.endswith(p.id):
                return p.levels[stage]
        return 1 if self._enhanced(state) else 2

    def _visit(
        self,
        state: _SchoolState,
        day: date,
        person: str,
        first_of_year: bool,
        *,
        last: bool = False,
        draft: bool = False,
    ) -> None:
        """One visit: answers, evidence, summary, actions; final unless ``draft``."""
        rng = self.rng
        spec = state.spec
        lang = spec.lang
        year = academic_year_of(day)
        stage = TERMS.index(term_of(day))
        purpose = self._purpose(state, day, first_of_year)
        aspects = self._aspects(state, year, purpose)
        role = rng.choice(ATTENDEE_ROLES)
        attendees = [
            f"{spec.headteacher} ({HEAD_ROLE.get(lang)})",
            f"{spec.deputy} ({DEPUTY_ROLE.get(lang)})"
            if rng.random() < 0.6
            else role.title.get(lang),
        ]
        visit_id = visits.start_visit(
            self.store,
            state.id,
            day,
            purpose,
            attendees=attendees,
            aspects=[a for a, _, _ in aspects],
            person_id=person,
        )
        state.visit_ids.setdefault(year, []).append(visit_id)
        offset = rng.randrange(2)
        classes = CLASSES[spec.sector]
        for index, (aspect, focus, area) in enumerate(aspects):
            variant = (offset + index) % 2
            slots = {"focus": focus.get(lang), "cls": rng.choice(classes).get(lang)}
            struggling = self._level_at(state, aspect, year, stage) == 0
            for question in range(1, 4 if draft else 6):
                options = ANSWERS[question][stage]
                chosen = STRUGGLING[question] if struggling and question in STRUGGLING else None
                text = (chosen or options[variant]).get(lang).format(**slots)
                if question in AREA_DETAIL and rng.random() < 0.7:
                    detail = AREA_DETAIL[question][area][variant].get(lang)
                    text += " " + detail.format(**slots)
                visits.set_answer(self.store, visit_id, aspect, question, text)
        self._evidence(state, visit_id, aspects, year, stage)
        if draft:
            return
        topics = join_phrases([focus.get(lang) for _, focus, _ in aspects], lang)
        summary = rng.choice(SUMMARIES).get(lang).format(role=role.joined.get(lang), topics=topics)
        changes: dict[str, object] = {"summary": summary}
        if last:
            changes["next_visit_date"] = _school_day(
                self.today + timedelta(days=rng.randint(7, 35))
            )
        visits.update_visit(self.store, visit_id, **changes)
        self._actions(state, visit_id, day)
        visits.finalise_visit(self.store, visit_id)

    def _evidence(
        self,
        state: _SchoolState,
        visit_id: str,
        aspects: list[tuple[str, Text, str]],
        year: str,
        stage: int,
    ) -> None:
        rng = self.rng
        lang = state.spec.lang
        kinds = rng.sample(tuple(EVIDENCE), rng.randint(2, 4))
        for kind in kinds:
            aspect, focus, _ = rng.choice(aspects)
            level = self._level_at(state, aspect, year, stage)
            available = EVIDENCE[kind]
            stance = "strength" if rng.random() < 0.2 + 0.2 * level else "concern"
            if "neutral" in available and (stance not in available or rng.random() < 0.4):
                stance = "neutral"
            elif stance not in available:
                stance = next(iter(available))
            options = available[stance]
            subject = rng.choice(SUBJECTS)
            body = (
                rng.choice(options)
                .get(lang)
                .format(
                    focus=focus.get(lang),
                    cls=rng.choice(CLASSES[state.spec.sector]).get(lang),
                    subject=subject[0],
                    gwers=subject[1],
                    pct=rng.randint(72, 94),
                    att=f"{rng.uniform(89.5, 95.5):.1f}",
                    att_prev=f"{rng.uniform(88.5, 94.5):.1f}",
                    responses=rng.randint(28, 140),
                )
            )
            evidence_id = visits.record_evidence(
                self.store,
                visit_id,
                aspect,
                kind,
                body,
                question=2 if rng.random() < 0.8 else None,
                stance=stance,
            )
            if kind == "work_scrutiny" and self.pictures < 3:
                self._attach_picture(evidence_id, lang)

    def _attach_picture(self, evidence_id: str, lang: str) -> None:
        self.pictures += 1
        stem = "llyfr-disgybl" if lang == "cy" else "pupil-book"
        path = self.scratch / f"{stem}-{self.pictures}.png"
        path.write_bytes(_exercise_book_png(self.rng))
        attachments.attach_file(self.store, evidence_id, path)

    def _actions(self, state: _SchoolState, visit_id: str, day: date) -> None:
        rng = self.rng
        lang = state.spec.lang
        for action in rng.sample(ACTIONS, rng.randint(1, 2)):
            owner = action.owner.get(lang) if action.owner else ME[0]
            due = _school_day(day + timedelta(days=rng.randint(14, 56)))
            action_id = visits.add_action(
                self.store,
                state.id,
                action.text.get(lang),
                owner=owner,
                due_on=due,
                visit_id=visit_id,
            )
            settled = (
                action.owner is None or rng.random() < 0.8 or day < self.today - timedelta(180)
            )
            if due < self.today and settled:
                visits.set_action_status(
                    self.store, action_id, "done" if rng.random() < 0.93 else "dropped"
                )

    # -- support, notes, practice, history ----------------------------------------------

    def _support(self, state: _SchoolState) -> None:
        rng = self.rng
        lang = state.spec.lang
        peers = [s.name for s in SCHOOLS if s is not state.spec and s.sector == state.spec.sector]
        for year, count in ((self.last_year, rng.randint(1, 2)), (self.year, rng.randint(1, 3))):
            year_priorities = state.priorities.get(year, [])
            year_visits = state.visit_ids.get(year, [])
            for offer in rng.sample(SUPPORT, count + (1 if self._enhanced(state) else 0)):
                if offer.kind == "peer_school":
                    provider = rng.choice(peers) if peers else SCHOOLS[0].name
                elif offer.kind == "ip":
                    provider = ME[0]
                else:
                    la_name = dict(LOCAL_AUTHORITIES)[state.spec.number[:3]]
                    provider = offer.provider.get(lang).format(la=la_name)
                done = year != self.year or rng.random() < 0.4
                status = "complete" if done else rng.choice(("agreed", "in_progress", "requested"))
                support_id = visits.request_support(
                    self.store,
                    state.id,
                    year,
                    offer.kind,
                    provider_name=provider,
                    description=offer.description.get(lang),
                    days=offer.days,
                    priority_id=rng.choice(year_priorities).id if year_priorities else None,
                    visit_id=year_visits[0] if year_visits else None,
                    status=status,
                )
                if status == "complete":
                    records.update(
                        self.store, "support", support_id, {"impact": offer.impact.get(lang)}
                    )

    def _key_tasks(self, state: _SchoolState) -> None:
        """Tick some of this term's key tasks as done, on the days of this term's visits (or
        by hand a few days before today), so the caseload's next task differs from school to
        school. A generator of its own, so the rest of the demo stays as it was."""
        term = term_of(self.today)
        rng = random.Random(f"key-tasks-{state.spec.number}-{self.today.isoformat()}")
        started = term_start(self.today)
        days = [
            date.fromisoformat(v.visit_date)
            for v in visits.visits_of(self.store, state.id)
            if started.isoformat() <= v.visit_date < self.today.isoformat()
        ]
        tasks = load_forms().term(term).tasks
        done = rng.randint(0, max(0, min(len(tasks) - 1, 2 + 2 * len(days))))
        for task in tasks[:done]:
            if days and rng.random() < 0.6:
                day = rng.choice(days)
                visit_id = next(
                    v.id
                    for v in visits.visits_of(self.store, state.id)
                    if v.visit_date == day.isoformat()
                )
                key_tasks.tick(self.store, state.id, self.year, task.key, day, visit_id)
            else:
                day = max(started, self.today - timedelta(days=rng.randint(1, 20)))
                key_tasks.tick(self.store, state.id, self.year, task.key, day)

    def _notes(self, state: _SchoolState) -> None:
        lang = state.spec.lang
        for note in self.rng.sample(NOTES, self.rng.randint(0, 2)):
            visits.add_note(self.store, state.id, note.get(lang))

    def _practice(self, states: list[_SchoolState]) -> None:
        strong = [s for s in states if not self._enhanced(s)]
        for state, item in zip(self.rng.sample(strong, len(PRACTICE)), PRACTICE, strict=True):
            year_visits = state.visit_ids.get(self.year) or state.visit_ids.get(self.last_year)
            visits.add_practice(
                self.store,
                state.id,
                item.title.get(state.spec.lang),
                description=item.description.get(state.spec.lang),
                reform_area=item.area,
                visit_id=year_visits[-1] if year_visits else None,
            )

    def _categorisations(self, state: _SchoolState) -> None:
        """The national categorisation colours, published until 2019."""
        colours = ("green", "yellow", "amber", "red")
        level = self.rng.choice((0, 1, 1, 2, 2, 3)) if not self._enhanced(state) else 2
        for year in range(2015, 2020):
            records.insert(
                self.store,
                "categorisations",
                {"school_id": state.id, "year": str(year), "colour": colours[level]},
            )
            level = max(0, min(3, level + self.rng.choice((-1, 0, 0, 1))))


# -- helpers --------------------------------------------------------------------------------


def is_school_day(day: date) -> bool:
    """Whether schools are open on ``day``: not at weekends, from 20 July to 2 September or
    from 20 December to 3 January (a simplification of each authority's term dates)."""
    summer = (day.month, day.day) >= (7, 20) and (day.month, day.day) < (9, 3)
    christmas = (day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 3)
    return day.weekday() < 5 and not summer and not christmas


def _school_day(day: date) -> date:
    """``day`` or the next school day after it."""
    while not is_school_day(day):
        day += timedelta(days=1)
    return day


def _school_day_before(day: date) -> date:
    """``day`` or the last school day before it."""
    while not is_school_day(day):
        day -= timedelta(days=1)
    return day


def judgement_day(academic_year: str, term_index: int) -> date:
    """The day a term's progress judgement is recorded, near the end of the term."""
    start = int(academic_year[:4])
    ends = (date(start, 12, 10), date(start + 1, 3, 20), date(start + 1, 7, 8))
    return _weekday(ends[term_index])


def _weekday(day: date) -> date:
    """``day``, or the Friday before it if it falls at a weekend."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def _pick_entries(rng: random.Random, count: int) -> list[Entry]:
    """``count`` priorities from different reform areas where possible."""
    areas = rng.sample(sorted({e.area for e in CATALOGUE}), min(count, 5))
    return [rng.choice([e for e in CATALOGUE if e.area == area]) for area in areas]


def join_phrases(items: list[str], lang: str) -> str:
    """Join phrases with "and" (English) or "a" (Welsh: "ac" before a vowel, "a'r" for an
    article, and the aspirate mutation of c, p, t): ``["darllen", "presenoldeb"]`` ->
    ``"darllen a phresenoldeb"``."""
    if len(items) < 2:
        return "".join(items)
    head, last = ", ".join(items[:-1]), items[-1]
    if lang == "en":
        return f"{head} and {last}"
    for article in ("yr ", "y "):
        if last.startswith(article):
            return f"{head} a'r {last[len(article) :]}"
    if last[:1].lower() in "aeiouwyâêîôûŵŷ":
        return f"{head} ac {last}"
    if last[:1].lower() in "cpt" and last[1:2].lower() != "h":
        last = last[0] + "h" + last[1:]
    return f"{head} a {last}"


def _exercise_book_png(rng: random.Random) -> bytes:
    """A small picture of a page of an exercise book: ruled lines and handwriting."""
    width, height = 160, 120
    ink = [(rng.randrange(8, width - 30), rng.randrange(16, width - 8)) for _ in range(9)]
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # no filter
        line = (y - 14) // 12 if y >= 14 else -1
        ruled = y >= 14 and (y - 14) % 12 == 0
        written = 0 <= line < len(ink) and (y - 14) % 12 in (7, 8, 9)
        start, end = ink[line] if 0 <= line < len(ink) else (0, 0)
        for x in range(width):
            if x == 18:
                pixel = (214, 86, 86)  # margin
            elif written and min(start, end) <= x <= max(start, end) and (x + y) % 5 < 3:
                pixel = (38, 64, 150)  # handwriting
            elif ruled:
                pixel = (160, 190, 225)
            else:
                pixel = (252, 251, 245)
            rows += bytes(pixel)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )
