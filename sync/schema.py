"""Every synced table and field, with its merge policy and scope, declared once.

Policies (see ``design.md``):
- ``conflict``: judgements and decisions. A concurrent different value is kept aside as an
  open conflict with both values and both authors; a person decides.
- ``text3way``: narrative text. A three-way merge against the base revision; overlapping
  edits become a conflict with base, mine and theirs.
- ``set_union``: JSON lists (attendees, aspects, memberships): concurrent edits are united.
- ``lww``: trivia only (order, flags, stamps): the later arrival at the server wins; the
  history keeps the earlier value.

Scope: a row belongs to one school (found through ``school_path``) or is ``global``
(local authorities, people). A partner pushes and pulls only rows of schools in scope.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

Policy = Literal["conflict", "text3way", "set_union", "lww"]
POLICIES: tuple[Policy, ...] = ("conflict", "text3way", "set_union", "lww")
TOMBSTONE = "deleted_at"


@dataclass(frozen=True)
class SyncedTable:
    """A synced table. ``school_path`` names how a row finds its school:
    ``"id"`` (the row is the school), a field holding the school id (``"school_id"``), or
    ``"<field>:<parent table>"`` to follow a parent row; None means global."""

    name: str
    fields: dict[str, Policy]
    school_path: str | None
    writers: frozenset[str]  # roles that may write rows of this table

    def policy(self, field: str) -> Policy:
        return self.fields[field]


_PARTNERS = frozenset({"ip", "pip", "admin"})
_ADMIN = frozenset({"admin"})
# A PIP may reallocate schools within their team: the central store checks that the school
# is in the PIP's scope and that the allocation names a partner of the PIP's team.
_ALLOCATORS = frozenset({"pip", "admin"})


def _t(
    table_name: str,
    school_path: str | None,
    writers: frozenset[str] = _PARTNERS,
    /,
    **fields: Policy,
) -> SyncedTable:
    return SyncedTable(table_name, dict(fields), school_path, writers)


TABLES: dict[str, SyncedTable] = {
    t.name: t
    for t in (
        _t("local_authorities", None, _ADMIN, code="conflict", name="lww", name_cy="lww"),
        _t(
            "schools",
            "id",
            _PARTNERS,
            number="conflict",
            name="lww",
            la_id="conflict",
            sector="conflict",
            governance="lww",
            wm_code="lww",
            welsh_medium_type="lww",
            school_type="lww",
            religious_character="lww",
            address_1="lww",
            address_2="lww",
            address_3="lww",
            address_4="lww",
            postcode="lww",
            phone="lww",
            pupils="lww",
            headteacher="conflict",
            contacts="set_union",
            support_level="conflict",
            memberships="set_union",
            report_language="conflict",
        ),
        _t("people", None, _ADMIN, name="lww", email="lww", role="conflict", team="conflict"),
        _t(
            "allocations",
            "school_id",
            _ALLOCATORS,
            school_id="conflict",
            person_id="conflict",
            academic_year="conflict",
            starts_on="conflict",
            ends_on="conflict",
        ),
        _t(
            "priorities",
            "school_id",
            school_id="conflict",
            academic_year="conflict",
            title="text3way",
            description="text3way",
            reform_area="conflict",
            sdp_reference="conflict",
            status="conflict",
            position="lww",
            success_criteria="text3way",
            risks="text3way",
            la_approval="conflict",
            la_approved_on="conflict",
            la_approved_by="conflict",
            continues_id="conflict",
        ),
        _t(
            "visits",
            "school_id",
            school_id="conflict",
            person_id="conflict",
            visit_date="conflict",
            purpose="conflict",
            attendees="set_union",
            aspects="set_union",
            summary="text3way",
            next_visit_date="conflict",
            status="conflict",
            finalised_at="lww",
            corrected_at="lww",
            days="conflict",
            next_visit_focus="text3way",
            ht_response="text3way",
            recipients="set_union",
        ),
        _t(
            "enquiry_answers",
            "visit_id:visits",
            visit_id="conflict",
            aspect="conflict",
            question="conflict",
            answer="text3way",
        ),
        _t(
            "evidence",
            "visit_id:visits",
            visit_id="conflict",
            aspect="conflict",
            question="conflict",
            kind="conflict",
            body="text3way",
            stance="conflict",
            in_report="lww",
        ),
        _t(
            "attachments",
            "evidence_id:evidence",
            evidence_id="conflict",
            sha256="conflict",
            filename="lww",
            media_type="lww",
            size="conflict",
        ),
        _t(
            "judgements",
            "priority_id:priorities",
            priority_id="conflict",
            term="conflict",
            track="conflict",
            rate="conflict",
            rationale="conflict",
            judged_by="conflict",
            judged_on="conflict",
        ),
        _t(
            "support",
            "school_id",
            school_id="conflict",
            priority_id="conflict",
            visit_id="conflict",
            academic_year="conflict",
            provider_kind="conflict",
            provider_name="lww",
            description="text3way",
            days="conflict",
            status="conflict",
            impact="text3way",
        ),
        _t(
            "actions",
            "school_id",
            school_id="conflict",
            visit_id="conflict",
            description="text3way",
            owner="conflict",
            due_on="conflict",
            status="conflict",
            status_on="conflict",
        ),
        _t(
            "practice",
            "school_id",
            school_id="conflict",
            visit_id="conflict",
            title="text3way",
            description="text3way",
            reform_area="conflict",
        ),
        _t(
            "support_level_decisions",
            "school_id",
            school_id="conflict",
            decided_on="conflict",
            from_level="conflict",
            to_level="conflict",
            reason="conflict",
            decided_by="conflict",
            agreed_by="set_union",
            raised_by="conflict",
        ),
        _t(
            "categorisations",
            "school_id",
            _ADMIN,
            school_id="conflict",
            year="conflict",
            colour="conflict",
            standards_group="conflict",
            improvement_capacity="conflict",
        ),
        _t("notes", "school_id", school_id="conflict", visit_id="conflict", body="text3way"),
        # The half-termly review of a school receiving enhanced support (issue 5).
        _t(
            "enhanced_reviews",
            "school_id",
            school_id="conflict",
            review_date="conflict",
            pip_id="conflict",
            la_attendees="set_union",
            position_agreed="text3way",
            next_review_due="conflict",
        ),
        # The termly key-task checklist: a task done on a day, by a visit or by hand (issue 15).
        _t(
            "key_task_checks",
            "school_id",
            school_id="conflict",
            academic_year="conflict",
            task_key="conflict",
            done_on="conflict",
            visit_id="conflict",
        ),
        # Days of partner time agreed for a school this year beyond the sector minimum.
        _t(
            "agreed_days",
            "school_id",
            school_id="conflict",
            academic_year="conflict",
            days="conflict",
        ),
        # The partner's written summary of a school's year, for the governors' report.
        _t(
            "year_summaries",
            "school_id",
            school_id="conflict",
            academic_year="conflict",
            summary="text3way",
        ),
        # Written only by the central store; a partner resolves one with a ``resolves`` op.
        _t(
            "conflicts",
            "school_id",
            frozenset(),
            school_id="lww",
            tbl="lww",
            row_id="lww",
            field="lww",
            base="lww",
            mine="lww",
            theirs="lww",
            mine_by="lww",
            theirs_by="lww",
            mine_at="lww",
            theirs_at="lww",
            status="lww",
            resolution="lww",
            resolved_by="lww",
        ),
    )
}

# Fields that point at another synced row: (table, field) -> parent table. Parents are sent
# before their children so a laptop can always insert what it pulls.
PARENTS: dict[tuple[str, str], str] = {
    ("schools", "la_id"): "local_authorities",
    ("allocations", "school_id"): "schools",
    ("allocations", "person_id"): "people",
    ("priorities", "school_id"): "schools",
    ("priorities", "continues_id"): "priorities",
    ("visits", "school_id"): "schools",
    ("visits", "person_id"): "people",
    ("enquiry_answers", "visit_id"): "visits",
    ("evidence", "visit_id"): "visits",
    ("attachments", "evidence_id"): "evidence",
    ("judgements", "priority_id"): "priorities",
    ("judgements", "judged_by"): "people",
    ("support", "school_id"): "schools",
    ("support", "priority_id"): "priorities",
    ("support", "visit_id"): "visits",
    ("actions", "school_id"): "schools",
    ("actions", "visit_id"): "visits",
    ("practice", "school_id"): "schools",
    ("practice", "visit_id"): "visits",
    ("support_level_decisions", "school_id"): "schools",
    ("support_level_decisions", "decided_by"): "people",
    ("categorisations", "school_id"): "schools",
    ("notes", "school_id"): "schools",
    ("notes", "visit_id"): "visits",
    ("enhanced_reviews", "school_id"): "schools",
    ("enhanced_reviews", "pip_id"): "people",
    ("key_task_checks", "school_id"): "schools",
    ("key_task_checks", "visit_id"): "visits",
    ("agreed_days", "school_id"): "schools",
    ("year_summaries", "school_id"): "schools",
}


# Evidence files: the limits the central store enforces, checked by the laptop when a file
# is attached so the partner hears of them then, not at sync time.
MAX_FILE_BYTES = 50 * 1024 * 1024
MEDIA_TYPES: frozenset[str] = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
        "image/heic",
        "application/pdf",
        "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
)

# -- what each field holds -------------------------------------------------------------

Kind = Literal[
    "id", "sha256", "short", "text", "date", "stamp", "year", "int", "number", "bool", "list"
]

MAX_ID = 64
MAX_SHORT = 1_000
MAX_TEXT = 200_000
MAX_LIST = 200
MAX_INT = 2**53  # what a JSON number carries exactly, and far inside both back ends' bigint
MAX_NUMBER = 1e9

# By field name, the same in every table; a field not named here is short text, and a
# field pointing at another record (PARENTS) or a person is an id.
_KIND_OF: dict[str, Kind] = {
    **dict.fromkeys(("judged_by", "decided_by", "mine_by", "theirs_by", "resolved_by"), "id"),
    "row_id": "id",
    "sha256": "sha256",
    **dict.fromkeys(
        (
            "title",
            "description",
            "summary",
            "answer",
            "body",
            "rationale",
            "impact",
            "position_agreed",
            "reason",
            "ht_response",
            "next_visit_focus",
            "success_criteria",
            "risks",
            "base",
            "mine",
            "theirs",
            "resolution",
        ),
        "text",
    ),
    **dict.fromkeys(
        (
            "starts_on",
            "ends_on",
            "visit_date",
            "next_visit_date",
            "judged_on",
            "due_on",
            "decided_on",
            "review_date",
            "next_review_due",
            "done_on",
            "status_on",
            "la_approved_on",
        ),
        "date",
    ),
    **dict.fromkeys(("finalised_at", "corrected_at", "mine_at", "theirs_at", TOMBSTONE), "stamp"),
    "academic_year": "year",
    **dict.fromkeys(("pupils", "position", "question", "size"), "int"),
    "days": "number",
    "in_report": "bool",
}


def kind(table_name: str, field: str) -> Kind:
    """What ``field`` of ``table_name`` holds (see ``check_value``)."""
    if TABLES[table_name].fields.get(field) == "set_union":
        return "list"
    if (table_name, field) in PARENTS or field.endswith("_id"):
        return "id"
    return _KIND_OF.get(field, "short")


_YEAR = re.compile(r"[0-9]{4}-[0-9]{2}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SHA = re.compile(r"[0-9a-f]{64}")
_STAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})"
)


def _text_problem(value: str, limit: int) -> str | None:
    if len(value) > limit:
        return f"is longer than {limit} characters"
    if "\x00" in value:
        return "holds a NUL character"
    return None


def check_value(table_name: str, field: str, value: Any) -> str | None:
    """Why ``value`` cannot be stored in ``table_name.field`` (None: it can). Every field
    may be null; otherwise the value must suit the field's kind and size."""
    if value is None:
        return None
    wanted = kind(table_name, field)
    if wanted == "list":
        if not isinstance(value, list) or len(value) > MAX_LIST:
            return f"must be a list of at most {MAX_LIST} texts"
        for item in value:
            if not isinstance(item, str):
                return "must be a list of texts"
            problem = _text_problem(item, MAX_SHORT)
            if problem:
                return f"has an item that {problem}"
        return None
    if wanted == "int":
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INT:
            return f"must be a whole number of at most {MAX_INT}"
        return None
    if wanted == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number"
        if not math.isfinite(value) or abs(value) > MAX_NUMBER:
            return f"must be a finite number of at most {MAX_NUMBER:.0f}"
        return None
    if wanted == "bool":
        if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
            return None
        return "must be true or false"
    if not isinstance(value, str):
        return "must be text"
    limits = {"id": MAX_ID, "sha256": 64, "text": MAX_TEXT, "stamp": 40, "year": 7, "date": 10}
    problem = _text_problem(value, limits.get(wanted, MAX_SHORT))
    if problem:
        return problem
    if wanted == "sha256" and not _SHA.fullmatch(value):
        return "must be a SHA-256 in lower-case hex"
    if wanted == "year" and not _YEAR.fullmatch(value):
        return "must be an academic year like 2025-26"
    if wanted == "date":
        if not _DATE.fullmatch(value):
            return "must be a date like 2025-11-20"
        try:
            date.fromisoformat(value)
        except ValueError:
            return "must be a real date"
    if wanted == "stamp":
        try:
            if not _STAMP.fullmatch(value):
                raise ValueError(value)
            datetime.fromisoformat(value)
        except ValueError:
            return "must be a time like 2025-11-20T10:00:00Z"
    return None


JSON_LIST_FIELDS = frozenset(
    (t.name, f) for t in TABLES.values() for f, p in t.fields.items() if p == "set_union"
)


def table(name: str) -> SyncedTable:
    """The synced table ``name``; KeyError if it is not synced."""
    return TABLES[name]


def is_field(table_name: str, field: str) -> bool:
    """True if ``field`` of ``table_name`` is synced (the tombstone field included)."""
    found = TABLES.get(table_name)
    return found is not None and (field in found.fields or field == TOMBSTONE)
