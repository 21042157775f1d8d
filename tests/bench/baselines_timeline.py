"""Raw sqlite3 baseline of an organisation's timeline: the same seven indexed queries
(activities, needs, referrals both ways, stage changes, cooperations, tasks), merged in Python."""

from __future__ import annotations

import sqlite3

LIVE = "deleted_at IS NULL"
ACTIVITY_IDS = (
    "SELECT activity_id FROM activity_organisation "
    + "WHERE organisation_id = :o AND deleted_at IS NULL"
)
QUERIES = (
    f"SELECT id, occurred_at FROM activity WHERE id IN ({ACTIVITY_IDS}) AND {LIVE} "
    "ORDER BY occurred_at DESC LIMIT :n",
    "SELECT n.id, coalesce(a.occurred_at, n.created_at) AS w FROM need n "
    "LEFT JOIN activity a ON a.id = n.found_in_activity_id "
    "WHERE n.organisation_id = :o AND n.deleted_at IS NULL ORDER BY w DESC LIMIT :n",
    "SELECT r.id, r.referred_on, o.name FROM referral r "
    "LEFT JOIN organisation o ON o.id = r.partner_organisation_id "
    "WHERE r.organisation_id = :o AND r.deleted_at IS NULL ORDER BY r.referred_on DESC LIMIT :n",
    "SELECT r.id, r.referred_on, o.name FROM referral r "
    "LEFT JOIN organisation o ON o.id = r.organisation_id "
    "WHERE r.partner_organisation_id = :o AND r.deleted_at IS NULL "
    "ORDER BY r.referred_on DESC LIMIT :n",
    "SELECT c.id, c.changed_on FROM referral_stage_change c "
    "JOIN referral r ON r.id = c.referral_id "
    "WHERE r.organisation_id = :o AND c.stage != 'proposed' AND c.deleted_at IS NULL "
    "ORDER BY c.changed_on DESC LIMIT :n",
    "SELECT c.id, c.changed_on FROM referral_stage_change c "
    "JOIN referral r ON r.id = c.referral_id "
    "WHERE r.partner_organisation_id = :o AND c.stage != 'proposed' AND c.deleted_at IS NULL "
    "ORDER BY c.changed_on DESC LIMIT :n",
    "SELECT id, coalesce(starts_on, date(created_at)) AS w FROM cooperation WHERE (id IN "
    "(SELECT cooperation_id FROM cooperation_partner WHERE organisation_id = :o) OR referral_id IN "
    "(SELECT id FROM referral WHERE organisation_id = :o)) AND deleted_at IS NULL "
    "ORDER BY w DESC LIMIT :n",
    "SELECT id, coalesce(due_on, date(created_at)) AS w FROM task WHERE ((linked_type = "
    "'organisation' AND linked_id = :o) OR (linked_type = 'activity' AND linked_id IN "
    f"({ACTIVITY_IDS}))) AND {LIVE} ORDER BY w DESC LIMIT :n",
)


def organisation_timeline(con: sqlite3.Connection, org_hex: str, limit: int = 50) -> int:
    """Newest `limit` entries of the organisation's timeline; how many there were."""
    rows: list[tuple[object, ...]] = []
    for sql in QUERIES:
        rows.extend(con.execute(sql, {"o": org_hex, "n": limit + 1}).fetchall())
    rows.sort(key=lambda r: str(r[1]), reverse=True)
    return len(rows[:limit])


PERSON_ACTIVITY_IDS = (
    "SELECT activity_id FROM activity_person WHERE person_id = :p AND deleted_at IS NULL"
)
PERSON_QUERIES = (
    f"SELECT id, occurred_at FROM activity WHERE id IN ({PERSON_ACTIVITY_IDS}) AND {LIVE} "
    "ORDER BY occurred_at DESC LIMIT :n",
    "SELECT n.id, coalesce(a.occurred_at, n.created_at) AS w FROM need n "
    "LEFT JOIN activity a ON a.id = n.found_in_activity_id "
    f"WHERE n.found_in_activity_id IN ({PERSON_ACTIVITY_IDS}) AND n.deleted_at IS NULL "
    "ORDER BY w DESC LIMIT :n",
    "SELECT r.id, r.referred_on, o.name FROM referral r "
    "LEFT JOIN organisation o ON o.id = r.organisation_id "
    "WHERE r.partner_person_id = :p AND r.deleted_at IS NULL "
    "ORDER BY r.referred_on DESC LIMIT :n",
    "SELECT c.id, c.changed_on FROM referral_stage_change c "
    "JOIN referral r ON r.id = c.referral_id "
    "WHERE r.partner_person_id = :p AND c.stage != 'proposed' AND c.deleted_at IS NULL "
    "ORDER BY c.changed_on DESC LIMIT :n",
    "SELECT id, coalesce(starts_on, date(created_at)) AS w FROM cooperation WHERE id IN "
    "(SELECT cooperation_id FROM cooperation_partner WHERE person_id = :p AND deleted_at IS NULL) "
    "AND deleted_at IS NULL ORDER BY w DESC LIMIT :n",
    "SELECT id, coalesce(due_on, date(created_at)) AS w FROM task WHERE ((linked_type = "
    "'person' AND linked_id = :p) OR (linked_type = 'activity' AND linked_id IN "
    f"({PERSON_ACTIVITY_IDS}))) AND {LIVE} ORDER BY w DESC LIMIT :n",
)


def person_timeline(con: sqlite3.Connection, person_hex: str, limit: int = 50) -> int:
    """Newest `limit` entries of the person's timeline (the service's six queries)."""
    rows: list[tuple[object, ...]] = []
    for sql in PERSON_QUERIES:
        rows.extend(con.execute(sql, {"p": person_hex, "n": limit + 1}).fetchall())
    rows.sort(key=lambda r: str(r[1]), reverse=True)
    return len(rows[:limit])
