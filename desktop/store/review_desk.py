"""What the PIP desk's enhanced-support reviews page reads (issue 5), in one go.

Qt-free; runs on the thread that owns the store and returns frozen data that may cross
threads. The reviews themselves are written by :func:`desktop.store.reviews.record_review`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.store import people, reviews
from desktop.store.reviews import EnhancedDue, EnhancedReview
from desktop.store.store import Store


@dataclass(frozen=True)
class Partner:
    """A partner who may lead a review."""

    id: str
    name: str
    role: str


@dataclass(frozen=True)
class ReviewsDesk:
    """The enhanced schools with when each is due, who may lead a review, and who I am.

    ``names`` maps every person id (live or not) to their name, so a review led by a
    partner who has since left still shows who led it."""

    due: tuple[EnhancedDue, ...]
    leaders: tuple[Partner, ...]
    me: str | None
    names: tuple[tuple[str, str], ...]

    def name_of(self, person_id: str | None) -> str:
        """The person's name; "" for None or someone this laptop does not know."""
        return dict(self.names).get(person_id or "", "")

    @property
    def default_leader(self) -> str | None:
        """This profile's partner when they are a PIP, otherwise the first PIP."""
        ids = [p.id for p in self.leaders]
        if self.me in ids:
            return self.me
        return ids[0] if ids else None


def reviews_desk(store: Store, *, today: date) -> ReviewsDesk:
    """Every live enhanced school with its next review due (never reviewed first, then by
    date; see :func:`reviews.enhanced_schools_with_next_due`), the live principal
    improvement partners by name, this profile's partner and every person's name."""
    me = people.me(store)
    leaders = [
        Partner(r[0], r[1], r[2])
        for r in store.conn.execute(
            "SELECT id, name, role FROM people WHERE deleted_at IS NULL AND role = 'pip'"
            " ORDER BY name COLLATE NOCASE, id"
        )
    ]
    names = tuple((r[0], r[1]) for r in store.conn.execute("SELECT id, name FROM people"))
    return ReviewsDesk(
        due=tuple(reviews.enhanced_schools_with_next_due(store, today=today)),
        leaders=tuple(leaders),
        me=me,
        names=names,
    )


def school_reviews(store: Store, school_id: str) -> tuple[EnhancedReview, ...]:
    """The school's live reviews, newest first."""
    return tuple(reviews.reviews_of(store, school_id))
