"""The local database's schema, as versioned migrations.

Guarantees:
- The schema changes only through the migrations registered in order (:func:`migrations`), each in
  its own transaction together with the record of it having been applied.
- Migrations are append-only: a released migration is never edited or removed, so a name
  in ``_sqlite_migrations`` that this build does not know means the file comes from a newer
  SIPL (see :func:`unknown_migrations`).
- Every synced record has ``id`` (UUIDv7 text), ``created_at``, ``updated_at`` and
  ``deleted_at`` (a tombstone: records are never physically deleted by the user).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # sqlite-utils loads only when a migration is due (it is slow to import)
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "sipl"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of applied migrations

Step = Callable[["Database"], None]
_STEPS: list[tuple[str, Step]] = []  # every migration, in order of release


def _migration(name: str) -> Callable[[Step], Step]:
    """Register the decorated function as the migration ``name`` (appended in order)."""

    def register(step: Step) -> Step:
        _STEPS.append((name, step))
        return step

    return register


_STAMPS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
"""

_INITIAL = f"""
CREATE TABLE local_authorities (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 3),
    name TEXT NOT NULL,
    name_cy TEXT,
    {_STAMPS}
);

CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE CHECK (length(number) = 7),
    name TEXT NOT NULL,
    la_id TEXT NOT NULL REFERENCES local_authorities(id),
    sector TEXT NOT NULL,
    governance TEXT,
    wm_code TEXT,
    welsh_medium_type TEXT,
    school_type TEXT,
    religious_character TEXT,
    address_1 TEXT,
    address_2 TEXT,
    address_3 TEXT,
    address_4 TEXT,
    postcode TEXT,
    phone TEXT,
    pupils INTEGER,
    headteacher TEXT,
    contacts TEXT NOT NULL DEFAULT '[]',
    support_level TEXT NOT NULL DEFAULT 'core' CHECK (support_level IN ('core', 'enhanced')),
    memberships TEXT NOT NULL DEFAULT '[]',
    report_language TEXT CHECK (report_language IN ('en', 'cy', 'both')),
    {_STAMPS}
);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    role TEXT NOT NULL CHECK (role IN ('ip', 'pip', 'admin')),
    team TEXT,
    {_STAMPS}
);

CREATE TABLE allocations (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    academic_year TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    starts_on TEXT,
    ends_on TEXT,
    {_STAMPS}
);
CREATE INDEX allocations_person_year ON allocations(person_id, academic_year);
CREATE INDEX allocations_school ON allocations(school_id);

CREATE TABLE priorities (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    academic_year TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    reform_area TEXT,
    sdp_reference TEXT,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'achieved', 'carried_forward', 'withdrawn')),
    position INTEGER NOT NULL DEFAULT 0,
    {_STAMPS}
);
CREATE INDEX priorities_school_year ON priorities(school_id, academic_year);

CREATE TABLE visits (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    person_id TEXT REFERENCES people(id),
    visit_date TEXT NOT NULL,
    purpose TEXT NOT NULL,
    attendees TEXT NOT NULL DEFAULT '[]',
    aspects TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '',
    next_visit_date TEXT,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    finalised_at TEXT,
    corrected_at TEXT,
    {_STAMPS}
);
CREATE INDEX visits_school_date ON visits(school_id, visit_date);

CREATE TABLE enquiry_answers (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL REFERENCES visits(id),
    aspect TEXT NOT NULL,
    question INTEGER NOT NULL CHECK (question BETWEEN 1 AND 5),
    answer TEXT NOT NULL DEFAULT '',
    {_STAMPS},
    UNIQUE (visit_id, aspect, question)
);

CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL REFERENCES visits(id),
    aspect TEXT NOT NULL,
    question INTEGER CHECK (question IS NULL OR question BETWEEN 1 AND 5),
    kind TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    stance TEXT NOT NULL DEFAULT 'neutral' CHECK (stance IN ('strength', 'concern', 'neutral')),
    in_report INTEGER NOT NULL DEFAULT 1,
    {_STAMPS}
);
CREATE INDEX evidence_visit ON evidence(visit_id, aspect);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    {_STAMPS}
);
CREATE INDEX attachments_evidence ON attachments(evidence_id);

CREATE TABLE judgements (
    id TEXT PRIMARY KEY,
    priority_id TEXT NOT NULL REFERENCES priorities(id),
    term TEXT NOT NULL CHECK (term IN ('autumn', 'spring', 'summer')),
    track TEXT NOT NULL CHECK (track IN ('on_track', 'off_track')),
    rate TEXT NOT NULL,
    rationale TEXT NOT NULL,
    judged_by TEXT REFERENCES people(id),
    judged_on TEXT NOT NULL,
    {_STAMPS},
    UNIQUE (priority_id, term)
);

CREATE TABLE support (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    priority_id TEXT REFERENCES priorities(id),
    visit_id TEXT REFERENCES visits(id),
    academic_year TEXT NOT NULL,
    provider_kind TEXT NOT NULL,
    provider_name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    days REAL NOT NULL DEFAULT 0 CHECK (days >= 0),
    status TEXT NOT NULL DEFAULT 'requested'
        CHECK (status IN ('requested', 'agreed', 'in_progress', 'complete', 'cancelled')),
    impact TEXT NOT NULL DEFAULT '',
    {_STAMPS}
);
CREATE INDEX support_school_year ON support(school_id, academic_year);

CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    visit_id TEXT REFERENCES visits(id),
    description TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    {_STAMPS}
);
CREATE INDEX actions_school ON actions(school_id, status);

CREATE TABLE practice (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    visit_id TEXT REFERENCES visits(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    reform_area TEXT,
    {_STAMPS}
);

CREATE TABLE support_level_decisions (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    decided_on TEXT NOT NULL,
    from_level TEXT NOT NULL CHECK (from_level IN ('core', 'enhanced')),
    to_level TEXT NOT NULL CHECK (to_level IN ('core', 'enhanced')),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by TEXT REFERENCES people(id),
    {_STAMPS}
);

CREATE TABLE categorisations (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    year TEXT NOT NULL,
    colour TEXT NOT NULL CHECK (colour IN ('green', 'yellow', 'amber', 'red')),
    standards_group TEXT,
    improvement_capacity TEXT,
    {_STAMPS},
    UNIQUE (school_id, year)
);

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    visit_id TEXT REFERENCES visits(id),
    body TEXT NOT NULL DEFAULT '',
    {_STAMPS}
);

-- The sync seam: every change to a synced field, written in the same transaction as the
-- change. Unsent edits of one field fold into one op.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    base_rev INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'inflight', 'sent', 'rejected')),
    reason TEXT,
    resolves TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX outbox_pending ON outbox(state, tbl, row_id, field);

-- The revision of each field as last seen from the central store (0 = never synced).
CREATE TABLE field_revs (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    rev INTEGER NOT NULL,
    PRIMARY KEY (tbl, row_id, field)
) WITHOUT ROWID;

-- Conflicts found by the central store: both values, who, and the resolution once made.
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    school_id TEXT,
    tbl TEXT,
    row_id TEXT,
    field TEXT,
    base TEXT,
    mine TEXT,
    theirs TEXT,
    mine_by TEXT,
    theirs_by TEXT,
    mine_at TEXT,
    theirs_at TEXT,
    status TEXT,
    resolution TEXT,
    resolved_by TEXT,
    {_STAMPS}
);
CREATE INDEX conflicts_row ON conflicts(tbl, row_id, status);

-- Pulled fields of rows that cannot be inserted yet (a row split across pages, or a child
-- whose parent has not arrived): kept until the row is complete, never dropped.
CREATE TABLE sync_incoming (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    rev INTEGER NOT NULL,
    PRIMARY KEY (tbl, row_id, field)
) WITHOUT ROWID;

-- Evidence files already on the central store (by hash).
CREATE TABLE uploaded_files (
    sha256 TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""

# Search: one FTS5 index over answers, evidence, actions, notes and visit summaries, kept
# current by triggers so no code path can forget it. remove_diacritics lets "wyn" find "ŵyn".
_SEARCH_SOURCES: dict[str, tuple[str, str]] = {
    # table: (text column, SQL giving the school id from NEW/OLD row alias "r")
    "enquiry_answers": ("answer", "(SELECT school_id FROM visits WHERE id = r.visit_id)"),
    "evidence": ("body", "(SELECT school_id FROM visits WHERE id = r.visit_id)"),
    "actions": ("description", "r.school_id"),
    "notes": ("body", "r.school_id"),
    "visits": ("summary", "r.school_id"),
}


SEARCH_PAUSED = "search.paused"
"""A settings key that, while a transaction holds it, keeps the search triggers still:
written and removed inside one sync page's transaction (see ``sync_state``), so no
other transaction ever sees it."""

_NOT_PAUSED = f"NOT EXISTS (SELECT 1 FROM settings WHERE key = '{SEARCH_PAUSED}')"


def _search_triggers(*, pausable: bool, keyed: bool = False) -> str:
    """The triggers that keep the search index current (``pausable``: still while a
    transaction holds :data:`SEARCH_PAUSED`, from migration 0012; ``keyed``: each record's
    entry found by its rowid in :data:`_SEARCH_KEYS`, from migration 0013)."""
    parts = []
    for table, (column, school) in _SEARCH_SOURCES.items():
        new_school = school.replace("r.", "NEW.")
        insert_when = f"NEW.deleted_at IS NULL AND NEW.{column} != ''"
        on_update = f"AFTER UPDATE OF {column}, deleted_at ON {table}"
        if pausable:
            insert_when += f" AND {_NOT_PAUSED}"
            on_update += f"\nWHEN {_NOT_PAUSED}"
        write = _keyed_entry if keyed else _entry
        parts.append(f"""
CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table}
WHEN {insert_when} BEGIN
{write(table, column, new_school, None)}
END;
CREATE TRIGGER {table}_search_update {on_update} BEGIN
{write(table, column, new_school, f"NEW.deleted_at IS NULL AND NEW.{column} != ''")}
END;""")
    return "\n".join(parts)


def _entry(table: str, column: str, school: str, when: str | None) -> str:
    """Trigger body: write NEW's entry (``when``: only if that holds, after removing the
    old one, found by scanning the index's UNINDEXED ``tbl`` and ``row_id``)."""
    if when is None:
        return f"""    INSERT INTO search_index (body, tbl, row_id, school_id)
    VALUES (NEW.{column}, '{table}', NEW.id, {school});"""
    return f"""    DELETE FROM search_index WHERE tbl = '{table}' AND row_id = OLD.id;
    INSERT INTO search_index (body, tbl, row_id, school_id)
    SELECT NEW.{column}, '{table}', NEW.id, {school}
    WHERE {when};"""


def _keyed_entry(table: str, column: str, school: str, when: str | None) -> str:
    """Trigger body: give NEW its key (:data:`_SEARCH_KEYS`; a record's id never changes),
    clear whatever the key's rowid holds, and write NEW's entry there (``when``: only if
    that holds)."""
    key = f"(SELECT rowid FROM search_keys WHERE tbl = '{table}' AND row_id = NEW.id)"
    values = f"{key}, NEW.{column}, '{table}', NEW.id, {school}"
    write = f"VALUES ({values})" if when is None else f"SELECT {values}\n    WHERE {when}"
    return f"""    INSERT OR IGNORE INTO search_keys (tbl, row_id) VALUES ('{table}', NEW.id);
    DELETE FROM search_index WHERE rowid = {key};
    INSERT INTO search_index (rowid, body, tbl, row_id, school_id)
    {write};"""


def _search_sql() -> str:
    return (
        (
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "body, tbl UNINDEXED, row_id UNINDEXED, school_id UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2');"
        )
        + "\n"
        + _search_triggers(pausable=False)
    )


def search_rebuild() -> list[str]:
    """Statements that empty the search index and fill it again from every record, in
    bulk: what the triggers would have written, at a fraction of their cost for a whole
    caseload (a first sync pauses them and runs these at its end). The entries take the
    rowids FTS5 gives them (in order, so it writes no extra segment), and the keys
    (:data:`_SEARCH_KEYS`) are then taken from the entries."""
    statements = ["DELETE FROM search_index", "DELETE FROM search_keys"]
    for table, (column, school) in _SEARCH_SOURCES.items():
        statements.append(
            f"INSERT INTO search_index (body, tbl, row_id, school_id)"
            f" SELECT r.{column}, '{table}', r.id, {school} FROM {table} r"
            f" WHERE r.deleted_at IS NULL AND r.{column} != ''"
        )
    statements.append(
        "INSERT INTO search_keys (rowid, tbl, row_id) SELECT rowid, tbl, row_id FROM search_index"
    )
    return statements


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (``executescript`` would commit first)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"Incomplete SQL statement in migration: {buffer[:80]!r}")
    return statements


def _run(db: Database, script: str) -> None:
    for statement in _statements(script):
        db.conn.execute(statement)


@_migration("0001_initial")
def _initial(db: Database) -> None:
    _run(db, _INITIAL + _search_sql())


_ENHANCED_REVIEWS = f"""
CREATE TABLE enhanced_reviews (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    review_date TEXT NOT NULL,
    pip_id TEXT REFERENCES people(id),
    la_attendees TEXT NOT NULL DEFAULT '[]',
    position_agreed TEXT NOT NULL DEFAULT '',
    next_review_due TEXT,
    {_STAMPS}
);
CREATE INDEX enhanced_reviews_school_date ON enhanced_reviews(school_id, review_date);
"""


@_migration("0002_enhanced_reviews")
def _enhanced_reviews(db: Database) -> None:
    """The half-termly reviews of schools receiving enhanced support (issue 5)."""
    _run(db, _ENHANCED_REVIEWS)


_KEY_TASKS_AND_DAYS = f"""
CREATE TABLE key_task_checks (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    academic_year TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    task_key TEXT NOT NULL,
    done_on TEXT NOT NULL,
    visit_id TEXT REFERENCES visits(id),
    {_STAMPS}
);
CREATE INDEX key_task_checks_school_year ON key_task_checks(school_id, academic_year);

CREATE TABLE agreed_days (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    academic_year TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    days REAL NOT NULL,
    {_STAMPS}
);
CREATE INDEX agreed_days_school_year ON agreed_days(school_id, academic_year);
"""


@_migration("0003_key_tasks_and_agreed_days")
def _key_tasks_and_agreed_days(db: Database) -> None:
    """The termly key-task checklist of each school (a task done by a visit that covered it
    or ticked by hand with a date) and the days of partner time agreed for a school each
    year beyond the sector minimum (issue 15). New tables only: an older SIPL that opens
    the file keeps working and ignores them."""
    _run(db, _KEY_TASKS_AND_DAYS)


@_migration("0004_visit_length")
def _visit_length(db: Database) -> None:
    """How long a visit took of the partner's time: a whole day (1, every earlier visit)
    or a half day (0.5), so the partner's days are counted from visits (issue 15). No CHECK:
    a value pulled from the central store must always be storable; the store's functions
    refuse anything but 1 and 0.5."""
    _run(db, "ALTER TABLE visits ADD COLUMN days REAL NOT NULL DEFAULT 1;")


@_migration("0005_action_status_on")
def _action_status_on(db: Database) -> None:
    """The day an action's status was last set, so a report of a past period shows the
    action as it stood at the period's end (issue 15). Earlier actions have none: their
    last change (``updated_at``) stands in for it."""
    _run(db, "ALTER TABLE actions ADD COLUMN status_on TEXT;")


_NOTE_OF_VISIT = f"""
ALTER TABLE visits ADD COLUMN next_visit_focus TEXT DEFAULT '';
ALTER TABLE visits ADD COLUMN ht_response TEXT DEFAULT '';
ALTER TABLE visits ADD COLUMN recipients TEXT DEFAULT '[]';
CREATE TABLE year_summaries (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    academic_year TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    summary TEXT DEFAULT '',
    {_STAMPS}
);
CREATE INDEX year_summaries_school_year ON year_summaries(school_id, academic_year);
"""


@_migration("0006_note_of_visit_and_year_summary")
def _note_of_visit_and_year_summary(db: Database) -> None:
    """What the note of visit and the governors' report need besides (issue 15): the next
    visit's focus, the headteacher's response and who receives the note, on each visit;
    the partner's written summary of a school's year. Nullable, so that any value pulled
    from the central store can be stored."""
    _run(db, _NOTE_OF_VISIT)


_PRIORITY_CYCLE = """
ALTER TABLE priorities ADD COLUMN success_criteria TEXT DEFAULT '';
ALTER TABLE priorities ADD COLUMN risks TEXT DEFAULT '';
ALTER TABLE priorities ADD COLUMN la_approval TEXT;
ALTER TABLE priorities ADD COLUMN la_approved_on TEXT;
ALTER TABLE priorities ADD COLUMN la_approved_by TEXT;
ALTER TABLE support_level_decisions ADD COLUMN agreed_by TEXT DEFAULT '[]';
ALTER TABLE support_level_decisions ADD COLUMN raised_by TEXT;
"""


@_migration("0007_priority_cycle")
def _priority_cycle(db: Database) -> None:
    """What the documents' cycle records and SIPL lacked (issue 15): each priority's success
    criteria, the risks to progress, and its approval by the local authority (state, date,
    by whom); for a move between core and enhanced support, who agreed it (school,
    governors, LA, consortium) and who raised it (the partner or the LA). Nullable."""
    _run(db, _PRIORITY_CYCLE)


_PRIORITY_CONTINUES = """
ALTER TABLE priorities ADD COLUMN continues_id TEXT REFERENCES priorities(id);
CREATE INDEX priorities_continues ON priorities(continues_id);
"""


@_migration("0010_priority_continues")
def _priority_continues(db: Database) -> None:
    """A priority carried into a new year names the one it continues (issue 14, point 3)."""
    _run(db, _PRIORITY_CONTINUES)


_LIVE_VISIT_DATES = """
CREATE INDEX visits_school_deleted_date ON visits(school_id, deleted_at, visit_date);
"""


@_migration("0011_live_visit_dates")
def _live_visit_dates(db: Database) -> None:
    """Each school's live visits by date, answered from the index alone (it holds
    ``deleted_at`` too): the caseload's "last visit" read every visit row of five years,
    some 5 ms of a cold start-up on an encrypted file."""
    _run(db, _LIVE_VISIT_DATES)


_DROP_SEARCH_TRIGGERS = "".join(
    f"DROP TRIGGER {table}_search_insert;\nDROP TRIGGER {table}_search_update;\n"
    for table in _SEARCH_SOURCES
)


@_migration("0012_search_triggers_pausable")
def _search_triggers_pausable(db: Database) -> None:
    """Search triggers that a sync page can keep still (issue 12): a first sync wrote the
    index row by row through them, 2.8 of its 8 seconds for a partner's five years; it now
    pauses them and builds the index once at its end (``sync_state``)."""
    _run(db, _DROP_SEARCH_TRIGGERS + _search_triggers(pausable=True))


_SEARCH_KEYS = """
CREATE TABLE search_keys (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
);
"""
"""Each indexed record's search entry rowid (this table's own rowid), so that a trigger
finds the entry of a record through this table's key, not by scanning the index: the
index's ``tbl`` and ``row_id`` are UNINDEXED columns, which FTS5 can only scan. A key
outlives its entry (a record that leaves the laptop and comes back takes its old key).
Before writing an entry, a trigger clears whatever its rowid still holds, so a save never
fails on the index."""


@_migration("0013_search_keys")
def _search_keys(db: Database) -> None:
    """Search entries found by key (issue 12): each edit of an indexed text deleted its
    old entry by scanning the whole index (54 ms an edit on a partner's five years, for
    every keystroke saved and every edit a sync pulls). The index is built again with
    each entry's rowid taken from :data:`_SEARCH_KEYS`."""
    _run(db, _SEARCH_KEYS + _DROP_SEARCH_TRIGGERS + _search_triggers(pausable=True, keyed=True))
    for statement in search_rebuild():
        db.conn.execute(statement)


@functools.cache
def migrations() -> Migrations:
    """Every migration as sqlite-utils' :class:`Migrations` set (imports sqlite-utils)."""
    from sqlite_utils.migrations import Migrations

    known = Migrations(MIGRATION_SET)
    for name, step in _STEPS:
        known(name=name)(step)
    return known


def _record_key(conn: Any) -> list[str] | None:
    """The primary key columns of the record of applied migrations; None if it is missing."""
    columns = conn.execute(f"PRAGMA table_info({MIGRATIONS_TABLE})").fetchall()
    return [column[1] for column in columns if column[5]] if columns else None


def _names(conn: Any) -> list[str]:
    """Names in the record of applied migrations, in the order applied."""
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [row[0] for row in rows]


def _applied(conn: Any) -> list[str]:
    """Names of the applied migrations, in the order applied (none if no record)."""
    return [] if _record_key(conn) is None else _names(conn)


def unknown_migrations(conn: Any) -> list[str]:
    """Names of applied migrations this build does not know (a newer SIPL wrote them).

    Read-only: safe to call on a file that must be left untouched. ``conn``: a connection
    (or a sqlite-utils ``Database``).
    """
    known = {name for name, _ in _STEPS}
    return [name for name in _applied(conn) if name not in known]


def up_to_date(conn: Any) -> bool:
    """True if every migration has been applied (in whatever order a file met them) and
    the record is in the shape sqlite-utils keeps today (keyed by ``id``): nothing to do.
    Read-only."""
    if _record_key(conn) != ["id"]:
        return False
    applied = set(_names(conn))
    return all(name in applied for name, _ in _STEPS)


def migrate(conn: Any) -> None:
    """Apply every pending migration, each in its own transaction. A file already up to
    date is only read (and sqlite-utils is not loaded for it). ``conn``: a connection or a
    sqlite-utils ``Database``."""
    if up_to_date(conn):
        return
    from sqlite_utils import Database

    db = conn if isinstance(conn, Database) else Database(conn, execute_plugins=False)
    migrations().apply(db)
