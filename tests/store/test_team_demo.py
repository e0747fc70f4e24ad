"""The demo team (``sipl --demo-team``) gives every tab of the PIP's desk something real."""

from __future__ import annotations

from datetime import date

from desktop.store import conflicts, desk_facts, people, reviews, sync_state, team, team_demo

TODAY = date(2026, 2, 10)


def test_the_demo_team_fills_every_tab_of_the_desk(store):
    pip = team_demo.seed_team_demo(store, TODAY)
    assert people.me(store) == pip
    facts = desk_facts.desk_facts(store)
    assert facts.role == "pip" and facts.team and facts.last_sync
    rows = team.team_caseload(store, "2025-26", today=TODAY)
    holders = {r.holder.name for r in rows if r.holder}
    assert len(rows) == 16 and len(holders) == 4
    assert sum(1 for r in rows if r.incoming is not None) == 1
    stamps = sync_state.team_last_syncs(store)
    assert all(r.holder.last_sync == stamps[r.holder.person_id] for r in rows if r.holder)
    assert len(conflicts.open_conflict_views(store)) == 2
    consistency = team.judgement_consistency(store, "2025-26")
    assert len(consistency.by_ip) == 4 and consistency.moves
    due = reviews.enhanced_schools_with_next_due(store, today=TODAY)
    assert len(due) == 2 and sum(1 for d in due if d.last_review) == 1
