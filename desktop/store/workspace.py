"""Read models and small edits that the field workspace (the desktop UI) needs.

Qt-free, like the rest of the store. Every read returns frozen dataclasses that may cross
threads; every edit goes through :mod:`desktop.store.records`, so it is saved in one small
transaction together with its sync outbox op, and tells the store which tables changed.

Guarantees:
- :func:`caseload_overview` is a fixed number of queries per school, whatever the history.
- Editing anything of a final visit (evidence, attachments, actions or support raised on
  it) stamps the visit's ``corrected_at``, as :mod:`desktop.store.visits` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.store import records, schools, visits
from desktop.store.attachments import Blob, blob
from desktop.store.calendar import academic_year_of
from desktop.store.errors import InvalidValue
from desktop.store.ids import now_stamp
from desktop.store.models import (
    Action,
    Answer,
    Evidence,
    Priority,
    School,
    SearchHit,
    Support,
    Visit,
)
from desktop.store.priorities import chain_of, priorities_of
from desktop.store.store import Store

SUPPORT_STATUSES = ("requested", "agreed", "in_progress", "complete", "cancelled")
SUPPORT_FIELDS = frozenset(
    {"provider_kind", "provider_name", "description", "days", "status", "impact", "priority_id"}
)
ACTION_FIELDS = frozenset({"description", "owner", "due_on", "status"})
ACTION_STATUSES = ("open", "done", "dropped")


def academic_years_of(store: Store, school_id: str, current: str) -> tuple[str, ...]:
    """Academic years with priorities or visits for the school, newest first, with
    ``current`` always included."""
    years = {current}
    years.update(
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT academic_year FROM priorities WHERE school_id = ?"
            " AND deleted_at IS NULL",
            [school_id],
        )
    )
    for (visit_date,) in store.conn.execute(
        "SELECT DISTINCT substr(visit_date, 1, 7) FROM visits WHERE school_id = ?"
        " AND deleted_at IS NULL",
        [school_id],
    ):
        years.add(academic_year_of(date.fromisoformat(visit_date + "-01")))
    return tuple(sorted(years, reverse=True))


# --- The visit sheet -------------------------------------------------------------------


@dataclass(frozen=True)
class AspectInfo:
    """One aspect of a visit. ``title`` is the priority's title, or the reform area's key
    (the UI shows the area's name from ``forms`` in the chosen language)."""

    aspect: str
    kind: str
    title: str
    reform_area: str | None


@dataclass(frozen=True)
class PreviousAnswers:
    """Answers to one aspect at the school's previous visit that has any."""

    visit_id: str | None
    visit_date: str | None
    answers: tuple[tuple[int, str], ...]

    def get(self, question: int) -> str:
        for number, text in self.answers:
            if number == question:
                return text
        return ""


@dataclass(frozen=True)
class EvidenceFile:
    """An attachment and its stored (encrypted) copy, which may be read on any thread."""

    id: str
    evidence_id: str
    filename: str
    media_type: str
    size: int
    blob: Blob

    @property
    def path(self) -> str:
        """Where the stored copy lies: a key for caches, never to open as it is."""
        return str(self.blob.path)


@dataclass(frozen=True)
class VisitSheet:
    """Everything the visit screen shows, read in one go on the store thread."""

    visit: Visit
    school: School
    academic_year: str
    aspects: tuple[AspectInfo, ...]
    answers: tuple[Answer, ...]
    previous: tuple[tuple[str, PreviousAnswers], ...]
    evidence: tuple[Evidence, ...]
    files: tuple[EvidenceFile, ...]
    actions: tuple[Action, ...]
    support: tuple[Support, ...]
    priorities: tuple[Priority, ...]

    def answer(self, aspect: str, question: int) -> str:
        for item in self.answers:
            if item.aspect == aspect and item.question == question:
                return item.answer
        return ""

    def previous_for(self, aspect: str) -> PreviousAnswers:
        for key, previous in self.previous:
            if key == aspect:
                return previous
        return PreviousAnswers(None, None, ())

    def evidence_for(self, aspect: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.aspect == aspect)

    def files_of(self, evidence_id: str) -> tuple[EvidenceFile, ...]:
        return tuple(f for f in self.files if f.evidence_id == evidence_id)


def previous_answers(store: Store, visit_id: str, aspect: str) -> PreviousAnswers:
    """Answers to ``aspect`` at the school's latest earlier visit that has a non-empty answer
    to it (by visit date, then by when the visits were created); empty if there is none.
    For a priority carried forward, an answer to a priority it continues counts too.

    The one place "last visit's answers" are computed: the visit screen shows what this
    returns, through :func:`visit_sheet`. Raises NotFound for an unknown or deleted visit.
    """
    visit = visits.get_visit(store, visit_id)
    created_at = records.get(store, "visits", visit_id)["created_at"]
    kind, _, ref = aspect.partition(":")
    # A priority carried forward from earlier years answers for the ones it continues.
    aspects = [f"priority:{p}" for p in chain_of(store, ref)] if kind == "priority" else [aspect]
    marks = ",".join("?" * len(aspects))
    row = store.conn.execute(
        "SELECT v.id, v.visit_date, a.aspect FROM visits v"
        " JOIN enquiry_answers a ON a.visit_id = v.id"
        f" WHERE v.school_id = ? AND v.id != ? AND a.aspect IN ({marks})"
        " AND v.deleted_at IS NULL AND a.deleted_at IS NULL AND a.answer != ''"
        " AND (v.visit_date < ? OR (v.visit_date = ? AND v.created_at < ?))"
        " ORDER BY v.visit_date DESC, v.created_at DESC LIMIT 1",
        [visit.school_id, visit.id, *aspects, visit.visit_date, visit.visit_date, created_at],
    ).fetchone()
    if row is None:
        return PreviousAnswers(None, None, ())
    answers = store.conn.execute(
        "SELECT question, answer FROM enquiry_answers WHERE visit_id = ? AND aspect = ?"
        " AND deleted_at IS NULL ORDER BY question",
        [row[0], row[2]],
    ).fetchall()
    return PreviousAnswers(row[0], row[1], tuple((int(q), str(a)) for q, a in answers))


def _aspect_info(aspect: str, titles: dict[str, tuple[str, str | None]]) -> AspectInfo:
    kind, _, ref = aspect.partition(":")
    if kind == "priority":
        title, area = titles.get(ref, ("", None))
        return AspectInfo(aspect, kind, title, area)
    return AspectInfo(aspect, kind, ref, ref)


def visit_sheet(store: Store, visit_id: str) -> VisitSheet:
    """Read everything of one visit; raises NotFound for an unknown or deleted visit."""
    visit = visits.get_visit(store, visit_id)
    school = schools.get_school(store, visit.school_id)
    year = academic_year_of(date.fromisoformat(visit.visit_date))
    year_priorities = tuple(priorities_of(store, visit.school_id, year))
    titles: dict[str, tuple[str, str | None]] = {
        p.id: (p.title, p.reform_area) for p in year_priorities
    }
    missing = [
        a.partition(":")[2]
        for a in visit.aspects
        if a.startswith("priority:") and a.partition(":")[2] not in titles
    ]
    for pid in missing:
        row = store.conn.execute(
            "SELECT title, reform_area FROM priorities WHERE id = ?", [pid]
        ).fetchone()
        if row:
            titles[pid] = (str(row[0]), row[1])
    evidence = tuple(visits.evidence_of(store, visit_id))
    files = tuple(
        EvidenceFile(a.id, a.evidence_id, a.filename, a.media_type, a.size, blob(store, a.sha256))
        for e in evidence
        for a in e.attachments
    )
    actions = tuple(
        Action(*r)
        for r in store.conn.execute(
            "SELECT id, school_id, visit_id, description, owner, due_on, status FROM actions"
            " WHERE visit_id = ? AND deleted_at IS NULL ORDER BY created_at",
            [visit_id],
        )
    )
    support = tuple(
        Support(*r)
        for r in store.conn.execute(
            "SELECT id, school_id, priority_id, visit_id, academic_year, provider_kind,"
            " provider_name, description, days, status, impact FROM support"
            " WHERE visit_id = ? AND deleted_at IS NULL ORDER BY created_at",
            [visit_id],
        )
    )
    return VisitSheet(
        visit=visit,
        school=school,
        academic_year=year,
        aspects=tuple(_aspect_info(a, titles) for a in visit.aspects),
        answers=tuple(visits.answers_of(store, visit_id)),
        previous=tuple((a, previous_answers(store, visit_id, a)) for a in visit.aspects),
        evidence=evidence,
        files=files,
        actions=actions,
        support=support,
        priorities=year_priorities,
    )


# --- Edits the core modules do not offer -----------------------------------------------


def _touch_visit_if_final(store: Store, visit_id: str | None) -> None:
    if visit_id is None:
        return
    visit = records.get(store, "visits", visit_id)
    if visit["status"] == "final":
        records.update(store, "visits", visit_id, {"corrected_at": now_stamp()})


def remove_evidence(store: Store, evidence_id: str) -> None:
    """Remove an evidence item and its attachments (tombstones; the files stay)."""
    with store.transaction():
        visit_id = records.get(store, "evidence", evidence_id)["visit_id"]
        for (attachment_id,) in store.conn.execute(
            "SELECT id FROM attachments WHERE evidence_id = ? AND deleted_at IS NULL",
            [evidence_id],
        ).fetchall():
            records.delete(store, "attachments", attachment_id)
        records.delete(store, "evidence", evidence_id)
        _touch_visit_if_final(store, visit_id)


def remove_attachment(store: Store, attachment_id: str) -> None:
    """Detach a file from its evidence (a tombstone; the bytes stay in the profile)."""
    with store.transaction():
        evidence_id = records.get(store, "attachments", attachment_id)["evidence_id"]
        visit_id = records.get(store, "evidence", evidence_id)["visit_id"]
        records.delete(store, "attachments", attachment_id)
        _touch_visit_if_final(store, visit_id)


def update_support(store: Store, support_id: str, **changes: Any) -> set[str]:
    """Edit support: provider, description, days, status, impact or linked priority."""
    unknown = set(changes) - SUPPORT_FIELDS
    if unknown:
        raise InvalidValue(f"Support has no field {sorted(unknown)}")
    if "status" in changes and changes["status"] not in SUPPORT_STATUSES:
        raise InvalidValue(f"Unknown support status {changes['status']!r}")
    if "days" in changes and float(changes["days"]) < 0:
        raise InvalidValue("Days of support cannot be negative")
    with store.transaction():
        changed = records.update(store, "support", support_id, changes)
        if changed:
            _touch_visit_if_final(store, records.get(store, "support", support_id)["visit_id"])
    return changed


def update_action(store: Store, action_id: str, **changes: Any) -> set[str]:
    """Edit an agreed action's description, owner, due date or status."""
    unknown = set(changes) - ACTION_FIELDS
    if unknown:
        raise InvalidValue(f"Actions have no field {sorted(unknown)}")
    if "description" in changes and not str(changes["description"]).strip():
        raise InvalidValue("An action needs a description")
    if "status" in changes and changes["status"] not in ACTION_STATUSES:
        raise InvalidValue(f"Unknown action status {changes['status']!r}")
    if isinstance(changes.get("due_on"), date):
        changes["due_on"] = changes["due_on"].isoformat()
    with store.transaction():
        if (
            "status" in changes
            and records.get(store, "actions", action_id)["status"] != (changes["status"])
        ):
            changes["status_on"] = date.today().isoformat()  # for reports of past periods
        changed = records.update(store, "actions", action_id, changes)
        if changed:
            _touch_visit_if_final(store, records.get(store, "actions", action_id)["visit_id"])
    return changed


def update_practice(store: Store, practice_id: str, **changes: Any) -> set[str]:
    """Edit practice worth sharing: title, description or reform area."""
    unknown = set(changes) - {"title", "description", "reform_area"}
    if unknown:
        raise InvalidValue(f"Practice has no field {sorted(unknown)}")
    if "title" in changes and not str(changes["title"]).strip():
        raise InvalidValue("Practice worth sharing needs a title")
    return records.update(store, "practice", practice_id, changes)


# --- Search results: where each hit lives ----------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where a search hit lives, so the UI can open the exact screen and field."""

    table: str
    row_id: str
    school_id: str
    school_name: str
    snippet: str
    visit_id: str | None
    visit_date: str | None
    aspect: str | None
    question: int | None


def locate(store: Store, hit: SearchHit) -> Place:
    """The visit, aspect and question (as far as they apply) of a search hit."""
    visit_id: str | None = None
    aspect: str | None = None
    question: int | None = None
    if hit.table == "enquiry_answers":
        row = store.conn.execute(
            "SELECT visit_id, aspect, question FROM enquiry_answers WHERE id = ?", [hit.row_id]
        ).fetchone()
        if row:
            visit_id, aspect, question = row[0], row[1], int(row[2])
    elif hit.table == "evidence":
        row = store.conn.execute(
            "SELECT visit_id, aspect, question FROM evidence WHERE id = ?", [hit.row_id]
        ).fetchone()
        if row:
            visit_id, aspect = row[0], row[1]
            question = None if row[2] is None else int(row[2])
    elif hit.table == "visits":
        visit_id = hit.row_id
    elif hit.table in ("actions", "notes"):
        row = store.conn.execute(
            f"SELECT visit_id FROM [{hit.table}] WHERE id = ?", [hit.row_id]
        ).fetchone()
        visit_id = row[0] if row else None
    visit_date = None
    if visit_id is not None:
        found = store.conn.execute(
            "SELECT visit_date FROM visits WHERE id = ? AND deleted_at IS NULL", [visit_id]
        ).fetchone()
        visit_date = found[0] if found else None
        if found is None:
            visit_id = None
    return Place(
        table=hit.table,
        row_id=hit.row_id,
        school_id=hit.school_id,
        school_name=hit.school_name,
        snippet=hit.snippet,
        visit_id=visit_id,
        visit_date=visit_date,
        aspect=aspect,
        question=question,
    )


def search_places(store: Store, text: str, limit: int = 50) -> tuple[Place, ...]:
    """Full-text search across the caseload; each hit with the place it opens."""
    from desktop.store import search

    return tuple(locate(store, hit) for hit in search.search(store, text, limit))


def visit_attendees(raw: str) -> list[str]:
    """Split attendees typed as one line (commas or semicolons) into names."""
    parts = [p.strip() for chunk in raw.split(";") for p in chunk.split(",")]
    return [p for p in parts if p]


COUNTED_SUPPORT = ("agreed", "in_progress", "complete")


def support_days_used(support: tuple[Support, ...] | list[Support]) -> float:
    """Days of support that count against the year's minimum (agreed, under way or done),
    as the caseload counts them."""
    return float(sum(s.days for s in support if s.status in COUNTED_SUPPORT))
