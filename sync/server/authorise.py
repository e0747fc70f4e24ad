"""The one check every pushed op passes: :class:`Authoriser`.

It applies the declared table (:mod:`sync.authz`) to one op at a time, on that op's own
value and the rows as stored, never on what later ops of the same request would set.
Guarantees, for every op, plain or resolving a conflict:

- the caller's role may do the action on that table and field;
- a row's school is found once, from the row as stored or, for a new row, from the
  value of its own link op, and must be in the caller's scope (a school they hold now);
- a fixed field (a link, an allocation's year) never changes once set;
- a field that points at another record names a record the central store has, of the
  same school;
- a PIP's allocation change names only partners of the PIP's team, keeps dates inside
  this academic year, and never leaves a school of the team without a partner of the
  team for any day left in the year;
- a resolution settles its conflict's own field with one of its values (the base or
  either side; free text may be edited), then passes all of the above like a plain write;
- once an op creating a record is refused, the rest of that record's ops in the request
  are refused with the same reason (a half-made record is never stored);
- authors are the caller and stamps are the central store's clock, whatever was sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.store.calendar import academic_year_of, year_end, year_start
from sync import authz, schema
from sync.server import tables as t

if TYPE_CHECKING:
    from sync.server.storage import CentralStore, Device, Op


@dataclass(frozen=True)
class Refused:
    """``why`` is shown to the partner; ``detail`` goes to the audit log."""

    why: str
    detail: str


@dataclass(frozen=True)
class Permitted:
    action: authz.Action
    school: str | None
    value: Any  # what will be stored: the op's value, or the author / clock stamp
    stamped: bool = False


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def covered(allocations: list[dict[str, Any]], team: set[str], year: str, today: date) -> bool:
    """True if, for every day from ``today`` to the end of ``year``, a live allocation of
    that year gives the school to a partner of ``team``."""
    start, end = max(today, year_start(year)), year_end(year)
    if start > end:
        return True
    spans = []
    for fields in allocations:
        if fields.get("deleted") or fields.get("academic_year") != year:
            continue
        if fields.get("person_id") not in team:
            continue
        begins = _day(fields.get("starts_on")) or year_start(year)
        ends = _day(fields.get("ends_on")) or end
        spans.append((begins, ends))
    day = start
    for begins, ends in sorted(spans):
        if begins > day:
            break
        day = max(day, ends + timedelta(days=1))
        if day > end:
            return True
    return day > end


class Authoriser:
    """Checks the ops of one push by one device, inside the push's transaction."""

    def __init__(self, store: CentralStore, conn: Connection, device: Device) -> None:
        self.store = store
        self.conn = conn
        self.device = device
        self.partner = device.partner
        self.scope = store.scope(conn, device.partner)
        self._read_only: set[str] | None = None
        self._new_rows: set[tuple[str, str]] = set()  # rows this request created
        self._refused_rows: dict[tuple[str, str], Refused] = {}

    def created_here(self, key: tuple[str, str]) -> bool:
        """True if the row was created by an earlier op of this request."""
        return key in self._new_rows

    def forget(self, key: tuple[str, str]) -> None:
        """The row created by this request was taken back: it does not exist."""
        self._new_rows.discard(key)

    def check(self, op: Op) -> Refused | Permitted:
        key = (op.table, op.row_id)
        if key in self._refused_rows:
            return self._refused_rows[key]
        row = self.store.row_school(self.conn, *key)
        new = key in self._new_rows or not row[0]
        verdict = self._check(op, row)
        if isinstance(verdict, Refused):
            if new:
                self._refused_rows[key] = verdict
        elif verdict.action == "create":
            self._new_rows.add(key)
        return verdict

    # -- the check ------------------------------------------------------------------------

    def _check(self, op: Op, row: tuple[bool, str | None]) -> Refused | Permitted:
        """``row``: (known, school) of the op's row, as :meth:`check` has just read it."""
        rule = authz.rule(op.table)
        role = self.partner.role
        known, school = row
        if op.resolves is not None:
            refused = self._resolution(op)
            if refused is not None:
                return refused
        action: authz.Action
        resent: tuple[Any] | None = None
        if op.field == schema.TOMBSTONE:
            action = "delete"
            if not known:
                return Refused("the record is not on the server", "delete of an unknown row")
        elif not known:
            action = "create"
        else:
            action = "update"
        if not rule.allows(role, action, op.field):
            noun = op.table if action != "update" else f"{op.table}.{op.field}"
            return Refused(
                f"your role cannot change {op.table}", f"role {role} may not {action} {noun}"
            )
        if action == "create":
            found = self._new_row_school(rule, op)
            if isinstance(found, Refused):
                return found
            school = found
        elif op.field in rule.fixed:
            stored = self.store.field(self.conn, op.table, op.row_id, op.field)
            if stored is not None:
                if not _same(stored[0], op.value):
                    return Refused(
                        f"{op.table}.{op.field} cannot change once set",
                        f"change of fixed field {op.table}.{op.field}",
                    )
                # The same value again (a resend): it stays as it is, never re-stamped.
                resent = (stored[0],)
        refused = self._in_scope(op, school)
        if refused is not None:
            return refused
        if action != "create" or op.field != rule.link:
            refused = self._reference(op, school)
            if refused is not None:
                return refused
        if op.table == "allocations" and role == "pip":
            refused = self._allocation(op, action, school)
            if refused is not None:
                return refused
        if resent is not None:
            return Permitted(action, school, resent[0])
        return self._stamped(rule, op, action, school)

    # -- the parts ------------------------------------------------------------------------

    def _new_row_school(self, rule: authz.TableRule, op: Op) -> str | Refused | None:
        """The school of a row the op creates, from the op's own value."""
        path = schema.table(op.table).school_path
        if path is None:
            return None
        if path == "id":
            return op.row_id
        if op.field != rule.link:
            return Refused(
                "a new record must first say where it belongs",
                f"new {op.table} row opened with {op.field}, not {rule.link}",
            )
        if not isinstance(op.value, str):
            return Refused(
                "the record it belongs to is not on the server", f"{op.field} is not an id"
            )
        _, _, parent = path.partition(":")
        known, school = self.store.row_school(self.conn, parent or "schools", op.value)
        if not known:
            return Refused(
                "the record it belongs to is not on the server",
                f"{parent or 'schools'}/{op.value} is unknown",
            )
        return school if parent else op.value

    def read_only(self) -> set[str]:
        if self._read_only is None:
            self._read_only = self.store.read_only(self.conn, self.partner)
        return self._read_only

    def _in_scope(self, op: Op, school: str | None) -> Refused | None:
        if self.scope is None or schema.table(op.table).school_path is None:
            return None
        if school is not None and school in self.scope:
            return None
        detail = f"{op.table}/{op.row_id} is outside the partner's schools"
        if school in self.read_only():
            return Refused("this school has moved to another partner", detail)
        return Refused("this school is not allocated to you", detail)

    def _reference(self, op: Op, school: str | None) -> Refused | None:
        """A field pointing at another record must name a known record of the same
        school (or a known person or local authority)."""
        parent = schema.PARENTS.get((op.table, op.field))
        if parent is None or op.value is None or op.field in authz.rule(op.table).authors:
            return None
        if not isinstance(op.value, str):
            return Refused(f"{op.field} must name a record", f"{op.field} is not an id")
        known, parent_school = self.store.row_school(self.conn, parent, op.value)
        if not known:
            return Refused(
                "the record it points to is not on the server", f"{parent}/{op.value} is unknown"
            )
        if schema.table(parent).school_path is not None and parent_school != school:
            return Refused(
                "a record can only point to records of its own school",
                f"{op.table}.{op.field} points to {parent}/{op.value} of another school",
            )
        return None

    def _allocation(self, op: Op, action: authz.Action, school: str | None) -> Refused | None:
        """A PIP's allocation change: within the team, within this year, never leaving a
        school of the team without a partner of the team."""
        refuse = "you can allocate schools only within your team"
        if not self.partner.team:
            return Refused(refuse, "a PIP without a team allocates nothing")
        team = self.store.team_members(self.conn, self.partner.team)
        rows = self._school_allocations(school)
        before = rows.get(op.row_id, {})
        after = dict(before)
        if action == "delete":
            after["deleted"] = op.value is not None
        else:
            after[op.field] = op.value
        named = {before.get("person_id"), after.get("person_id")} - {None}
        outside = sorted(str(p) for p in named if p not in team)
        if outside:
            return Refused(refuse, f"partner {outside[0]} is not of team {self.partner.team}")
        if op.field == "person_id" and op.value is None:
            return Refused(refuse, "an allocation must name a partner")
        this_year = academic_year_of(self.store.today())
        if op.field == "academic_year" and op.value != this_year:
            return Refused(
                "a PIP allocates schools for this academic year only",
                f"academic_year {op.value!r} is not {this_year}",
            )
        if op.field in ("starts_on", "ends_on") and op.value is not None:
            day = _day(op.value)
            year = after.get("academic_year") or this_year
            if day is None or not year_start(year) <= day <= year_end(year):
                return Refused(
                    "the dates of an allocation lie within its academic year",
                    f"{op.field} {op.value!r} is outside {year}",
                )
        today = self.store.today()
        was = covered(list(rows.values()), team, this_year, today)
        rows[op.row_id] = after
        if was and not covered(list(rows.values()), team, this_year, today):
            return Refused(
                "every school of the team stays allocated to a partner of the team",
                f"allocations/{op.row_id}: it would leave the school to nobody in the team",
            )
        return None

    def _school_allocations(self, school: str | None) -> dict[str, dict[str, Any]]:
        """allocation id -> its stored fields (and ``deleted``), for one school."""
        found: dict[str, dict[str, Any]] = {}
        query = (
            sa.select(t.fields.c.row_id, t.fields.c.field, t.fields.c.value, t.rows.c.deleted_rev)
            .join(
                t.rows,
                sa.and_(t.rows.c.tbl == t.fields.c.tbl, t.rows.c.row_id == t.fields.c.row_id),
            )
            .where(t.rows.c.tbl == "allocations", t.rows.c.school_id == school)
        )
        for row_id, name, value, deleted in self.conn.execute(query):
            fields = found.setdefault(row_id, {"deleted": deleted is not None})
            fields[name] = None if value is None else json.loads(value)
        return found

    def _resolution(self, op: Op) -> Refused | None:
        """A resolution names an open conflict of this very record, and settles that
        conflict's field with one of its values (base, mine, theirs) or, for free text, an
        edit of them; keeping a delete that met an edit sets the tombstone."""
        conflict = str(op.resolves)

        def value(name: str) -> Any:
            stored = self.store.field(self.conn, "conflicts", conflict, name)
            return None if stored is None else stored[0]

        status = value("status")
        if status is None:
            return Refused("no such conflict", f"resolves unknown conflict {conflict}")
        if status != "open":
            return Refused("this conflict is already resolved", f"conflict {conflict} is closed")
        if [value("tbl"), value("row_id")] != [op.table, op.row_id]:
            return Refused(
                "the resolution names another record",
                f"conflict {conflict} is about {value('tbl')}/{value('row_id')}",
            )
        field = value("field")
        base, mine, theirs = (
            json.loads(v) if v is not None else None
            for v in (value("base"), value("mine"), value("theirs"))
        )
        sides = [base, mine, theirs]
        if op.field == field == schema.TOMBSTONE:
            ok = op.value is None or isinstance(op.value, str)
        elif op.field == field:
            ok = any(_same(op.value, side) for side in sides) or (
                (op.table, op.field) in authz.EDITABLE_IN_RESOLUTION and isinstance(op.value, str)
            )
        else:
            # Keeping the delete that an edit met.
            ok = op.field == schema.TOMBSTONE and theirs is None and isinstance(op.value, str)
        if not ok:
            return Refused(
                "a resolution keeps one of the two values in conflict",
                f"resolution of {conflict} sets {op.field} to a value in neither side",
            )
        return None

    def _stamped(
        self, rule: authz.TableRule, op: Op, action: authz.Action, school: str | None
    ) -> Permitted:
        if op.resolves is None and op.field in rule.authors:
            return Permitted(action, school, self.partner.id, not _same(op.value, self.partner.id))
        if op.resolves is None and op.field in rule.clock and op.value is not None:
            return Permitted(action, school, self.store.stamp(), True)
        return Permitted(action, school, op.value)
