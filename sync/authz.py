"""Who may write what: role × table × field → create / update / delete, declared once.

The central store passes every op, plain or resolving a conflict, through
:func:`sync.server.authorise.Authoriser.check`, which reads only this table (and the
stored rows). The actions:

- ``create``: the op names a row the central store does not have yet. For a table whose
  rows belong to a school the op must be the field that ties the row to its school or
  parent (the *link*); the new row's school is taken from that op's own value.
- ``update``: the op sets a field of an existing row.
- ``delete``: the op sets (or clears) the row's tombstone ``deleted_at``.

Beyond the roles:
- ``fixed`` fields are set once and never changed afterwards: every link (``school_id``,
  ``visit_id``, ``priority_id``, ``evidence_id`` where it ties a row to its parent), and
  fields that say what a row *is* (an allocation's academic year, a visit's partner).
- ``authors`` are stamped by the central store with the caller's partner id, and
  ``clock`` fields with the central store's clock: a value sent by a laptop for them is
  never believed.

Roles: ``ip`` (an improvement partner), ``pip`` (a principal improvement partner, over
their team), ``admin`` (the consortium's administrator). Scope (which schools) is not
declared here: see :meth:`sync.server.storage.CentralStore.scope`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from sync import schema

Role = Literal["ip", "pip", "admin"]
Action = Literal["create", "update", "delete"]
ROLES: tuple[Role, ...] = ("ip", "pip", "admin")
ACTIONS: tuple[Action, ...] = ("create", "update", "delete")

NOBODY: frozenset[str] = frozenset()
ADMIN: frozenset[str] = frozenset({"admin"})
ALLOCATORS: frozenset[str] = frozenset({"pip", "admin"})
PARTNERS: frozenset[str] = frozenset({"ip", "pip", "admin"})


@dataclass(frozen=True)
class TableRule:
    """The rule of one synced table. ``update`` maps every synced field to the roles that
    may change it; the tombstone is governed by ``delete``."""

    table: str
    create: frozenset[str]
    delete: frozenset[str]
    update: Mapping[str, frozenset[str]]
    fixed: frozenset[str] = field(default_factory=frozenset)
    authors: frozenset[str] = field(default_factory=frozenset)
    clock: frozenset[str] = field(default_factory=frozenset)

    @property
    def link(self) -> str | None:
        """The field that ties a row to its school or parent (None: the row is a school
        itself, or global)."""
        path = schema.table(self.table).school_path
        if path is None or path == "id":
            return None
        return path.partition(":")[0]

    def allows(self, role: str, action: Action, field_name: str | None = None) -> bool:
        """True if ``role`` may ``action`` this table (``update``: this field)."""
        if action == "create":
            return role in self.create
        if action == "delete":
            return role in self.delete
        assert field_name is not None
        return role in self.update.get(field_name, NOBODY)


def _rule(
    table_name: str,
    *,
    create: frozenset[str],
    delete: frozenset[str] | None = None,
    update: frozenset[str] | None = None,
    only: Mapping[str, frozenset[str]] | None = None,
    fixed: tuple[str, ...] = (),
    authors: tuple[str, ...] = (),
    clock: tuple[str, ...] = (),
) -> TableRule:
    """A table's rule: ``update`` roles for every field unless ``only`` names the field."""
    synced = schema.table(table_name)
    default = create if update is None else update
    per_field = {name: (only or {}).get(name, default) for name in synced.fields}
    link = synced.school_path.partition(":")[0] if synced.school_path else ""
    links = {link} if link and link != "id" else set()
    return TableRule(
        table_name,
        create=create,
        delete=create if delete is None else delete,
        update=per_field,
        fixed=frozenset(links | set(fixed)),
        authors=frozenset(authors),
        clock=frozenset(clock),
    )


RULES: dict[str, TableRule] = {
    r.table: r
    for r in (
        _rule("local_authorities", create=ADMIN),
        _rule("people", create=ADMIN),
        # Schools come from the address list (an administrator's import); partners keep
        # their details. A school's number and local authority say which school it is.
        _rule(
            "schools",
            create=ADMIN,
            update=PARTNERS,
            only={"number": ADMIN, "la_id": ADMIN},
        ),
        # A PIP moves schools within their team (the central store also checks that every
        # school of the team stays allocated for the year: see Authoriser).
        _rule("allocations", create=ALLOCATORS, fixed=("academic_year",)),
        # A priority carried into a new year names the one it continues: fixed once set.
        _rule("priorities", create=PARTNERS, fixed=("continues_id",)),
        _rule(
            "visits",
            create=PARTNERS,
            fixed=("person_id",),
            authors=("person_id",),
            clock=("finalised_at", "corrected_at"),
        ),
        _rule("enquiry_answers", create=PARTNERS, fixed=("aspect", "question")),
        _rule("evidence", create=PARTNERS, fixed=("aspect",)),
        _rule("attachments", create=PARTNERS, fixed=("sha256", "size")),
        _rule("judgements", create=PARTNERS, fixed=("term",), authors=("judged_by",)),
        _rule("support", create=PARTNERS, fixed=("visit_id", "academic_year")),
        _rule("actions", create=PARTNERS, fixed=("visit_id",)),
        _rule("practice", create=PARTNERS, fixed=("visit_id",)),
        _rule("support_level_decisions", create=PARTNERS, authors=("decided_by",)),
        _rule("categorisations", create=ADMIN),
        _rule("notes", create=PARTNERS, fixed=("visit_id",)),
        _rule("enhanced_reviews", create=PARTNERS),
        # A key task ticked for a year stays that task of that year; untick it by deleting.
        _rule("key_task_checks", create=PARTNERS, fixed=("academic_year", "task_key")),
        # The school's partner (or their PIP) agrees the extra days with the school.
        _rule("agreed_days", create=PARTNERS, fixed=("academic_year",)),
        _rule("year_summaries", create=PARTNERS, fixed=("academic_year",)),
        # Written only by the central store; a partner settles one with a ``resolves`` op.
        _rule("conflicts", create=NOBODY),
    )
}

# Free text a person may rewrite when settling a conflict ("keep an edited merge"); any
# other field is settled with one of the two values in conflict.
EDITABLE_IN_RESOLUTION: frozenset[tuple[str, str]] = frozenset(
    {(t.name, f) for t in schema.TABLES.values() for f, p in t.fields.items() if p == "text3way"}
    | {("judgements", "rationale"), ("support_level_decisions", "reason")}
)


def rule(table_name: str) -> TableRule:
    """The rule of a synced table; KeyError if it is not synced."""
    return RULES[table_name]


def allowed(role: str, table_name: str, action: Action, field_name: str | None = None) -> bool:
    """True if the declared table lets ``role`` do ``action`` (on ``field_name``)."""
    return rule(table_name).allows(role, action, field_name)


@dataclass(frozen=True)
class Combination:
    role: Role
    table: str
    action: Action
    field: str | None  # None for create and delete

    @property
    def allowed(self) -> bool:
        return allowed(self.role, self.table, self.action, self.field)


def matrix() -> Iterator[Combination]:
    """Every role × table × field × action the table decides, for tests and the README."""
    for role in ROLES:
        for name, table_rule in RULES.items():
            yield Combination(role, name, "create", None)
            for field_name in table_rule.update:
                yield Combination(role, name, "update", field_name)
            yield Combination(role, name, "delete", None)


assert set(RULES) == set(schema.TABLES), "every synced table has its rule"
