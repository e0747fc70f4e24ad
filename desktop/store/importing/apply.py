"""Planning and applying imports into a local store, all or nothing.

A plan is computed without writing; applying it writes every change in one transaction,
through the store's record functions (so each change is also queued for sync).
Re-importing the same file changes nothing: schools are matched by their number,
categorisations by school and year (a school listed in two files of one year, as middle
schools are, counts once; two different categories for it refuse the whole import).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.store import records, schools
from desktop.store.importing.address_list import SchoolRow
from desktop.store.importing.categorisation import CategoryRow, merge_files
from desktop.store.store import Store


@dataclass
class SchoolImportPlan:
    added: list[SchoolRow] = field(default_factory=list)
    updated: list[tuple[SchoolRow, list[str]]] = field(default_factory=list)
    unchanged: int = 0
    new_las: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """A plain summary of what the import does (or would do)."""
        lines = [
            f"{len(self.added)} schools to add, {len(self.updated)} to update, "
            f"{self.unchanged} unchanged."
        ]
        if self.new_las:
            lines.append("New local authorities: " + ", ".join(self.new_las))
        lines += [f"  add {r.number} {r.name}" for r in self.added[:20]]
        if len(self.added) > 20:
            lines.append(f"  … and {len(self.added) - 20} more to add")
        lines += [f"  update {r.number} {r.name}: {', '.join(f)}" for r, f in self.updated[:20]]
        if len(self.updated) > 20:
            lines.append(f"  … and {len(self.updated) - 20} more to update")
        return "\n".join(lines)


def plan_schools(store: Store, rows: list[SchoolRow]) -> SchoolImportPlan:
    """What importing ``rows`` would change. Read-only."""
    plan = SchoolImportPlan()
    cursor = store.conn.execute("SELECT * FROM schools WHERE deleted_at IS NULL")
    names = [d[0] for d in cursor.description]
    current = {r[names.index("number")]: dict(zip(names, r, strict=True)) for r in cursor}
    las = {r[0] for r in store.conn.execute("SELECT code FROM local_authorities")}
    for row in rows:
        if row.la_code not in las and f"{row.la_code} {row.la_name}" not in plan.new_las:
            plan.new_las.append(f"{row.la_code} {row.la_name}")
        existing = current.get(row.number)
        if existing is None:
            plan.added.append(row)
            continue
        changed = [k for k, v in row.record_values().items() if existing[k] != v]
        if changed:
            plan.updated.append((row, changed))
        else:
            plan.unchanged += 1
    return plan


def apply_schools(store: Store, rows: list[SchoolRow]) -> SchoolImportPlan:
    """Import the rows in one transaction; return the plan that was carried out."""
    plan = plan_schools(store, rows)
    with store.transaction():
        la_ids: dict[str, str] = {}
        for row in rows:
            if row.la_code not in la_ids:
                la_ids[row.la_code] = schools.ensure_local_authority(
                    store, row.la_code, row.la_name
                )
        for row in plan.added:
            records.insert(store, "schools", {**row.record_values(), "la_id": la_ids[row.la_code]})
        for row, changed in plan.updated:
            existing = schools.school_by_number(store, row.number)
            assert existing is not None
            values = row.record_values()
            records.update(
                store,
                "schools",
                existing.id,
                {**{k: values[k] for k in changed}, "la_id": la_ids[row.la_code]},
            )
    return plan


@dataclass
class CategoryImportPlan:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    unknown_schools: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = (
            f"{self.added} categorisations to add, {self.updated} to update, "
            f"{self.unchanged} unchanged."
        )
        if self.unknown_schools:
            shown = ", ".join(self.unknown_schools[:15])
            more = len(self.unknown_schools) - 15
            text += (
                f"\n{len(self.unknown_schools)} rows skipped: their schools are not in the "
                f"schools list (closed or not yet imported): {shown}"
                + (f" … and {more} more" if more > 0 else "")
            )
        return text


def _plan_categories(
    store: Store, rows: list[CategoryRow]
) -> tuple[CategoryImportPlan, list[tuple[CategoryRow, str, str | None]]]:
    plan = CategoryImportPlan()
    ids = dict(store.conn.execute("SELECT number, id FROM schools WHERE deleted_at IS NULL"))
    existing = {
        (r[0], r[1]): (r[2], r[3], r[4], r[5])
        for r in store.conn.execute(
            "SELECT school_id, year, id, colour, standards_group, improvement_capacity"
            " FROM categorisations WHERE deleted_at IS NULL"
        )
    }
    work: list[tuple[CategoryRow, str, str | None]] = []
    for row in merge_files(rows):
        school_id = ids.get(row.number)
        if school_id is None:
            plan.unknown_schools.append(f"{row.number} {row.name}" if row.name else row.number)
            continue
        found = existing.get((school_id, row.year))
        if found is None:
            plan.added += 1
            work.append((row, school_id, None))
        elif found[1:] != (row.colour, row.standards_group, row.improvement_capacity):
            plan.updated += 1
            work.append((row, school_id, found[0]))
        else:
            plan.unchanged += 1
    return plan, work


def plan_categories(store: Store, rows: list[CategoryRow]) -> CategoryImportPlan:
    """What importing ``rows`` would change. Read-only."""
    return _plan_categories(store, rows)[0]


def apply_categories(store: Store, rows: list[CategoryRow]) -> CategoryImportPlan:
    """Import categorisations in one transaction; rows of unknown schools are skipped."""
    plan, work = _plan_categories(store, rows)
    with store.transaction():
        for row, school_id, existing_id in work:
            values = {
                "colour": row.colour,
                "standards_group": row.standards_group,
                "improvement_capacity": row.improvement_capacity,
            }
            if existing_id is None:
                records.insert(
                    store, "categorisations", {"school_id": school_id, "year": row.year, **values}
                )
            else:
                records.update(store, "categorisations", existing_id, values)
    return plan
