"""Retention against the real central store (issue 13): a school past its read-only term
leaves the laptop, the central store sends nothing of it back, and a school handed back
meanwhile comes back whole. Real HTTP, real stores, on both back ends."""

from __future__ import annotations

from datetime import date

from desktop.store import people, retention, sync_state, team
from sync.session import DEVICE_SETTING, SERVER_SETTING
from tests.store.test_retention import YEAR
from tests.sync import conftest as sync_world
from tests.sync import test_pip
from tests.sync.helpers import assert_same_as_server
from tests.sync.test_scope import fill_school as fill_synced_school
from tests.sync.test_scope import numbers

# -- with the real central store -----------------------------------------------------------
# The laptops and server of tests/sync (real HTTP, real stores), on its SQLite back end.


SERVER_TODAY = sync_world.TODAY
crew = test_pip.crew


def _as_enrolled(laptop) -> None:
    laptop.store.set_setting(SERVER_SETTING, "https://sipl.example")
    laptop.store.set_setting(DEVICE_SETTING, laptop.name)
    people.set_me(laptop.store, laptop.partner_id)


def _handed_on_by_the_pip(laptop_factory, crew):
    first = laptop_factory("ip-a", crew["ip"])
    pip = laptop_factory("pip", crew["pip"])
    for laptop in (first, pip):
        laptop.sync()
    _as_enrolled(first)
    filled = fill_synced_school(first.store, "9904001", "Symud")
    first.sync()
    pip.sync()
    team.reallocate(pip.store, filled.school_id, crew["west_two"], YEAR, on=SERVER_TODAY)
    pip.sync()
    return first, pip, filled.school_id


def test_after_the_term_the_central_store_sends_nothing_back_until_it_is_handed_back(
    laptop_factory, crew, central, server_day
):
    first, pip, school = _handed_on_by_the_pip(laptop_factory, crew)
    first.sync()
    assert retention.apply_retention(first.store, SERVER_TODAY) == []  # read only, kept
    server_day[0] = date(2026, 1, 5)
    first.sync()
    [report] = retention.apply_retention(first.store, server_day[0])
    assert report.removed
    first.sync()
    assert numbers(first.store) == {"9904002", "9904003"}
    assert first.store.db["sync_incoming"].count == 0
    # Handed back: the central store sends the whole school again.
    server_day[0] = date(2026, 1, 10)
    pip.sync()
    team.reallocate(pip.store, school, crew["ip"], YEAR, on=server_day[0])
    pip.sync()
    first.sync()
    assert numbers(first.store) == {"9904001", "9904002", "9904003"}
    assert_same_as_server(first.store, central, crew["ip"])
    assert retention.apply_retention(first.store, server_day[0]) == []


def test_a_school_removed_unsynced_comes_back_whole_if_it_was_handed_back_meanwhile(
    laptop_factory, crew, central, server_day
):
    """The laptop last synced in December; the school was handed back on 5 January; the
    laptop, offline, removes it after the grace days. Its next sync pulls everything in
    scope again, so the school returns whole (without that, the central store, which still
    counted the school as one the device has, would send only later changes)."""
    first, pip, school = _handed_on_by_the_pip(laptop_factory, crew)
    server_day[0] = date(2025, 12, 15)
    first.sync()
    first.store.set_setting(sync_state.LAST_SYNC_SETTING, "2025-12-15T10:00:00.000000Z")
    server_day[0] = date(2026, 1, 5)
    pip.sync()
    team.reallocate(pip.store, school, crew["ip"], YEAR, on=server_day[0])
    pip.sync()
    assert retention.apply_retention(first.store, date(2026, 1, 10)) == []
    [report] = retention.apply_retention(first.store, date(2026, 1, 20))
    assert report.removed
    server_day[0] = date(2026, 1, 20)
    first.sync()
    assert numbers(first.store) == {"9904001", "9904002", "9904003"}
    assert_same_as_server(first.store, central, crew["ip"])
