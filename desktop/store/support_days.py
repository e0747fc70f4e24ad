"""Days of support a school receives in a year, counted as the partnership documents count
them (issue 15 point 4).

- The **partner's days** are counted from the year's visits: each a whole day (1) or a half
  day (0.5), whoever of the consortium's partners made it.
- They are set against the **days due**: the minimum for the school's sector
  (``forms/data/support_minimums.toml``) plus the days **agreed** for the school this year
  beyond it (``agreed_days``: a figure the partner sets, larger for enhanced support).
- **Brokered** support (specialists, hubs, peer schools, courses...) is counted apart, from
  the support records that are agreed, under way or complete: it never stands in for the
  partner's own time.

Guarantees: :func:`accounts` is three queries whatever the number of schools; a school's
agreed days are those of its most recently written record for the year (two laptops that
each created one settle on the later); :func:`set_agreed_days` refuses a negative, a
non-number or more than a year's school days, and writes through :mod:`records`.
"""

from __future__ import annotations

import math

from desktop.store import records
from desktop.store.calendar import check_academic_year, year_end, year_start
from desktop.store.errors import InvalidValue
from desktop.store.models import DaysAccount
from desktop.store.store import Store
from forms import load_forms

#: Support statuses whose days count as received.
COUNTED_SUPPORT = ("agreed", "in_progress", "complete")
#: The most days that can be agreed for one school in one year (a school year's days).
MAX_AGREED_DAYS = 195.0


def accounts(
    store: Store, schools: list[tuple[str, str]], academic_year: str
) -> dict[str, DaysAccount]:
    """school id -> its days in ``academic_year``; ``schools`` are (id, sector) pairs."""
    check_academic_year(academic_year)
    found: dict[str, DaysAccount] = {}
    if not schools:
        return found
    ids = [s for s, _ in schools]
    marks = ",".join("?" * len(ids))
    first, last = year_start(academic_year).isoformat(), year_end(academic_year).isoformat()
    visit_days: dict[str, tuple[float, int, int]] = {}
    for school_id, total, whole, half in store.conn.execute(
        f"SELECT school_id, sum(days), sum(days >= 1), sum(days < 1) FROM visits"
        f" WHERE school_id IN ({marks}) AND deleted_at IS NULL AND visit_date BETWEEN ? AND ?"
        " GROUP BY school_id",
        [*ids, first, last],
    ):
        visit_days[school_id] = (float(total or 0), int(whole or 0), int(half or 0))
    agreed: dict[str, float] = {}
    for school_id, days in store.conn.execute(
        f"SELECT school_id, days FROM agreed_days WHERE school_id IN ({marks})"
        " AND academic_year = ? AND deleted_at IS NULL ORDER BY updated_at, id",
        [*ids, academic_year],
    ):
        agreed[school_id] = float(days)  # the latest written wins
    brokered = dict(
        store.conn.execute(
            f"SELECT school_id, sum(days) FROM support WHERE school_id IN ({marks})"
            f" AND academic_year = ? AND deleted_at IS NULL"
            f" AND status IN ({','.join('?' * len(COUNTED_SUPPORT))}) GROUP BY school_id",
            [*ids, academic_year, *COUNTED_SUPPORT],
        ).fetchall()
    )
    forms = load_forms()
    for school_id, sector in schools:
        total, whole, half = visit_days.get(school_id, (0.0, 0, 0))
        found[school_id] = DaysAccount(
            partner_days=total,
            whole_day_visits=whole,
            half_day_visits=half,
            minimum=forms.minimum_days(sector),
            agreed=agreed.get(school_id, 0.0),
            brokered=float(brokered.get(school_id) or 0),
        )
    return found


def account(store: Store, school_id: str, sector: str, academic_year: str) -> DaysAccount:
    """One school's days in ``academic_year`` (see :func:`accounts`)."""
    return accounts(store, [(school_id, sector)], academic_year)[school_id]


def check_agreed_days(days: object) -> float:
    """``days`` as a number of agreed days; InvalidValue when it cannot be one."""
    if isinstance(days, bool) or not isinstance(days, int | float) or not math.isfinite(days):
        raise InvalidValue(f"Agreed days must be a number, not {days!r}")
    if days < 0 or days > MAX_AGREED_DAYS:
        raise InvalidValue(f"Agreed days must be between 0 and {MAX_AGREED_DAYS:g}, not {days:g}")
    if days * 2 != int(days * 2):
        raise InvalidValue(f"Agreed days are whole or half days, not {days:g}")
    return float(days)


def set_agreed_days(store: Store, school_id: str, academic_year: str, days: float) -> str:
    """Set the days agreed for the school in ``academic_year`` beyond the sector minimum;
    return the id of the record written (the year's existing one when there is one)."""
    check_academic_year(academic_year)
    value = check_agreed_days(days)
    with store.transaction():
        row = store.conn.execute(
            "SELECT id FROM agreed_days WHERE school_id = ? AND academic_year = ?"
            " AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1",
            [school_id, academic_year],
        ).fetchone()
        if row is not None:
            records.update(store, "agreed_days", row[0], {"days": value})
            return str(row[0])
        return records.insert(
            store,
            "agreed_days",
            {"school_id": school_id, "academic_year": academic_year, "days": value},
        )
