"""Half-termly reviews of schools receiving enhanced support (issue 5).

A review records when it was held, the PIP who led it, who attended from the local
authority, the position agreed, and when the next review is due. Reviews are synced
(``enhanced_reviews``): the position agreed merges as narrative text, attendees as a set.
Qt-free; read models are frozen dataclasses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.store import records, schools
from desktop.store.errors import InvalidValue
from desktop.store.models import School
from desktop.store.store import Store

HALF_TERM = timedelta(weeks=6)
"""When a review does not say when the next is due, it is taken as due six weeks later."""


@dataclass(frozen=True)
class EnhancedReview:
    id: str
    school_id: str
    review_date: str
    pip_id: str | None
    la_attendees: tuple[str, ...]
    position_agreed: str
    next_review_due: str | None


@dataclass(frozen=True)
class EnhancedDue:
    """An enhanced school with its last review and when the next is due.

    ``next_due`` is None when the school has never been reviewed (a review is due now)."""

    school: School
    last_review: str | None
    next_due: str | None
    overdue: bool


def record_review(
    store: Store,
    school_id: str,
    review_date: date,
    *,
    pip_id: str | None,
    la_attendees: list[str],
    position_agreed: str,
    next_review_due: date | None = None,
) -> str:
    """Record a half-termly review of a school; return its id.

    Raises InvalidValue if the position agreed is blank or the next review is not after
    this one, NotFound if the school does not exist. Attendees are trimmed; blank ones and
    repeats are dropped.
    """
    if not position_agreed.strip():
        raise InvalidValue("A review needs the position agreed")
    if next_review_due is not None and next_review_due <= review_date:
        raise InvalidValue("The next review must be due after this one")
    schools.get_school(store, school_id)
    attendees = list(dict.fromkeys(a.strip() for a in la_attendees if a.strip()))
    return records.insert(
        store,
        "enhanced_reviews",
        {
            "school_id": school_id,
            "review_date": review_date.isoformat(),
            "pip_id": pip_id,
            "la_attendees": attendees,
            "position_agreed": position_agreed.strip(),
            "next_review_due": next_review_due.isoformat() if next_review_due else None,
        },
    )


def reviews_of(store: Store, school_id: str) -> list[EnhancedReview]:
    """The school's live reviews, newest first."""
    return [
        EnhancedReview(
            id=r[0],
            school_id=r[1],
            review_date=r[2],
            pip_id=r[3],
            la_attendees=tuple(json.loads(r[4] or "[]")),
            position_agreed=r[5],
            next_review_due=r[6],
        )
        for r in store.conn.execute(
            "SELECT id, school_id, review_date, pip_id, la_attendees, position_agreed,"
            " next_review_due FROM enhanced_reviews WHERE school_id = ? AND deleted_at IS NULL"
            " ORDER BY review_date DESC, created_at DESC",
            [school_id],
        )
    ]


def enhanced_schools_with_next_due(store: Store, *, today: date) -> list[EnhancedDue]:
    """Every live school on enhanced support with its next review due date: the latest
    review's ``next_review_due``, or six weeks after it when not given. Schools never
    reviewed come first (due now), then by due date; ``overdue`` is due before ``today``."""
    found = []
    for school in schools.schools_where(store, "s.support_level = 'enhanced'", []):
        latest = reviews_of(store, school.id)
        if not latest:
            found.append(EnhancedDue(school, None, None, True))
            continue
        last = latest[0]
        due = last.next_review_due or (
            (date.fromisoformat(last.review_date) + HALF_TERM).isoformat()
        )
        found.append(EnhancedDue(school, last.review_date, due, due < today.isoformat()))
    return sorted(found, key=lambda d: (d.next_due is not None, d.next_due or "", d.school.name))
